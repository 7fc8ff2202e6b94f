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


def test_every_kind_converts_to_pdf_without_error(gui: object, data: BranchData, tmp_path: Path):
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


def test_the_catalogue_in_word_has_fifteen_rows_a_page_and_the_pages_of_the_pdf(gui: object, tmp_path: Path):
    import re

    from bench.generate import generate_branch
    from exports.pdf.writer import save_pdf

    data = generate_branch()
    items = year_items(data, 2025)
    document = catalogue_document(data, 2025, items, [2] * len(items), "2025-12-31T00:00:00+08:00")
    ours = save_pdf(document, tmp_path / "ours.pdf")
    convert_with_libreoffice([save_docx(document, tmp_path / "catalogue.docx")], tmp_path)
    word = tmp_path / "pdf" / "catalogue.pdf"
    code = re.compile(r"J012-WS·2025-Y-DZB-\d{4}")
    pages = pdftotext(word).split("\f")[:-1]
    rows = [len(code.findall(page)) for page in pages]
    assert len(pages) == ours and sum(rows) == len(items)  # every 档号 on one line, the pages of our PDF
    assert min(rows[:-1]) >= 15, rows
