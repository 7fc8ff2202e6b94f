"""A date field that may be empty, shown as 2025年3月12日, with a calendar."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, QObject
from PySide6.QtWidgets import QDateEdit, QWidget

from ui.fmt import from_qdate, to_qdate

EMPTY = QDate(1900, 1, 1)


class DateField(QDateEdit):
    """`value()` is a date or None. The empty value is the minimum date, shown as “未填写”."""

    def __init__(self, parent: QWidget | None = None, optional: bool = True) -> None:
        super().__init__(parent)
        self.setDisplayFormat("yyyy年M月d日")
        self.setCalendarPopup(True)
        self.optional = optional
        if optional:
            self.setMinimumDate(EMPTY)
            self.setSpecialValueText(self.tr("未填写"))
            self.setDate(EMPTY)
        else:
            self.setDate(QDate.currentDate())
        self.setMaximumDate(QDate(2100, 12, 31))
        self.setMinimumWidth(130)
        self.calendarWidget().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """An empty field's calendar opens on this month, not on January 1900."""
        if event.type() == QEvent.Type.Show and watched is self.calendarWidget() and self.value() is None:
            today = QDate.currentDate()
            self.calendarWidget().setCurrentPage(today.year(), today.month())
        return super().eventFilter(watched, event)

    def value(self) -> date | None:
        if self.optional and self.date() == EMPTY:
            return None
        return from_qdate(self.date())

    def set_value(self, day: date | None) -> None:
        if day is None:
            self.setDate(EMPTY if self.optional else QDate.currentDate())
        else:
            self.setDate(to_qdate(day))
