"""Titles of the minutes as the branch work book numbers them: 2025年第3次支部委员会会议记录.

Each meeting carries its running number in the year per kind (per Party group for 党小组会). The number follows
the meetings' dates, then start times, then ids; the clerk may correct it before 定稿, and 定稿 stores it, so
minutes already on paper keep their number when an earlier meeting is entered late: such a meeting takes the
next number not yet used. Every place that prints a meeting's title (the minutes in Word and PDF, the archive's
catalogue, the lists of the window) takes it from here.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, time
from typing import Protocol

from models.domain import BranchData, Meeting

# The words of each kind's minutes in the work book, after 第 n 次.
KIND_WORDS: dict[str, str] = {
    "general_meeting": "支部党员大会记录",
    "committee_meeting": "支部委员会会议记录",
    "group_meeting": "党小组会记录",
    "party_lecture": "党课记录",
    "theme_day": "主题党日活动记录",
    "org_life_meeting": "组织生活会记录",
    "democratic_evaluation": "民主评议党员会议记录",
    "other": "会议记录",
}


class Numbered(Protocol):
    """What numbering needs of a meeting (a `Meeting`, or a `SeriesEntry` read from a few columns)."""

    @property
    def id(self) -> str: ...
    @property
    def type(self) -> str: ...
    @property
    def group(self) -> str | None: ...
    @property
    def date(self) -> date: ...
    @property
    def start(self) -> time | None: ...
    @property
    def number(self) -> int | None: ...


@dataclass(frozen=True)
class SeriesEntry:
    id: str
    type: str
    group: str | None
    date: date
    start: time | None
    number: int | None  # stored at 定稿, or the clerk's correction of a draft; None: by date


def series_key(m: Numbered) -> tuple[int, str, str | None]:
    """The meetings numbered together: one year, one kind, and for 党小组会 one group."""
    return (m.date.year, m.type, m.group if m.type == "group_meeting" else None)


def _order(m: Numbered) -> tuple[date, time, str]:
    return (m.date, m.start or time.min, m.id)


def running_numbers(meetings: Iterable[Numbered]) -> dict[str, int]:
    """Meeting id -> its number in its series. A stored number stands; the others follow the dates, each the
    next number after those of the meetings before it that no other meeting of the series holds."""
    series: dict[tuple, list[Numbered]] = defaultdict(list)
    for m in meetings:
        series[series_key(m)].append(m)
    numbers: dict[str, int] = {}
    for items in series.values():
        items.sort(key=_order)
        taken = {m.number for m in items if m.number}
        last = 0
        for m in items:
            n = m.number
            if not n:
                n = last + 1
                while n in taken:
                    n += 1
                taken.add(n)
            numbers[m.id] = n
            last = max(last, n)
    return numbers


def number_by_date(meeting: Meeting, others: Iterable[Numbered]) -> int:
    """The number `meeting` takes among `others` by its date, a correction of its own set aside."""
    return running_numbers([replace(meeting, number=None), *others])[meeting.id]


def sharing_number(meeting: Meeting, others: Iterable[Numbered]) -> list[Numbered]:
    """The meetings of its series that would print the same number as `meeting` (only a correction can)."""
    others = list(others)
    numbers = running_numbers([meeting, *others])
    return [o for o in others if series_key(o) == series_key(meeting) and numbers[o.id] == numbers[meeting.id]]


def heading(kind: str, year: int, number: int, group_name: str = "") -> str:
    """e.g. 2025年第3次支部委员会会议记录; 2025年第一党小组第2次会议记录 (no half-width space between words)."""
    if kind == "group_meeting" and group_name:
        return f"{year}年{group_name}第{number}次会议记录"
    return f"{year}年第{number}次{KIND_WORDS.get(kind, '会议记录')}"


def meeting_title(data: BranchData, meeting: Meeting) -> str:
    """The title of `meeting`'s minutes, numbered among the meetings of `data` (its year's, as
    `Store.record_data` gives them); `meeting` as given stands for its stored copy."""
    numbers = running_numbers([meeting, *(m for m in data.meetings if m.id != meeting.id)])
    return heading(meeting.type, meeting.date.year, numbers[meeting.id], _group_name(data, meeting.group))


def meeting_titles(data: BranchData) -> dict[str, str]:
    """Meeting id -> title, for every meeting of `data`."""
    numbers = running_numbers(data.meetings)
    return {m.id: heading(m.type, m.date.year, numbers[m.id], _group_name(data, m.group)) for m in data.meetings}


def _group_name(data: BranchData, group: str | None) -> str:
    return next((g.name for g in data.groups if g.id == group), "") if group else ""
