"""Errors of the roster import and export that the clerk can fix."""


class RosterFileError(Exception):
    """The file cannot be read or written as a workbook; the message tells the clerk what to do."""
