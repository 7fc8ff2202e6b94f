"""The year's catalogue (归档文件目录), columns of DA/T 22: 序号、档号、文号、责任者、题名、日期、密级、页数、备注.

Landscape A4 with the narrow margins of a listing and its table in 五号 on an exact 14 pt pitch
(`Document.compact`), so that 15 rows or more fit a page in the PDF and in Word alike; the 档号 column is as wide
as the longest 档号 (measured), so a code is never broken; a totals line (共 N 件 M 页) closes the table.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from exports.archive.items import Item
from exports.model import Cell, Document, Meta, Table, para
from exports.text import clean
from exports.xlsx import sheet_bytes
from models.domain import BranchData

COLUMNS = ("序号", "档号", "文号", "责任者", "题名", "日期", "密级", "页数", "备注")
XLSX_WIDTHS = (6, 26, 8, 24, 56, 11, 6, 6, 12)
CENTRED = (0, 5, 6, 7)
PAD = 10.8 + 1.2  # the cell's margins (exports.pdf.flow.CELL_PAD, both sides) and a little room
# Columns in points, 五号 (10.5 pt): 序号 and 文号 and 密级 and 页数 two characters, 责任者 nine, 备注 five, 日期 eight
# digits; 档号 measured; 题名 takes the rest of the text width (exports.docx.template.COMPACT_MARGINS).
FIXED = {0: 2 * 10.5 + PAD, 2: 2 * 10.5 + PAD, 3: 9 * 10.5 + PAD, 6: 2 * 10.5 + PAD, 7: 2 * 10.5 + PAD,
         8: 5 * 10.5 + PAD}
TEXT_WIDTH_PT = (16838 - 2 * 1134) / 20  # landscape A4 less the listing's margins


def totals_line(pages: Sequence[int]) -> str:
    return f"共 {len(pages)} 件 {sum(pages)} 页"


def _values(item: Item, pages: int) -> tuple[object, ...]:
    return (item.number, item.code, "", item.responsible, item.title, item.date_code, "", pages, item.remarks)


def column_widths(items: Sequence[Item]) -> tuple[float, ...]:
    """The columns' widths in points: the 档号 and 日期 as wide as their longest value, 题名 the rest."""
    from exports.docx.template import COMPACT_PT
    from exports.pdf.lines import measure
    from exports.pdf.writer import ensure_qt

    ensure_qt()  # the fonts' metrics need a QGuiApplication (a command line gets an offscreen one)
    widths = dict(FIXED)
    widths[1] = max((measure(item.code, COMPACT_PT) for item in items), default=0.0) + PAD
    widths[5] = max(measure("20250101", COMPACT_PT), 2 * 10.5) + PAD
    widths[4] = max(TEXT_WIDTH_PT - sum(widths.values()), 8 * 10.5 + PAD)
    return tuple(widths[c] for c in range(len(COLUMNS)))


def catalogue_document(data: BranchData, year: int, items: Sequence[Item], pages: Sequence[int],
                       stamp: str, name: str = "归档文件目录") -> Document:
    """The catalogue as a document (landscape A4); `pages` are each item's page count. `name`: 归档文件目录 on its
    own, 卷内目录 at the front of the year's volume."""
    head = tuple(Cell(c, True) for c in COLUMNS)
    rows = [
        tuple(Cell(str(v), center=column in CENTRED) for column, v in enumerate(_values(item, n)))
        for item, n in zip(items, pages, strict=True)
    ]
    branch = clean(data.branch.name)
    meta = Meta(title=f"{branch} {year}年度{name}", author=branch, created=stamp, modified=stamp)
    blocks = (Table((head, *rows), column_widths(items), header=1), para(totals_line(pages), style="right"))
    return Document((f"{branch}{year}年度{name}",), blocks, meta, landscape=True, compact=True)


def catalogue_rows(items: Sequence[Item], pages: Sequence[int]) -> list[tuple[object, ...]]:
    """The catalogue's rows as the .xlsx holds them, the 合计 row last."""
    rows: list[tuple[object, ...]] = [_values(item, n) for item, n in zip(items, pages, strict=True)]
    rows.append(("合计", "", "", "", totals_line(pages), "", "", sum(pages), ""))
    return rows


def catalogue_sheet(branch: str, year: int, rows: Sequence[Sequence[object]], when: datetime) -> bytes:
    caption = f"{clean(branch)} {year}年度归档文件目录"
    return sheet_bytes("归档文件目录", COLUMNS, rows, XLSX_WIDTHS, when, caption=caption, landscape=True)


def catalogue_xlsx(data: BranchData, year: int, items: Sequence[Item], pages: Sequence[int],
                   when: datetime) -> bytes:
    return catalogue_sheet(data.branch.name, year, catalogue_rows(items, pages), when)
