"""Under the grid: the chosen cell — the meetings that count for it (double-click opens one), or what is owed,
and a button that makes the missing meeting from its template."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from ui.fmt import cn_date
from ui.home.grid_paint import MET, cell_tooltip
from ui.joiners import bracketed, spaced

if TYPE_CHECKING:
    from models.overview.grid import GridCell, GridRow, YearGrid

MEETING_ROLE = 256  # Qt.ItemDataRole.UserRole


class CellPanel(QWidget):
    open_meeting = Signal(str)
    create = Signal(object, object)  # row, cell: make the meeting this cell lacks
    go_to = Signal(str)  # a page

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.row: GridRow | None = None
        self.cell: GridCell | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        self.title = QLabel()
        self.title.setObjectName("cellTitle")
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        self.items = QListWidget()
        self.items.setMaximumHeight(120)
        self.items.itemDoubleClicked.connect(self._open)
        self.items.hide()
        layout.addWidget(self.items)
        buttons = QHBoxLayout()
        self.open_button = QPushButton(self.tr("打开所选会议"))
        self.open_button.clicked.connect(lambda: self._open(self.items.currentItem()))
        self.create_button = QPushButton(self.tr("按模板新建"))
        self.create_button.setObjectName("primary")
        self.create_button.clicked.connect(lambda: self.create.emit(self.row, self.cell))
        self.talks_button = QPushButton(self.tr("去谈心谈话"))
        self.talks_button.clicked.connect(lambda: self.go_to.emit("talks"))
        for button in (self.open_button, self.create_button, self.talks_button):
            button.hide()
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

    def show_cell(self, grid: YearGrid, row: GridRow, cell: GridCell, locked: bool = False) -> None:
        """The cell's meetings or what is owed; 按模板新建 for a cell not met, unless its year is archived."""
        self.row, self.cell = row, cell
        self.title.setText(cell_tooltip(grid, row, cell))
        self.items.clear()
        if row.key == "talks":
            names = grid.names
            for a, b in grid.talks.pairs:
                self.items.addItem(self.tr("支委之间未谈：{0} 与 {1}").format(names.get(a, a), names.get(b, b)))
            for member in grid.talks.members:
                self.items.addItem(self.tr("未与支委谈话的党员：{0}").format(names.get(member, member)))
        else:
            for meeting_id in cell.meetings:
                ref = grid.meetings[meeting_id]
                state = self.tr("草稿") if ref.status == "draft" else self.tr("已定稿")
                item = QListWidgetItem(spaced([cn_date(ref.date), ref.title, bracketed(state)]))
                item.setData(MEETING_ROLE, ref.id)
                self.items.addItem(item)
            if self.items.count():
                self.items.setCurrentRow(0)
        self.items.setVisible(self.items.count() > 0)
        self.open_button.setVisible(row.key != "talks" and bool(cell.meetings))
        self.create_button.setVisible(row.meeting_type is not None and cell.state != MET and not locked)
        if locked and cell.state != MET:
            self.title.setText(self.title.text() + self.tr("（该年度已归档锁定）"))
        self.talks_button.setVisible(row.key == "talks")

    def clear_cell(self) -> None:
        self.row = self.cell = None
        self.title.clear()
        self.items.clear()
        self.items.hide()
        for button in (self.open_button, self.create_button, self.talks_button):
            button.hide()

    def _open(self, item: QListWidgetItem | None) -> None:
        if item is not None and item.data(MEETING_ROLE):
            self.open_meeting.emit(item.data(MEETING_ROLE))
