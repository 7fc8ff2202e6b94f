"""Which meeting of the year to print a sign-in sheet (签到表) for."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from models.domain import MEETING_TYPES
from models.services import MeetingSummary
from ui.fmt import cn_date
from ui.joiners import spaced
from ui.widgets.buttons import ok_cancel
from ui.words import word_for


class MeetingPickerDialog(QDialog):
    def __init__(self, parent: QWidget | None, meetings: list[MeetingSummary]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("打印签到表"))
        self.list = QListWidget()
        for m in meetings:
            item = QListWidgetItem(spaced([cn_date(m.date), word_for(MEETING_TYPES, m.type), m.title]))
            item.setData(256, m.id)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.list.itemDoubleClicked.connect(lambda _: self.accept())
        buttons = ok_cancel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("请选择会议（签到表列出该会议的应到人员）：")))
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(520, 420)

    def value(self) -> str | None:
        item = self.list.currentItem()
        return item.data(256) if item is not None else None

    @classmethod
    def ask(cls, parent: QWidget | None, meetings: list[MeetingSummary]) -> str | None:
        """The chosen meeting's id, or None."""
        dialog = cls(parent, meetings)
        return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None
