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


def _counts(sets: list[tuple[str, BranchData, list]], folder: Path) -> dict[str, tuple[int, int]]:
    """Record name -> (pages of our PDF, pages of LibreOffice's PDF of our Word file); one soffice call."""
    ours: dict[str, int] = {}
    words: list[Path] = []
    for prefix, branch, records in sets:
        for record in records:
            name = f"{prefix}-{record.id}"
            document = record_document(branch, record)
            ours[name] = save_pdf(document, folder / f"{name}.qt.pdf")
            assert pdf_pages(folder / f"{name}.qt.pdf") == ours[name]
            words.append(save_docx(document, folder / f"{name}.docx"))
    converted = convert_with_libreoffice(words, folder)
    return {name: (ours[name], pdf_pages(converted / f"{name}.pdf")) for name in ours}


def test_pdf_and_word_have_the_same_pages_for_every_record(data: BranchData, gui, tmp_path: Path):
    year, generated = _generated_year()
    made = made_up_talks(made_up_meetings(data, 3, 15), 3, 4)
    counts = _counts([("sample", data, [*data.meetings, *data.talks]), ("year", year, generated),
                      ("made", made, [r for r in [*made.meetings, *made.talks] if r.id.startswith("gen")])], tmp_path)
    differ = {name: pages for name, pages in counts.items() if pages[0] != pages[1]}
    real = {name: pages for name, pages in differ.items() if not name.startswith("made-")}
    assert real == {}, f"{len(real)} records differ (PDF, Word): {real}"
    # The made-up records pile digits and Latin words against punctuation far more than minutes do; where
    # LibreOffice breaks a line between them is not fully known (see exports.pdf.lines), so one or two of them
    # may still come out a page apart.
    made_count = sum(1 for name in counts if name.startswith("made-"))
    assert len(differ) <= 2, f"{len(differ)} of {made_count} made-up records differ (PDF, Word): {differ}"
    assert sum(p for p, _ in counts.values()) > 2 * len(counts)  # many records run over several pages
