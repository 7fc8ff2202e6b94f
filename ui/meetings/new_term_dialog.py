"""The committee of the new term from an election's result: the elected with their roles (书记, 副书记 as elected;
组织委员 and the others by the committee's division of work) from the day the result takes effect."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QWidget

from models.domain import COMMITTEE_ROLES, ELECTION_OFFICES
from ui.widgets.buttons import ok_cancel
from ui.widgets.combo import ValueCombo, add_codes, select_code
from ui.widgets.date_field import DateField, dates_valid
from ui.words import word_for


class NewTermDialog(QDialog):
    def __init__(self, parent: QWidget | None, office: str, elected: list[tuple[str, str]], day: date) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("按选举结果更新支部委员会"))
        self.office = office
        self.day = DateField(optional=False)
        self.day.set_value(day)
        self.roles: dict[str, ValueCombo] = {}
        form = QFormLayout(self)
        form.addRow(self.tr("自"), self.day)
        default = "委员" if office == "committee" else ELECTION_OFFICES[office]
        for member, name in elected:
            box = ValueCombo()
            add_codes(box, COMMITTEE_ROLES)
            select_code(box, default)
            box.setEnabled(office == "committee")  # a 书记 or 副书记 was elected to that office
            self.roles[member] = box
            form.addRow(name, box)
        words = (self.tr("上一届委员的职务于前一天终止，当选的委员按分工填写职务。") if office == "committee"
                 else self.tr("原{0}于前一天离任。").format(word_for(ELECTION_OFFICES, office)))
        hint = QLabel(words)
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        form.addRow(hint)
        form.addRow(ok_cancel(self))

    def accept(self) -> None:
        if dates_valid(self):
            super().accept()

    def answer(self) -> tuple[date, dict[str, str]]:
        day = self.day.value()
        assert day is not None
        return day, {member: box.currentData() for member, box in self.roles.items()}

    @classmethod
    def ask(cls, parent: QWidget | None, office: str, elected: list[tuple[str, str]],
            day: date) -> tuple[date, dict[str, str]] | None:
        dialog = cls(parent, office, elected, day)
        return dialog.answer() if dialog.exec() == QDialog.DialogCode.Accepted else None
