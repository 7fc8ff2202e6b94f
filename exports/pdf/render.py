"""Laying out the neutral document on pages with Qt (QtGui only), for print, the preview and PDF.

The same function paints a QPdfWriter or a QPrinter (the GUI's preview hands one in), so the paper, the
preview and the PDF are one layout: A4, the margins of the Word template, 第 x 页 共 y 页 in the footer.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QFont,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from exports.model import Document
from exports.pdf.fonts import body_family, title_family
from exports.pdf.html import BODY_PT, document_html

# left, top, right, bottom (mm), as in exports.docx.template; the footer's baseline sits FOOTER_MM above the edge.
MARGINS_MM = (28.0, 37.0, 26.0, 35.0)
FOOTER_MM = 22.0
FOOTER_PT = 10.5
HEADER_MM = 18.0  # the volume's running page number, from the top edge


def text_bands(landscape: bool = False) -> list[tuple[float, float]]:
    """Where a baseline may lie on a page (points from the bottom edge): the body, and the footer's band."""
    height = page_layout(landscape).fullRect(QPageLayout.Unit.Point).height()
    pt = 72 / 25.4
    _, top, _, bottom = MARGINS_MM
    return [(bottom * pt, height - top * pt), (0.0, (FOOTER_MM - 1.0) * pt)]


def page_layout(landscape: bool = False) -> QPageLayout:
    orientation = QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    return QPageLayout(QPageSize(QPageSize.PageSizeId.A4), orientation, QMarginsF(0, 0, 0, 0),
                       QPageLayout.Unit.Millimeter)


def text_document(document: Document, device: QPagedPaintDevice) -> QTextDocument:
    """The document laid out for `device`'s pages (its page layout must already be set)."""
    text = QTextDocument()
    text.setDocumentMargin(0)
    text.documentLayout().setPaintDevice(device)
    font = QFont(body_family())
    font.setPointSizeF(BODY_PT)
    text.setDefaultFont(font)
    text.setHtml(document_html(document, body_family(), title_family(), device.logicalDpiX() / 96))
    text.setPageSize(_body_rect(device).size())
    _keep_headings_with_next(text)
    return text


def _keep_headings_with_next(text: QTextDocument) -> None:
    """Move a heading that ends a page to the next one (Qt has no keep-with-next), then lay out again."""
    height = text.pageSize().height()
    layout = text.documentLayout()
    block = text.begin()
    while block.isValid():
        following = block.next()
        if block.blockFormat().headingLevel() and following.isValid():
            page = int(layout.blockBoundingRect(block).top() // height)
            first = following.layout().lineAt(0) if following.layout().lineCount() else None
            line_bottom = layout.blockBoundingRect(following).top() + (first.rect().bottom() if first else 0)
            if int(line_bottom // height) > page:
                cursor = QTextCursor(block)
                fmt = block.blockFormat()
                fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                cursor.setBlockFormat(fmt)
        block = following


def _px_per_mm(device: QPagedPaintDevice) -> tuple[float, float]:
    return device.logicalDpiX() / 25.4, device.logicalDpiY() / 25.4


def _page_px(device: QPagedPaintDevice) -> QSizeF:
    size = device.pageLayout().fullRect(QPageLayout.Unit.Millimeter).size()
    sx, sy = _px_per_mm(device)
    return QSizeF(size.width() * sx, size.height() * sy)


def _body_rect(device: QPagedPaintDevice) -> QRectF:
    left, top, right, bottom = MARGINS_MM
    page = _page_px(device)
    sx, sy = _px_per_mm(device)
    return QRectF(left * sx, top * sy, page.width() - (left + right) * sx, page.height() - (top + bottom) * sy)


def paint(document: Document, device: QPagedPaintDevice) -> int:
    """Paint every page of `document` on `device` (a QPdfWriter or a QPrinter); returns the page count."""
    return paint_all([document], device)


def paint_all(documents: Sequence[Document], device: QPagedPaintDevice) -> int:
    """Paint the documents one after another with one painter (one print job, e.g. the records chosen in a list).

    Each document starts on a new page and numbers its own pages (第 x 页 共 y 页); returns the total page count.
    """
    if hasattr(device, "setFullPage"):  # a QPrinter: our margins, measured from the paper's edge
        device.setFullPage(True)
    painter: QPainter | None = None
    total = 0
    try:
        for document in documents:
            layout = page_layout(document.landscape)
            if painter is None or not device.pageLayout().isEquivalentTo(layout):
                device.setPageLayout(layout)  # while painting: from the next page on
            text = text_document(document, device)
            if painter is None:
                painter = QPainter(device)
            body = _body_rect(device)
            pages = text.pageCount()
            for index in range(pages):
                if index or total:
                    device.newPage()
                _paint_page(painter, text, body, index)
                _paint_footer(painter, device, f"第 {index + 1} 页 共 {pages} 页")
            total += pages
    finally:
        if painter is not None:
            painter.end()
    return total


def paint_labels(labels: list[str], device: QPagedPaintDevice) -> None:
    """One otherwise empty A4 page per label, the label at the head on the right (the volume's page stamps)."""
    device.setPageLayout(page_layout())
    painter = QPainter(device)
    try:
        for index, label in enumerate(labels):
            if index:
                device.newPage()
            _paint_footer(painter, device, label, HEADER_MM, right=True)
    finally:
        painter.end()


def _paint_page(painter: QPainter, text: QTextDocument, body: QRectF, index: int) -> None:
    painter.save()
    offset = index * body.height()
    painter.translate(body.left(), body.top() - offset)
    # The clip hides what belongs to the neighbouring pages; exports.pdf.ghosts removes it from the text layer.
    text.drawContents(painter, QRectF(0, offset, body.width(), body.height()))
    painter.restore()


def _paint_footer(
    painter: QPainter, device: QPagedPaintDevice, label: str, from_top_mm: float | None = None, right: bool = False
) -> None:
    page = _page_px(device)
    sx, sy = _px_per_mm(device)
    font = QFont(body_family())
    font.setPointSizeF(FOOTER_PT)
    painter.save()
    painter.setFont(font)
    top = from_top_mm * sy if from_top_mm is not None else page.height() - FOOTER_MM * sy
    if right:
        box = QRectF(0, top, page.width() - MARGINS_MM[2] * sx, 8 * sy)
        align = Qt.AlignmentFlag.AlignRight
    else:
        box = QRectF(0, top, page.width(), 8 * sy)
        align = Qt.AlignmentFlag.AlignHCenter
    painter.drawText(box, align | Qt.AlignmentFlag.AlignTop, label)
    painter.restore()
