"""The neutral document as a PDF/A-1b file: Qt lays it out, pikepdf repairs the text layer and the identity."""

from __future__ import annotations

import io
import os
import sys
import tempfile
from pathlib import Path

import pikepdf
from PySide6.QtGui import QFont, QGuiApplication, QPagedPaintDevice, QPdfWriter

from exports.atomic import write_atomic
from exports.errors import ExportError
from exports.model import Document
from exports.pdf import pdfa, textlayer
from exports.pdf.fonts import body_family, latin_family, title_family
from exports.pdf.render import paint

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


def _qt_pdf(document: Document, drawn: dict[str, set[str]]) -> tuple[bytes, int]:
    """Qt's own PDF of the document and its page count."""
    ensure_qt()
    with tempfile.TemporaryDirectory(prefix="orglife-pdf-") as folder:
        path = Path(folder) / "qt.pdf"
        writer = QPdfWriter(str(path))
        writer.setPdfVersion(QPagedPaintDevice.PdfVersion.PdfVersion_A1b)
        writer.setResolution(RESOLUTION)
        writer.setTitle(document.meta.title)
        writer.setCreator(pdfa.PRODUCER)
        pages = paint(document, writer, drawn)
        del writer  # the file is complete only when the writer is gone
        return path.read_bytes(), pages


def pdf_bytes_and_pages(document: Document) -> tuple[bytes, int]:
    """The PDF/A-1b bytes of `document` (same document, same bytes) and its page count."""
    drawn: dict[str, set[str]] = {}
    raw, pages = _qt_pdf(document, drawn)
    text = document.plain_text() + FOOTER_CHARS + SIGNATURE_CHARS
    with pikepdf.open(io.BytesIO(raw)) as pdf:
        textlayer.repair(pdf, text, text_fonts(), drawn)
        pdfa.stable_subset_tags(pdf)
        pdfa.set_identity(pdf, document.meta)
        out = io.BytesIO()
        pdf.save(
            out,
            deterministic_id=True,
            object_stream_mode=pikepdf.ObjectStreamMode.disable,
            force_version="1.4",
            fix_metadata_version=False,
        )
    return out.getvalue(), pages


def pdf_bytes(document: Document) -> bytes:
    return pdf_bytes_and_pages(document)[0]


def save_pdf(document: Document, path: Path) -> int:
    """Write `document` as PDF/A-1b to `path` atomically; returns the page count."""
    data, pages = pdf_bytes_and_pages(document)
    write_atomic(Path(path), data)
    return pages
