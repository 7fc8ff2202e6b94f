"""The compliance report in words, for the command line and the home screen."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import Any

from models.domain import MEETING_TYPES, BranchData
from models.titles import meeting_titles

STATE_WORDS = {"met": "已落实", "missing": "缺", "upcoming": "待开展"}


def period_words(period: str) -> str:
    """"2025" → 2025年, "2025-Q3" → 第三季度, "2025-08" → 8月."""
    if "-Q" in period:
        return "第" + "一二三四"[int(period[-1]) - 1] + "季度"
    if "-" in period:
        return f"{int(period[5:])}月"
    return f"{period}年"


def meeting_names(data: BranchData) -> dict[str, str]:
    """Meeting id -> how a report names it: its date, its name and its title, e.g.
    2025年1月15日“学习贯彻党的二十届三中全会精神”（2025年第1次支部党员大会记录）."""
    titles = meeting_titles(data)
    return {m.id: f"{_day(m.date.isoformat())}“{m.title}”（{titles[m.id]}）" for m in data.meetings}


def _day(value: str) -> str:
    """2025-12-31 (or a timestamp) -> 2025年12月31日."""
    try:
        day = date.fromisoformat(value[:10])
    except ValueError:
        return value
    return f"{day.year}年{day.month}月{day.day}日"


def compliance_text(report: dict[str, Any], data: BranchData) -> str:
    names = {p.id: p.name for p in data.members}
    groups = {g.id: g.name for g in data.groups}
    lines = [f"{data.branch.name}{report['year']}年度组织生活落实情况（截至{_day(report['as_of'])}）", ""]
    by_duty: dict[tuple[str, str | None], list[dict[str, Any]]] = defaultdict(list)
    for entry in report["duties"]:
        by_duty[(entry["duty"], entry["group"])].append(entry)
    for (duty, group), entries in by_duty.items():
        label = MEETING_TYPES.get(duty, duty) + (f"（{groups.get(group, group)}）" if group else "")
        exempt = sum(e["required"] == 0 for e in entries)  # a 支委会 while the branch had no committee
        entries = [e for e in entries if e["required"] > 0]
        met = sum(e["state"] == "met" for e in entries)
        missing = [period_words(e["period"]) for e in entries if e["state"] == "missing"]
        upcoming = sum(e["state"] == "upcoming" for e in entries)
        line = f"{label}：已落实 {met}/{len(entries)}"
        if missing:
            line += "；缺：" + "、".join(missing)
        if upcoming:
            line += f"；待开展 {upcoming}"
        if exempt:
            line += f"；{exempt} 期未设支部委员会，无需开展"
        lines.append(line)
    lecture = report["secretary_lecture"]
    lines.append(f"书记讲党课：{STATE_WORDS[lecture['state']]}（{lecture['held']}/{lecture['required']}）")
    talks = report["talks"]
    pairs = ["—".join(names.get(i, i) for i in pair) for pair in talks["missing_committee_pairs"]]
    lines.append("支委之间谈心谈话：" + ("均已开展" if not pairs else "未谈：" + "、".join(pairs)))
    alone = [names.get(i, i) for i in talks["members_without_committee_talk"]]
    lines.append("支委与党员谈心谈话：" + ("均已开展" if not alone else "未谈：" + "、".join(alone)))
    meetings = meeting_names(data)
    for vote in report["votes"]:
        lines.append(f"表决：{meetings.get(vote['meeting'], vote['meeting'])}第 {vote['resolution'] + 1} 项决议："
                     f"{vote['message']}")
    held = {e.id: e.meeting for e in data.evaluations}
    for evaluation in report["evaluations"]:
        verdict = "未超过" if evaluation["excellent_within_third"] else "超过"
        meeting = held.get(evaluation["evaluation"])
        lines.append(
            f"民主评议：{meetings.get(meeting, '') if meeting else str(report['year']) + '年度'}，"
            f"参评 {evaluation['evaluated']} 人，"
            f"优秀 {evaluation['excellent']} 人，{verdict}三分之一"
        )
    return "\n".join(lines)
