"""整改清单 of a year: 上年度整改落实情况 (items carried from earlier years) and the year's own list.

Each item: problem, measures, who answers for it, the time limit, and how it stands — 已销号 with the day and
the result, 整改中, or 已逾期 (open past its time limit on `today`).
"""

from __future__ import annotations

from datetime import date

from exports.forms.common import form_meta, form_title
from exports.model import Block, Cell, Document, Signatures, Table, heading, para
from exports.records.common import Names
from exports.text import clean, cn_date
from models.domain import BranchData, Rectification
from models.orglife import is_overdue, year_list

HEAD = ("序号", "问题", "整改措施", "责任人", "整改时限", "完成情况")
WIDTHS = (1.4, 5.0, 6.0, 1.9, 3.2, 5.0)


def status_text(item: Rectification, today: date) -> str:
    if item.status == "done":
        done = cn_date(item.done_on) if item.done_on else ""
        return f"已销号（{done}）：{clean(item.result)}" if item.result else f"已销号（{done}）"
    return "已逾期，整改中" if is_overdue(item, today) else "整改中"


def who(item: Rectification, names: Names) -> str:
    if item.responsible:
        return names(item.responsible)
    return names(item.member) if item.member else "支部"


def items_table(items: tuple[Rectification, ...], names: Names, today: date) -> Table:
    head = tuple(Cell(t, True) for t in HEAD)
    rows = [
        (Cell(str(i), center=True), Cell(clean(r.problem)), Cell(clean(r.measures)), Cell(who(r, names), center=True),
         Cell(cn_date(r.due) if r.due else "", center=True), Cell(status_text(r, today)))
        for i, r in enumerate(items, 1)
    ]
    return Table((head, *rows), WIDTHS, header=1, min_row_mm=9.0)


def rectification_list_document(data: BranchData, year: int, today: date) -> Document:
    """The list of `year` as printed (landscape); `data` holds every rectification and the meetings they came from."""
    names = Names(data)
    listed = year_list(data.rectifications, data.meetings, year)
    blocks: list[Block] = []
    if listed.carried:
        blocks.append(heading("一、上年度整改落实情况"))
        blocks.append(items_table(listed.carried, names, today))
    blocks.append(heading(f"{'二' if listed.carried else '一'}、{year}年度整改清单"))
    blocks.append(items_table(listed.own, names, today) if listed.own else para("无"))
    done = sum(1 for r in listed.all if r.status == "done")
    blocks.append(para(f"共 {len(listed.all)} 项，已销号 {done} 项，整改中 {len(listed.all) - done} 项。"))
    blocks.append(Signatures(("支部书记（签字）", "填表日期")))
    title = f"{year}年度整改清单"
    return Document(form_title(data, title), tuple(blocks), form_meta(data, title), landscape=True)
