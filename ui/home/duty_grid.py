"""The duties-by-month grid as one painted widget: a click or Enter on a cell chooses it (`chosen(row, cell)`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPointF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QHelpEvent, QKeyEvent, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from ui.home.grid_paint import Metrics, cell_rect, cell_tooltip, has_exempt, paint_grid, paint_legend
from ui.style import current_scale, is_dark

if TYPE_CHECKING:
    from models.overview.grid import YearGrid


class DutyGrid(QWidget):
    chosen = Signal(int, int)  # row, cell

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid: YearGrid | None = None
        self.metrics = Metrics.at(current_scale())
        self.selected: tuple[int, int] | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("本年度各项组织生活落实情况"))
        self._describe()

    def show_grid(self, grid: YearGrid | None) -> None:
        self.grid = grid
        if self.selected is not None and (grid is None or self.selected[0] >= len(grid.rows)
                                          or self.selected[1] >= len(grid.rows[self.selected[0]].cells)):
            self.selected = None
        self._describe()
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        rows = len(self.grid.rows) if self.grid else 10
        m = self.metrics
        return QSize(round(m.width()) + 2, round(m.height(rows) + m.row) + 4)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def cell_at(self, point: QPointF) -> tuple[int, int] | None:
        if self.grid is None:
            return None
        for r, row in enumerate(self.grid.rows):
            for c in range(len(row.cells)):
                if cell_rect(self.metrics, r, row, c).contains(point):
                    return r, c
        return None

    def cell_centre(self, row: int, cell: int) -> QPointF:
        """Where a cell is on the widget (tests click there)."""
        assert self.grid is not None
        return cell_rect(self.metrics, row, self.grid.rows[row], cell).center()

    def choose(self, row: int, cell: int) -> None:
        self.selected = (row, cell)
        self._describe()
        self.update()
        self.chosen.emit(row, cell)

    def _describe(self) -> None:
        """The cell the keyboard is on, in words (a screen reader reads the description): the painted cells have
        no widgets of their own."""
        if self.grid is None or self.selected is None:
            self.setAccessibleDescription(self.tr("用方向键选择一格，回车或空格查看这一格的会议记录"))
            return
        row = self.grid.rows[self.selected[0]]
        self.setAccessibleDescription(cell_tooltip(self.grid, row, row.cells[self.selected[1]]))

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.grid is None:
            return
        painter = QPainter(self)
        if is_dark():  # the grid is a sheet of paper: its pale cells and dark words keep their contrast
            painter.fillRect(self.rect(), QColor("#ffffff"))
        paint_grid(painter, self.metrics, self.grid, self.selected if self.hasFocus() or self.selected else None)
        paint_legend(painter, self.metrics, self.metrics.height(len(self.grid.rows)) + 2, has_exempt(self.grid))
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        found = self.cell_at(event.position())
        if found is not None and event.button() == Qt.MouseButton.LeftButton:
            self.choose(*found)
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.grid is None or not self.grid.rows:
            super().keyPressEvent(event)
            return
        r, c = self.selected or (0, 0)
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.choose(r, c)
            return
        moves = {Qt.Key.Key_Left: (0, -1), Qt.Key.Key_Right: (0, 1), Qt.Key.Key_Up: (-1, 0), Qt.Key.Key_Down: (1, 0)}
        if key not in moves:
            super().keyPressEvent(event)
            return
        dr, dc = moves[key]
        if dr:  # keep the month: the cell of the new row that covers the cell's first month
            month = cell_rect(self.metrics, r, self.grid.rows[r], c).left() + self.metrics.column / 2
            r = max(0, min(len(self.grid.rows) - 1, r + dr))
            found = self.cell_at(QPointF(month, cell_rect(self.metrics, r, self.grid.rows[r], 0).center().y()))
            c = found[1] if found else 0
        else:
            c = max(0, min(len(self.grid.rows[r].cells) - 1, c + dc))
        self.selected = (r, c)
        self._describe()
        self.update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.ApplicationFontChange):
            self.metrics = Metrics.at(current_scale())
            self.updateGeometry()
            self.update()
        super().changeEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and self.grid is not None:
            help_event: QHelpEvent = event  # type: ignore[assignment]
            found = self.cell_at(QPointF(help_event.pos()))
            if found is None:
                QToolTip.hideText()
            else:
                row = self.grid.rows[found[0]]
                QToolTip.showText(help_event.globalPos(), cell_tooltip(self.grid, row, row.cells[found[1]]), self)
            return True
        return super().event(event)
