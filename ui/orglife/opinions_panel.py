"""征求意见: the opinions gathered before the 组织生活会 (from whom or which forum, what was said), and files."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from models.domain import Attachment, Meeting, Opinion, Preparation
from ui.context import AppContext
from ui.joiners import items
from ui.meetings.section import Section
from ui.orglife.attach import names_with, pick_attachments
from ui.widgets.card_list import Card, CardList
from ui.widgets.text_box import TextBox

PREFIX = "征求意见_"


class OpinionCard(Card):
    def __init__(self, opinion: Opinion | None = None) -> None:
        super().__init__("")
        self.source = QLineEdit()
        self.source.setPlaceholderText(self.tr("来源：如 党员群众座谈会、意见箱、个别访谈"))
        self.content = TextBox()
        self.content.setPlaceholderText(self.tr("意见内容"))
        self.content.setMinimumHeight(70)
        self.head_extra.addWidget(self.source, 1)
        self.body.addWidget(self.content)
        if opinion is not None:
            self.source.setText(opinion.source)
            self.content.setPlainText(opinion.content)
        self.source.textChanged.connect(self.changed)
        self.content.textChanged.connect(self.changed)

    def setFocus(self) -> None:
        self.source.setFocus()

    def value(self) -> Opinion | None:
        source, content = self.source.text().strip(), self.content.toPlainText()
        return Opinion(source, content) if source or content.strip() else None


class OpinionsPanel(Section):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.added: list[Attachment] = []
        self.list = CardList(self.tr("添加一条意见"), OpinionCard, name=self.tr("征求的意见"))
        self.list.changed.connect(self.touched)
        self.files = QLabel()
        self.files.setObjectName("hint")
        self.files.setWordWrap(True)
        self.attach_button = QPushButton(self.tr("附加征求意见材料…"))
        self.attach_button.clicked.connect(self.attach)
        hint = QLabel(self.tr("会前通过座谈会、发放征求意见表等方式，广泛听取党员群众对支部班子和党员的意见建议。"))
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.files, 1)
        row.addWidget(self.attach_button)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)

    def show_meeting(self, m: Meeting) -> None:
        self.added = []
        self.list.clear()
        for o in m.preparation.opinions if m.preparation else ():
            self.list.append(OpinionCard(o))
        self._show_files(names_with(m, PREFIX))

    def _show_files(self, names: list[str]) -> None:
        self.files.setText(self.tr("已附材料：{0}").format(items(names)) if names else self.tr("尚未附加材料"))

    def apply(self, m: Meeting) -> Meeting:
        opinions = tuple(o for c in self.list.cards if (o := c.value()) is not None)  # type: ignore[attr-defined]
        prep = m.preparation or Preparation()
        return dataclasses.replace(m, preparation=dataclasses.replace(prep, opinions=opinions))

    def attach(self) -> None:
        found = pick_attachments(self, PREFIX)
        if found:
            self.added.extend(found)
            self._show_files([a.name for a in found])
            self.touched()
