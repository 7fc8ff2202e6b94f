"""The neutral document as a PDF/A-1b file: Qt lays it out, pikepdf repairs the text layer and the identity."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtGui import QFont, QGuiApplication

from exports.atomic import write_atomic
from exports.errors import ExportError
from exports.model import Document
from exports.pdf import pdfa
from exports.pdf.fonts import body_family, latin_family, title_family

RESOLUTION = 1200
FOOTER_CHARS = "第页共 0123456789"
SIGNATURE_CHARS = "：\u3000草稿（未定稿）"  # and the mark of a draft


def text_fonts() -> list[QFont]:
    fonts = []
    for family in (body_family(), title_family(), latin_family()):
        for bold in (False, True):
            font = QFont(family)
            font.setBold(bold)
            fonts.append(font)
    return fonts


_app: QGuiApplication | None = None


def ensure_qt() -> None:
    """Fonts and QPdfWriter need a QGuiApplication: the program has one; a command line gets an offscreen one."""
    global _app
    if QGuiApplication.instance() is not None:
        return
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        _app = QGuiApplication(sys.argv[:1])
    except RuntimeError as exc:
        raise ExportError("无法启动生成 PDF 所需的字体与排版环境（Qt）") from exc


def pdf_bytes_and_pages(document: Document) -> tuple[bytes, int]:
    """The PDF/A-1b bytes of `document` (same document, same bytes) and its page count."""
    from exports.pdf.batch import render_batch, save  # it builds on this module's Qt set-up

    batch = render_batch([document])
    try:
        pdfa.stable_subset_tags(batch.pdf)
        pdfa.set_identity(batch.pdf, document.meta)
        return save(batch.pdf), len(batch.ranges[0])
    finally:
        batch.close()


def pdf_bytes(document: Document) -> bytes:
    return pdf_bytes_and_pages(document)[0]


def save_pdf(document: Document, path: Path) -> int:
    """Write `document` as PDF/A-1b to `path` atomically; returns the page count."""
    data, pages = pdf_bytes_and_pages(document)
    write_atomic(Path(path), data)
    return pages
