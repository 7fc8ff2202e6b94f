"""The one-click annual archive (年度归档): a folder of the year's documents and data, and a zip of it.

    build_archive(data, 2025, Path("D:/归档")) -> D:/归档/示例市妇联机关党支部 2025年度归档.zip
    (the folder of the same name beside it)

The same data gives the same bytes: every time inside a file or the zip comes from the records.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

from exports.archive.catalogue import catalogue_document, catalogue_xlsx
from exports.archive.items import Item, item_file_stem, safe_name, year_items
from exports.archive.manifest import write_manifest, zip_folder
from exports.archive.pdf_pool import render_all
from exports.archive.report import report_document, report_json
from exports.archive.statistics import attendance_xlsx
from exports.archive.subset import year_interchange
from exports.documents import record_document
from exports.docx.writer import docx_bytes
from exports.errors import ExportError
from exports.model import Document, Meta
from exports.pdf.volume import volume_pdf
from exports.pdf.writer import pdf_bytes_and_pages
from exports.text import clean
from exports.zipfix import utc_naive, wall_time
from models.domain import BranchData

Progress = Callable[[int, int, str], None]
RECORDS_DIR = "文件"
EXTRA_STEPS = 6  # catalogue, volume, report, statistics, data, zip


def archive_stamp(data: BranchData, year: int) -> str:
    """The archive's one moment: the latest change to any record of the year (else the year's last day)."""
    stamps = [m.updated_at for m in data.meetings if m.date.year == year]
    stamps += [t.updated_at for t in data.talks if t.date.year == year]
    valid = [s for s in stamps if _parses(s)]
    return max(valid, key=utc_naive) if valid else f"{year}-12-31T00:00:00+08:00"


def _parses(value: str) -> bool:
    try:
        utc_naive(value)
    except (TypeError, ValueError):
        return False
    return True


def archive_name(data: BranchData, year: int) -> str:
    return safe_name(f"{clean(data.branch.short_name or data.branch.name)} {year}年度归档")


def build_archive(data: BranchData, year: int, out_dir: Path, progress: Progress | None = None) -> Path:
    """Write the year's archive into `out_dir`: a folder and a zip of it; returns the zip's path."""
    out_dir = Path(out_dir)
    job = _Job(data, year, progress)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        work = Path(tempfile.mkdtemp(prefix=".orglife-archive-", dir=out_dir))
    except OSError as exc:
        raise ExportError(f"无法在“{out_dir}”中建立归档文件夹，请检查是否有写入权限") from exc
    try:
        job.write_all(work)
        write_manifest(work, data, year)
        folder = _put_in_place(work, out_dir / archive_name(data, year))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    job.step("正在压缩归档文件夹")
    return zip_folder(folder, wall_time(job.stamp))


def _put_in_place(work: Path, folder: Path) -> Path:
    try:
        if folder.exists():
            shutil.rmtree(folder)
        os.replace(work, folder)
    except OSError as exc:
        raise ExportError(f"无法替换“{folder.name}”：请先关闭已在 Word 或其他程序中打开的归档文件后再试") from exc
    return folder


class _Job:
    """One run of the archive: its records, documents and the progress told to the caller."""

    def __init__(self, data: BranchData, year: int, progress: Progress | None) -> None:
        self.data, self.year, self.progress = data, year, progress
        self.items: list[Item] = year_items(data, year)
        self.documents: list[Document] = [record_document(data, item.record) for item in self.items]
        self.stamp = archive_stamp(data, year)
        self.total = 2 * len(self.items) + EXTRA_STEPS
        self.done = 0

    def step(self, label: str) -> None:
        self.done += 1
        if self.progress is not None:
            self.progress(min(self.done, self.total), self.total, label)

    def write_all(self, work: Path) -> None:
        records = work / RECORDS_DIR
        records.mkdir()
        rendered = render_all(self.documents, done=lambda i: self.step(f"正在生成 PDF：{self.items[i].title}"),
                              meanwhile=lambda: self._without_pdfs(work))
        for item, (pdf, _pages) in zip(self.items, rendered, strict=True):
            (records / f"{item_file_stem(item)}.pdf").write_bytes(pdf)
        self._catalogue(work, [pages for _pdf, pages in rendered])
        self._volume(work, [pdf for pdf, _pages in rendered])

    def _without_pdfs(self, work: Path) -> None:
        """Everything that does not wait for the records' PDFs (done while the workers render them)."""
        for item, document in zip(self.items, self.documents, strict=True):
            (work / RECORDS_DIR / f"{item_file_stem(item)}.docx").write_bytes(docx_bytes(document))
            self.step(f"正在生成 Word：{item.title}")
        self._report(work)
        when = utc_naive(self.stamp)
        (work / f"{self.year}年度党员出席统计.xlsx").write_bytes(attendance_xlsx(self.data, self.year, when))
        self.step("正在统计出席情况")
        text = year_interchange(self.data, self.year)
        (work / f"{self.year}年度数据.orglife.json").write_text(text, encoding="utf-8", newline="\n")
        self.step("正在导出年度数据")

    def _catalogue(self, work: Path, pages: list[int]) -> None:
        document = catalogue_document(self.data, self.year, self.items, pages, self.stamp)
        (work / "归档文件目录.docx").write_bytes(docx_bytes(document))
        (work / "归档文件目录.pdf").write_bytes(pdf_bytes_and_pages(document)[0])
        (work / "归档文件目录.xlsx").write_bytes(catalogue_xlsx(self.data, self.year, self.items, pages,
                                                             utc_naive(self.stamp)))
        self.step("正在编制归档文件目录")

    def _volume(self, work: Path, pdfs: list[bytes]) -> None:
        """Every record of the year in one PDF (none without records)."""
        if pdfs:
            meta = Meta(title=f"{clean(self.data.branch.name)} {self.year}年度会议记录汇编",
                        author=clean(self.data.branch.name), created=self.stamp, modified=self.stamp)
            marks = [f"{item.code} {item.title}" for item in self.items]
            volume, _counts = volume_pdf(pdfs, marks, f"{self.year}年度汇编", meta)
            (work / f"{self.year}年度会议记录汇编.pdf").write_bytes(volume)
        self.step("正在合并全年记录")

    def _report(self, work: Path) -> None:
        report, text = report_json(self.data, self.year, date(self.year, 12, 31))
        (work / f"{self.year}年度组织生活落实情况.json").write_text(text, encoding="utf-8", newline="\n")
        document = report_document(self.data, self.year, report, self.stamp)
        (work / f"{self.year}年度组织生活落实情况.docx").write_bytes(docx_bytes(document))
        self.step("正在生成落实情况报告")
