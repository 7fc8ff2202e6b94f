"""Unsaved edits survive a crash: what is typed is kept in a recovery file next to the data until the database
has it (`models.recovery`: JSON, encrypted with the password lock on; files of older versions, pickles, are
never loaded)."""

from __future__ import annotations

from models.recovery import discard, keep, path_of, recovered

__all__ = ["discard", "keep", "path_of", "recovered"]
