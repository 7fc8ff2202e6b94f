"""PDFs written by background jobs one after the other, each on a thread of its own (as the program's jobs run):
a raw font made on a thread that has ended must never be used again — it crashed the program at the second PDF."""

from __future__ import annotations

import threading
from pathlib import Path

import pikepdf

from exports.documents import record_document
from exports.pdf.writer import save_pdf
from models.domain import BranchData


def test_pdfs_written_on_threads_in_turn(gui: object, data: BranchData, tmp_path: Path) -> None:
    meetings = [m for m in data.meetings if m.speeches][:3]
    written: list[Path] = []
    errors: list[BaseException] = []

    def write(n: int) -> None:
        try:
            target = tmp_path / f"{n}.pdf"
            save_pdf(record_document(data, meetings[n]), target)
            written.append(target)
        except BaseException as error:  # reported by the test, not lost on the thread
            errors.append(error)

    for n in range(len(meetings)):
        thread = threading.Thread(target=write, args=(n,))
        thread.start()
        thread.join()  # the thread ends, and with it whatever it made

    assert not errors and len(written) == len(meetings) == 3
    assert all(len(pikepdf.open(path).pages) >= 1 for path in written)
