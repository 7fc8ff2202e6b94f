"""The talks of one year, newest first; selecting a row opens it in the editor."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from models.domain import Talk
from ui.context import AppContext
from ui.fmt import cn_date

ID_ROLE = Qt.ItemDataRole.UserRole


class TalkList(QTableWidget):
    selected = Signal(str)  # talk id

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(0, 4, parent)
        self.ctx = ctx
        self.setHorizontalHeaderLabels([self.tr("日期"), self.tr("谈话人"), self.tr("谈话对象"), self.tr("主题")])
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.verticalHeader().setVisible(False)
        self.setAlternatingRowColors(True)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setStretchLastSection(True)
        self.setWordWrap(True)  # a long 主题 is shown whole, on more lines, not cut off with …
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.itemSelectionChanged.connect(self._selection_changed)

    def show_talks(self, talks: list[Talk], current: str | None = None) -> None:
        self.blockSignals(True)
        self.setRowCount(len(talks))
        for row, t in enumerate(sorted(talks, key=lambda t: (t.date, t.id), reverse=True)):
            cells = (cn_date(t.date), self.ctx.name(t.talker), self.ctx.name(t.talkee), t.topic)
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, t.id)
                item.setToolTip(text)
                self.setItem(row, col, item)
        self.resizeRowsToContents()
        self.select(current)
        self.blockSignals(False)

    def select(self, talk_id: str | None) -> None:
        self.clearSelection()
        for row in range(self.rowCount()):
            if self.item(row, 0).data(ID_ROLE) == talk_id:
                self.selectRow(row)
                return

    def row_of(self, talk_id: str) -> int:
        return next((r for r in range(self.rowCount()) if self.item(r, 0).data(ID_ROLE) == talk_id), -1)

    def _selection_changed(self) -> None:
        rows = self.selectionModel().selectedRows()
        if rows:
            self.selected.emit(rows[0].data(ID_ROLE))
