"""小结与备注: the host's summary (主持人小结) and anything else (其他)."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from models.domain import Meeting
from ui.context import AppContext
from ui.meetings.section import Section
from ui.widgets.text_box import TextBox


class SummarySection(Section):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.summary = TextBox()
        self.summary.setPlaceholderText(self.tr("主持人小结"))
        self.notes = TextBox()
        self.notes.setPlaceholderText(self.tr("其他需要记录的事项"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("主持人小结")))
        layout.addWidget(self.summary, 2)
        layout.addWidget(QLabel(self.tr("备注")))
        layout.addWidget(self.notes, 1)
        self.summary.textChanged.connect(self.touched)
        self.notes.textChanged.connect(self.touched)

    def show_meeting(self, m: Meeting) -> None:
        self.summary.setPlainText(m.summary)
        self.notes.setPlainText(m.notes)

    def apply(self, m: Meeting) -> Meeting:
        return dataclasses.replace(m, summary=self.summary.toPlainText(), notes=self.notes.toPlainText())
