"""Benchmark of the documents: `python -m bench.bench_documents [--data FILE] [--year Y] [--archive]`.

Prints figures, asserts nothing (tests do not time things):
- one minutes .docx our way (lean A4 template from memory, body XML built in bulk) against the naive way
  measured in the same run on the same content (python-docx's default template, one API call per cell);
- loading our template from disk;
- one PDF (Qt layout, text-layer repair, PDF/A identity): time and peak memory;
- optionally the annual archive of a year of a data set (`--archive`; pass the heaviest year of a large set);
- `--ratio`: the heaviest year's archive of the 10-year generated branch as a ratio to LibreOffice converting
  the same year's Word files to PDF (one soffice call for all, after one warm-up conversion); both timed as
  whole commands, process start included (target <= 0.4, peak memory < 400 MB).
"""

from __future__ import annotations

import argparse
import io
import os
import statistics
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import docx

from exports.documents import record_document
from exports.docx.template import TEMPLATE
from exports.docx.writer import docx_bytes
from exports.model import Document, Paragraph, Signatures, Table
from models.domain import BranchData
from models.resources import sample_branch_path

SAMPLE = sample_branch_path()


def naive_docx(document: Document) -> bytes:
    """The same content the way python-docx's tutorial writes it: default template, one call per cell."""
    word = docx.Document()
    for line in document.title:
        word.add_heading(line, level=1)
    for block in document.blocks:
        if isinstance(block, Paragraph):
            paragraph = word.add_paragraph()
            for span in block.spans:
                paragraph.add_run(span.text).bold = span.bold
        elif isinstance(block, Table):
            columns = len(block.widths)
            table = word.add_table(rows=len(block.rows), cols=columns)
            table.style = "Table Grid"
            for r, row in enumerate(block.rows):
                c = 0
                for cell in row:
                    target = table.cell(r, c)
                    if cell.span > 1:
                        target = target.merge(table.cell(r, c + cell.span - 1))
                    target.text = cell.text
                    c += cell.span
        elif isinstance(block, Signatures):
            word.add_paragraph("    ".join(f"{label}：________" for label in block.labels))
    out = io.BytesIO()
    word.save(out)
    return out.getvalue()


def timed(action: Callable[[], object], repeat: int) -> float:
    """The median of `repeat` runs, in milliseconds (after one warm-up run)."""
    action()
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        runs.append((time.perf_counter() - start) * 1000)
    return statistics.median(runs)


def peak_rss_mb() -> float | None:
    try:
        import resource
    except ImportError:  # Windows
        return None
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def load(path: Path) -> BranchData:
    from models.interchange import read_branch

    return read_branch(path.read_text(encoding="utf-8"))


def heaviest_year(data: BranchData) -> int:
    years = [m.date.year for m in data.meetings] + [t.date.year for t in data.talks]
    return max(set(years), key=years.count)


def heaviest_meeting(data: BranchData):  # a Meeting
    return max(data.meetings, key=lambda m: len(record_document(data, m).plain_text()))


def bench_docx(data: BranchData, repeat: int) -> None:
    meeting = heaviest_meeting(data)
    document = record_document(data, meeting)
    ours = timed(lambda: docx_bytes(document), repeat)
    naive = timed(lambda: naive_docx(document), repeat)
    template = timed(lambda: docx.Document(str(TEMPLATE)), repeat)
    print(f"minutes .docx ({meeting.id}, {len(document.plain_text())} characters), median of {repeat}:")
    print(f"  ours   {ours:7.2f} ms  ({len(docx_bytes(document)):,} bytes)")
    print(f"  naive  {naive:7.2f} ms  ({len(naive_docx(document)):,} bytes, US Letter default template)")
    print(f"  ratio  {ours / naive:7.2f} x  (target <= 0.40)")
    print(f"  our template loaded from disk: {template:.2f} ms")


def bench_pdf(data: BranchData, repeat: int) -> None:
    from PySide6.QtGui import QGuiApplication

    from exports.pdf.writer import pdf_bytes_and_pages

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 - kept alive while rendering
    document = record_document(data, heaviest_meeting(data))
    before = peak_rss_mb()
    tracemalloc.start()
    first = time.perf_counter()
    data_bytes, pages = pdf_bytes_and_pages(document)
    first_ms = (time.perf_counter() - first) * 1000
    python_peak = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    median = timed(lambda: pdf_bytes_and_pages(document), repeat)
    after = peak_rss_mb()
    print(f"one PDF/A ({pages} pages, {len(data_bytes):,} bytes): first {first_ms:.0f} ms (fonts loaded), "
          f"then median {median:.0f} ms")
    rss = f"process peak RSS {after:.0f} MB (was {before:.0f} MB before the first PDF)" if after else "RSS n/a"
    print(f"  memory: Python peak {python_peak:.1f} MB; {rss}")


