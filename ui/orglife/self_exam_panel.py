"""对照检查材料: each participant's written self-examination, typed here or attached as a file."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models.domain import Attachment, Meeting, Preparation, SelfExamination
from ui.context import AppContext
from ui.joiners import items
from ui.meetings.section import Section
from ui.orglife.attach import pick_attachments
from ui.widgets.card_column import card_column
from ui.widgets.text_box import TextBox

PREFIX = "对照检查材料_"


class ExaminationCard(QFrame):
    def __init__(self, panel: SelfExaminationsPanel, member: str, name: str, content: str) -> None:
        super().__init__()
        self.setObjectName("card")
        self.setAccessibleName(self.tr("{0}的对照检查材料").format(name))
        self.panel, self.member, self.name = panel, member, name
        self.state = QLabel()
        self.content = TextBox(content)
        self.content.setPlaceholderText(self.tr("在此输入或粘贴对照检查材料，也可附加文件"))
        self.content.setMinimumHeight(80)
        self.attach_button = QPushButton(self.tr("附加文件…"))
        self.attach_button.clicked.connect(self.attach)
        head = QHBoxLayout()
        title = QLabel(name)
        title.setStyleSheet("font-weight:600;")
        head.addWidget(title)
        head.addWidget(self.state, 1)
        head.addWidget(self.attach_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 10)
        layout.addLayout(head)
        layout.addWidget(self.content)
        self.content.textChanged.connect(self._changed)
        self._show_state()

    def _show_state(self) -> None:
        done = bool(self.content.toPlainText().strip())
        self.state.setText(self.tr("✓ 已提交") if done else self.tr("未提交"))
        self.state.setObjectName("verdictOk" if done else "verdictBad")
        self.state.style().unpolish(self.state)
        self.state.style().polish(self.state)

    def _changed(self) -> None:
        self._show_state()
        self.panel.touched()

    def attach(self) -> None:
        found = pick_attachments(self, f"{PREFIX}{self.name}_")
        if not found:
            return
        self.panel.added.extend(found)
        if not self.content.toPlainText().strip():
            self.content.setPlainText(self.tr("（见附件：{0}）").format(items(a.name for a in found)))
        else:
            self.panel.touched()


class SelfExaminationsPanel(Section):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.added: list[Attachment] = []
        self.cards: list[ExaminationCard] = []
        self.participants: list[str] = []
        scroll, self.column = card_column()
        hint = QLabel(self.tr("每名党员会前撰写对照检查材料，查摆问题、剖析根源、明确整改方向。"))
        hint.setObjectName("hint")
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(scroll, 1)

    def set_participants(self, members: list[str]) -> None:
        self.participants = members

    def show_meeting(self, m: Meeting) -> None:
        self.added = []
        for card in self.cards:
            card.setParent(None)
            card.deleteLater()
        written = {s.member: s.content for s in (m.preparation.self_examinations if m.preparation else ())}
        members = list(dict.fromkeys([*self.participants, *written]))
        self.cards = [ExaminationCard(self, i, self.ctx.name(i), written.get(i, "")) for i in members]
        while self.column.count():
            self.column.takeAt(0)
        for card in self.cards:
            self.column.addWidget(card)
        self.column.addStretch(1)

    def card_of(self, member: str) -> ExaminationCard | None:
        return next((c for c in self.cards if c.member == member), None)

    def apply(self, m: Meeting) -> Meeting:
        exams = tuple(SelfExamination(c.member, c.content.toPlainText()) for c in self.cards
                      if c.content.toPlainText().strip())
        prep = m.preparation or Preparation()
        return dataclasses.replace(m, preparation=dataclasses.replace(prep, self_examinations=exams))
