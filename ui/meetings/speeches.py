"""发言记录: speeches in the order spoken; the speaker picked by typing part of a name, or written for a guest."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from models.domain import Meeting, Speech
from ui.context import AppContext
from ui.meetings.section import Section
from ui.widgets.card_list import Card, CardList
from ui.widgets.person_picker import PersonPicker
from ui.widgets.text_box import TextBox


class SpeechCard(Card):
    def __init__(self, ctx: AppContext, speech: Speech | None = None) -> None:
        super().__init__("")
        self.speaker = PersonPicker(ctx.people())
        self.speaker.lineEdit().setPlaceholderText(self.tr("发言人（输入姓名的一部分）"))
        self.content = TextBox()
        self.content.setPlaceholderText(self.tr("发言要点（如实记录，包括不同意见）"))
        self.content.setMinimumHeight(90)
        self.head_extra.addWidget(QLabel(self.tr("发言人")))
        self.head_extra.addWidget(self.speaker)
        self.head_extra.addStretch(1)
        self.body.addWidget(self.content)
        if speech is not None:
            self.speaker.set_member(speech.speaker, speech.speaker_name)
            self.content.setPlainText(speech.content)
        self.speaker.currentTextChanged.connect(self.changed)
        self.content.textChanged.connect(self.changed)

    def setFocus(self) -> None:
        self.speaker.setFocus()

    def value(self) -> Speech | None:
        member, name = self.speaker.value()
        text = self.content.toPlainText()
        if not text.strip() and member is None and name is None:
            return None
        return Speech(text, speaker=member, speaker_name=name if member is None else None)


class SpeechesSection(Section):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.list = CardList(self.tr("添加发言"), lambda: SpeechCard(ctx), name=self.tr("发言"), empty_text=self.tr(
            "还没有发言记录。点击下方“添加发言”，按发言顺序记录每个人的发言要点；"
            "发言人可输入姓名中的一两个字来选择，列席人员可直接写姓名。"))
        self.list.changed.connect(self.touched)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)

    def show_meeting(self, m: Meeting) -> None:
        self.list.clear()
        for s in m.speeches:
            self.list.append(SpeechCard(self.ctx, s))

    def apply(self, m: Meeting) -> Meeting:
        speeches = [c.value() for c in self.list.cards]  # type: ignore[attr-defined]
        return dataclasses.replace(m, speeches=tuple(s for s in speeches if s is not None))
