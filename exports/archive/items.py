"""The year's records as archive items (件): their order, archive codes (档号) and file names.

DA/T 22-2015: 档号 = 全宗号-门类·年度-保管期限-机构-件号, e.g. J012-WS·2025-Y-DZB-0007. The items of one year
are numbered in date order; the minutes of a Party branch are kept permanently (Y).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

from exports.records.common import meeting_title
from exports.records.talk import talk_title
from exports.text import clean, safe_name
from models.domain import MEETING_TYPES, BranchData, Meeting, Talk

CATEGORY = "WS"  # 文书
RETENTION = "Y"  # 永久
KIND_ORDER = {code: i for i, code in enumerate(MEETING_TYPES)}


@dataclass(frozen=True)
class Item:  # 归档文件 (件)
    number: int  # 件号
    code: str  # 档号
    title: str  # 题名
    day: date
    responsible: str  # 责任者
    record: Meeting | Talk
    remarks: str = ""

    @property
    def date_code(self) -> str:
        """The date as the catalogue writes it: 20250312."""
        return self.day.strftime("%Y%m%d")


def archive_code(data: BranchData, year: int, number: int) -> str:
    parts = (clean(data.branch.fonds_code), f"{CATEGORY}·{year}", RETENTION, clean(data.branch.unit_code) or "DZB")
    return "-".join(p for p in parts if p) + f"-{number:04d}"


def _order(record: Meeting | Talk) -> tuple:
    if isinstance(record, Talk):
        return (record.date, time.max, len(KIND_ORDER), record.id)
    return (record.date, record.start or time.min, KIND_ORDER.get(record.type, 99), record.id)


def item_title(data: BranchData, record: Meeting | Talk) -> str:
    """题名, e.g. 2025年1月支部委员会会议记录（研究部署2025年度党建工作要点）."""
    if isinstance(record, Talk):
        return talk_title(data, record)
    return f"{meeting_title(data, record)}（{clean(record.title)}）"


def _remarks(record: Meeting | Talk) -> str:
    if isinstance(record, Talk):
        return ""
    notes = ["草稿"] if record.status != "final" else []
    if record.amendments:
        notes.append(f"更正 {len(record.amendments)} 次")
    return "；".join(notes)


def year_items(data: BranchData, year: int) -> list[Item]:
    """Every meeting and talk of `year`, in date order, numbered from 1."""
    records: list[Meeting | Talk] = [m for m in data.meetings if m.date.year == year]
    records += [t for t in data.talks if t.date.year == year]
    records.sort(key=_order)
    responsible = clean(data.branch.name)
    return [
        Item(n, archive_code(data, year, n), item_title(data, r), r.date, responsible, r, _remarks(r))
        for n, r in enumerate(records, 1)
    ]


def item_file_stem(item: Item) -> str:
    return safe_name(f"{item.code} {item.title}")
