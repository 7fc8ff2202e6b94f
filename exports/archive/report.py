"""The year's compliance report (组织生活落实情况): the JSON of the spec and a document to print."""

from __future__ import annotations

import re
from datetime import date

from exports.model import Block, Cell, Document, Meta, Table, heading, para
from exports.text import clean, cn_date
from models.domain import MEETING_TYPES, BranchData
from models.reports import meeting_names
from models.rules import compliance_json, compliance_report

STATES = {"met": "已落实", "missing": "未落实", "upcoming": "未到期"}
QUARTERS = "一二三四"
_PERIOD = re.compile(r"^(\d{4})(?:-(\d{2})|-Q([1-4]))?$")


def period_words(label: str) -> str:
    """2025-Q1 -> 第一季度, 2025-03 -> 3月, 2025 -> 全年 (anything else as it is)."""
    match = _PERIOD.match(label)
    if not match:
        return label
    if match.group(2):
        return f"{int(match.group(2))}月"
    if match.group(3):
        return f"第{QUARTERS[int(match.group(3)) - 1]}季度"
    return "全年"


def _day(value: str) -> str:
    try:
        return cn_date(date.fromisoformat(value[:10]))
    except ValueError:
        return value


def report_json(data: BranchData, year: int, as_of: date) -> tuple[dict, str]:
    report = compliance_report(data, year, as_of)
    return report, compliance_json(report)


def _duties(report: dict, groups: dict[str, str]) -> Table:
    head = tuple(Cell(t, True) for t in ("要求", "党小组", "期间", "应开", "实开", "情况"))
    rows = [
        (Cell(MEETING_TYPES.get(d["duty"], d["duty"])), Cell(groups.get(d["group"] or "", "")),
         Cell(period_words(d["period"]), center=True), Cell(str(d["required"]), center=True),
         Cell(str(d["held"]), center=True),
         Cell("无需开展" if d["required"] == 0 else STATES.get(d["state"], d["state"]), center=True))
        for d in report["duties"]
    ]
    return Table((head, *rows), (3.4, 2.4, 2.0, 1.2, 1.2, 1.8), header=1)


def report_document(data: BranchData, year: int, report: dict, stamp: str) -> Document:
    names = {p.id: clean(p.name) for p in data.members}
    meetings = {key: clean(name) for key, name in meeting_names(data).items()}
    groups = {g.id: clean(g.name) for g in data.groups}
    lecture = report["secretary_lecture"]
    talks = report["talks"]
    pairs = "；".join(f"{names.get(a, a)}与{names.get(b, b)}" for a, b in talks["missing_committee_pairs"])
    without = "、".join(names.get(m, m) for m in talks["members_without_committee_talk"])
    blocks: list[Block] = [
        para(f"统计截至{_day(report['as_of'])}。", style="plain"),
        heading("一、三会一课和组织生活"), _duties(report, groups),
        heading("二、书记讲党课"),
        para(f"应讲 {lecture['required']} 次，实讲 {lecture['held']} 次，{STATES.get(lecture['state'], '')}。"),
        heading("三、谈心谈话"),
        para(f"支委之间尚未谈话：{pairs or '无'}。"),
        para(f"尚未与支委谈话的党员：{without or '无'}。"),
        heading("四、表决"),
        *([para(f"{meetings.get(v['meeting'], v['meeting'])}第 {v['resolution'] + 1} 项决议：{v['message']}。")
           for v in report["votes"]] or [para("本年度的会议记录中没有表决。")]),
        heading("五、民主评议"),
        *([para(f"评议党员 {e['evaluated']} 人，评为优秀 {e['excellent']} 人，"
                f"{'未超过' if e['excellent_within_third'] else '超过'}三分之一。") for e in report["evaluations"]]
          or [para("本年度尚未记录民主评议党员。")]),
    ]
    meta = Meta(title=f"{clean(data.branch.name)}{year}年度组织生活落实情况", author=clean(data.branch.name),
                created=stamp, modified=stamp)
    return Document((clean(data.branch.name), f"{year}年度组织生活落实情况"), tuple(blocks), meta)
