"""Simple spreadsheets with openpyxl: one sheet, a header row, the same bytes for the same data."""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import datetime

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter

from exports.zipfix import fixed_package

THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def sheet_bytes(
    title: str,
    header: Sequence[str],
    rows: Sequence[Sequence[object]],
    widths: Sequence[float],
    when: datetime,  # naive UTC, for the core properties
    caption: str = "",
    formats: dict[int, str] | None = None,
) -> bytes:
    """An .xlsx of one sheet: an optional caption line, the bold header, the rows, borders and widths.

    `formats` maps a 0-based column to a number format (e.g. "0.0%").
    """
    book = Workbook()
    sheet = book.active
    sheet.title = title[:31]
    if caption:
        sheet.append([caption])
        sheet.cell(1, 1).font = Font(bold=True, size=14)
    sheet.append(list(header))
    first = sheet.max_row
    for cell in sheet[first]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.border = BOX
    for row in rows:
        sheet.append(list(row))
        for column, cell in enumerate(sheet[sheet.max_row]):
            cell.border = BOX
            cell.alignment = Alignment(vertical="center", wrap_text=True)
            if formats and column in formats:
                cell.number_format = formats[column]
    for column, width in enumerate(widths, 1):
        sheet.column_dimensions[get_column_letter(column)].width = width
    sheet.freeze_panes = sheet.cell(first + 1, 1)
    book.properties.creator = "OrgLife"
    book.properties.created = when
    out = io.BytesIO()
    book.save(out)
    return fixed_package(out.getvalue(), when, core_dates=when)
