"""The standard minutes (会议记录) of a meeting of any kind, as a neutral document.

Layout of the branch work book: a title, the bordered table of facts, then the running record in numbered
sections (会议内容, 会议决议 with each vote and the rule's verdict, 主持人小结), and the signature lines.
"""

from __future__ import annotations

from exports.model import Block, Cell, Document, Meta, Paragraph, Signatures, Table, heading, labelled, para
from exports.records.common import FACT_WIDTHS, NONE, Names, meeting_title, pair, wide
from exports.records.minutes_extra import kind_sections
from exports.records.votes import verdict_messages, voter_counts
from exports.text import clean, cn_when
from models.domain import ATTENDANCE_STATUSES, PRESENT_STATUSES, BranchData, Meeting

NUMERALS = "一二三四五六七八九十"
NAME_LABELS = {"theme_day": "活动名称"}


def minutes_document(data: BranchData, meeting: Meeting) -> Document:
    """The minutes of `meeting` as the clerk prints them."""
    names = Names(data)
    title = meeting_title(data, meeting)
    sections = _sections(data, meeting, names)
    blocks: list[Block] = [_facts(data, meeting, names)]
    for number, (head, body) in enumerate(sections):
        blocks.append(heading(f"{NUMERALS[number]}、{head}"))
        blocks.extend(body)
    blocks.append(Signatures(("主持人（签字）", "记录人（签字）")))
    meta = Meta(
        title=f"{clean(data.branch.name)} {title}",
        author=clean(data.branch.name),
        subject=clean(meeting.title),
        created=meeting.created_at,
        modified=meeting.updated_at,
    )
    return Document((clean(data.branch.name), title), tuple(blocks), meta)


def _facts(data: BranchData, meeting: Meeting, names: Names) -> Table:
    present = sum(1 for a in meeting.attendance if a.status in PRESENT_STATUSES)
    rows: list[tuple[Cell, ...]] = [wide(NAME_LABELS.get(meeting.type, "会议名称"), clean(meeting.title))]
    if meeting.type == "party_lecture" or meeting.lecture_title or meeting.lecturer or meeting.lecturer_member:
        lecturer = names(meeting.lecturer_member) if meeting.lecturer_member else clean(meeting.lecturer)
        rows.append(pair("主讲人", lecturer, "课题", clean(meeting.lecture_title)))
    if meeting.group:
        rows.append(wide("党小组", names.group(meeting.group)))
    rows.append(pair("时间", cn_when(meeting.date, meeting.start, meeting.end), "地点", clean(meeting.location)))
    rows.append(pair("主持人", names(meeting.host), "记录人", names(meeting.recorder)))
    rows.append(pair("应到人数", f"{len(meeting.attendance)} 人", "实到人数", f"{present} 人"))
    if any(r.vote is not None for r in meeting.resolutions):
        expected, voting = voter_counts(data, meeting)
        rows.append(pair("有表决权应到", f"{expected} 人", "有表决权实到", f"{voting} 人"))
    rows.append(wide("缺席人员及原因", _people(meeting, names, ("leave", "absent"))))
    if any(a.status in ("late", "left_early") for a in meeting.attendance):
        rows.append(wide("迟到、早退", _people(meeting, names, ("late", "left_early"))))
    guests = "；".join(f"{clean(g.name)}（{clean(g.title)}）" if g.title else clean(g.name) for g in meeting.guests)
    rows.append(wide("列席人员", guests))
    agenda = "\n".join(f"{i}. {clean(item)}" for i, item in enumerate(meeting.agenda, 1))
    rows.append(wide("会议议程", agenda))
    return Table(tuple(rows), FACT_WIDTHS, min_row_mm=8.0)


def _people(meeting: Meeting, names: Names, statuses: tuple[str, ...]) -> str:
    """e.g. 张敏（请假，因公出差）；赵倩（缺席）"""
    parts = []
    for a in meeting.attendance:
        if a.status in statuses:
            why = ATTENDANCE_STATUSES[a.status] + (f"，{clean(a.reason)}" if a.reason else "")
            parts.append(f"{names(a.member)}（{why}）")
    return "；".join(parts)


def _sections(data: BranchData, meeting: Meeting, names: Names) -> list[tuple[str, list[Block]]]:
    sections: list[tuple[str, list[Block]]] = list(kind_sections(data, meeting, names, "before"))
    speeches: list[Block] = [
        labelled(names(s.speaker) if s.speaker else clean(s.speaker_name), clean(s.content)) for s in meeting.speeches
    ]
    sections.append(("会议内容", speeches or [para(NONE)]))
    sections.extend(kind_sections(data, meeting, names, "after"))
    sections.append(("会议决议", _resolutions(data, meeting) or [para(NONE)]))
    sections.append(("主持人小结", [para(clean(meeting.summary) or NONE)]))
    if meeting.notes:
        sections.append(("其他", [para(clean(meeting.notes))]))
    if meeting.amendments:
        changes = [labelled(a.at[:10], f"{clean(a.reason)}：{clean(a.summary)}") for a in meeting.amendments]
        sections.append(("记录更正", changes))
    return sections


def _resolutions(data: BranchData, meeting: Meeting) -> list[Block]:
    messages = verdict_messages(data, meeting)
    blocks: list[Block] = []
    for index, resolution in enumerate(meeting.resolutions):
        blocks.append(para(f"{index + 1}. {clean(resolution.text)}"))
        if resolution.vote is not None:
            v = resolution.vote
            counts = f"表决结果：赞成 {v.yes} 票，反对 {v.against} 票，弃权 {v.abstain} 票。"
            blocks.append(Paragraph((*para(counts).spans, *para(f"{messages[index]}。", bold=True).spans)))
    return blocks
