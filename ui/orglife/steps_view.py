"""The dossier's steps in order, each with ✓ or what is missing, and the list of what the meeting still lacks."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from models.orglife import Step, missing_before_meeting
from ui.words import label, sentence

DONE_FG, OPEN_FG = QColor("#1d6b35"), QColor("#a3262a")
NUMBERS = "①②③④⑤⑥"


class StepsView(QWidget):
    step_selected = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setSpacing(3)
        self.list.currentRowChanged.connect(self.step_selected)
        self.missing = QLabel()
        self.missing.setWordWrap(True)
        self.missing.setObjectName("banner")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.missing)
        self.setMinimumWidth(260)
        self.setMaximumWidth(340)

    def show_steps(self, steps: list[Step]) -> None:
        current = max(0, self.list.currentRow())
        self.list.blockSignals(True)
        self.list.clear()
        for i, step in enumerate(steps):
            mark = "✓" if step.done else "○"
            item = QListWidgetItem(f"{NUMBERS[i]} {label(step.title)}  {mark}\n{sentence(step.summary)}")
            item.setForeground(QBrush(DONE_FG if step.done else OPEN_FG))
            item.setToolTip("\n".join(sentence(line) for line in step.missing))
            self.list.addItem(item)
        self.list.setCurrentRow(current)
        self.list.blockSignals(False)
        lacking = missing_before_meeting(steps)
        if lacking:
            shown = lacking[:8] + ([self.tr("……等共 {0} 项").format(len(lacking))] if len(lacking) > 8 else [])
            self.missing.setText(self.tr("召开会议前尚缺：\n") + "\n".join(f"· {sentence(line)}" for line in shown))
        else:
            self.missing.setText(self.tr("会前准备已完成，可以召开组织生活会。"))
