"""The sections only some kinds of minutes have: the 组织生活会's preparation, criticisms and rectification
list, and the 民主评议's tally."""

from __future__ import annotations

from collections.abc import Iterator

from exports.model import Block, Cell, Table, labelled, para, subheading
from exports.records.common import Names
from exports.text import clean, cn_date, cn_numeral
from models.domain import GRADES, BranchData, Meeting

Section = tuple[str, list[Block]]


def kind_sections(data: BranchData, meeting: Meeting, names: Names, where: str) -> Iterator[Section]:
    """The extra sections of `meeting`'s kind to print `where` ("before" or "after" 会议内容)."""
    if meeting.type == "org_life_meeting" or meeting.criticisms or meeting.preparation:
        if where == "before":
            yield from _preparation(meeting, names)
        else:
            yield "批评和自我批评", _criticisms(meeting, names)
            rect = _rectifications(data, meeting, names)
            if rect is not None:
                yield "整改清单", [rect]
    evaluations = [e for e in data.evaluations if e.meeting == meeting.id]
    if where == "after" and (meeting.type == "democratic_evaluation" or evaluations):
        blocks: list[Block] = []
        for evaluation in evaluations:
            blocks.append(para(f"参加评议 {evaluation.voters} 人，评议党员 {len(evaluation.results)} 人。"))
            blocks.append(_tally(evaluation.results, names))
        yield "民主评议情况", blocks


def _preparation(meeting: Meeting, names: Names) -> Iterator[Section]:
    prep = meeting.preparation
    if prep is None:
        return
    parts = (
        ("征求意见", [labelled(clean(o.source), clean(o.content)) for o in prep.opinions]),
        ("对照检查", [labelled(names(s.member), clean(s.content)) for s in prep.self_examinations]),
    )
    blocks: list[Block] = []
    for number, (head, body) in enumerate((p for p in parts if p[1]), 1):
        blocks.append(subheading(f"（{cn_numeral(number)}）{head}"))
        blocks += body
    yield "会前准备", blocks


def _criticisms(meeting: Meeting, names: Names) -> list[Block]:
    blocks: list[Block] = []
    for number, c in enumerate(meeting.criticisms, 1):
        blocks.append(subheading(f"（{cn_numeral(number)}）{names(c.member)}"))
        if clean(c.self_criticism).strip():
            blocks.append(labelled("自我批评", clean(c.self_criticism)))
        for r in c.received:
            blocks.append(labelled(f"{names(r.critic)}批评", clean(r.content)))
        if clean(c.response).strip():
            blocks.append(labelled("表态发言", clean(c.response)))
    return blocks


def _rectifications(data: BranchData, meeting: Meeting, names: Names) -> Table | None:
    items = [r for r in data.rectifications if r.meeting == meeting.id]
    if not items:
        return None
    head = tuple(Cell(t, True) for t in ("序号", "问题", "整改措施", "责任人", "时限", "状态"))
    rows = [
        (
            Cell(str(i), center=True),
            Cell(clean(r.problem)),
            Cell(clean(r.measures)),
            Cell(names(r.responsible) or (names(r.member) if r.member else "支部"), center=True),
            Cell(cn_date(r.due) if r.due else "", center=True),
            Cell("已完成" if r.status == "done" else "整改中", center=True),
        )
        for i, r in enumerate(items, 1)
    ]
    # in points of the A4 text width (442): a name of four characters and 2026年12月31日 each on one line
    return Table((head, *rows), (36, 78, 98, 59, 121, 50), header=1)


def _tally(results: tuple, names: Names) -> Table:
    head = tuple(Cell(t, True) for t in ("姓名", *GRADES, "评定等次", "备注"))
    rows = [
        (
            Cell(names(r.member)),
            *(Cell(str(n), center=True) for n in r.votes.as_tuple()),
            Cell(r.grade or "", center=True),
            Cell(clean(r.remarks)),
        )
        for r in results
    ]
    return Table((head, *rows), (2.0, 1.2, 1.2, 2.1, 1.5, 2.1, 3.0), header=1)
