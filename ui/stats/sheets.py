"""The statistics page's tables as (header, rows): what the table on screen shows and the .xlsx holds.

The figures are models.overview.statistics'; rates are fractions (the sheet formats them as 0.0%).
"""

from __future__ import annotations

from models.domain import MEETING_TYPES
from models.overview.statistics import Attendance, CommitteeTalks

Table = tuple[list[str], list[list[object]]]
MONTHS = [f"{m}月" for m in range(1, 13)]


def meetings_table(per_month: dict[str, tuple[int, ...]]) -> Table:
    header = ["会议类型", *MONTHS, "合计"]
    rows: list[list[object]] = [[MEETING_TYPES.get(k, k), *counts, sum(counts)] for k, counts in per_month.items()]
    if rows:
        totals = [sum(counts[m] for counts in per_month.values()) for m in range(12)]
        rows.append(["合计", *totals, sum(totals)])
    return header, rows


def attendance_table(figures: Attendance) -> Table:
    """Per member: 应到, 实到, 迟到早退, 请假, 缺席, 出席率."""
    header = ["姓名", "应到", "实到", "迟到早退", "请假", "缺席", "出席率"]
    rows: list[list[object]] = [[m.name, m.expected, m.present, m.late, m.leave, m.absent, m.rate]
                                for m in figures.members]
    return header, rows


def kinds_table(figures: Attendance) -> Table:
    header = ["会议类型", "次数", "应到人次", "实到人次", "出席率"]
    rows: list[list[object]] = [[MEETING_TYPES.get(k.type, k.type), k.meetings, k.expected, k.present, k.rate]
                                for k in figures.per_kind]
    return header, rows


def talks_table(talks: tuple[CommitteeTalks, ...]) -> Table:
    header = ["支委", "与其他支委谈话", "与党员谈话", "合计"]
    rows: list[list[object]] = [[t.name, t.with_committee, t.with_members, t.as_committee] for t in talks]
    return header, rows
