"""Reading the first worksheet of a roster workbook as offices make them: a caption above the header, merged
cells (a 党小组 written once for its rows), a footer under the data (填表人：… 审核人：…), and refusing at once a
file that would expand to far more than any roster (a decompression bomb)."""

from __future__ import annotations

import os
import re
import zipfile
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from models.roster.errors import RosterFileError
from models.words import ERRORS, QT_TRANSLATE_NOOP, say

# A roster of a few thousand people is a few MB of XML; Python's zipfile never inflates an entry beyond the size
# its directory declares (it stops there and fails the CRC), so the declared sizes bound what reading costs.
MAX_XML_BYTES = 64 * 1024 * 1024
MAX_ENTRIES = 10_000
NOT_A_WORKBOOK = QT_TRANSLATE_NOOP(
    "errors", "无法读取“{0}”：它不是可读取的 Excel 工作簿（.xlsx）。请用 Excel 打开后另存为 .xlsx 再试。")

# A footer line starts with one of these labels, e.g. 填表人：王丽华　审核人：张敏　填表日期：2025年1月10日.
_FOOTER = re.compile(
    r"^\s*(填表人|填报人|制表人|审核人|审批人|负责人|经办人|联系人|填表日期|制表日期|填报日期|填表时间|报送日期|"
    r"单位盖章|单位（盖章）|说明|注|备注)\s*[:：]"
)
_TOTAL = re.compile(r"^\s*(合计|总计|共计|小计)")
_DECIMALS = re.compile(r"^0\.(0+)$")


@dataclass(frozen=True)
class Sheet:
    """The first worksheet: its header row and the data rows under it (cell values as openpyxl gives them)."""

    headers: tuple[str, ...]
    rows: tuple[tuple[object, ...], ...]
    first_row: int = 2  # the sheet's row number of rows[0]
    footer: tuple[str, ...] = ()  # the footer lines under the data (not people), as written


def cell_text(value: object) -> str:
    """A cell as text: Excel's floats of whole numbers (phone 13800000000.0) without the ".0"."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return str(value).strip()


def cell_value(cell) -> object:
    """A cell's value; a number shown with fixed decimals (1988.10 in a `0.00` cell, which Excel stores as 1988.1)
    as the text shown, so 出生年月 1988.10 is October."""
    value = cell.value
    if isinstance(value, float) and not value.is_integer():
        shown = _DECIMALS.match(str(cell.number_format or ""))
        if shown:
            return f"{value:.{len(shown.group(1))}f}"
    return value


def check_size(path: Path) -> None:
    """Refuse, before parsing anything, a workbook whose XML would expand beyond any roster's size."""
    try:
        with zipfile.ZipFile(path) as archive:
            entries = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as error:
        raise RosterFileError(say(NOT_A_WORKBOOK, path.name, context=ERRORS)) from error
    xml = sum(e.file_size for e in entries if e.filename.lower().endswith((".xml", ".rels")))
    if len(entries) > MAX_ENTRIES or xml > MAX_XML_BYTES:
        raise RosterFileError(say(QT_TRANSLATE_NOOP(
            "errors", "“{0}”解压后有 {1} MB，远超一份名册的大小，可能已损坏或不安全，已拒绝读取。"
                      "请用 Excel 打开、只保留名册所在的工作表后另存为 .xlsx 再试。"), path.name, xml // (1024 * 1024),
            context=ERRORS))


def read_rows(path: str | os.PathLike[str]) -> list[tuple[object, ...]]:
    """Every row of the first worksheet, a merged range's value in each of its cells."""
    from openpyxl import load_workbook

    p = Path(path)
    if not p.is_file():
        raise RosterFileError(say(QT_TRANSLATE_NOOP("errors", "找不到文件：{0}"), p, context=ERRORS))
    if p.suffix.lower() == ".xls":
        raise RosterFileError(say(QT_TRANSLATE_NOOP(
            "errors", "这是旧版 Excel 文件（.xls）。请在 Excel 中“另存为” .xlsx 格式后再导入。"),
            context=ERRORS))
    check_size(p)
    try:
        workbook = load_workbook(p, data_only=True)  # not read-only: that mode does not know merged cells
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, TypeError) as error:
        raise RosterFileError(say(NOT_A_WORKBOOK, p.name, context=ERRORS)) from error
    try:
        sheet = workbook.worksheets[0]
        rows = [[cell_value(c) for c in row] for row in sheet.iter_rows()]
        for merged in sheet.merged_cells.ranges:
            top, left = merged.min_row - 1, merged.min_col - 1
            if top >= len(rows):
                continue
            value = rows[top][left] if left < len(rows[top]) else None
            for r in range(top, min(merged.max_row, len(rows))):
                row = rows[r]
                row.extend([None] * (merged.max_col - len(row)))
                for c in range(left, merged.max_col):
                    row[c] = value
    finally:
        workbook.close()
    return [tuple(row) for row in rows]


def is_footer(row: tuple[object, ...], name_column: int | None) -> bool:
    """A line under the data: its first text, or its name cell, is a label such as 填表人： or 合计."""
    texts = [cell_text(c) for c in row]
    first = next((t for t in texts if t), "")
    name = texts[name_column] if name_column is not None and name_column < len(texts) else ""
    return any(_FOOTER.match(t) or _TOTAL.match(t) for t in (first, name) if t)


def split_sheet(raw: list[tuple[object, ...]], header_of) -> Sheet:
    """The header (the first row with a recognisable 姓名 title among the first ten; some sheets start with a
    caption), the data rows, and the footer: the first footer line and every line under it."""
    if not raw:
        return Sheet((), ())
    start = 0
    name_column = None
    for i, row in enumerate(raw[:10]):
        name_column = header_of(tuple(cell_text(c) for c in row))
        if name_column is not None:
            start = i
            break
    headers = tuple(cell_text(c) for c in raw[start])
    body = list(raw[start + 1 :])
    skipped = 0
    while body and name_column is not None and _repeats_header(body[0], name_column, headers):
        body.pop(0)  # the second line of a header merged over two rows
        skipped += 1
    end = next((i for i, row in enumerate(body) if is_footer(row, name_column)), len(body))
    footer = tuple(
        "　".join(dict.fromkeys(t for t in (cell_text(c) for c in row) if t)) for row in body[end:]
    )
    return Sheet(headers, tuple(body[:end]), first_row=start + 2 + skipped, footer=tuple(t for t in footer if t))


def _repeats_header(row: tuple[object, ...], name_column: int, headers: tuple[str, ...]) -> bool:
    return name_column < len(row) and cell_text(row[name_column]) == headers[name_column]
