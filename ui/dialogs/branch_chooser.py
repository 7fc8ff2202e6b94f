"""Which branch to open, on a database of several (the 党委's file of hand-ins, or a server login that sees
several branches): the branches by full name; the choice is remembered by the branch's uid."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from ui.widgets.buttons import ok_cancel

if TYPE_CHECKING:
    from models.services.base import BranchEntry

UID_ROLE = Qt.ItemDataRole.UserRole


class BranchChooser(QDialog):
    """Tests replace `ask`."""

    def __init__(self, entries: list[BranchEntry], current: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entries = sorted(entries, key=lambda e: (e.name, e.id))
        self.setWindowTitle(self.tr("选择党支部"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        note = QLabel(self.tr("这个数据库中有 {0} 个党支部。请选择要打开的党支部（以后启动时直接打开它，"
                              "可随时点工具栏上的“切换党支部…”更换）：").format(len(self.entries)))
        note.setWordWrap(True)
        layout.addWidget(note)
        self.list = QListWidget()
        for entry in self.entries:
            item = QListWidgetItem(entry.name)
            item.setData(UID_ROLE, entry.uid)
            self.list.addItem(item)
        chosen = next((i for i, e in enumerate(self.entries) if e.uid == current), 0)
        self.list.setCurrentRow(chosen)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        layout.addWidget(self.list, 1)
        layout.addWidget(ok_cancel(self))

    def chosen(self) -> BranchEntry | None:
        row = self.list.currentRow()
        return self.entries[row] if 0 <= row < len(self.entries) else None

    @classmethod
    def ask(cls, parent: QWidget | None, entries: list[BranchEntry], current: str = "") -> BranchEntry | None:
        """The branch chosen, or None when cancelled."""
        dialog = cls(entries, current, parent)
        return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None
