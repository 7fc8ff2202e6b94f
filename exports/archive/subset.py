"""The year's data in the interchange format: the year's records and everything they refer to (models.handin)."""

from models.handin.year import year_data, year_interchange

__all__ = ["year_data", "year_interchange"]
