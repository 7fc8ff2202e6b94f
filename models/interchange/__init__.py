"""The interchange format (shared/spec/INTERCHANGE.md): one JSON document of everything a branch recorded."""

from models.interchange.errors import InterchangeError
from models.interchange.reader import read_branch
from models.interchange.writer import write_branch

__all__ = ["InterchangeError", "read_branch", "write_branch"]
