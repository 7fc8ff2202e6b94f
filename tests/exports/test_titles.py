"""The minutes' title as the work book writes it, the same in Word, PDF, Word opened by LibreOffice and the
catalogue: the branch on its own line, then 2025年第3次支部委员会会议记录."""

from __future__ import annotations

import dataclasses
import shutil
from datetime import date
from pathlib import Path

import pytest

from exports.archive.items import year_items
from exports.documents import minutes_document, save_docx
from exports.pdf.writer import save_pdf
from models.domain import BranchData
from tests.exports.readback import convert_with_libreoffice, paragraphs, pdftotext, squeeze

TITLE = "2025年第3次支部委员会会议记录"


def third_committee(data: BranchData) -> BranchData:
    """The sample with a 支委会 entered late, after the three of January to March: it is the 4th."""
    late = dataclasses.replace(next(m for m in data.meetings if m.id == "mt07"), id="late", date=date(2025, 3, 31),
                               status="draft", finalized_at=None)
    return dataclasses.replace(data, meetings=(*data.meetings, late))


def test_word_and_pdf_carry_the_running_number(gui: object, data: BranchData, tmp_path: Path) -> None:
    data = third_committee(data)
    mt07 = next(m for m in data.meetings if m.id == "mt07")
    document = minutes_document(data, mt07)
    texts = paragraphs(save_docx(document, tmp_path / "mt07.docx"))
    assert texts[:2] == [data.branch.name, TITLE]
    assert document.meta.title == data.branch.name + TITLE
    save_pdf(document, tmp_path / "mt07.pdf")
    lines = [squeeze(line) for line in pdftotext(tmp_path / "mt07.pdf", page=1).splitlines() if line.strip()]
    assert lines[:2] == [data.branch.name, TITLE]  # poppler puts a space where the digits' font changes
    late = next(m for m in data.meetings if m.id == "late")
    late_title = paragraphs(save_docx(minutes_document(data, late), tmp_path / "late.docx"))[1]
    assert late_title == "2025年第4次支部委员会会议记录"


def test_the_catalogue_names_each_record_by_its_title(data: BranchData) -> None:
    titles = {item.record.id: item.title for item in year_items(data, 2025)}
    assert titles["mt07"] == f"{TITLE}（研究一季度工作）"
    assert titles["mt03"] == "2025年第一党小组第1次会议记录（一月党小组学习）"


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_word_opened_by_libreoffice_shows_the_title(data: BranchData, tmp_path: Path) -> None:
    mt07 = next(m for m in data.meetings if m.id == "mt07")
    path = save_docx(minutes_document(data, mt07), tmp_path / "mt07.docx")
    folder = convert_with_libreoffice([path], tmp_path)
    lines = [squeeze(line) for line in pdftotext(folder / "mt07.pdf", page=1).splitlines() if line.strip()]
    assert lines[:2] == [data.branch.name, TITLE]
