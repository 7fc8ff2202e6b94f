"""The parts of the year's paper volume around its records: the cover (封面) and the 备考表 at its end.

The volume is: cover, 卷内目录 (the catalogue), the records in date order with the running page number of the
volume, 备考表. Only the records' pages are numbered and counted (共 N 件 M 页 on the cover, in the catalogue
and in the 备考表 alike).
"""

from __future__ import annotations

from collections.abc import Sequence

from exports.archive.items import Item
from exports.model import Cell, Document, Meta, Table, para
from exports.text import clean, cn_date
from models.domain import BranchData

RETENTION_WORDS = "永久"  # exports.archive.items.RETENTION: Y
ROW_MM = 13.0
BLANK_DATE = "\u3000\u3000\u3000\u3000年\u3000\u3000月\u3000\u3000日"


def _meta(data: BranchData, title: str, stamp: str) -> Meta:
    branch = clean(data.branch.name)
    return Meta(title=f"{branch} {title}", author=branch, created=stamp, modified=stamp)


def _span(items: Sequence[Item]) -> str:
    if not items:
        return ""
    first, last = items[0].day, items[-1].day
    return cn_date(first) if first == last else f"{cn_date(first)}至{cn_date(last)}"


def _drafts(items: Sequence[Item]) -> int:
    return sum("草稿" in item.remarks for item in items)


def cover_document(data: BranchData, year: int, items: Sequence[Item], pages: Sequence[int], stamp: str) -> Document:
    """封面: the branch (全宗名称), its 全宗号, the year, the dates, the number of items and pages, the retention."""
    rows: list[tuple[str, str]] = [
        ("全宗名称", clean(data.branch.name)),
        ("全宗号", clean(data.branch.fonds_code)),
        ("年度", f"{year}年"),
        ("起止日期", _span(items)),
        ("件数", f"{len(items)} 件"),
        ("页数", f"{sum(pages)} 页"),
        ("保管期限", RETENTION_WORDS),
    ]
    if items:
        rows.append(("档号", f"{items[0].code}至{items[-1].code}" if len(items) > 1 else items[0].code))
    drafts = _drafts(items)
    if drafts:
        rows.append(("未定稿", f"{drafts} 件（目录备注“草稿”）"))
    table = Table(tuple((Cell(label, True), Cell(value, center=True)) for label, value in rows), (1.0, 3.0),
                  min_row_mm=ROW_MM)
    spacer = tuple(para("", style="plain") for _ in range(4))
    title = (clean(data.branch.name), f"{year}年度会议记录")
    return Document(title, (*spacer, table), _meta(data, f"{year}年度会议记录 封面", stamp), footer=False)


def record_sheet_document(data: BranchData, year: int, items: Sequence[Item], pages: Sequence[int],
                          stamp: str) -> Document:
    """卷内备考表: 本卷情况说明 (what the volume holds), then 立卷人, 检查人 and 立卷时间 to sign and date by hand."""
    branch = clean(data.branch.name)
    notes = [f"本卷为{branch}{year}年度会议记录和谈心谈话记录，共 {len(items)} 件 {sum(pages)} 页，按时间顺序排列"]
    if items:
        notes[0] += f"，档号{items[0].code}至{items[-1].code}"
    notes[0] += "。页码为卷内连续页码，封面、卷内目录和本表不计页数。"
    drafts = _drafts(items)
    if drafts:
        notes.append(f"其中 {drafts} 件归档时尚未定稿，每页标有“草稿”，目录备注栏注明“草稿”。")
    amended = sum("更正" in item.remarks for item in items)
    if amended:
        notes.append(f"{amended} 件记录定稿后有更正，更正内容见该件的“记录更正”，目录备注栏注明更正次数。")
    rows = (
        (Cell("本卷情况说明", True, span=2),),
        (Cell("\n".join(notes), span=2),),
        (Cell("立卷人", True), Cell("")),
        (Cell("检查人", True), Cell("")),
        (Cell("立卷时间", True), Cell(BLANK_DATE, center=True)),
    )
    table = Table(rows, (1.0, 3.0), heights=(ROW_MM, 120.0, ROW_MM, ROW_MM, ROW_MM))
    return Document(("卷内备考表",), (table,), _meta(data, f"{year}年度卷内备考表", stamp), footer=False)
