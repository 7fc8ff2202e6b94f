"""Attendance statistics of the year (党员出席统计): each member's attendance per kind of meeting, and the rate.

The figures are models.overview.statistics' (the statistics page shows the same); this module lays them out.
"""

from __future__ import annotations

from datetime import datetime

from exports.text import clean
from exports.xlsx import sheet_bytes
from models.domain import MEETING_TYPES, BranchData
from models.overview.statistics import attendance


def attendance_rows(data: BranchData, year: int) -> tuple[list[str], list[list[object]]]:
    """(header, rows): per member and kind 实到/应到, then totals, 请假, 缺席 and the rate (a fraction)."""
    figures = attendance(data, year)
    kinds = figures.kinds
    header = ["姓名", *(f"{MEETING_TYPES[k]}（实到/应到）" for k in kinds), "应到合计", "实到合计", "迟到早退", "请假",
              "缺席", "出席率"]
    rows: list[list[object]] = []
    for m in figures.members:
        per_kind = (f"{m.per_kind[k][0]}/{m.per_kind[k][1]}" for k in kinds)
        rows.append([clean(m.name), *per_kind, m.expected, m.present, m.late, m.leave, m.absent, m.rate])
    return header, rows


def attendance_xlsx(data: BranchData, year: int, when: datetime) -> bytes:
    header, rows = attendance_rows(data, year)
    widths = [12, *([14] * (len(header) - 7)), 9, 9, 9, 7, 7, 9]
    caption = f"{clean(data.branch.name)}{year}年度党员出席统计"
    return sheet_bytes("出席统计", header, rows, widths, when, caption=caption, formats={len(header) - 1: "0.0%"})
