"""How values are written on screen, in the language of the program's texts: dates as 2025年3月12日 in Chinese and
12 Mar 2025 in English, years as 2025年 or 2025, times as 09:00, people by name.

The language is the one ui/app.py installed (it sets QLocale's default with the translation). Only the screen
follows it: documents, minutes and the archive write their own Chinese dates (exports/ never imports this)."""

from __future__ import annotations

import re
from datetime import date, time

from PySide6.QtCore import QDate, QLocale

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_FULL_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                "november", "december")  # (not strftime's: that follows the system's locale, 二月 on a Chinese one)
_MONTH_NUMBERS = {name: number for number, name in enumerate(_FULL_MONTHS, 1)} | {
    name.lower(): number for number, name in enumerate(MONTHS, 1)} | {"sept": 9}
_ENGLISH_DAY = re.compile(r"^\s*(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\s*$")  # 12 Mar 2025, 12 March 2025
_ENGLISH_MONTH = re.compile(r"^\s*([A-Za-z]{3,9})\.?,?\s+(\d{4})\s*$")  # Feb 1988, February 1988


def in_english() -> bool:
    """The program's texts are shown in English (界面语言 English)."""
    return QLocale().language() == QLocale.Language.English


def cn_date(day: date | None) -> str:
    """A day as the screen shows it: 2025年3月12日, in English 12 Mar 2025; "" for none."""
    if not day:
        return ""
    if in_english():
        return f"{day.day} {MONTHS[day.month - 1]} {day.year}"
    return f"{day.year}年{day.month}月{day.day}日"


def day_month_text(day: date) -> str:
    """A day within a year already named: 3月12日, in English 12 Mar."""
    return f"{day.day} {MONTHS[day.month - 1]}" if in_english() else f"{day.month}月{day.day}日"


def month_heading(month: int) -> str:
    """A month of a year already named (a column's heading): 3月, in English Mar."""
    return MONTHS[month - 1] if in_english() else f"{month}月"


def month_text(day: date) -> str:
    """A year and month: 1988年2月, in English Feb 1988."""
    return f"{MONTHS[day.month - 1]} {day.year}" if in_english() else f"{day.year}年{day.month}月"


def year_text(year: int, yearly: bool = False) -> str:
    """A year: 2025年 (or 2025 年度 for a working year, `yearly`), in English 2025."""
    if in_english():
        return str(year)
    return f"{year} 年度" if yearly else f"{year}年"


def cn_birth(person) -> str:
    """A person's birth date: 1988年2月 when only the year and month are known (出生年月), else 1988年2月3日."""
    return birth_text(person.birth_date, person.birth_precision)


def birth_text(day: date | None, precision: str) -> str:
    """A birth date of a day or (precision MONTH) of a month only, as the screen shows it."""
    from models.roster.dates import MONTH

    if day is None:
        return ""
    return month_text(day) if precision == MONTH else cn_date(day)


def cn_time(t: time | None) -> str:
    return t.strftime("%H:%M") if t else ""


def cn_timestamp(stamp: str | None) -> str:
    """An ISO timestamp as 2025年3月12日 16:40 (12 Mar 2025 16:40)."""
    if not stamp:
        return ""
    try:
        day = date.fromisoformat(stamp[:10])
    except ValueError:
        return stamp
    return f"{cn_date(day)} {stamp[11:16]}"


def read_english_date(text: str) -> tuple[date, bool] | None:
    """A date written as the English screen shows it — (12 Mar 2025, False) or, for Feb 1988, (1 Feb 1988, True:
    the month only); None when `text` is not written so (the clerk's other ways are read by models.roster.dates).
    Raises ValueError for a day that does not exist (30 Feb 2025)."""
    day = _ENGLISH_DAY.match(text)
    if day and day.group(2).lower() in _MONTH_NUMBERS:
        return date(int(day.group(3)), _MONTH_NUMBERS[day.group(2).lower()], int(day.group(1))), False
    month_only = _ENGLISH_MONTH.match(text)
    if month_only and month_only.group(1).lower() in _MONTH_NUMBERS:
        return date(int(month_only.group(2)), _MONTH_NUMBERS[month_only.group(1).lower()], 1), True
    return None


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())
