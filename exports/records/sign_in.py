"""A blank sign-in sheet (签到表) for a meeting, with the names of those expected."""

from __future__ import annotations

from exports.model import Cell, Document, Meta, Table
from exports.records.common import FACT_WIDTHS, Names, meeting_title, pair, wide
from exports.text import clean, cn_when
from models.domain import BranchData, Meeting, Person

GUEST_ROWS = 3  # blank rows for guests and late additions


def expected_names(data: BranchData, meeting: Meeting) -> list[str]:
    """Who should sign: the attendance list as entered, else the members in the branch (and group) that day."""
    names = Names(data)
    if meeting.attendance:
        return [names(a.member) for a in meeting.attendance]
    return [clean(p.name) for p in data.members if _expected(p, meeting)]


def _expected(person: Person, meeting: Meeting) -> bool:
    day = meeting.date
    start = max(filter(None, (person.joined_on, person.entered_on)), default=None)
    in_branch = person.kind == "member" and start is not None and start <= day
    in_branch = in_branch and (person.left_on is None or person.left_on > day)
    return in_branch and (meeting.type != "group_meeting" or person.group == meeting.group)


def sign_in_document(data: BranchData, meeting: Meeting) -> Document:
    title = meeting_title(data, meeting).replace("会议记录", "会议").replace("记录", "") + "签到表"
    facts = Table(
        (
            wide("会议名称", clean(meeting.title)),
            pair("时间", cn_when(meeting.date, meeting.start, meeting.end), "地点", clean(meeting.location)),
        ),
        FACT_WIDTHS,
    )
    head = tuple(Cell(t, True) for t in ("序号", "姓名", "签名", "备注"))
    names = expected_names(data, meeting) + [""] * GUEST_ROWS
    rows = [(Cell(str(i), center=True), Cell(name, center=True), Cell(""), Cell("")) for i, name in enumerate(names, 1)]
    sheet = Table((head, *rows), (1.2, 3.0, 5.0, 3.2), header=1, min_row_mm=10.0)
    meta = Meta(title=f"{clean(data.branch.name)}{title}", author=clean(data.branch.name),
                created=meeting.created_at, modified=meeting.updated_at)
    return Document((clean(data.branch.name), title), (facts, sheet), meta)
