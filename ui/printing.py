"""Ctrl+P: the print preview of a record's minutes, laid out by exports/ exactly as its PDF (A4, 第 x 页 共 y 页)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from models.domain import Meeting
from ui.context import AppContext
from ui.errors import show_error


class PrintPreview:
    """The preview dialog. Tests replace `show` (a modal dialog)."""

    @classmethod
    def show(cls, parent: QWidget, document, title: str) -> None:  # noqa: ANN001
        from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

        from exports.pdf.render import paint

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(title)
        dialog = QPrintPreviewDialog(printer, parent)
        dialog.setWindowTitle(parent.tr("打印预览 — {0}").format(title))
        dialog.paintRequested.connect(lambda device: paint(document, device))
        dialog.resize(900, 1000)
        dialog.exec()


def print_preview(parent: QWidget, ctx: AppContext, meeting: Meeting) -> None:
    """Show the minutes of `meeting` (as the editor holds them) in a print preview."""
    try:
        from exports.documents import record_document

        document = record_document(ctx.roster().data, meeting)
    except Exception as error:  # a bug in the layout: the crash dialog, the record itself is safe
        show_error(parent, error)
        return
    PrintPreview.show(parent, document, meeting.title)
