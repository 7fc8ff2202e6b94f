"""The dossier's panels that show and link rather than edit: the talks, the meeting record, the rectifications."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from models.domain import Meeting
from models.orglife import Step
from ui.context import AppContext
from ui.fmt import cn_date, cn_time
from ui.orglife.criticism_panel import CriticismPanel
from ui.words import sentence


class LinkPanel(QWidget):
    """A step's summary, what is missing, and one button that leads to where it is done."""

    go = Signal()

    def __init__(self, hint: str, button: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel()
        self.summary.setStyleSheet("font-weight:600;")
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.button = QPushButton(button)
        self.button.setObjectName("primary")
        self.button.clicked.connect(self.go)
        note = QLabel(hint)
        note.setObjectName("hint")
        note.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.summary)
        layout.addWidget(self.details)
        layout.addLayout(row)
        layout.addStretch(1)

    def show_step(self, step: Step) -> None:
        self.summary.setText(sentence(step.summary))
        self.details.setText("\n".join(f"· {sentence(line)}" for line in step.missing) or self.tr("✓ 已完成"))


class MeetingPanel(QWidget):
    """The meeting itself: its facts with a link to the full record, then 批评和自我批评."""

    open_meeting = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.open_button = QPushButton(self.tr("打开会议记录（出席、发言、决议）"))
        self.open_button.clicked.connect(self.open_meeting)
        self.criticisms = CriticismPanel(ctx)
        row = QHBoxLayout()
        row.addWidget(self.facts, 1)
        row.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.criticisms, 1)

    def show_facts(self, m: Meeting) -> None:
        present = sum(1 for a in m.attendance if a.status in ("present", "late", "left_early"))
        when = cn_date(m.date) + (f" {cn_time(m.start)}" if m.start else "")
        status = self.tr("已定稿") if m.status == "final" else self.tr("草稿")
        self.facts.setText(self.tr("{0}　{1}　{2}　主持人：{3}　应到 {4} 人，实到 {5} 人　（{6}）").format(
            m.title, when, m.location or "", self.ctx.name(m.host) or "—", len(m.attendance), present, status))
