"""The PDF of every record has as many pages as its Word file when LibreOffice lays it out (the catalogue's 页数
holds for both): the sample's records, made-up records with long speeches and tables, and a generated year."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bench.generate import Spec, generate_branch
from exports.documents import record_document, save_docx
from exports.pdf.writer import save_pdf
from models.domain import BranchData
from tests.exports.generated import made_up_meetings, made_up_talks
from tests.exports.readback import convert_with_libreoffice, pdf_pages

pytestmark = pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")


def _generated_year() -> tuple[BranchData, list]:
    data = generate_branch(Spec(members=60, groups=3, years=2, first_year=2024))
    records = [m for m in data.meetings if m.date.year == 2025] + [t for t in data.talks if t.date.year == 2025]
    return data, records


def test_pdf_and_word_have_the_same_pages_for_every_record(data: BranchData, gui, tmp_path: Path):
    made = made_up_talks(made_up_meetings(data, 3, 15), 3, 4)
    year, generated = _generated_year()
    sets = [(made, [*made.meetings, *made.talks]), (year, generated)]
    ours: dict[str, int] = {}
    words: list[Path] = []
    for index, (branch, records) in enumerate(sets):
        for record in records:
            name = f"{index}-{record.id}"
            document = record_document(branch, record)
            ours[name] = save_pdf(document, tmp_path / f"{name}.qt.pdf")
            assert pdf_pages(tmp_path / f"{name}.qt.pdf") == ours[name]
            words.append(save_docx(document, tmp_path / f"{name}.docx"))
    converted = convert_with_libreoffice(words, tmp_path)
    theirs = {name: pdf_pages(converted / f"{name}.pdf") for name in ours}
    differ = {name: (ours[name], theirs[name]) for name in ours if ours[name] != theirs[name]}
    assert differ == {}, f"{len(differ)} of {len(ours)} records differ (PDF, Word): {differ}"
    assert sum(ours.values()) > len(ours)  # many records run over several pages
