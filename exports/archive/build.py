"""The one-click annual archive (年度归档): a folder of the year's documents and data, and a zip of it.

    build_archive(data, 2025, Path("D:/归档")) -> D:/归档/示例市妇联机关党支部 2025年度归档.zip
    (the folder of the same name beside it)

The same data gives the same bytes: every time inside a file or the zip comes from the records.
"""

from __future__ import annotations

import dataclasses
import os
import shutil
import tempfile
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path

from exports.archive import words
from exports.archive.catalogue import catalogue_document, catalogue_rows
from exports.archive.items import Item, item_file_stem, safe_name, year_items
from exports.archive.manifest import write_manifest, zip_folder
from exports.archive.volume_parts import cover_document, record_sheet_document
from exports.documents import record_document
from exports.errors import ExportError
from exports.model import Document, Meta
from exports.pdf.batch import Batch, render_batch
from exports.pdf.split import extract
from exports.pdf.volume import stamp_labels, volume_pdf
from exports.text import clean
from exports.zipfix import utc_naive, wall_time
from models.domain import BranchData
from models.words import ERRORS, QT_TRANSLATE_NOOP, say

Progress = Callable[[int, int, str], None]
RECORDS_DIR = "文件"
PASS_FILE = ".pass.pdf"  # the painted pass, for the second process to cut records from (removed afterwards)
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
        raise ExportError(say(QT_TRANSLATE_NOOP("errors", "无法在“{0}”中建立归档文件夹，请检查是否有写入权限"), out_dir,
                              context=ERRORS)) from exc
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
        raise ExportError(say(QT_TRANSLATE_NOOP(
            "errors", "无法替换“{0}”：请先关闭已在 Word 或其他程序中打开的归档文件后再试"), folder.name,
            context=ERRORS)) from exc
    return folder


class _Job:
    """One run of the archive: its records, documents and the progress told to the caller."""

    def __init__(self, data: BranchData, year: int, progress: Progress | None) -> None:
        self.data, self.year, self.progress = data, year, progress
        # the year's meetings are all a title's running number depends on (as Store.record_data gives a record)
        of_year = dataclasses.replace(data, meetings=tuple(m for m in data.meetings if m.date.year == year))
        self.items: list[Item] = year_items(of_year, year)
        self.documents: list[Document] = [record_document(of_year, item.record) for item in self.items]
        self.stamp = archive_stamp(data, year)
        self.total = 2 * len(self.items) + EXTRA_STEPS
        self.done = 0
        self.pages: list[int] = []  # each record's pages, once laid out
        self.catalogue: Document | None = None

    def step(self, label: str) -> None:
        self.done += 1
        if self.progress is not None:
            self.progress(min(self.done, self.total), self.total, label)

    def write_all(self, work: Path) -> None:
        (work / RECORDS_DIR).mkdir()
        stems = [item_file_stem(item) for item in self.items]
        titles = [f"正在生成 Word：{item.title}" for item in self.items] + list(words.MORE_STEPS)
        pool = written = cut = catalogue = None
        if words.in_second_process(len(self.items)):
            pool, written = words.start(work, self.data, self.year, self.stamp, stems, self.documents)
        else:
            words.write_words(work, self.data, self.year, self.stamp, stems, self.documents,
                              step=lambda i: self.step(titles[i]))
        try:
            batch = render_batch(self.documents, more=self._paper,
                                 done=lambda i: self.step(f"正在生成 PDF：{self.items[i].title}"))
            try:
                catalogue = self._catalogue(work, batch, pool)
                cut = self._records(work, batch, stems, pool)
                if self.items:
                    self._volume(work, batch, len(self.items))
            finally:
                batch.close()
            if written is not None:
                written.result()
                for title in titles:
                    self.step(title)
            if cut is not None:
                cut.result()
                (work / PASS_FILE).unlink()
            if catalogue is not None:
                catalogue.result()
            self.step("正在编制归档文件目录")
            self.step("正在合并全年记录")
        finally:
            if pool is not None:
                pool.shutdown(cancel_futures=True)

    def _records(self, work: Path, batch: Batch, stems: list[str], pool: ProcessPoolExecutor | None) -> Future | None:
        """Each record's own PDF, cut out of the pass; with a second process, half of them are cut there (from the
        pass saved to a file) while this process cuts the others and makes the volume."""
        ranges = batch.ranges[:len(stems)]  # the records come first in the pass
        cuts = [(stem, pages, doc.meta) for stem, doc, pages in zip(stems, self.documents, ranges, strict=True)]
        future = None
        if pool is not None:
            mine = len(cuts) // 2
            batch.pdf.save(work / PASS_FILE)
            future = pool.submit(words.cut_records, work / PASS_FILE, work / RECORDS_DIR, cuts[mine:])
            cuts = cuts[:mine]
        for stem, pages, meta in cuts:
            (work / RECORDS_DIR / f"{stem}.pdf").write_bytes(extract(batch, pages, meta))
        return future

    def _paper(self, pages: list[int]) -> tuple[list[Document], list[str]]:
        """What is painted after the records, once their pages are known: the catalogue on its own, and the
        volume's cover, 卷内目录 and 备考表 with the running page numbers of its records."""
        self.pages = pages
        args = (self.data, self.year, self.items, pages, self.stamp)
        self.catalogue = catalogue_document(*args)
        parts = [self.catalogue]
        if self.items:
            parts += [cover_document(*args), catalogue_document(*args, name="卷内目录"), record_sheet_document(*args)]
        return parts, stamp_labels(f"{self.year}年度汇编", sum(pages)) if self.items else []

    def _catalogue(self, work: Path, batch: Batch, pool: ProcessPoolExecutor | None) -> Future | None:
        """归档文件目录 as PDF (cut out of the pass), Word and xlsx (in the second process when there is one)."""
        assert self.catalogue is not None  # made by _paper during the pass
        (work / "归档文件目录.pdf").write_bytes(extract(batch, batch.ranges[len(self.items)], self.catalogue.meta))
        args = (work, self.catalogue, self.data.branch.name, self.year, catalogue_rows(self.items, self.pages),
                self.stamp)
        if pool is not None:
            return pool.submit(words.write_catalogue, *args)
        words.write_catalogue(*args)
        return None

    def _volume(self, work: Path, batch: Batch, count: int) -> None:
        """Cover, 卷内目录, every record of the year, 备考表 in one PDF (none without records)."""
        cover, contents, note = batch.ranges[count + 1:count + 4]
        parts = [("封面", cover), ("卷内目录", contents)]
        parts += [(f"{item.code} {item.title}", pages) for item, pages in zip(self.items, batch.ranges, strict=False)]
        parts.append(("卷内备考表", note))
        meta = Meta(title=f"{clean(self.data.branch.name)} {self.year}年度会议记录汇编",
                    author=clean(self.data.branch.name), created=self.stamp, modified=self.stamp)
        stamped = range(0, sum(self.pages))  # the records come first in the pass
        (work / f"{self.year}年度会议记录汇编.pdf").write_bytes(volume_pdf(batch, parts, stamped, meta))
