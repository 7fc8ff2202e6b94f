"""PDF/A of every kind of record: what pdftotext reads, the embedded fonts, the same bytes, atomic saving."""

from __future__ import annotations

import os
from pathlib import Path

import pikepdf
import pytest

from exports.atomic import write_atomic
from exports.documents import record_document
from exports.errors import ExportError
from exports.pdf.writer import pdf_bytes, save_pdf
from models.domain import BranchData
from tests.exports.readback import pdftotext, squeeze


def records(data: BranchData) -> list:
    kinds: dict[str, object] = {}
    for meeting in data.meetings:
        kinds.setdefault(meeting.type, meeting)
    return [*kinds.values(), data.talks[0]]


def test_every_kind_reads_back_from_the_text_layer(gui: object, data: BranchData, tmp_path: Path):
    for record in records(data):
        document = record_document(data, record)
        pages = save_pdf(document, tmp_path / f"{record.id}.pdf")
        text = pdftotext(tmp_path / f"{record.id}.pdf")
        flat = squeeze(text)
        assert squeeze(document.title[1]) in flat and data.branch.name in text, record.id
        assert "支部" in text
        assert not [c for c in text if 0x2E80 <= ord(c) <= 0x2FDF], f"{record.id}: look-alike radicals"
        for page in range(1, pages + 1):
            assert f"第{page}页共{pages}页" in flat
        assert ("主持人（签字）" in text) or ("谈话人（签字）" in text)


def test_the_vote_verdict_and_absentees_are_in_the_pdf(gui: object, data: BranchData, tmp_path: Path):
    meeting = next(m for m in data.meetings if m.type == "general_meeting")
    save_pdf(record_document(data, meeting), tmp_path / "m.pdf")
    flat = squeeze(pdftotext(tmp_path / "m.pdf"))
    assert "应到会有表决权党员6人，实到5人，超过半数，符合规定" in flat
    assert "张敏（请假，因公出差）" in flat and "李明（市直机关工委组织部副部长）" in flat


def test_pdf_a_1b_with_embedded_fonts_and_dates_of_the_record(gui: object, data: BranchData):
    meeting = data.meetings[0]
    data_bytes = pdf_bytes(record_document(data, meeting))
    with pikepdf.open(__import__("io").BytesIO(data_bytes)) as pdf:
        assert pdf.pdf_version == "1.4"
        xmp = pdf.Root.Metadata.read_bytes().decode()
        assert 'pdfaid:part="1"' in xmp and 'pdfaid:conformance="B"' in xmp
        assert "xmp:CreateDate=\"2025-01-08T17:00:00+08:00\"" in xmp
        assert str(pdf.docinfo["/CreationDate"]) == "D:20250108170000+08'00'"
        assert "/OutputIntents" in pdf.Root
        for page in pdf.pages:
            for font in page.resources.Font.values():
                assert "/FontFile2" in font.DescendantFonts[0].FontDescriptor, font.BaseFont


def test_the_same_record_gives_the_same_pdf_bytes(gui: object, data: BranchData):
    document = record_document(data, data.meetings[1])
    assert pdf_bytes(document) == pdf_bytes(document)


def test_a_file_that_cannot_be_replaced_is_told_in_chinese(tmp_path: Path):
    blocked = tmp_path / "已打开.docx"
    blocked.mkdir()  # like a file Word holds open: os.replace fails
    with pytest.raises(ExportError, match="请先关闭已在 Word"):
        write_atomic(blocked, b"data")
    assert os.listdir(tmp_path) == ["已打开.docx"]  # no temporary file left behind


def test_saving_replaces_the_old_file_whole(tmp_path: Path):
    target = tmp_path / "a.docx"
    target.write_bytes(b"old")
    write_atomic(target, b"new content")
    assert target.read_bytes() == b"new content" and os.listdir(tmp_path) == ["a.docx"]


def test_a_heading_never_ends_a_page(gui: object, data: BranchData, tmp_path: Path):
    """The sample's general meeting used to end page 1 with 三、主持人小结 and its text on page 2."""
    meeting = next(m for m in data.meetings if m.type == "general_meeting")
    pages = save_pdf(record_document(data, meeting), tmp_path / "m.pdf")
    for page in range(1, pages + 1):
        text = pdftotext(tmp_path / "m.pdf", page)
        lines = [line for line in text.splitlines() if line.strip() and "页" not in line]
        assert not lines[-1].startswith(("一、", "二、", "三、", "四、", "五、")), lines[-1]
