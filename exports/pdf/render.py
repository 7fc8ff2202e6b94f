"""Painting the laid-out pages (exports.pdf.flow) on a QPdfWriter or a QPrinter.

The same painter code serves the PDF, the print preview and the printer (the UI's preview hands one in), so the
paper, the preview and the PDF are one layout: A4, the margins and metrics of the Word template, 第 x 页 共 y 页
in the footer. Lines are drawn as glyph runs at the positions the layout gave them (justified as Word justifies).
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from functools import lru_cache

from PySide6.QtCore import QLineF, QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QGlyphRun,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPen,
    QRawFont,
)

from exports.model import Document
from exports.pdf import textlayer
from exports.pdf.flow import RULE, Page, Rule, Text, layout
from exports.pdf.fonts import MISSING_GLYPH, body_family, fallback_families, latin_family, missing_family
from exports.pdf.rawfonts import raw_font

# left, top, right, bottom (mm), as in exports.docx.template; the footer's baseline sits FOOTER_MM above the edge.
MARGINS_MM = (28.0, 37.0, 26.0, 35.0)
FOOTER_MM = 22.0
COMPACT_FOOTER_MM = 12.0  # a listing's footer (exports.docx.template.COMPACT_MARGINS: 10 mm)
FOOTER_PT = 10.5
HEADER_MM = 18.0  # the volume's running page number, from the top edge
DRAFT = "草稿（未定稿）"  # at the head of every page of a record not yet final
BASELINE = 0.43  # the baseline lies this many ems below the middle of a line box (as LibreOffice sets it)


def page_layout(landscape: bool = False) -> QPageLayout:
    orientation = QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    return QPageLayout(QPageSize(QPageSize.PageSizeId.A4), orientation, QMarginsF(0, 0, 0, 0),
                       QPageLayout.Unit.Millimeter)


def _px_per_mm(device: QPagedPaintDevice) -> tuple[float, float]:
    return device.logicalDpiX() / 25.4, device.logicalDpiY() / 25.4


def _page_px(device: QPagedPaintDevice) -> QSizeF:
    size = device.pageLayout().fullRect(QPageLayout.Unit.Millimeter).size()
    sx, sy = _px_per_mm(device)
    return QSizeF(size.width() * sx, size.height() * sy)


Drawn = dict[str, set[str]]  # a face's name (as exports.pdf.textlayer keys it) -> the characters drawn with it
Missing = dict[int, list[str]]  # page index -> the characters no face has drawn on it as □, in the order drawn


def paint(document: Document, device: QPagedPaintDevice, drawn: Drawn | None = None) -> int:
    """Paint every page of `document` on `device` (a QPdfWriter or a QPrinter); returns the page count."""
    return paint_all([document], device, drawn)


def paint_all(documents: Sequence[Document], device: QPagedPaintDevice, drawn: Drawn | None = None) -> int:
    """Paint the documents one after another with one painter (one print job, e.g. the records chosen in a list).

    Each document starts on a new page and numbers its own pages (第 x 页 共 y 页); returns the total page count.
    """
    with Sheets(device, drawn) as sheets:
        for document in documents:
            sheets.document(document)
        return sheets.pages


class Sheets:
    """One painter on one device: documents (and label pages) painted one after another, each on new pages.

    The year's archive paints every record, the catalogue, the cover and the 备考表 in one pass, so that the
    PDF embeds each face once.
    """

    def __init__(self, device: QPagedPaintDevice, drawn: Drawn | None = None) -> None:
        if hasattr(device, "setFullPage"):  # a QPrinter: our margins, measured from the paper's edge
            device.setFullPage(True)
        self.device, self.drawn = device, drawn
        self.painter: QPainter | None = None
        self.pages = 0
        self.missing: Missing = {}

    def __enter__(self) -> Sheets:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.end()

    def _start(self, landscape: bool) -> QPainter:
        page_setup = page_layout(landscape)
        if self.painter is None or not self.device.pageLayout().isEquivalentTo(page_setup):
            self.device.setPageLayout(page_setup)  # while painting: from the next page on
        if self.painter is None:
            self.painter = QPainter(self.device)
        elif self.pages:
            self.device.newPage()
        return self.painter

    def document(self, document: Document) -> int:
        """Paint `document` from a new page; returns its page count."""
        pages = layout(document)
        drawn = self.drawn if self.drawn is not None else {}
        for index, page in enumerate(pages):
            painter = self._start(document.landscape)
            missing: list[str] = []
            _paint_page(painter, self.device, page, drawn, missing)
            if missing:
                self.missing[self.pages] = missing
            marks = ""
            if document.footer:
                marks = f"第 {index + 1} 页 共 {len(pages)} 页"
                _paint_footer(painter, self.device, marks, compact=document.compact)
            if document.draft:
                _paint_footer(painter, self.device, DRAFT, HEADER_MM, right=True)
                marks += DRAFT
            drawn.setdefault(_footer_face(), set()).update(marks.replace(" ", ""))
            self.pages += 1
        return len(pages)

    def labels(self, labels: Sequence[str]) -> None:
        """One otherwise empty A4 page per label, the label at the head on the right (the volume's page stamps)."""
        drawn = self.drawn if self.drawn is not None else {}
        for label in labels:
            painter = self._start(False)
            _paint_footer(painter, self.device, label, HEADER_MM, right=True)
            drawn.setdefault(_footer_face(), set()).update(label.replace(" ", ""))
            self.pages += 1

    def end(self) -> None:
        if self.painter is not None:
            self.painter.end()
            self.painter = None


def page_count(document: Document) -> int:
    """How many pages `document` takes (no painting)."""
    return len(layout(document))


def _paint_page(painter: QPainter, device: QPagedPaintDevice, page: Page, drawn: Drawn,
                missing: list[str] | None = None) -> None:
    scale = device.logicalDpiX() / 72
    painter.save()
    pen = QPen(QColor(0, 0, 0))
    pen.setWidthF(RULE * scale)
    pen.setCapStyle(Qt.PenCapStyle.SquareCap)
    painter.setPen(pen)
    for item in page.items:
        if isinstance(item, Rule):
            painter.drawLine(QLineF(item.x1 * scale, item.y1 * scale, item.x2 * scale, item.y2 * scale))
        else:
            _paint_text(painter, item, scale, drawn, missing if missing is not None else [])
    painter.restore()


def face_key(raw: QRawFont) -> str:
    return textlayer.face_key(raw)


def _raw(family: str, bold: bool, pixels: float) -> QRawFont:
    return raw_font(family, bold, pixels)  # this thread's: a raw font must not outlive its thread (rawfonts.py)


@lru_cache(maxsize=1)
def _fallbacks() -> tuple[str, ...]:
    return fallback_families()


def _font_for(char: str, first: str, bold: bool, pixels: float) -> QRawFont | None:
    """The face that draws `char`: the one its script asks for, else the first fallback that has it (None when
    no face has it)."""
    code = ord(char)
    for family in (first, *_fallbacks()):
        raw = _raw(family, bold, pixels)
        if raw.supportsCharacter(code):
            return raw
    return None


def _positions(item: Text) -> list[float]:
    """Each glyph's x in points: aligned, and spread across the line where the paragraph is justified."""
    line = item.line
    xs = line.xs
    free = item.width - line.width
    if item.align == "center":
        return [item.x + free / 2 + x for x in xs]
    if item.align == "right":
        return [item.x + free + x for x in xs]
    if item.align == "justify" and not line.last and free > 0:
        counted = len(line.text) - (1 if line.hang else 0)
        while counted > 0 and line.text[counted - 1].isspace():
            counted -= 1
        if counted > 1:
            step = free / (counted - 1)
            return [item.x + x + step * min(i, counted - 1) for i, x in enumerate(xs)]
    return [item.x + x for x in xs]


Found = tuple[QRawFont, int, str, bool] | None
_glyphs = threading.local()  # like the raw fonts they hold, the glyphs found are this thread's (rawfonts.py)


def _glyph_for(char: str, first: str, bold: bool, pixels: float) -> Found:
    """The face, glyph and face key that draw `char`, and whether it stands in for a character no face has
    (found once per thread)."""
    cache: dict[tuple[str, str, bool, float], Found] | None = getattr(_glyphs, "found", None)
    if cache is None:
        cache = _glyphs.found = {}
    key = (char, first, bold, pixels)
    if key not in cache:
        cache[key] = _find_glyph(char, first, bold, pixels)
    return cache[key]


def _find_glyph(char: str, first: str, bold: bool, pixels: float) -> Found:
    raw = _font_for(char, first, bold, pixels)
    if raw is None:
        raw = _raw(missing_family(), False, pixels)
        indexes = raw.glyphIndexesForString(MISSING_GLYPH)
        return (raw, indexes[0], face_key(raw), True) if indexes else None
    indexes = raw.glyphIndexesForString(char)
    return (raw, indexes[0], face_key(raw), False) if indexes else None


def _paint_text(painter: QPainter, item: Text, scale: float, drawn: Drawn, missing: list[str]) -> None:
    line = item.line
    if not line.text:
        return
    pixels = item.face.size * scale
    baseline = (item.top + item.pitch / 2 + item.face.size * BASELINE) * scale
    latin, cjk = latin_family(), item.face.cjk
    runs: list[tuple[QRawFont, list[int], list[QPointF], str, list[str]]] = []  # a new run at each change of face
    current = None
    for char, x, is_latin, bold in zip(line.text, _positions(item), line.latin, line.bold, strict=True):
        if char.isspace():
            continue
        found = _glyph_for(char, latin if is_latin else cjk, bold, pixels)
        if found is None:
            continue
        raw, index, key, stands_in = found
        if stands_in:
            missing.append(char)
        if raw is not current:
            runs.append((raw, [], [], key, []))
            current = raw
        last = runs[-1]
        last[1].append(index)
        last[2].append(QPointF(x * scale, baseline))
        last[4].append(char)
    for raw, indexes, points, key, chars in runs:
        drawn.setdefault(key, set()).update(chars)
        run = QGlyphRun()
        run.setRawFont(raw)
        run.setGlyphIndexes(indexes)
        run.setPositions(points)
        painter.drawGlyphRun(QPointF(0, 0), run)


@lru_cache(maxsize=1)
def _footer_face() -> str:
    return face_key(_raw(body_family(), False, 100.0))


def _paint_footer(
    painter: QPainter, device: QPagedPaintDevice, label: str, from_top_mm: float | None = None, right: bool = False,
    compact: bool = False,
) -> None:
    page = _page_px(device)
    sx, sy = _px_per_mm(device)
    font = QFont(body_family())
    font.setPointSizeF(FOOTER_PT)
    painter.save()
    painter.setFont(font)
    footer_mm = COMPACT_FOOTER_MM if compact else FOOTER_MM
    top = from_top_mm * sy if from_top_mm is not None else page.height() - footer_mm * sy
    if right:
        box = QRectF(0, top, page.width() - MARGINS_MM[2] * sx, 8 * sy)
        align = Qt.AlignmentFlag.AlignRight
    else:
        box = QRectF(0, top, page.width(), 8 * sy)
        align = Qt.AlignmentFlag.AlignHCenter
    painter.drawText(box, align | Qt.AlignmentFlag.AlignTop, label)
    painter.restore()
