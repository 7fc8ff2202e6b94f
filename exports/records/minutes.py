"""The standard minutes (会议记录) of a meeting of any kind, as a neutral document.

Layout of the branch work book: a title, the bordered table of facts, then the running record in numbered
sections (会议内容, 会议决议 with each vote and the rule's verdict, 主持人小结), and the signature lines.
"""

from __future__ import annotations

from datetime import date

from exports.model import Block, Cell, Document, Meta, Paragraph, Signatures, Table, heading, labelled, para
from exports.records.common import FACT_WIDTHS, Names, meeting_title, pair, wide
from exports.records.minutes_extra import kind_sections
from exports.records.votes import verdict_messages, voter_counts
from exports.text import clean, cn_date, cn_numeral, cn_when
from models.domain import ATTENDANCE_STATUSES, ELECTION_OFFICES, PRESENT_STATUSES, BranchData, Election, Meeting
from models.late_files import added_after_final
from models.rules.elections import election_result
from models.rules.expected import left_out, without_vote
from models.rules.votes import WRITTEN_COUNTS

NAME_LABELS = {"theme_day": "活动名称"}
CONTENT_HEADINGS = {"party_lecture": "党课内容", "theme_day": "活动内容"}


def minutes_document(data: BranchData, meeting: Meeting) -> Document:
    """The minutes of `meeting` as the clerk prints them."""
    names = Names(data)
    title = meeting_title(data, meeting)
    sections = _sections(data, meeting, names)
    blocks: list[Block] = [_facts(data, meeting, names)]
    for number, (head, body) in enumerate(s for s in sections if s[1]):  # a section with nothing is left out
        blocks.append(heading(f"{cn_numeral(number + 1)}、{head}"))
        blocks.extend(body)
    blocks.append(Signatures(("主持人（签字）", "记录人（签字）")))
    meta = Meta(
        title=f"{clean(data.branch.name)}{title}",
        author=clean(data.branch.name),
        subject=clean(meeting.title),
        created=meeting.created_at,
        modified=meeting.updated_at,
    )
    return Document((clean(data.branch.name), title), tuple(blocks), meta, draft=meeting.status != "final")


def _facts(data: BranchData, meeting: Meeting, names: Names) -> Table:
    not_counted = left_out(data, meeting)
    skipped = {m for m, _ in not_counted}
    counted = [a for a in dict((a.member, a) for a in meeting.attendance).values() if a.member not in skipped]
    present = sum(1 for a in counted if a.status in PRESENT_STATUSES)
    rows: list[tuple[Cell, ...]] = [wide(NAME_LABELS.get(meeting.type, "会议名称"), clean(meeting.title))]
    if meeting.type == "party_lecture" or meeting.lecture_title or meeting.lecturer or meeting.lecturer_member:
        lecturer = names(meeting.lecturer_member) if meeting.lecturer_member else clean(meeting.lecturer)
        rows.append(pair("主讲人", lecturer, "课题", clean(meeting.lecture_title)))
    if meeting.group:
        rows.append(wide("党小组", names.group(meeting.group)))
    rows.append(pair("时间", cn_when(meeting.date, meeting.start, meeting.end), "地点", clean(meeting.location)))
    rows.append(pair("主持人", names(meeting.host), "记录人", names(meeting.recorder)))
    rows.append(pair("应到人数", f"{len(counted)} 人", "实到人数", f"{present} 人"))
    if not_counted:
        rows.append(wide("不计入应到人数", "；".join(f"{names(m)}（{clean(x.reason)}）" for m, x in not_counted)))
    if any(r.vote is not None for r in meeting.resolutions):
        expected, voting = voter_counts(data, meeting)
        if meeting.type == "committee_meeting":
            rows.append(pair("应到委员", f"{expected} 人", "实到委员", f"{voting} 人"))
        else:
            rows.append(pair("有表决权应到", f"{expected} 人", "有表决权实到", f"{voting} 人"))
        if probation := without_vote(data, meeting):
            rows.append(wide("无表决权", "；".join(f"{names(m)}（留党察看期间）" for m in probation)))
    rows.append(wide("缺席人员及原因", _people(meeting, names, ("leave", "absent"))))
    if any(a.status in ("late", "left_early") for a in meeting.attendance):
        rows.append(wide("迟到、早退", _people(meeting, names, ("late", "left_early"))))
    guests = "；".join(f"{clean(g.name)}（{clean(g.title)}）" if g.title else clean(g.name) for g in meeting.guests)
    rows.append(wide("列席人员", guests))
    agenda = "\n".join(f"{i}. {clean(item)}" for i, item in enumerate(meeting.agenda, 1))
    rows.append(wide("会议议程", agenda))
    return Table(tuple(rows), FACT_WIDTHS, min_row_mm=8.0)


BRACKETS = set("（）()〔〕[]【】")


