"""批评和自我批评 at the 组织生活会: for each participant the self-criticism, the criticisms received and from
whom, and the response (表态)."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from models.domain import Criticism, Meeting, Person, ReceivedCriticism
from ui.context import AppContext
from ui.meetings.section import Section
from ui.widgets.card_column import card_column
from ui.widgets.person_picker import PersonPicker
from ui.widgets.text_box import TextBox


class ReceivedRow(QWidget):
    """One criticism received: from whom, what was said."""

    changed = Signal()
    remove = Signal(object)

    def __init__(self, people: list[Person], received: ReceivedCriticism | None = None) -> None:
        super().__init__()
        self.critic = PersonPicker(people, allow_free=False)
        self.critic.lineEdit().setPlaceholderText(self.tr("批评人"))
        self.content = QLineEdit()
        self.content.setPlaceholderText(self.tr("批评意见"))
        drop = QToolButton()
        drop.setText("✕")
        drop.setToolTip(self.tr("删除"))
        drop.clicked.connect(lambda: self.remove.emit(self))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.critic)
        row.addWidget(self.content, 1)
        row.addWidget(drop)
        if received is not None:
            self.critic.set_member(received.critic)
            self.content.setText(received.content)
        self.critic.currentTextChanged.connect(self.changed)
        self.content.textChanged.connect(self.changed)

    def value(self) -> ReceivedCriticism | None:
        critic = self.critic.member()
        return ReceivedCriticism(critic, self.content.text()) if critic and self.content.text().strip() else None


class CriticismCard(QFrame):
    changed = Signal()

    def __init__(self, ctx: AppContext, member: str, criticism: Criticism | None) -> None:
        super().__init__()
        self.setObjectName("card")
        self.setAccessibleName(self.tr("{0}的批评和自我批评").format(ctx.name(member)))
        self.member = member
        self.people = ctx.people()
        c = criticism or Criticism(member)
        self.self_criticism = TextBox(c.self_criticism)
        self.self_criticism.setPlaceholderText(self.tr("自我批评：查摆的问题和原因"))
        self.response = TextBox(c.response)
        self.response.setPlaceholderText(self.tr("表态发言：对批评意见的回应和整改打算"))
        for edit in (self.self_criticism, self.response):
            edit.setMinimumHeight(64)
            edit.textChanged.connect(self.changed)
        self.rows: list[ReceivedRow] = []
        self.rows_box = QVBoxLayout()
        self.add_button = QPushButton(self.tr("添加批评意见"))
        self.add_button.clicked.connect(lambda: self.add_row().critic.setFocus())
        title = QLabel(ctx.name(member))
        title.setStyleSheet("font-weight:600; font-size:15px;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 10)
        layout.addWidget(title)
        layout.addWidget(self.self_criticism)
        layout.addWidget(QLabel(self.tr("相互批评（收到的批评意见）")))
        layout.addLayout(self.rows_box)
        layout.addWidget(self.add_button)
        layout.addWidget(self.response)
        for received in c.received:
            self.add_row(received, announce=False)

    def add_row(self, received: ReceivedCriticism | None = None, announce: bool = True) -> ReceivedRow:
        row = ReceivedRow(self.people, received)
        row.changed.connect(self.changed)
        row.remove.connect(self._remove_row)
        self.rows.append(row)
        self.rows_box.addWidget(row)
        if announce:
            self.changed.emit()
        return row

    def _remove_row(self, row: ReceivedRow) -> None:
        self.rows.remove(row)
        row.setParent(None)
        row.deleteLater()
        self.changed.emit()

    def value(self) -> Criticism | None:
        received = tuple(r for row in self.rows if (r := row.value()) is not None)
        c = Criticism(self.member, self.self_criticism.toPlainText(), received, self.response.toPlainText())
        return c if c.self_criticism.strip() or received or c.response.strip() else None


class CriticismPanel(Section):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.participants: list[str] = []
        self.cards: list[CriticismCard] = []
        scroll, self.column = card_column()
        self.top = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.addLayout(self.top)
        layout.addWidget(scroll, 1)

    def set_participants(self, members: list[str]) -> None:
        self.participants = members

    def show_meeting(self, m: Meeting) -> None:
        for card in self.cards:
            card.setParent(None)
            card.deleteLater()
        given = {c.member: c for c in m.criticisms}
        members = list(dict.fromkeys([*self.participants, *given]))
        self.cards = [CriticismCard(self.ctx, i, given.get(i)) for i in members]
        while self.column.count():
            self.column.takeAt(0)
        for card in self.cards:
            card.changed.connect(self.touched)
            self.column.addWidget(card)
        self.column.addStretch(1)

    def card_of(self, member: str) -> CriticismCard | None:
        return next((c for c in self.cards if c.member == member), None)

    def apply(self, m: Meeting) -> Meeting:
        return dataclasses.replace(m, criticisms=tuple(c for card in self.cards if (c := card.value()) is not None))
