"""Each kind of document opened by LibreOffice, the way a clerk's office program would (skipped without it)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from exports.archive.catalogue import catalogue_document
from exports.archive.items import year_items
from exports.documents import minutes_document, save_docx, sign_in_document, talk_document
from models.domain import BranchData
from tests.exports.readback import convert_with_libreoffice, pdftotext, squeeze

pytestmark = pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")


def test_every_kind_converts_to_pdf_without_error(data: BranchData, tmp_path: Path):
    documents = {}
    for meeting in data.meetings:
        documents.setdefault(meeting.type, minutes_document(data, meeting))
    documents["talk"] = talk_document(data, data.talks[0])
    documents["sign_in"] = sign_in_document(data, data.meetings[1])
    items = year_items(data, 2025)
    documents["catalogue"] = catalogue_document(data, 2025, items, [1] * len(items), "2025-12-31T00:00:00+08:00")
    paths = [save_docx(doc, tmp_path / f"{name}.docx") for name, doc in documents.items()]
    convert_with_libreoffice(paths, tmp_path)
    for name, doc in documents.items():
        pdf = tmp_path / "pdf" / f"{name}.pdf"
        assert pdf.exists(), name
        flat = squeeze(pdftotext(pdf))
        assert squeeze(doc.title[-1]) in flat, name
        assert "第1页共" in flat, name  # LibreOffice computed the PAGE and NUMPAGES fields
