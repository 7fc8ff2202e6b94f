"""Saving one document (a record's minutes, a talk record, a form) as Word or PDF, written in the background."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from exports.errors import ExportError
from exports.model import Document
from models.domain import Meeting, Talk
from ui.context import AppContext
from ui.documents.dialogs import SaveDocumentDialog, remember_folder, with_suffix
from ui.documents.records import record_stem
from ui.errors import Notice, show_error
from ui.words import told

translate = QCoreApplication.translate  # a plain name lupdate reads with its context


def write_document(document: Document, path: Path) -> Path:
    """Write `document` as .pdf when the name says so, else as .docx (atomically: see exports.atomic)."""
    if path.suffix.lower() == ".pdf":
        from exports.pdf.writer import save_pdf

        save_pdf(document, path)
        return path
    from exports.docx.writer import save_docx

    return save_docx(document, with_suffix(path, ".docx"))


def save_document(parent: QWidget, ctx: AppContext, build: Callable[[], Document], stem: str,
                  kinds: Sequence[str] = ("docx", "pdf"), on_done: Callable[[Path], None] | None = None,
                  after_writes: bool = False) -> None:
    """Ask for a file, then build and write the document off the UI thread; the status bar says where it went.
    `after_writes`: built behind the writes asked so far (the record the clerk was just editing)."""
    chosen = SaveDocumentDialog.ask(parent, stem, kinds)
    if chosen is None:
        return
    remember_folder(chosen.parent)

    def done(written: Path) -> None:
        from ui.dialogs.saved_file import tell_saved

        ctx.message.emit(translate("Documents", "已保存到：{0}").format(written))
        if on_done is not None:
            on_done(written)
        tell_saved(
            parent if isValid(parent) else None, translate("Documents", "文件已保存"), written
        )  # 打开文件 / 打开所在文件夹

    if after_writes:
        ctx.writes.after(lambda _store: write_document(build(), chosen), done, lambda error: report(parent, error))
    else:
        ctx.jobs.run(lambda: write_document(build(), chosen), done, lambda error: report(parent, error))


def export_record(parent: QWidget, ctx: AppContext, record: Meeting | Talk, kind: str) -> None:
    """导出 Word / 导出 PDF of a meeting's minutes or a talk record, as stored (the editor saves first): the same
    document the command line and the archive make of it."""
    from exports.documents import document_of

    store, record_id = ctx.store, record.id
    save_document(
        parent,
        ctx,
        lambda: document_of(store.record_data(record_id)),
        record_stem(ctx, record),
        (kind,),
        after_writes=True,
    )


def report(parent: QWidget | None, error: Exception) -> None:
    """A file that cannot be written (open in Word, no permission) in words; anything else as usual."""
    parent = parent if parent is not None and isValid(parent) else None
    if isinstance(error, ExportError):
        Notice.warn(parent, translate("Documents", "无法保存"), told(error))
    else:
        show_error(parent, error)
