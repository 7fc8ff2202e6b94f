"""“新建会议记录”: which kind of meeting, on which day, for which Party group."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFormLayout,
    QGridLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from models.domain import MEETING_TYPES, Group
from ui.widgets.buttons import ok_cancel
from ui.widgets.combo import ValueCombo
from ui.widgets.date_field import DateField
from ui.words import label

HINTS = {
    "general_meeting": QT_TRANSLATE_NOOP("NewMeetingDialog", "全体党员参加，讨论决定重要事项（接收党员、选举、评议）"),
    "committee_meeting": QT_TRANSLATE_NOOP("NewMeetingDialog", "支部委员参加，研究支部日常工作"),
    "group_meeting": QT_TRANSLATE_NOOP("NewMeetingDialog", "一个党小组的党员参加"),
    "party_lecture": QT_TRANSLATE_NOOP("NewMeetingDialog", "需填写主讲人和课题"),
    "theme_day": QT_TRANSLATE_NOOP("NewMeetingDialog", "每月一次的主题活动"),
    "org_life_meeting": QT_TRANSLATE_NOOP("NewMeetingDialog", "每年一次，开展批评和自我批评"),
    "democratic_evaluation": QT_TRANSLATE_NOOP("NewMeetingDialog", "每年一次，评定每名党员"),
    "other": QT_TRANSLATE_NOOP("NewMeetingDialog", "专题学习、换届选举等"),
}


@dataclass(frozen=True)
class NewMeeting:
    type: str
    day: date
    group: str | None


class NewMeetingDialog(QDialog):
    def __init__(self, parent: QWidget | None, groups: list[Group], preset: NewMeeting | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("新建会议记录"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("请选择会议类型：")))
        grid = QGridLayout()
        self.kinds = QButtonGroup(self)
        for i, (code, name) in enumerate(MEETING_TYPES.items()):
            button = QRadioButton(label(name))
            button.setProperty("code", code)
            button.setToolTip(self.tr(HINTS[code]))
            hint = QLabel(self.tr(HINTS[code]))
            hint.setObjectName("hint")
            self.kinds.addButton(button, i)
            grid.addWidget(button, i, 0)
            grid.addWidget(hint, i, 1)
        self.kinds.button(1).setChecked(True)
        layout.addLayout(grid)
        form = QFormLayout()
        self.day = DateField(optional=False)
        self.group = ValueCombo()
        for g in groups:
            self.group.addItem(g.name, g.id)
        form.addRow(self.tr("会议日期"), self.day)
        form.addRow(self.tr("党小组"), self.group)
        layout.addLayout(form)
        self.error = QLabel()
        self.error.setObjectName("verdictBad")
        layout.addWidget(self.error)
        buttons = ok_cancel(self)
        layout.addWidget(buttons)
        self.kinds.idToggled.connect(lambda *_: self._update())
        if preset is not None:  # a meeting the home page's grid found missing: its kind, a day in its period
            self._preset(preset)
        self._update()

    def _preset(self, preset: NewMeeting) -> None:
        for button in self.kinds.buttons():
            if button.property("code") == preset.type:
                button.setChecked(True)
        self.day.set_value(preset.day)
        if preset.group is not None and self.group.findData(preset.group) >= 0:
            self.group.setCurrentIndex(self.group.findData(preset.group))

    def kind(self) -> str:
        return self.kinds.checkedButton().property("code")

    def _update(self) -> None:
        self.group.setEnabled(self.kind() == "group_meeting")

    def accept(self) -> None:
        if self.kind() == "group_meeting" and self.group.currentData() is None:
            self.error.setText(self.tr("还没有党小组。请先在“党员名册 → 党小组”中新增党小组。"))
            return
        super().accept()

    def value(self) -> NewMeeting:
        group = self.group.currentData() if self.kind() == "group_meeting" else None
        return NewMeeting(self.kind(), self.day.value(), group)

    @classmethod
    def ask(cls, parent: QWidget | None, groups: list[Group], preset: NewMeeting | None = None) -> NewMeeting | None:
        dialog = cls(parent, groups, preset)
        return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None
