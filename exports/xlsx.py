"""Simple spreadsheets with openpyxl: one sheet, a header row, the same bytes for the same data."""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import datetime

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, NamedStyle, Side
from openpyxl.utils import get_column_letter

from exports.zipfix import fixed_package

THIN = Side(style="thin", color="000000")
FONT = "宋体"  # Chinese text in a Chinese face (Excel's and WPS's default face would print it in a fallback)
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def sheet_bytes(
    title: str,
    header: Sequence[str],
    rows: Sequence[Sequence[object]],
    widths: Sequence[float],
    when: datetime,  # naive UTC, for the core properties
    caption: str = "",
    formats: dict[int, str] | None = None,
    landscape: bool = False,
) -> bytes:
    """An .xlsx of one sheet: an optional caption line, the bold header, the rows, borders and widths, in 宋体,
    set up to print on A4 as wide as the page with the header row repeated on every page.

    `formats` maps a 0-based column to a number format (e.g. "0.0%").
    """
    book = Workbook()
    sheet = book.active
    sheet.title = title[:31]
    if caption:
        sheet.append([caption])
        sheet.cell(1, 1).font = Font(name=FONT, bold=True, size=14)
    sheet.append(list(header))
    first = sheet.max_row
    for cell in sheet[first]:
        cell.font = Font(name=FONT, bold=True)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.border = BOX
    styles = _body_styles(book, formats or {})
    for row in rows:
        sheet.append(list(row))
        for column, cell in enumerate(sheet[sheet.max_row]):
            cell.style = styles.get(column, "正文")  # one named style a cell: far cheaper than three attributes
    for column, width in enumerate(widths, 1):
        sheet.column_dimensions[get_column_letter(column)].width = width
    sheet.freeze_panes = sheet.cell(first + 1, 1)
    _page_setup(sheet, first, landscape)
    book.properties.creator = "OrgLife"
    book.properties.created = when
    out = io.BytesIO()
    book.save(out)
    return fixed_package(out.getvalue(), when, core_dates=when)


def _body_styles(book: Workbook, formats: dict[int, str]) -> dict[int, str]:
    """The body's named styles (宋体, borders, wrapped): 正文, and one per column with a number format."""
    names: dict[int, str] = {}
    for column, number_format in [(-1, "General"), *sorted(formats.items())]:
        name = "正文" if column < 0 else f"正文{column}"
        book.add_named_style(NamedStyle(name=name, font=Font(name=FONT), border=BOX, number_format=number_format,
                                        alignment=Alignment(vertical="center", wrap_text=True)))
        if column >= 0:
            names[column] = name
    return names


def _page_setup(sheet, header_row: int, landscape: bool) -> None:  # an openpyxl Worksheet
    """A4, landscape or portrait, one page wide, the header row printed at the top of every page."""
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.orientation = "landscape" if landscape else "portrait"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = f"{header_row}:{header_row}"
    sheet.print_options.horizontalCentered = True
    sheet.page_margins.left = sheet.page_margins.right = 0.6
