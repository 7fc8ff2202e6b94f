"""Dialogs for a Party group and for one committee role."""

from __future__ import annotations

import dataclasses
from datetime import date

from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QLabel, QLineEdit, QWidget

from models.domain import COMMITTEE_ROLES, CommitteeRole, Group, Person, new_id
from models.roster import sort_people
from models.rules.status import is_full_member
from ui.widgets.buttons import ok_cancel
from ui.widgets.combo import ValueCombo, add_codes, chosen_code, select_code
from ui.widgets.date_field import DateField, dates_valid


def _people_combo(people: list[Person], current: str | None, empty: str | None) -> QComboBox:
    box = ValueCombo()
    if empty is not None:
        box.addItem(empty, None)
    for p in sort_people(people):
        box.addItem(p.name, p.id)
    box.setCurrentIndex(max(0, box.findData(current)))
    return box


class GroupDialog(QDialog):
    def __init__(self, parent: QWidget | None, group: Group | None, people: list[Person]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("党小组"))
        self.original = group
        self.name = QLineEdit(group.name if group else "")
        self.leader = _people_combo([p for p in people if p.kind == "member"], group.leader if group else None,
                                    self.tr("（未指定）"))
        self.set_up = DateField()
        self.dissolved = DateField()
        if group is not None:
            self.set_up.set_value(group.set_up_on)
            self.dissolved.set_value(group.dissolved_on)
        self.error = QLabel()
        self.error.setObjectName("verdictBad")
        form = QFormLayout(self)
        form.addRow(self.tr("名称"), self.name)
        form.addRow(self.tr("组长"), self.leader)
        form.addRow(self.tr("成立日期"), self.set_up)
        form.addRow(self.tr("撤销日期"), self.dissolved)
        hint = QLabel(self.tr("成立之前、撤销之后，不要求这个党小组开会；不知道成立日期的可以空着。"))
        hint.setObjectName("hint")
        form.addRow(hint)
        form.addRow(self.error)
        buttons = ok_cancel(self)
        form.addRow(buttons)

    def accept(self) -> None:
        if not self.name.text().strip():
            self.error.setText(self.tr("请填写党小组名称"))
            return
        if not dates_valid(self):
            return
        start, end = self.set_up.value(), self.dissolved.value()
        if start is not None and end is not None and end <= start:
            self.error.setText(self.tr("撤销日期须晚于成立日期"))
            return
        super().accept()

    def group(self) -> Group:
        base = self.original or Group(new_id(), "")
        return dataclasses.replace(base, name=self.name.text().strip(), leader=self.leader.currentData(),
                                   set_up_on=self.set_up.value(), dissolved_on=self.dissolved.value())

    @classmethod
    def ask(cls, parent: QWidget | None, group: Group | None, people: list[Person]) -> Group | None:
        dialog = cls(parent, group, people)
        return dialog.group() if dialog.exec() == QDialog.DialogCode.Accepted else None


class RoleDialog(QDialog):
    def __init__(self, parent: QWidget | None, role: CommitteeRole | None, people: list[Person]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("支委会职务"))
        # 支部委员 are 正式党员 (a 预备党员 has no right to be elected); one already in the role stays choosable
        full = [p for p in people if is_full_member(p, date.today()) or (role is not None and p.id == role.member)]
        self.person = _people_combo(full, role.member if role else None, None)
        self.role = ValueCombo()
        add_codes(self.role, COMMITTEE_ROLES)
        self.role.setEditable(True)
        self.start = DateField(optional=False)
        self.end = DateField()
        if role is not None:
            select_code(self.role, role.role)
            self.start.set_value(role.start)
            self.end.set_value(role.end)
        self.error = QLabel()
        self.error.setObjectName("verdictBad")
        form = QFormLayout(self)
        form.addRow(self.tr("人员"), self.person)
        form.addRow(self.tr("职务"), self.role)
        form.addRow(self.tr("任职日期"), self.start)
        form.addRow(self.tr("离任日期"), self.end)
        form.addRow(QLabel(self.tr("离任日期为空表示仍在任。")))
        form.addRow(self.error)
        buttons = ok_cancel(self)
        form.addRow(buttons)

    def accept(self) -> None:
        end, start = self.end.value(), self.start.value()
        if self.person.currentData() is None:
            self.error.setText(self.tr("请选择人员"))
            return
        if end is not None and start is not None and end < start:
            self.error.setText(self.tr("离任日期不能早于任职日期"))
            return
        super().accept()

    def value(self) -> CommitteeRole:
        return CommitteeRole(self.person.currentData(), chosen_code(self.role) or "委员",
                             self.start.value(), self.end.value())

    @classmethod
    def ask(cls, parent: QWidget | None, role: CommitteeRole | None, people: list[Person]) -> CommitteeRole | None:
        dialog = cls(parent, role, people)
        return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None
