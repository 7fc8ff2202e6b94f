"""When a member's 党小组 changes: from which day (a move — the group meetings before it still count where they
were), or a correction of what was entered wrong (no history kept)."""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QRadioButton, QWidget

from ui.widgets.buttons import ok_cancel
from ui.widgets.date_field import DateField, dates_valid


class GroupMove(NamedTuple):
    since: date | None  # None: a correction, the new group all along


class GroupMoveDialog(QDialog):
    def __init__(self, parent: QWidget | None, name: str, old: str, new: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("调整党小组"))
        self.moved = QRadioButton(self.tr("调整到“{0}”，自").format(new))
        self.corrected = QRadioButton(self.tr("原来填错了，{0}一直在“{1}”").format(name, new))
        self.moved.setChecked(True)
        self.since = DateField(optional=False)
        self.since.set_value(date.today())
        self.corrected.toggled.connect(lambda on: self.since.setEnabled(not on))
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("{0}原在“{1}”。").format(name, old)))
        form.addRow(self.moved, self.since)
        form.addRow(self.corrected)
        hint = QLabel(self.tr("记下调整日期，此前的党小组会仍按原党小组统计。"))
        hint.setObjectName("hint")
        form.addRow(hint)
        form.addRow(ok_cancel(self))

    def accept(self) -> None:
        if self.corrected.isChecked() or dates_valid(self):
            super().accept()

    def answer(self) -> GroupMove:
        return GroupMove(None if self.corrected.isChecked() else self.since.value())

    @classmethod
    def ask(cls, parent: QWidget | None, name: str, old: str, new: str) -> GroupMove | None:
        dialog = cls(parent, name, old, new)
        return dialog.answer() if dialog.exec() == QDialog.DialogCode.Accepted else None
