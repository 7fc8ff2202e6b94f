"""Saving a form (exports/) as Word or PDF: the clerk picks the file, the writing runs in the background."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from exports.errors import ExportError
from exports.model import Document
from ui import settings
from ui.context import AppContext
from ui.errors import Notice, show_error

FILTERS = "Word 文档 (*.docx);;PDF 文件 (*.pdf)"


def ask_save_path(parent: QWidget, suggested: str) -> str:
    """Where to save (tests replace this function); "" when the clerk cancels."""
    start = settings.get_str("forms/folder", "") or QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation)
    path, _ = QFileDialog.getSaveFileName(parent, parent.tr("保存表格"), str(Path(start) / suggested), FILTERS)
    return path


def write_document(document: Document, path: Path) -> Path:
    """Write `document` as .pdf when the name says so, else as .docx."""
    if path.suffix.lower() == ".pdf":
        from exports.pdf.writer import save_pdf

        save_pdf(document, path)
        return path
    from exports.docx.writer import save_docx

    return save_docx(document, path.with_suffix(".docx") if path.suffix.lower() != ".docx" else path)


def export_form(parent: QWidget, ctx: AppContext, build: Callable[[], Document], suggested: str,
                on_done: Callable[[Path], None] | None = None) -> None:
    """Ask for a file, then build and write the form off the UI thread; tell the clerk where it went."""
    chosen = ask_save_path(parent, suggested)
    if not chosen:
        return
    path = Path(chosen)
    settings.set_value("forms/folder", str(path.parent))

    def done(written: Path) -> None:
        Notice.info(parent, parent.tr("已导出"), parent.tr("已保存到：{0}").format(written))
        if on_done is not None:
            on_done(written)

    ctx.jobs.run(lambda: write_document(build(), path), done, lambda error: report(parent, error))


def report(parent: QWidget, error: Exception) -> None:
    """ExportError carries a sentence for the clerk (ui.errors does not know it yet); others as usual."""
    if isinstance(error, ExportError):
        Notice.warn(parent, parent.tr("无法保存"), str(error))
    else:
        show_error(parent, error)


def preview_form(parent: QWidget, build: Callable[[], Document], title: str) -> None:
    """Ctrl+P: the form in the print preview, laid out as its PDF (ui.printing)."""
    from ui.printing import PrintPreview

    try:
        document = build()
    except Exception as error:  # a bug in the layout: the crash dialog; the records are safe
        show_error(parent, error)
        return
    PrintPreview.show(parent, document, title)
