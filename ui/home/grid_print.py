"""The grid on one A4 page (landscape): a title, the grid scaled to the page's width, the key to the symbols."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, Qt
from PySide6.QtGui import QColor, QPagedPaintDevice, QPageLayout, QPageSize, QPainter
from PySide6.QtWidgets import QWidget

from ui.home.grid_paint import PRINTED, Metrics, has_exempt, paint_grid, paint_legend
from ui.style import pixel_font

translate = QCoreApplication.translate  # a plain name lupdate reads with its context

if TYPE_CHECKING:
    from models.overview.grid import YearGrid

A4_LANDSCAPE = QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Landscape,
                           QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)


def grid_title(branch_name: str, grid: YearGrid) -> str:
    as_of = grid.as_of
    return f"{branch_name} {grid.year}年度组织生活落实情况一览（截至 {as_of.year}年{as_of.month}月{as_of.day}日）"


def paint_grid_page(device: QPagedPaintDevice, grid: YearGrid, title: str) -> int:
    """Draw the page on `device` (a printer or a PDF writer, set to A4 landscape here); the number of pages: 1."""
    device.setPageLayout(A4_LANDSCAPE)
    painter = QPainter(device)
    try:
        m = Metrics(label=170, column=62, header=30, row=34, font_px=14)
        width, height = m.width(), 50 + m.height(len(grid.rows)) + m.row + 30
        page = QRectF(0, 0, device.width(), device.height())
        scale = min(page.width() / width, page.height() / height)
        painter.scale(scale, scale)
        painter.setFont(pixel_font(20, True))
        painter.setPen(QColor("#000000"))
        painter.drawText(QRectF(0, 0, width, 40), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title)
        painter.translate(0, 50)
        paint_grid(painter, m, grid, words=PRINTED)  # the printed sheet stays Chinese, in either 界面语言
        paint_legend(painter, m, m.height(len(grid.rows)) + 6, has_exempt(grid), words=PRINTED)
    finally:
        painter.end()
    return 1


def print_grid(parent: QWidget, grid: YearGrid, title: str) -> None:
    """The print preview of the grid (the clerk prints or saves a PDF from it)."""
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    printer.setPageLayout(A4_LANDSCAPE)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(translate("HomePage", "打印预览 — {0}").format(title))
    dialog.paintRequested.connect(lambda device: paint_grid_page(device, grid, title))
    dialog.resize(1100, 800)
    dialog.exec()
