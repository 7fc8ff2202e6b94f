"""The public entry points for single documents: a record's minutes, a talk record, a sign-in sheet.

Each `*_document` function gives the neutral document (exports.model); `save_docx` and `save_pdf` write it.
"""

from __future__ import annotations

from pathlib import Path

from exports.docx.writer import docx_bytes, save_docx
from exports.model import Document
from exports.records.minutes import minutes_document
from exports.records.sign_in import sign_in_document
from exports.records.talk import talk_document
from models.domain import BranchData, Meeting, Talk
from models.services.documents import RecordData

__all__ = [
    "docx_bytes",
    "document_of",
    "minutes_document",
    "record_document",
    "save_docx",
    "save_sign_in_sheet",
    "sign_in_document",
    "talk_document",
]


def record_document(data: BranchData, record: Meeting | Talk) -> Document:
    """The document of a meeting (its minutes) or of a talk (谈心谈话记录表)."""
    if isinstance(record, Talk):
        return talk_document(data, record)
    return minutes_document(data, record)


def document_of(item: RecordData) -> Document:
    """The document of a record as the store gives it (`Store.record_data`): the one way every part prints."""
    return record_document(item.data, item.record)


def save_sign_in_sheet(data: BranchData, meeting: Meeting, path: Path) -> Path:
    """A blank 签到表 for `meeting` with the names of those expected, as a .docx."""
    return save_docx(sign_in_document(data, meeting), path)
