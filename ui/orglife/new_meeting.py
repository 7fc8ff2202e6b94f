"""A new 组织生活会 for the year, made as the meetings page makes any new meeting: title, agenda, who attends."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QWidget

from models.domain import Meeting
from models.templates import new_meeting
from ui.context import AppContext
from ui.widgets.buttons import ok_cancel
from ui.widgets.date_field import DateField

KIND = "org_life_meeting"


class MeetingDayDialog(QDialog):
    def __init__(self, parent: QWidget | None, day: date) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("新建组织生活会"))
        self.day = DateField(optional=False)
        self.day.set_value(day)
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("计划召开的日期（之后可在会议记录中修改）：")))
        form.addRow(self.tr("会议日期"), self.day)
        buttons = ok_cancel(self)
        form.addRow(buttons)

    @classmethod
    def ask(cls, parent: QWidget | None, day: date) -> date | None:
        dialog = cls(parent, day)
        return dialog.day.value() if dialog.exec() == QDialog.DialogCode.Accepted else None


def default_day(year: int, today: date) -> date:
    """Today in the current year; otherwise mid-December, when branches usually hold it."""
    return today if today.year == year else date(year, 12, 15)


def org_life_meeting(ctx: AppContext, day: date) -> Meeting:
    """The new meeting, made by the one factory of new meetings (models.templates): the 书记 hosts."""
    return new_meeting(ctx.roster(), KIND, day)
