"""Exporting the roster as an .xlsx with the column titles the import reads back.

Text that a spreadsheet would take for a formula (starting with =, +, - or @: a note "=HYPERLINK(…)", a phone
"+86 …") is written as a text cell marked with Excel's quote prefix, so opening the file never runs it and the
import reads back exactly the text."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from models.domain import PERSON_KINDS, Group, Person
from models.roster.dates import month_words
from models.roster.errors import RosterFileError
from models.roster.fields import FIELDS
from models.roster.names import sort_people
from models.words import ERRORS, QT_TRANSLATE_NOOP, say

FORMULA_START = ("=", "+", "-", "@")


def neutralise(cell) -> None:
    """A text cell that starts like a formula stays text (openpyxl would otherwise write a formula)."""
    if isinstance(cell.value, str) and cell.value.startswith(FORMULA_START):
        cell.data_type = "s"
        cell.quotePrefix = True


def export_roster(people: list[Person], groups: list[Group], path: str | os.PathLike[str]) -> Path:
    """Write the roster as an .xlsx with the column titles the import reads back."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    names = {g.id: g.name for g in groups}
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "党员名册"
    sheet.append([title for _, title, _ in FIELDS])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for p in sort_people(people):
        row = []
        for name, _, _ in FIELDS:
            value = getattr(p, name)
            if name == "birth_date" and p.birth_month_only and p.birth_date is not None:
                value = month_words(p.birth_date)  # 1988年2月, read back as year and month
            elif name == "kind":
                value = PERSON_KINDS.get(p.kind, p.kind)
            elif name == "group":
                value = names.get(p.group or "", "")
            row.append(value if value is not None else "")
        sheet.append(row)
    for col, width in zip("ABCDEFGHIJKLMNO", (10, 6, 8, 12, 10, 12, 12, 12, 14, 16, 14, 12, 12, 10, 20), strict=True):
        sheet.column_dimensions[col].width = width
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            if isinstance(cell.value, date):
                cell.number_format = "yyyy-mm-dd"
            neutralise(cell)
    sheet.freeze_panes = "A2"
    target = Path(path)
    tmp = target.with_name(target.name + ".tmp")
    try:
        workbook.save(tmp)
        os.replace(tmp, target)
    except PermissionError as error:
        raise RosterFileError(say(QT_TRANSLATE_NOOP(
            "errors", "无法写入“{0}”。请先关闭已在 Excel 中打开的文件，再试一次。"),
            target.name, context=ERRORS)) from error
    return target

