"""The roster without Qt: pinyin order of names, checks of a person's data, the Excel import and export."""

from models.roster.excel import (
    FIELDS,
    ImportResult,
    RosterFileError,
    RowResult,
    export_roster,
    guess_mapping,
    import_members,
    parse_sheet,
    read_sheet,
)
from models.roster.names import name_key, sort_people
from models.roster.validate import duplicate_names, validate_person

__all__ = [
    "FIELDS",
    "ImportResult",
    "RosterFileError",
    "RowResult",
    "duplicate_names",
    "export_roster",
    "guess_mapping",
    "import_members",
    "name_key",
    "parse_sheet",
    "read_sheet",
    "sort_people",
    "validate_person",
]
