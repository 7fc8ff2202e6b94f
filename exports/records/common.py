"""What every record's document needs: people's names, the kinds' titles, table rows of facts."""

from __future__ import annotations

from collections.abc import Iterable

from exports.model import Cell
from exports.text import clean
from models import titles
from models.domain import BranchData, Meeting

TALK_TITLE = "谈心谈话记录表"
NONE = "无"


class Names:
    """Member id -> name as written (a missing id shows as the id itself, never an exception)."""

    def __init__(self, data: BranchData) -> None:
        self._names = {p.id: p.name for p in data.members}
        self._groups = {g.id: g.name for g in data.groups}

    def __call__(self, member: str | None) -> str:
        if member is None:
            return ""
        return clean(self._names.get(member, member))

    def group(self, group: str | None) -> str:
        return clean(self._groups.get(group, group or "")) if group else ""

    def join(self, members: Iterable[str], sep: str = "、") -> str:
        return sep.join(self(m) for m in members)


def meeting_title(data: BranchData, meeting: Meeting) -> str:
    """e.g. 2025年第3次支部委员会会议记录: `models.titles.meeting_title`, as written on paper."""
    return clean(titles.meeting_title(data, meeting))


def pair(label: str, value: str, label2: str, value2: str) -> tuple[Cell, ...]:
    """One row of the facts table with two fields side by side (a field not recorded stays an empty cell)."""
    return (Cell(label, True), Cell(value), Cell(label2, True), Cell(value2))


def wide(label: str, value: str) -> tuple[Cell, ...]:
    """One row of the facts table with one field across the width."""
    return (Cell(label, True), Cell(value, span=3))


FACT_WIDTHS = (3.0, 3.6, 3.0, 3.6)
