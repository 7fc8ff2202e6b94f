"""Charts drawn with QPainter (no Qt Charts, no matplotlib): bars by month, stacked by kind; horizontal bars.

A chart paints itself on screen and into an image of a fixed size for export (`png_bytes`): the same drawing.
Each series has a colour of Okabe and Ito's palette (told apart by colour-blind readers) and the values are written
on the bars, so the figures read without the colours too.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ui.style import pixel_font

PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000")
INK, GRID_LINE = QColor("#1f2933"), QColor("#d5dbe1")
RIGHT_MIDDLE = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


@dataclass(frozen=True)
class Series:
    name: str
    values: tuple[float, ...]


def _nice_top(value: float) -> float:
    """A round top for the value axis: 1, 2, 5 × 10^n at or above `value`."""
    if value <= 0:
        return 1
    step = 1.0
    while step * 10 <= value:
        step *= 10
    for m in (1, 2, 5, 10):
        if m * step >= value:
            return m * step
    return 10 * step


class Chart(QWidget):
    """A chart with a title; subclasses draw the plot in `paint_plot`."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.setMinimumHeight(260)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(760, 320)

    def paint(self, p: QPainter, box: QRectF) -> None:
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(box, QColor("white"))
        p.setPen(INK)
        p.setFont(pixel_font(15, True))
        p.drawText(QRectF(box.left() + 10, box.top() + 4, box.width() - 20, 26), Qt.AlignmentFlag.AlignLeft, self.title)
        self.paint_plot(p, QRectF(box.left() + 10, box.top() + 34, box.width() - 20, box.height() - 44))

    def paint_plot(self, p: QPainter, box: QRectF) -> None:
        raise NotImplementedError

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        self.paint(painter, QRectF(self.rect()))
        painter.end()

    def image(self, size: QSize = QSize(1400, 700)) -> QImage:  # noqa: B008
        image = QImage(size, QImage.Format.Format_ARGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        self.paint(painter, QRectF(0, 0, size.width(), size.height()))
        painter.end()
        return image

    def png_bytes(self, size: QSize = QSize(1400, 700)) -> bytes:  # noqa: B008
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        self.image(size).save(buffer, "PNG")
        buffer.close()
        return bytes(data.data())


def _legend(p: QPainter, series: Sequence[Series], box: QRectF) -> float:
    """The names with their colours in a row above the plot; its height."""
    p.setFont(pixel_font(12))
    x, y = box.left(), box.top()
    for i, s in enumerate(series):
        width = p.fontMetrics().horizontalAdvance(s.name)
        if x + width + 26 > box.right():
            x, y = box.left(), y + 20
        p.fillRect(QRectF(x, y + 4, 12, 12), QColor(PALETTE[i % len(PALETTE)]))
        p.setPen(INK)
        p.drawText(QRectF(x + 16, y, width + 4, 20), Qt.AlignmentFlag.AlignVCenter, s.name)
        x += width + 34
    return y + 24 - box.top()


class StackedBars(Chart):
    """Columns per category (the months), each stacked by series (the kinds of meeting), the total on top."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.categories: tuple[str, ...] = ()
        self.series: tuple[Series, ...] = ()

    def set_data(self, categories: Sequence[str], series: Sequence[Series]) -> None:
        self.categories, self.series = tuple(categories), tuple(series)
        self.update()

    def totals(self) -> list[float]:
        return [sum(s.values[i] for s in self.series) for i in range(len(self.categories))]

    def paint_plot(self, p: QPainter, box: QRectF) -> None:
        if not self.categories:
            return
        top = _legend(p, self.series, box) + box.top()
        plot = QRectF(box.left() + 36, top + 6, box.width() - 44, box.bottom() - top - 30)
        highest = _nice_top(max(self.totals(), default=0))
        p.setFont(pixel_font(11))
        ticks = int(highest) if highest <= 5 else 5  # whole numbers on the value axis (highest is 1, 2, 5 × 10^n)
        for k in range(ticks + 1):
            value = highest * k / ticks
            y = plot.bottom() - plot.height() * k / ticks
            p.setPen(QPen(GRID_LINE, 1))
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            p.setPen(INK)
            p.drawText(QRectF(box.left(), y - 8, 32, 16), RIGHT_MIDDLE, f"{value:g}")
        step = plot.width() / len(self.categories)
        for i, category in enumerate(self.categories):
            x = plot.left() + i * step + step * 0.18
            y = plot.bottom()
            for j, s in enumerate(self.series):
                h = plot.height() * s.values[i] / highest
                if h > 0:
                    p.fillRect(QRectF(x, y - h, step * 0.64, h), QColor(PALETTE[j % len(PALETTE)]))
                    p.setPen(QPen(QColor("white"), 1))
                    p.drawRect(QRectF(x, y - h, step * 0.64, h))
                y -= h
            p.setPen(INK)
            total = self.totals()[i]
            if total:
                p.drawText(QRectF(x - 10, y - 18, step * 0.64 + 20, 16), Qt.AlignmentFlag.AlignCenter, f"{total:g}")
            p.drawText(QRectF(plot.left() + i * step, plot.bottom() + 4, step, 18), Qt.AlignmentFlag.AlignCenter,
                       category)


class HorizontalBars(Chart):
    """One bar per label (a person, a kind of meeting), stacked by series, the value written after it."""

    def __init__(self, title: str, percent: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.percent = percent
        self.labels: tuple[str, ...] = ()
        self.series: tuple[Series, ...] = ()

    def set_data(self, labels: Sequence[str], series: Sequence[Series]) -> None:
        self.labels, self.series = tuple(labels), tuple(series)
        self.setMinimumHeight(max(260, 70 + 26 * len(self.labels)))
        self.update()

    def totals(self) -> list[float]:
        return [sum(s.values[i] for s in self.series) for i in range(len(self.labels))]

    def _words(self, value: float) -> str:
        return f"{value * 100:.1f}%" if self.percent else f"{value:g}"

    def paint_plot(self, p: QPainter, box: QRectF) -> None:
        if not self.labels:
            return
        top = box.top() + (_legend(p, self.series, box) if len(self.series) > 1 else 0)
        p.setFont(pixel_font(12))
        left = min(160.0, max(p.fontMetrics().horizontalAdvance(t) for t in self.labels) + 12)
        plot = QRectF(box.left() + left, top, box.width() - left - 60, box.bottom() - top)
        highest = 1.0 if self.percent else _nice_top(max(self.totals(), default=0))
        row = min(26.0, plot.height() / len(self.labels))
        for i, label in enumerate(self.labels):
            y = plot.top() + i * row
            p.setPen(INK)
            p.drawText(QRectF(box.left(), y, left - 8, row), RIGHT_MIDDLE, label)
            x = plot.left()
            for j, s in enumerate(self.series):
                w = plot.width() * s.values[i] / highest
                if w > 0:
                    p.fillRect(QRectF(x, y + row * 0.18, w, row * 0.64), QColor(PALETTE[j % len(PALETTE)]))
                x += w
            p.setPen(INK)
            p.drawText(QRectF(x + 6, y, 80, row), Qt.AlignmentFlag.AlignVCenter, self._words(self.totals()[i]))
