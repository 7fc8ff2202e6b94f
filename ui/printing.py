"""Ctrl+P: the print preview of one record or of the records chosen in a list, laid out by exports/ as their PDF.

Several records go to the printer as one job: each starts on a new page and numbers its own pages.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPagedPaintDevice
from PySide6.QtWidgets import QWidget

from exports.model import Document
from models.domain import Meeting, Talk
from ui.context import AppContext
from ui.errors import show_error

translate = QCoreApplication.translate  # a plain name lupdate reads with its context


def paint_documents(documents: Sequence[Document], device: QPagedPaintDevice) -> int:
    """What the preview and the printer show: every page of every document in turn; the page count."""
    from exports.pdf.render import paint_all

    return paint_all(documents, device)


class PrintPreview:
    """The preview dialog. Tests replace `show` (a modal dialog)."""

    @classmethod
    def show(cls, parent: QWidget, document: Document | Sequence[Document], title: str) -> None:
        from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

        documents = [document] if isinstance(document, Document) else list(document)
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(title)
        dialog = QPrintPreviewDialog(printer, parent)
        dialog.setWindowTitle(translate("Printing", "打印预览 — {0}").format(title))
        dialog.paintRequested.connect(lambda device: paint_documents(documents, device))
        dialog.resize(900, 1000)
        dialog.exec()


def print_preview(parent: QWidget, ctx: AppContext, record: Meeting | Talk) -> None:
    """The minutes of a meeting or a talk record as stored (the editor saves first) in a print preview; read and
    laid out off the UI thread, as the command line and the archive make it."""
    from exports.documents import document_of

    store, record_id = ctx.store, record.id
    if isinstance(record, Talk):
        title = translate("Printing", "谈心谈话记录表")
    else:
        title = record.title or translate("Printing", "会议记录")
    ctx.writes.after(lambda _store: document_of(store.record_data(record_id)),  # behind the save just asked
                     lambda document: PrintPreview.show(parent, document, title),
                     lambda error: show_error(parent, error))


def print_meetings(parent: QWidget, ctx: AppContext, meeting_ids: Sequence[str]) -> None:
    """打印所选: the minutes of the chosen meetings in date order, in one preview (read and laid out off the UI)."""
    from exports.documents import document_of
    from ui.documents.records import in_date_order

    store, ids = ctx.store, list(meeting_ids)
    count = len(ids)  # (a plain name: lupdate skips a call whose count is an expression)
    title = translate("Printing", "所选 %n 份会议记录", "", count)

    def build() -> list[Document]:
        items = {item.record.id: item for item in store.records_data(ids)}
        return [document_of(items[m.id]) for m in in_date_order(item.record for item in items.values())]

    ctx.jobs.run(build, lambda documents: PrintPreview.show(parent, documents, title),
                 lambda error: show_error(parent, error))
