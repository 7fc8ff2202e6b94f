"""A sortable table of (header, rows); numbers sort as numbers, rates show as 85.0%, rows can be marked."""

from __future__ import annotations

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

SORT_ROLE = 257  # Qt.ItemDataRole.UserRole + 1
MARKED = QColor("#f8dccb")


class _Item(QTableWidgetItem):
    def __lt__(self, other: QTableWidgetItem) -> bool:
        mine, theirs = self.data(SORT_ROLE), other.data(SORT_ROLE)
        if isinstance(mine, (int, float)) and isinstance(theirs, (int, float)):
            return mine < theirs
        if mine is None or theirs is None:  # no rate (nobody expected) sorts first
            return mine is None and theirs is not None
        return str(mine) < str(theirs)


def cell_words(value: object, percent: bool) -> str:
    if value is None:
        return "—"
    if percent and isinstance(value, float):
        return f"{value * 100:.1f}%"
    return str(value)


class StatsTable(QTableWidget):
    def __init__(self, percent_columns: tuple[int, ...] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.percent_columns = percent_columns
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setAlternatingRowColors(True)
        self.verticalHeader().setVisible(False)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.header: list[str] = []

    def fill(self, header: list[str], rows: list[list[object]]) -> None:
        self.setSortingEnabled(False)
        self.clear()
        self.header = header
        self.setColumnCount(len(header))
        self.setHorizontalHeaderLabels(header)
        self.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                item = _Item(cell_words(value, c in self.percent_columns))
                item.setData(SORT_ROLE, value)
                self.setItem(r, c, item)
        self.setSortingEnabled(True)

    def mark(self, test, note_column: int, note: str) -> list[str]:
        """Colour each row whose values pass `test` and write `note` in `note_column`; the first cells marked."""
        found = []
        for r in range(self.rowCount()):
            values = [self.item(r, c).data(SORT_ROLE) for c in range(self.columnCount())]
            hit = test(values)
            for c in range(self.columnCount()):
                self.item(r, c).setBackground(QBrush(MARKED) if hit else QBrush())
            words = self.item(r, note_column)
            words.setText(note if hit else "")
            if hit:
                found.append(self.item(r, 0).text())
        return found

    def column_texts(self, column: int) -> list[str]:
        return [self.item(r, column).text() for r in range(self.rowCount())]
