"""Errors of the document exports that the user is told about in words, not with a traceback."""

from __future__ import annotations


class ExportError(Exception):
    """A file could not be written; the message is a Chinese sentence for the clerk."""
