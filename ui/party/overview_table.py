"""The 党委's table: a row per branch, a column per duty, each cell in the home grid's colour and symbol (✓ ✗ ◐ ○ –,
drawn by ui.home.grid_paint) with its words; the last column counts the duties 缺 of the branch."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from ui.home.grid_paint import FILL, INK, MISSING, ON_SCREEN, draw_symbol, duty_name
from ui.joiners import labelled, spaced

if TYPE_CHECKING:
    from models.overview.party import BranchListing, DutyCell, PartyOverview

STATE_ROLE = Qt.ItemDataRole.UserRole + 1  # a duty cell's state (met / missing / due / upcoming / exempt)
BRANCH_ROLE = Qt.ItemDataRole.UserRole + 2  # the row's BranchListing, on the name's cell


def cell_words(cell: DutyCell) -> str:
    """A cell's words on screen (the 界面语言): its state, with the periods met of those owed when there are several
    (the Excel keeps models' Chinese DutyCell.text)."""
    state = ON_SCREEN.state(cell.state)
    return state if cell.owed <= 1 else f"{state} {cell.met}/{cell.owed}"


class StateDelegate(QStyledItemDelegate):
    """A duty cell as the home grid paints one: its state's fill, the symbol, then the words."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        state = index.data(STATE_ROLE)
        if state is None:
            super().paint(painter, option, index)
            return
        painter.save()
        box = QRectF(option.rect)
        painter.fillRect(box, QColor(FILL[state]))
        if state == MISSING:  # the hatch of the home grid: missing stands out on a grey print or screen
            painter.fillRect(box, QBrush(QColor(INK[MISSING]).lighter(170), Qt.BrushStyle.BDiagPattern))
        if option.state & QStyle.StateFlag.State_Selected:
            painter.setPen(QColor("#1f2933"))
            painter.drawRect(box.adjusted(1, 1, -2, -2))
        size = min(box.height() * 0.5, 16.0)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        draw_symbol(painter, state, QPointF(box.left() + 8 + size / 2, box.center().y()), size, QColor(INK[state]))
        painter.setPen(QColor("#1f2933"))
        painter.setFont(option.font)
        text_box = box.adjusted(size + 14, 0, -4, 0)
        painter.drawText(text_box, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, index.data())
        painter.restore()


class OverviewTable(QTableWidget):
    """`opened(branch)`: a branch's row double-clicked or Enter pressed on it (the drill-down)."""

    opened = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.overview: PartyOverview | None = None
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().setVisible(False)
        self.setItemDelegate(StateDelegate(self))
        self.setAccessibleName(self.tr("各党支部本年度组织生活落实情况"))
        self.cellDoubleClicked.connect(lambda row, _column: self._open(row))
        self.activated.connect(lambda index: self._open(index.row()))

    def show_overview(self, overview: PartyOverview) -> None:
        from models.overview.party import cell_of

        self.overview = overview
        self.clear()
        duties = [(key, duty_name(key, label)) for key, label in overview.duties]
        labels = [self.tr("党支部"), *(label for _, label in duties), self.tr("缺项")]
        self.setColumnCount(len(labels))
        self.setHorizontalHeaderLabels(labels)
        self.setRowCount(len(overview.lines))
        for r, line in enumerate(overview.lines):
            name = QTableWidgetItem(line.branch.name)
            name.setData(BRANCH_ROLE, line.branch)
            name.setToolTip(self.tr("双击查看该支部的记录（只读）"))
            self.setItem(r, 0, name)
            for c, (key, label) in enumerate(duties, start=1):
                cell = cell_of(line, key)
                words = cell_words(cell)
                item = QTableWidgetItem(words)
                item.setData(STATE_ROLE, cell.state)
                item.setToolTip(labelled(spaced([line.branch.name, label]), words))
                self.setItem(r, c, item)
            missing = QTableWidgetItem(str(line.missing))
            missing.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            if line.missing:
                missing.setForeground(QColor(INK[MISSING]))
            self.setItem(r, len(labels) - 1, missing)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.resizeColumnsToContents()
        for c in range(1, len(labels) - 1):  # room for the symbol beside the words
            self.setColumnWidth(c, max(self.columnWidth(c) + 34, 96))

    def branch_at(self, row: int) -> BranchListing | None:
        item = self.item(row, 0)
        return item.data(BRANCH_ROLE) if item is not None else None

    def selected_branch(self) -> BranchListing | None:
        rows = self.selectionModel().selectedRows()
        return self.branch_at(rows[0].row()) if rows else None

    def row_of(self, name: str) -> int:
        for r in range(self.rowCount()):
            if self.item(r, 0).text() == name:
                return r
        return -1

    def _open(self, row: int) -> None:
        branch = self.branch_at(row)
        if branch is not None:
            self.opened.emit(branch)
