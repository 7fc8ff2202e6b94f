"""Attendance statistics of the year (党员出席统计): each member's attendance per kind of meeting, and the rate."""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime

from exports.text import clean
from exports.xlsx import sheet_bytes
from models.domain import MEETING_TYPES, PRESENT_STATUSES, BranchData, Meeting
from models.rules.status import in_branch_during


def _people(data: BranchData, meetings: list[Meeting], year: int) -> list[str]:
    """Members in the branch during the year, then anyone else on an attendance list, in the file's order."""
    first, last = date(year, 1, 1), date(year, 12, 31)
    listed = {a.member for m in meetings for a in m.attendance}
    return [p.id for p in data.members if in_branch_during(p, first, last) or p.id in listed]


def attendance_rows(data: BranchData, year: int) -> tuple[list[str], list[list[object]]]:
    """(header, rows): per member and kind 实到/应到, then totals, 请假, 缺席 and the rate (a fraction)."""
    meetings = [m for m in data.meetings if m.date.year == year]
    kinds = [k for k in MEETING_TYPES if any(m.type == k for m in meetings)]
    expected: Counter[tuple[str, str]] = Counter()
    present: Counter[tuple[str, str]] = Counter()
    status: Counter[tuple[str, str]] = Counter()
    for meeting in meetings:
        for entry in {a.member: a for a in meeting.attendance}.values():
            expected[entry.member, meeting.type] += 1
            present[entry.member, meeting.type] += entry.status in PRESENT_STATUSES
            status[entry.member, entry.status] += 1
    names = {p.id: clean(p.name) for p in data.members}
    header = ["姓名", *(f"{MEETING_TYPES[k]}（实到/应到）" for k in kinds), "应到合计", "实到合计", "迟到早退", "请假",
              "缺席", "出席率"]
    rows: list[list[object]] = []
    for member in _people(data, meetings, year):
        should = sum(expected[member, k] for k in kinds)
        came = sum(present[member, k] for k in kinds)
        late = status[member, "late"] + status[member, "left_early"]
        rate = round(came / should, 4) if should else None
        per_kind = (f"{present[member, k]}/{expected[member, k]}" for k in kinds)
        leave, absent = status[member, "leave"], status[member, "absent"]
        rows.append([names[member], *per_kind, should, came, late, leave, absent, rate])
    return header, rows


def attendance_xlsx(data: BranchData, year: int, when: datetime) -> bytes:
    header, rows = attendance_rows(data, year)
    widths = [12, *([14] * (len(header) - 7)), 9, 9, 9, 7, 7, 9]
    caption = f"{clean(data.branch.name)} {year}年度党员出席统计"
    return sheet_bytes("出席统计", header, rows, widths, when, caption=caption, formats={len(header) - 1: "0.0%"})
