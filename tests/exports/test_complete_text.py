"""No word of a record is lost on the way to paper: every text field is in the PDF's text layer and in the .docx,
in the order the minutes print them — for every record of the sample and for made-up records with long speeches,
long rectification lists and headings that fall at a page's end."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from exports.documents import record_document, save_docx
from exports.pdf.writer import save_pdf
from models.domain import BranchData
from tests.exports.fields import docx_in_order, missing_in_order, record_fields
from tests.exports.generated import made_up_meetings, made_up_talks
from tests.exports.readback import pdftotext


def _records(data: BranchData) -> list:
    return [*data.meetings, *data.talks]


FOOTER = re.compile(r"第\s*\d+\s*页\s*共\s*\d+\s*页|草稿（未定稿）")  # the page furniture


def _check(data: BranchData, records: list, folder: Path) -> None:
    for record in records:
        document = record_document(data, record)
        fields = record_fields(data, record)
        pdf = folder / f"{record.id}.pdf"
        save_pdf(document, pdf)
        assert missing_in_order(fields, FOOTER.sub("", pdftotext(pdf, raw=True))) == [], f"{record.id}: PDF"
        word = save_docx(document, folder / f"{record.id}.docx")
        assert missing_in_order(fields, docx_in_order(word)) == [], f"{record.id}: Word"


def test_every_record_of_the_sample_is_complete_in_pdf_and_word(data: BranchData, gui, tmp_path: Path):
    _check(data, _records(data), tmp_path)


@pytest.mark.parametrize("seed", [1, 2])
def test_made_up_records_are_complete_in_pdf_and_word(data: BranchData, gui, tmp_path: Path, seed: int):
    made = made_up_talks(made_up_meetings(data, seed, 10), seed, 3)
    new = [r for r in _records(made) if r.id.startswith("gen")]
    _check(made, new, tmp_path)


def test_the_check_finds_a_lost_section(data: BranchData):
    """The check itself: a field that is missing, or out of order, is reported."""
    meeting = next(m for m in data.meetings if m.type == "org_life_meeting")
    fields = record_fields(data, meeting)
    text = "\n".join(fields)
    assert missing_in_order(fields, text) == []
    assert missing_in_order(fields, text.replace(fields[-3], "")) != []
    assert missing_in_order([fields[-1], fields[1]], text) != []
