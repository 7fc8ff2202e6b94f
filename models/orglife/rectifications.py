"""整改清单 of a year: the year's own items, and the items carried from earlier years (上年度整改落实情况).

A rectification has no year of its own in the records; its year is that of the 组织生活会 that raised it,
else of its due date, else of the day it was done. An item still open at the end of its year (not done, or
done only after 31 December) carries into every following year's list until the year it is done in.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Protocol

from models.domain import Rectification


class Dated(Protocol):
    """A meeting or a meeting's summary: all the carry-over needs of it."""

    id: str
    date: date


@dataclass(frozen=True)
class YearList:
    year: int
    own: tuple[Rectification, ...]  # raised this year (or undated and still open)
    carried: tuple[Rectification, ...]  # from earlier years, open on 1 January of this year

    @property
    def all(self) -> tuple[Rectification, ...]:
        return (*self.carried, *self.own)


def meeting_dates(meetings: Iterable[Dated]) -> dict[str, date]:
    return {m.id: m.date for m in meetings}


def item_year(item: Rectification, dates: Mapping[str, date]) -> int | None:
    """The year the item belongs to: its meeting's, else its due date's, else its done date's; None if undated."""
    if item.meeting is not None and item.meeting in dates:
        return dates[item.meeting].year
    for day in (item.due, item.done_on):
        if day is not None:
            return day.year
    return None


def open_on(item: Rectification, day: date) -> bool:
    """Whether the item was still open on `day` (done items count as open before their done date)."""
    return item.status != "done" or item.done_on is None or item.done_on > day


def carried_into(item: Rectification, year: int, dates: Mapping[str, date]) -> bool:
    """Whether the item comes into `year`'s list from an earlier year."""
    origin = item_year(item, dates)
    return origin is not None and origin < year and open_on(item, date(year - 1, 12, 31))


def _own(item: Rectification, year: int, dates: Mapping[str, date]) -> bool:
    origin = item_year(item, dates)
    if origin is None:
        return item.status != "done"
    return origin == year


def _order(item: Rectification, dates: Mapping[str, date]) -> tuple[date, date, str]:
    raised = dates.get(item.meeting or "") or item.due or date.max
    return (raised, item.due or date.max, item.id)


def year_list(items: Iterable[Rectification], meetings: Iterable[Dated], year: int) -> YearList:
    """The list of `year`: carried items first (oldest first), then the year's own, each by due date."""
    dates = meeting_dates(meetings)
    items = list(items)
    carried = sorted((i for i in items if carried_into(i, year, dates)), key=lambda i: _order(i, dates))
    own = sorted((i for i in items if _own(i, year, dates)), key=lambda i: _order(i, dates))
    return YearList(year, tuple(own), tuple(carried))


def is_overdue(item: Rectification, today: date) -> bool:
    """Open and past its due date."""
    return item.status != "done" and item.due is not None and item.due < today


def mark_done(item: Rectification, done_on: date, result: str) -> Rectification:
    """销号: the item done on `done_on`, with what was achieved."""
    if not result.strip():
        raise ValueError("销号需填写整改结果")
    return dataclasses.replace(item, status="done", done_on=done_on, result=result.strip())


def reopen(item: Rectification) -> Rectification:
    return dataclasses.replace(item, status="open", done_on=None)
