"""A date field typed as the Excel import reads dates (2024-03-01, 2024/3/1, 2024年3月1日, 20240301), or picked
from a calendar; shown as 2024年3月1日, may be empty; an impossible date is shown as an error under the field.
A birth date's field also takes a year and month (1988.02, 1979年11月, 1988-02, 1988/2), shown as 1988年2月.
In English the field shows 1 Mar 2024 (Feb 1988) and reads that back too."""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from models.roster.dates import DAY, MONTH, DateError, parse_birth_date, parse_date
from ui.fmt import birth_text, cn_date, from_qdate, read_english_date, to_qdate
from ui.words import told

FIRST_YEAR, LAST_YEAR = 1900, 2100  # a year outside is a typo (1024年), not a date of the branch
BAD_BORDER = "QLineEdit { border: 1px solid #a3262a; }"
_ENDS_AS_ENGLISH_DATE = re.compile(r"[A-Za-z]\.?,?\s+\d{4}\s*$")  # 1 Mar 2024: typed far enough to judge
translate = QCoreApplication.translate


class NoSuchDay(DateError):
    """A day written in full that does not exist (30 Feb 2025)."""


def read_date(text: str, optional: bool = True) -> date | None:
    """The date in `text` as the field reads it; None when empty. Raises DateError with the clerk's message."""
    read = read_dated(text, optional, months=False)
    return None if read is None else read[0]


def read_dated(text: str, optional: bool = True, months: bool = False) -> tuple[date, str] | None:
    """(the date, DAY or MONTH) in `text`; a year and month only when `months`. None when empty."""
    if not text.strip():
        if optional:
            return None
        raise DateError(translate("DateField", "请填写日期，例如 2025年3月12日"))
    read = _read_english(text, months)
    if read is None and months:
        read = parse_birth_date(text)
    elif read is None:
        day = parse_date(text)
        read = None if day is None else (day, DAY)
    if read is not None and not FIRST_YEAR <= read[0].year <= LAST_YEAR:
        raise DateError(translate("DateField", "“{0}”的年份不对，请写成 2025年3月12日 这样的日期").format(text.strip()))
    return read


def _read_english(text: str, months: bool) -> tuple[date, str] | None:
    """12 Mar 2025 (and, for a birth date, Feb 1988) as the English screen writes dates; None for other ways."""
    try:
        read = read_english_date(text)
    except ValueError:
        raise NoSuchDay(translate("DateField", "“{0}”不是存在的日期").format(text.strip())) from None
    if read is None:
        return None
    day, month_only = read
    if month_only and not months:
        raise DateError(translate("DateField", "“{0}”缺少日，请写成 2025年3月12日 这样的日期").format(text.strip()))
    return day, MONTH if month_only else DAY


