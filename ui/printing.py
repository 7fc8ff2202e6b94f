"""Ctrl+P: the print preview of one record or of the records chosen in a list, laid out by exports/ as their PDF.

Several records go to the printer as one job: each starts on a new page and numbers its own pages.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QPagedPaintDevice
from PySide6.QtWidgets import QWidget

from exports.model import Document
from models.domain import Meeting, Talk
from ui.context import AppContext
from ui.errors import show_error


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
        dialog.setWindowTitle(parent.tr("打印预览 — {0}").format(title))
        dialog.paintRequested.connect(lambda device: paint_documents(documents, device))
        dialog.resize(900, 1000)
        dialog.exec()


def print_preview(parent: QWidget, ctx: AppContext, record: Meeting | Talk) -> None:
    """Show the minutes of a meeting or a talk record (as the editor holds it) in a print preview."""
    try:
        from exports.documents import record_document
        from ui.documents.records import document_data

        document = record_document(document_data(ctx), record)
    except Exception as error:  # a bug in the layout: the crash dialog, the record itself is safe
        show_error(parent, error)
        return
    if isinstance(record, Talk):
        title = parent.tr("谈心谈话记录表")
    else:
        title = record.title or parent.tr("会议记录")
    PrintPreview.show(parent, document, title)


def print_meetings(parent: QWidget, ctx: AppContext, meeting_ids: Sequence[str]) -> None:
    """打印所选: the minutes of the chosen meetings in date order, in one preview (read and laid out off the UI)."""
    from exports.documents import record_document
    from ui.documents.records import document_data, in_date_order

    data, store, ids = document_data(ctx), ctx.store, list(meeting_ids)
    title = parent.tr("所选 {0} 份会议记录").format(len(ids))

    def build() -> list[Document]:
        return [record_document(data, m) for m in in_date_order(store.meeting(i) for i in ids)]

    ctx.jobs.run(build, lambda documents: PrintPreview.show(parent, documents, title),
                 lambda error: show_error(parent, error))
