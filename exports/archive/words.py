"""The parts of the archive that need no painting: the records' Word files, the compliance report, the attendance
statistics, the year's data and the catalogue's Word file and spreadsheet; and cutting records out of the painted
pass. A large year does them in a second process (spawned: a forked copy of a process that runs Qt is not safe):
the Word files, report, statistics and data while this process paints the PDFs, then the catalogue's files and
half of the records while this one cuts the other half and makes the volume. The files do not depend on which
process wrote them.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from datetime import date
from pathlib import Path

from exports.archive.report import report_document, report_json
from exports.archive.statistics import attendance_xlsx
from exports.archive.subset import year_interchange
from exports.docx.writer import docx_bytes
from exports.model import Document, Meta
from exports.zipfix import utc_naive
from models.domain import BranchData

PARALLEL_FROM = 120  # records; below that, starting the second process costs more than it saves
RECORDS_DIR = "文件"


MORE_STEPS = ("正在生成落实情况报告", "正在统计出席情况", "正在导出年度数据")  # what progress says after the Word files


def write_words(work: Path, data: BranchData, year: int, stamp: str, stems: Sequence[str],
                documents: Sequence[Document], step: Callable[[int], None] | None = None) -> None:
    """Write the Word files of the records (`stems[i]`.docx in 文件/), the report, the statistics and the data;
    `step(i)` after each of them (the records' Word files, then the MORE_STEPS)."""
    for index, (stem, document) in enumerate(zip(stems, documents, strict=True)):
        (work / RECORDS_DIR / f"{stem}.docx").write_bytes(docx_bytes(document))
        if step:
            step(index)
    count = len(stems)
    report, text = report_json(data, year, date(year, 12, 31))
    (work / f"{year}年度组织生活落实情况.json").write_text(text, encoding="utf-8", newline="\n")
    (work / f"{year}年度组织生活落实情况.docx").write_bytes(docx_bytes(report_document(data, year, report, stamp)))
    if step:
        step(count)
    (work / f"{year}年度党员出席统计.xlsx").write_bytes(attendance_xlsx(data, year, utc_naive(stamp)))
    if step:
        step(count + 1)
    (work / f"{year}年度数据.orglife.json").write_text(year_interchange(data, year), encoding="utf-8", newline="\n")
    if step:
        step(count + 2)


def in_second_process(count: int) -> bool:
    return count >= PARALLEL_FROM and (os.cpu_count() or 1) >= 2


def start(work: Path, data: BranchData, year: int, stamp: str, stems: Sequence[str],
          documents: Sequence[Document]) -> tuple[ProcessPoolExecutor, Future]:
    """`write_words` in a second process; the caller waits for the future and shuts the pool down."""
    pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"))
    return pool, pool.submit(write_words, work, data, year, stamp, list(stems), list(documents))


def cut_records(batch_file: Path, folder: Path, records: Sequence[tuple[str, range, Meta]]) -> None:
    """In the second process: the records' own PDFs (`stem`.pdf in `folder`), cut out of the pass's PDF saved
    to `batch_file` (exports.pdf.split, as this process would)."""
    import pikepdf

    from exports.pdf.batch import Batch
    from exports.pdf.split import extract

    batch = Batch(pikepdf.open(batch_file), [], range(0))
    try:
        for stem, pages, meta in records:
            (folder / f"{stem}.pdf").write_bytes(extract(batch, pages, meta))
    finally:
        batch.close()


def write_catalogue(work: Path, catalogue: Document, branch: str, year: int, rows: Sequence[Sequence[object]],
                    stamp: str) -> None:
    """The catalogue's Word file and spreadsheet (its PDF is cut out of the pass)."""
    from exports.archive.catalogue import catalogue_sheet

    (work / "归档文件目录.docx").write_bytes(docx_bytes(catalogue))
    (work / "归档文件目录.xlsx").write_bytes(catalogue_sheet(branch, year, rows, utc_naive(stamp)))
