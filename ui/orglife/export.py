"""Saving a form (exports/) as Word or PDF (ui.documents.save does it for every document); Ctrl+P previews it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QWidget

from exports.model import Document
from ui.context import AppContext
from ui.documents.save import save_document
from ui.errors import show_error


def export_form(parent: QWidget, ctx: AppContext, build: Callable[[], Document], suggested: str,
                on_done: Callable[[Path], None] | None = None) -> None:
    """Ask for a file (Word first, PDF on offer), then write the form in the background, behind the saves asked
    so far (the forms are read from the store: what was just typed is in them)."""
    stem = suggested[: -len(Path(suggested).suffix)] if suggested.lower().endswith((".docx", ".pdf")) else suggested
    save_document(parent, ctx, build, stem, ("docx", "pdf"), on_done, after_writes=True)


def preview_form(parent: QWidget, ctx: AppContext, build: Callable[[], Document], title: str) -> None:
    """Ctrl+P: the form in the print preview, laid out as its PDF (ui.printing); read and built off the UI thread,
    behind the saves asked so far."""
    from ui.printing import PrintPreview

    ctx.writes.after(lambda _store: build(), lambda document: PrintPreview.show(parent, document, title),
                     lambda error: show_error(parent, error))  # a bug in the layout: the crash dialog