class DateField(QWidget):
    """`value()` is the date typed, or None (empty). While the text is not a date, `value()` is the date the field
    held before, `is_valid()` is False and the error stands under the field; `dateChanged` when `value()` changes."""

    dateChanged = Signal()  # (the name QDateEdit used)

    def setAccessibleName(self, name: str) -> None:
        """The field's name for a screen reader, given to the text box it reads and to the calendar button."""
        super().setAccessibleName(name)
        self.edit.setAccessibleName(name)
        self.pick.setAccessibleName(self.tr("{0}：从日历中选择").format(name))

    def __init__(self, parent: QWidget | None = None, optional: bool = True, months: bool = False) -> None:
        super().__init__(parent)
        self.optional = optional
        self.months = months  # a year and month alone is a value too (出生年月)
        self._precision = DAY
        self._committed: date | None = None if optional else date.today()  # set, picked, or left as a date
        self._value = self._committed
        self._committed_precision = DAY
        self._error = ""
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(self.tr("未填写") if optional else self.tr("如 2025年3月12日"))
        self.edit.setToolTip(self.tr("可以写成 2025-03-12、2025/3/12、2025年3月12日 或 20250312") + (
            self.tr("；只知道年月时写 1988.02 或 1988年2月") if months else ""))
        self.edit.setMinimumWidth(120)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        self.calendar.setMinimumDate(QDate(FIRST_YEAR, 1, 1))
        self.calendar.setMaximumDate(QDate(LAST_YEAR, 12, 31))
        self.pick = QToolButton()
        self.pick.setText("▾")
        self.pick.setToolTip(self.tr("从日历中选择"))
        self.pick.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.pick.setStyleSheet("QToolButton { padding: 0 5px; } QToolButton::menu-indicator { image: none; }")
        menu = QMenu(self.pick)
        holder = QWidgetAction(menu)
        holder.setDefaultWidget(self.calendar)
        menu.addAction(holder)
        menu.aboutToShow.connect(self._calendar_opens)
        self.pick.setMenu(menu)
        self.message = QLabel()
        self.message.setObjectName("verdictBad")
        self.message.setWordWrap(True)
        self.message.hide()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(self.edit, 1)
        row.addWidget(self.pick)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.message)
        self.setFocusProxy(self.edit)
        self.setAccessibleName(self.tr("日期"))
        self.edit.setAccessibleDescription(self.edit.toolTip())
        self.edit.setText(cn_date(self._value))
        self.edit.textEdited.connect(self._typed)
        self.edit.editingFinished.connect(self._tidy)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)

    # --- the value ----------------------------------------------------------------------------------------
    def value(self) -> date | None:
        return self._value

    def precision(self) -> str:
        """DAY, or MONTH when a year and month alone were typed (the value is then the month's first day)."""
        return self._precision if self._value is not None else DAY

    def set_value(self, day: date | None, precision: str = DAY) -> None:
        if day is None and not self.optional:
            day = date.today()
        precision = MONTH if self.months and precision == MONTH else DAY
        self.edit.setText(birth_text(day, precision))
        self._show_error("")
        self._commit(day, precision)

    def setDate(self, day: QDate) -> None:  # (as QDateEdit)
        self.set_value(from_qdate(day))

    def is_valid(self) -> bool:
        return not self._error

    def error(self) -> str:
        """What is wrong with the text typed, in the clerk's words; "" when it is a date (or empty and optional)."""
        return self._error

    def setReadOnly(self, read_only: bool) -> None:  # (Section.set_read_only calls it)
        self.edit.setReadOnly(read_only)
        self.pick.setEnabled(not read_only)

    def isReadOnly(self) -> bool:
        return self.edit.isReadOnly()

    # --- typing and picking -------------------------------------------------------------------------------
    def _typed(self, text: str) -> None:
        try:
            read = read_dated(text, self.optional, self.months)
        except DateError as error:
            # an impossible day (2024-2-30) cannot be mended by typing on; a half-typed date can
            shown = self._complete(text) or "不是存在的日期" in str(error) or isinstance(error, NoSuchDay)
            self._show_error(told(error) if shown else "")
            self._error = told(error)
            self._set(self._committed, self._committed_precision)
            return
        self._show_error("")
        self._set(*(read or (None, DAY)))

    @staticmethod
    def _complete(text: str) -> bool:
        """Long enough to judge: half-typed dates (2024-0) are not shown as errors until the field is left."""
        digits = sum(c.isdigit() for c in text)
        return digits >= 8 or text.strip().endswith("日") or bool(_ENDS_AS_ENGLISH_DATE.search(text))

    def _tidy(self) -> None:
        """Leaving the field: a good date is written as 2024年3月1日 (1988年2月); a bad one keeps its text and error."""
        try:
            read = read_dated(self.edit.text(), self.optional, self.months)
        except DateError as error:
            self._show_error(told(error))
            return
        self.set_value(*(read or (None, DAY)))

    def _picked(self, day: QDate) -> None:
        self.set_value(from_qdate(day))
        self.pick.menu().hide()

    def _calendar_opens(self) -> None:
        """The calendar opens on the date shown, or on this month for an empty field."""
        shown = self._value or date.today()
        self.calendar.setSelectedDate(to_qdate(shown))
        self.calendar.setCurrentPage(shown.year, shown.month)

    def _commit(self, day: date | None, precision: str = DAY) -> None:
        self._committed, self._committed_precision = day, precision
        self._set(day, precision)

    def _set(self, day: date | None, precision: str = DAY) -> None:
        if day != self._value or precision != self._precision:
            self._value, self._precision = day, precision
            self.dateChanged.emit()

    def _show_error(self, text: str) -> None:
        self._error = text
        self.message.setText(text)
        self.message.setVisible(bool(text))
        self.edit.setStyleSheet(BAD_BORDER if text else "")


def invalid_dates(widget: QWidget) -> list[DateField]:
    """The date fields in `widget` whose text is not a date, in the order they were made."""
    return [f for f in widget.findChildren(DateField) if f.isEnabled() and not f.is_valid()]


def dates_valid(dialog: QDialog) -> bool:
    """Before 确定: the first date field with a wrong date gets the focus, and the dialog stays open."""
    bad = invalid_dates(dialog)
    if bad:
        bad[0].edit.setFocus()
        bad[0].edit.selectAll()
        bad[0]._show_error(bad[0].error())
    return not bad
