"""Rendering the year's PDFs, on every core when there are enough of them to pay for starting workers.

Each worker process (spawned: a forked copy of a process that runs Qt is not safe) starts its own offscreen
QGuiApplication once. Documents travel as the neutral model and PDFs come back as bytes, so a file does not
depend on which process made it.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor

from exports.model import Document

PARALLEL_FROM = 120  # measured: 72 short records render faster here (2.2 s) than in 2 workers (3.0 s)
_app = None

Rendered = tuple[bytes, int]


def _start_worker() -> None:
    global _app
    if sys.platform != "win32":  # Windows' own platform needs no display; elsewhere there may be none
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication([])


def _render(document: Document) -> Rendered:
    from exports.pdf.writer import pdf_bytes_and_pages

    return pdf_bytes_and_pages(document)


def workers_for(count: int) -> int:
    """How many processes render `count` PDFs (ORGLIFE_PDF_WORKERS overrides, for the benchmark)."""
    forced = os.environ.get("ORGLIFE_PDF_WORKERS", "")
    if forced.isdigit() and int(forced) > 0:
        return int(forced)
    cores = os.cpu_count() or 1
    return 1 if count < PARALLEL_FROM or cores < 2 else min(cores, 4)


def render_all(
    documents: Sequence[Document],
    done: Callable[[int], None] | None = None,
    workers: int | None = None,
    meanwhile: Callable[[], None] | None = None,
) -> list[Rendered]:
    """(PDF bytes, page count) of each document, in order; `done(i)` after each one. `meanwhile` runs in this
    process while the workers render (before rendering, without workers)."""
    workers = workers_for(len(documents)) if workers is None else workers
    if workers <= 1:
        if meanwhile:
            meanwhile()
        results = []
        for index, document in enumerate(documents):
            results.append(_render(document))
            if done:
                done(index)
        return results
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_start_worker) as pool:
        pending = pool.map(_render, documents, chunksize=2)  # submits every document at once
        if meanwhile:
            meanwhile()
        results = []
        for index, result in enumerate(pending):
            results.append(result)
            if done:
                done(index)
        return results
