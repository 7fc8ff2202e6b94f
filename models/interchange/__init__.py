"""The interchange format: one JSON document of everything a branch recorded. Version 1 is shared/spec/INTERCHANGE.md;
version 2, the project's own, adds to it (docs/formats.md)."""

from models.interchange._schema import VERSION, VERSIONS
from models.interchange.errors import InterchangeError
from models.interchange.reader import read_branch
from models.interchange.writer import VersionMisfit, version1_misfits, version1_notes, write_branch

__all__ = [
    "VERSION",
    "VERSIONS",
    "InterchangeError",
    "VersionMisfit",
    "read_branch",
    "version1_misfits",
    "version1_notes",
    "write_branch",
]
