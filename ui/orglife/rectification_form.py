"""The form under the rectification list: one item's problem, measures, whose item, who answers, by when."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QWidget

from models.domain import Person, Rectification
from ui.context import AppContext
from ui.fmt import cn_date
from ui.widgets.date_field import DateField
from ui.widgets.person_picker import PersonPicker
from ui.widgets.text_box import TextBox


class RectificationForm(QWidget):
    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item: Rectification | None = None
        self._loading = False
        people = ctx.people()
        self.problem = TextBox()
        self.problem.setPlaceholderText(self.tr("查摆出的问题"))
        self.measures = TextBox()
        self.measures.setPlaceholderText(self.tr("整改措施"))
        for edit in (self.problem, self.measures):
            edit.setMaximumHeight(70)
        self.member = PersonPicker(people, allow_free=False)
        self.member.lineEdit().setPlaceholderText(self.tr("空白 = 支部班子的问题"))
        self.member.setMinimumWidth(190)
        self.responsible = PersonPicker(people, allow_free=False)
        self.due = DateField()
        self.done = QLabel()
        self.done.setWordWrap(True)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("问题"), self.problem)
        form.addRow(self.tr("整改措施"), self.measures)
        who = QHBoxLayout()
        who.addWidget(self.member)
        who.addWidget(QLabel(self.tr("责任人")))
        who.addWidget(self.responsible)
        who.addWidget(QLabel(self.tr("整改时限")))
        who.addWidget(self.due)
        who.addStretch(1)
        form.addRow(self.tr("所属党员"), who)
        form.addRow(self.tr("销号情况"), self.done)
        for edit in (self.problem, self.measures):
            edit.textChanged.connect(self._touched)
        for picker in (self.member, self.responsible):
            picker.currentTextChanged.connect(self._touched)
        self.due.dateChanged.connect(self._touched)
        self.show_item(None)

    def refill_people(self, people: list[Person]) -> None:
        self._loading = True
        try:
            for picker in (self.member, self.responsible):
                picker.refill(people)
        finally:
            self._loading = False

    def show_item(self, item: Rectification | None) -> None:
        self._loading = True
        try:
            self.item = item
            blank = item or Rectification("", "")
            self.problem.setPlainText(blank.problem)
            self.measures.setPlainText(blank.measures)
            self.member.set_member(blank.member)
            self.responsible.set_member(blank.responsible)
            self.due.set_value(blank.due)
            self.done.setText(self._done_text(blank) if item else "")
        finally:
            self._loading = False
        self.setEnabled(item is not None)

    def _done_text(self, item: Rectification) -> str:
        if item.status != "done":
            return self.tr("整改中")
        return self.tr("已于{0}销号：{1}").format(cn_date(item.done_on), item.result)

    def current(self) -> Rectification | None:
        if self.item is None:
            return None
        return dataclasses.replace(
            self.item, problem=self.problem.toPlainText(), measures=self.measures.toPlainText(),
            member=self.member.member(), responsible=self.responsible.member(), due=self.due.value())

    def _touched(self, *_: object) -> None:
        if not self._loading and self.item is not None:
            self.changed.emit()
