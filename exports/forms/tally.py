"""民主评议党员测评汇总表: the votes each member received, the grade decided, and the rule's check."""

from __future__ import annotations

from exports.forms.common import form_meta, form_title
from exports.model import Cell, Document, Paragraph, Signatures, Table, para
from exports.records.common import Names
from exports.text import clean, cn_date
from models.domain import GRADES, BranchData, Evaluation
from models.orglife import check_tally

HEAD = ("序号", "姓名", *GRADES, "合计", "评定等次", "备注")
WIDTHS = (1.4, 2.2, 1.5, 1.5, 2.6, 1.9, 1.5, 2.6, 2.4)


def _facts(data: BranchData, evaluation: Evaluation) -> str:
    meeting = next((m for m in data.meetings if m.id == evaluation.meeting), None)
    when = f"评议时间：{cn_date(meeting.date)}　" if meeting is not None else ""
    return f"{when}参加评议 {evaluation.voters} 人，参评党员 {len(evaluation.results)} 人。"


def _table(evaluation: Evaluation, names: Names) -> Table:
    head = tuple(Cell(t, True) for t in HEAD)
    rows = [
        (Cell(str(i), center=True), Cell(names(r.member), center=True),
         *(Cell(str(n), center=True) for n in r.votes.as_tuple()), Cell(str(sum(r.votes.as_tuple())), center=True),
         Cell(r.grade or "", center=True), Cell(clean(r.remarks)))
        for i, r in enumerate(evaluation.results, 1)
    ]
    return Table((head, *rows), WIDTHS, header=1, min_row_mm=8.0)


def _notes(evaluation: Evaluation, names: Names) -> list[Paragraph]:
    """The grades counted, and what the rules say is wrong (more 优秀 than a third, votes over the voters)."""
    check = check_tally(evaluation)
    counts = "，".join(f"{g} {sum(1 for r in evaluation.results if r.grade == g)} 人" for g in GRADES)
    notes = [para(f"评定结果：{counts}。")]
    if check.excellent_over_third:
        text = f"注意：评为优秀 {check.excellent} 人，超过参评党员 {check.evaluated} 人的三分之一。"
        notes.append(para(text, bold=True))
    for row in check.rows_over:
        text = f"注意：{names(row.member)}的得票合计 {row.total} 票，超过参加评议的 {evaluation.voters} 人。"
        notes.append(para(text, bold=True))
    return notes


def evaluation_tally_document(data: BranchData, evaluation: Evaluation) -> Document:
    names = Names(data)
    title = f"{evaluation.year}年度民主评议党员测评汇总表"
    blocks = (para(_facts(data, evaluation), style="plain"), _table(evaluation, names), *_notes(evaluation, names),
              Signatures(("计票人（签字）", "监票人（签字）", "支部书记（签字）")))
    return Document(form_title(data, title), blocks, form_meta(data, title))