def _people(meeting: Meeting, names: Names, statuses: tuple[str, ...]) -> str:
    """e.g. 张敏（请假，因公出差）；赵倩（缺席）; a reason with brackets of its own goes after them, so that
    brackets never nest: 王丽（病假）：住院（已报备）."""
    parts = []
    for a in meeting.attendance:
        if a.status not in statuses:
            continue
        status, reason = ATTENDANCE_STATUSES[a.status], clean(a.reason).strip()
        if len(reason) > 1 and reason[0] in "（(" and reason[-1] in "）)" and not BRACKETS & set(reason[1:-1]):
            reason = reason[1:-1].strip()  # typed in brackets already
        if not reason:
            parts.append(f"{names(a.member)}（{status}）")
        elif BRACKETS & set(reason):
            parts.append(f"{names(a.member)}（{status}）：{reason}")
        else:
            parts.append(f"{names(a.member)}（{status}，{reason}）")
    return "；".join(parts)


def _sections(data: BranchData, meeting: Meeting, names: Names) -> list[tuple[str, list[Block]]]:
    sections: list[tuple[str, list[Block]]] = list(kind_sections(data, meeting, names, "before"))
    speeches: list[Block] = [
        labelled(names(s.speaker) if s.speaker else clean(s.speaker_name), clean(s.content)) for s in meeting.speeches
    ]
    sections.append((CONTENT_HEADINGS.get(meeting.type, "会议内容"), speeches))
    sections.extend(kind_sections(data, meeting, names, "after"))
    sections.append(("会议决议", _resolutions(data, meeting)))
    summary = clean(meeting.summary)
    sections.append(("主持人小结", [para(summary)] if summary.strip() else []))
    if meeting.notes:
        sections.append(("其他", [para(clean(meeting.notes))]))
    if meeting.amendments:
        changes = [labelled(_day(a.at), f"{clean(a.reason)}：{clean(a.summary)}"
                            + (f"（更正人：{clean(a.author)}）" if a.author else "")) for a in meeting.amendments]
        sections.append(("记录更正", changes))
    if meeting.attachments:
        sections.append(("附件", _attachments(meeting)))
    return sections


def _attachments(meeting: Meeting) -> list[Block]:
    """Each file by name; one added after 定稿 (a scanned 签到表) says when: （定稿后于 2026年1月5日补充）."""
    lines = []
    for number, a in enumerate(meeting.attachments, 1):
        late = f"（定稿后于 {_day(a.added_at)}补充）" if added_after_final(a, meeting.finalized_at) else ""
        lines.append(para(f"{number}. {clean(a.name)}{late}"))
    return lines


def _day(stamp: str) -> str:
    """An amendment's time as the day it was made, 2025年12月19日 (as typed where it is not a date)."""
    try:
        return cn_date(date.fromisoformat(stamp[:10]))
    except ValueError:
        return clean(stamp)


def _resolutions(data: BranchData, meeting: Meeting) -> list[Block]:
    messages = verdict_messages(data, meeting)
    blocks: list[Block] = []
    for index, resolution in enumerate(meeting.resolutions):
        blocks.append(para(f"{index + 1}. {clean(resolution.text)}"))
        if resolution.vote is not None:
            v = resolution.vote
            counts = f"表决结果：赞成 {v.yes} 票，反对 {v.against} 票，弃权 {v.abstain} 票。"
            if (w := resolution.written) is not None and resolution.kind in WRITTEN_COUNTS:
                counts += f"未到会党员书面意见：赞成 {w.yes} 票，反对 {w.against} 票，弃权 {w.abstain} 票。"
            verdict = messages[index]  # a 支委会's speaks of its members (委员)
            blocks.append(Paragraph((*para(counts).spans, *para(f"{verdict}。", bold=True).spans)))
        if resolution.election is not None:
            blocks.extend(_election(data, meeting, resolution.election))
    return blocks


def _election(data: BranchData, meeting: Meeting, election: Election) -> list[Block]:
    """The ballot in words: seats and candidates, ballots, each one's votes, the officials, and the verdict."""
    names = Names(data)
    office = ELECTION_OFFICES.get(election.office, election.office)
    standing = [c for c in election.candidates if not c.write_in]
    others = [c for c in election.candidates if c.write_in]
    round_words = f"第{cn_numeral(election.round)}轮" if election.round > 1 else ""
    head = (f"{round_words}选举{office}：应选 {election.seats} 名，候选人 {len(standing)} 名"
            f"（{'等额' if len(standing) == election.seats else '差额'}）。")
    counts = "；".join(f"{names(c.member)} 赞成 {c.yes} 票、不赞成 {c.against} 票、弃权 {c.abstain} 票"
                       for c in standing)
    blocks: list[Block] = [para(head), para(f"得票情况：{counts}。")]
    if others:
        blocks.append(para("另选他人：" + "；".join(f"{names(c.member)} {c.yes} 票" for c in others) + "。"))
    officials = []
    if election.scrutineers:
        officials.append("监票人：" + "、".join(names(m) for m in election.scrutineers))
    if election.tellers:
        officials.append("计票人：" + "、".join(names(m) for m in election.tellers))
    if officials:
        blocks.append(para("；".join(officials) + "。"))
    result = election_result(data, meeting, election)
    blocks.append(para(f"{result.message}。", bold=True))
    return blocks
