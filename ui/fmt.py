"""How values are written on screen: dates as 2025年3月12日, times as 09:00, people by name."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QDate


def cn_date(day: date | None) -> str:
    return f"{day.year}年{day.month}月{day.day}日" if day else ""


def cn_birth(person) -> str:
    """A person's birth date: 1988年2月 when only the year and month are known (出生年月), else 1988年2月3日."""
    from models.roster.dates import birth_words

    return birth_words(person.birth_date, person.birth_precision)


def cn_time(t: time | None) -> str:
    return t.strftime("%H:%M") if t else ""


def cn_timestamp(stamp: str | None) -> str:
    """An ISO timestamp as 2025年3月12日 16:40."""
    if not stamp:
        return ""
    try:
        day = date.fromisoformat(stamp[:10])
    except ValueError:
        return stamp
    return f"{cn_date(day)} {stamp[11:16]}"


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())
