"""The year's catalogue (归档文件目录), columns of DA/T 22: 序号、档号、文号、责任者、题名、日期、密级、页数、备注."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from exports.archive.items import Item
from exports.model import Cell, Document, Meta, Table
from exports.text import clean
from exports.xlsx import sheet_bytes
from models.domain import BranchData

COLUMNS = ("序号", "档号", "文号", "责任者", "题名", "日期", "密级", "页数", "备注")
DOC_WIDTHS = (1.3, 4.8, 1.4, 3.8, 7.2, 2.4, 1.3, 1.3, 1.8)
XLSX_WIDTHS = (6, 26, 8, 24, 56, 11, 6, 6, 12)


def _values(item: Item, pages: int) -> tuple[object, ...]:
    return (item.number, item.code, "", item.responsible, item.title, item.date_code, "", pages, item.remarks)


def catalogue_document(data: BranchData, year: int, items: Sequence[Item], pages: Sequence[int],
                       stamp: str) -> Document:
    """The catalogue as a document (landscape A4); `pages` are each item's page count."""
    head = tuple(Cell(c, True) for c in COLUMNS)
    rows = [
        tuple(Cell(str(v), center=column in (0, 5, 6, 7)) for column, v in enumerate(_values(item, n)))
        for item, n in zip(items, pages, strict=True)
    ]
    meta = Meta(title=f"{clean(data.branch.name)} {year}年度归档文件目录", author=clean(data.branch.name),
                created=stamp, modified=stamp)
    return Document((clean(data.branch.name), f"{year}年度归档文件目录"), (Table((head, *rows), DOC_WIDTHS, header=1),),
                    meta, landscape=True)


def catalogue_xlsx(data: BranchData, year: int, items: Sequence[Item], pages: Sequence[int],
                   when: datetime) -> bytes:
    rows = [_values(item, n) for item, n in zip(items, pages, strict=True)]
    caption = f"{clean(data.branch.name)} {year}年度归档文件目录"
    return sheet_bytes("归档文件目录", COLUMNS, rows, XLSX_WIDTHS, when, caption=caption)