def bench_archive(data: BranchData, year: int) -> None:
    from PySide6.QtGui import QGuiApplication

    from exports.archive import build_archive
    from exports.archive.items import year_items
    from exports.archive.words import in_second_process

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841
    items = len(year_items(data, year))
    with tempfile.TemporaryDirectory() as out:
        start = time.perf_counter()
        zip_path = build_archive(data, year, Path(out))
        seconds = time.perf_counter() - start
        size = zip_path.stat().st_size
    word = "Word files in a second process" if in_second_process(items) else "one process"
    print(f"archive {year}: {items} records ({word}): {seconds:.1f} s, zip {size / 2**20:.1f} MB"
          "   target < 30 s on both cores")
    from bench.measure import peak_rss_mb

    print(f"  peak memory of this process after the archive: {peak_rss_mb():.0f} MB (Word process not included)")


ARCHIVE_COMMAND = """
import os, sys, resource
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from pathlib import Path
from exports.archive import build_archive
from models.interchange import read_branch
data = read_branch(Path(sys.argv[1]).read_text(encoding="utf-8"))
build_archive(data, int(sys.argv[2]), Path(sys.argv[3]))
usage = resource.getrusage
print(usage(resource.RUSAGE_SELF).ru_maxrss / 1024, usage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)
"""


def bench_ratio() -> None:
    import shutil
    import subprocess

    from bench.generate import generate_branch
    from exports.docx.writer import save_docx
    from models.interchange import write_branch

    if shutil.which("soffice") is None:
        print("ratio: LibreOffice (soffice) is not installed")
        return
    data = generate_branch()
    year = heaviest_year(data)
    records = [m for m in data.meetings if m.date.year == year] + [t for t in data.talks if t.date.year == year]
    with tempfile.TemporaryDirectory(prefix="orglife-ratio-") as folder:
        root = Path(folder)
        source = root / "branch.json"
        source.write_text(write_branch(data), encoding="utf-8")
        words = [save_docx(record_document(data, r), root / "word" / f"{r.id}.docx") for r in records]
        start = time.perf_counter()
        done = subprocess.run([sys.executable, "-c", ARCHIVE_COMMAND, str(source), str(year), str(root / "out")],
                              check=True, capture_output=True, text=True, cwd=Path(__file__).resolve().parents[1])
        ours = time.perf_counter() - start
        rss_main, rss_workers = (float(x) for x in done.stdout.split()[-2:])
        profile = f"-env:UserInstallation=file://{root}/lo-profile"
        convert = ["soffice", profile, "--headless", "--convert-to", "pdf", "--outdir", str(root / "lo")]
        subprocess.run([*convert, str(words[0])], check=True, capture_output=True)  # warm-up
        start = time.perf_counter()
        todo = words
        for _ in range(4):  # soffice may stop after a few hundred files: the rest in another call
            subprocess.run([*convert, *map(str, todo)], check=True, capture_output=True)
            todo = [w for w in todo if not (root / "lo" / f"{w.stem}.pdf").exists()]
            if not todo:
                break
        theirs = time.perf_counter() - start
    print(f"archive of {year} ({len(records)} records) against LibreOffice converting its Word files:")
    print(f"  ours {ours:.1f} s, LibreOffice {theirs:.1f} s, ratio {ours / theirs:.2f} x   (target <= 0.40)")
    print(f"  peak memory: archive process {rss_main:.0f} MB, its Word process {rss_workers:.0f} MB"
          "   (target < 400 MB)")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=SAMPLE)
    parser.add_argument("--year", type=int, default=2025)
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument("--archive", action="store_true", help="also build the year's archive")
    parser.add_argument("--generated", action="store_true",
                        help="use bench.generate's 10-year branch; --archive then takes its heaviest year")
    parser.add_argument("--ratio", action="store_true",
                        help="only the archive of the generated branch's heaviest year against LibreOffice")
    args = parser.parse_args(argv)
    if args.ratio:
        bench_ratio()
        return
    if args.generated:
        from bench.generate import generate_branch

        data = generate_branch()
        args.year = heaviest_year(data)
    else:
        data = load(args.data)
    bench_docx(data, args.repeat)
    bench_pdf(data, max(3, args.repeat // 5))
    if args.archive:
        bench_archive(data, args.year)


if __name__ == "__main__":
    main()
