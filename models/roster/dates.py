"""Dates as Excel users type them: 2025-03-12, 2025/3/12, 2025.3.12, 2025年3月12日, 20250312, or real date cells;
birth dates also of year and month only, as most rosters keep 出生年月: 1988.02, 1979年11月, 1988-02, 1988/2, 198802."""

from __future__ import annotations

import re
from datetime import date, datetime

from models.words import QT_TRANSLATE_NOOP, say

_SEPARATED = re.compile(r"^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?\s*$")  # 1日 or 1号
_COMPACT = re.compile(r"^\s*(\d{4})(\d{2})(\d{2})\s*$")
_MONTH_ONLY = re.compile(r"^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?\s*$")
_COMPACT_MONTH = re.compile(r"^\s*(\d{4})(\d{2})\s*$")
DAY, MONTH = "day", "month"  # a birth date's precision (Person.birth_precision)
_WITH_TIME = re.compile(r"^(.*?\d)\s+\d{1,2}:\d{2}(:\d{2})?\s*$")


class DateError(ValueError):
    """A value that is not a whole date; the message says what was expected."""


def month_words(day: date) -> str:
    return f"{day.year}年{day.month}月"


def birth_words(day: date | None, precision: str) -> str:
    """A birth date as shown and printed: 1988年2月 for year and month only, else 1988年2月3日."""
    if day is None:
        return ""
    return month_words(day) if precision == MONTH else f"{day.year}年{day.month}月{day.day}日"


def parse_birth_date(value: object) -> tuple[date, str] | None:
    """A birth date with its precision: (the day, DAY), or (the month's first day, MONTH) for 1988.02,
    1979年11月, 1988-02, 1988/2 or 198802; None for an empty cell. Raises DateError otherwise."""
    text = value if isinstance(value, str) else None
    if isinstance(value, float) and not value.is_integer():
        text = repr(value)  # a number cell 1988.02 (what Excel shows; see workbook.cell_value)
    if isinstance(value, int) and not isinstance(value, bool):
        text = str(value)
    if text is not None:
        month = _MONTH_ONLY.match(text) or _COMPACT_MONTH.match(text)
        if month:
            year, number = int(month.group(1)), int(month.group(2))
            if not 1 <= number <= 12:
                raise DateError(say(QT_TRANSLATE_NOOP("rules", "“{0}”不是存在的年月"), text.strip()))
            return date(year, number, 1), MONTH
    day = parse_date(value)
    return None if day is None else (day, DAY)


def parse_date(value: object) -> date | None:
    """A date from a cell or a typed text; None for an empty cell. Raises DateError otherwise."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).strip()
    if not text:
        return None
    timed = _WITH_TIME.match(text)
    if timed:
        text = timed.group(1)
    match = _SEPARATED.match(text) or _COMPACT.match(text)
    if match:
        year, month, day = (int(g) for g in match.groups())
        try:
            return date(year, month, day)
        except ValueError:
            raise DateError(say(QT_TRANSLATE_NOOP("rules", "“{0}”不是存在的日期"), text)) from None
    if _MONTH_ONLY.match(text):
        raise DateError(say(QT_TRANSLATE_NOOP("rules", "“{0}”只有年月，请补全到日，例如 2025年3月12日"), text))
    raise DateError(say(QT_TRANSLATE_NOOP("rules", "“{0}”不是可识别的日期，"
                                                   "请写成 2025-03-12、2025/3/12 或 2025年3月12日"), text))
