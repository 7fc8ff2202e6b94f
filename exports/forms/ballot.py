"""民主评议党员测评表: the blank ballot each voter fills in, with the names of the members to evaluate."""

from __future__ import annotations

from exports.forms.common import form_meta, form_title
from exports.model import Cell, Document, Table, para
from exports.text import clean
from models.domain import GRADES, BranchData

HEAD = ("序号", "姓名", *GRADES)
WIDTHS = (1.0, 3.0, 2.0, 2.0, 2.0, 2.0)
INSTRUCTIONS = ("请在每名党员相应等次栏内划“√”，每名党员只选一个等次；评为“优秀”的人数不超过参评党员总数的三分之一。"
                "本表不记名，填好后投入票箱。")


def evaluation_ballot_document(data: BranchData, year: int, members: list[str]) -> Document:
    """The ballot of `year` listing `members` (ids, in the order to print)."""
    names = {p.id: p.name for p in data.members}
    head = tuple(Cell(t, True) for t in HEAD)
    rows = [(Cell(str(i), center=True), Cell(clean(names.get(m, m)), center=True), *(Cell("") for _ in GRADES))
            for i, m in enumerate(members, 1)]
    title = f"{year}年度民主评议党员测评表"
    blocks = (para(INSTRUCTIONS), Table((head, *rows), WIDTHS, header=1, min_row_mm=9.0),
              para("评议时间：　　　年　　月　　日", style="right"))
    return Document(form_title(data, title), blocks, form_meta(data, title))
