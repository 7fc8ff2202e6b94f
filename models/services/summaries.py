"""Light values for lists: what a table row on screen needs, without the record's whole content."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class MeetingSummary:
    id: str
    type: str
    title: str
    date: date
    group: str | None
    expected: int  # 应到
    present: int  # 实到
    status: str  # draft / final
    updated_at: str
    heading: str = ""  # the minutes' title: 2025年第3次支部委员会会议记录 (models.titles)


@dataclass(frozen=True)
class SearchHit:
    kind: str  # "person", "meeting", "talk"
    id: str
    date: date | None
    title: str
    context: str  # the words around the match
