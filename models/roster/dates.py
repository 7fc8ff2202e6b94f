"""Dates as Excel users type them: 2025-03-12, 2025/3/12, 2025.3.12, 2025年3月12日, 20250312, or real date cells."""

from __future__ import annotations

import re
from datetime import date, datetime

_SEPARATED = re.compile(r"^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*$")
_COMPACT = re.compile(r"^\s*(\d{4})(\d{2})(\d{2})\s*$")
_MONTH_ONLY = re.compile(r"^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?\s*$")
_WITH_TIME = re.compile(r"^(.*?\d)\s+\d{1,2}:\d{2}(:\d{2})?\s*$")


class DateError(ValueError):
    """A value that is not a whole date; the message says what was expected."""


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
            raise DateError(f"“{text}”不是存在的日期") from None
    if _MONTH_ONLY.match(text):
        raise DateError(f"“{text}”只有年月，请补全到日，例如 2025年3月12日")
    raise DateError(f"“{text}”不是可识别的日期，请写成 2025-03-12、2025/3/12 或 2025年3月12日")
