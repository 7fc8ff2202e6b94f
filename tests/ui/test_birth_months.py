"""出生年月 as offices keep it: year and month only, from the Excel roster and in the person dialog, kept with its
precision, shown as 1988年2月, exported in the roster's Excel as such."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from openpyxl import Workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from models.roster import import_members, read_sheet
from models.roster.dates import parse_birth_date
from tests.ui.conftest import type_text
from tests.ui.test_date_field import retype
from ui.roster.person_dialog import PersonDialog

MONTHS = [  # (name, 出生年月 as written, the month)
    ("甲一", "1988.02", (1988, 2)),
    ("乙二", "1979年11月", (1979, 11)),
    ("丙三", "1988-02", (1988, 2)),
    ("丁四", "1988/2", (1988, 2)),
    ("戊五", 1990.03, (1990, 3)),  # a number cell
    ("己六", 1991.1, (1991, 10)),  # a number cell shown as 1991.10 (two decimals): October, as the clerk sees it
    ("庚七", "1985年3月6日", None),  # a whole day stays a day
]


def roster(path: Path) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.append(["姓名", "性别", "出生年月", "政治面貌", "入党时间"])
    for name, born, _ in MONTHS:
        sheet.append([name, "女", born, "党员", "2015-07-01"])
    sheet["C7"].number_format = "0.00"
    book.save(path)
    return path


def test_year_and_month_are_kept_with_their_precision(store, tmp_path: Path) -> None:
    result = import_members(store, roster(tmp_path / "名册.xlsx"))
    assert result.imported and result.added == len(MONTHS), result.message
    people = {p.name: p for p in store.people()}
    for name, _, month in MONTHS:
        p = people[name]
        if month is None:
            assert (p.birth_date, p.birth_precision) == (date(1985, 3, 6), "day")
        else:
            assert (p.birth_date, p.birth_precision) == (date(*month, 1), "month"), name


def test_the_roster_shows_and_exports_the_month(window, store, tmp_path: Path, monkeypatch) -> None:
    from ui.pages import roster as roster_page

    import_members(store, roster(tmp_path / "名册.xlsx"))
    page = window.show_page("roster")
    window.ctx.writes.settle()
    page.people.reload()
    column = page.people.model.columns.index("出生年月")
    shown = {page.people.proxy.index(r, 0).data(): page.people.proxy.index(r, column).data()
             for r in range(page.people.proxy.rowCount())}
    assert shown["甲一"] == "1988年2月" and shown["乙二"] == "1979年11月" and shown["己六"] == "1991年10月"
    assert shown["庚七"] == "1985年3月6日"

    target = tmp_path / "导出.xlsx"
    monkeypatch.setattr(roster_page, "ask_save_path", lambda *a: str(target))
    page.export_excel()
    sheet = read_sheet(target)
    birth = sheet.headers.index("出生日期")
    written = {row[0]: row[birth] for row in sheet.rows}
    assert written["甲一"] == "1988年2月" and parse_birth_date(written["甲一"]) == (date(1988, 2, 1), "month")


def test_the_import_preview_shows_the_month(window, store, tmp_path: Path, qtbot) -> None:
    from ui.roster.import_dialog import ImportDialog

    dialog = ImportDialog(window, window.ctx, str(roster(tmp_path / "名册.xlsx")))
    qtbot.addWidget(dialog)
    headers = [dialog.table.horizontalHeaderItem(c).text() for c in range(dialog.table.columnCount())]
    column = headers.index("出生日期")
    rows = {dialog.table.item(r, 1).text(): dialog.table.item(r, column).text() for r in range(len(MONTHS))}
    assert rows == {"甲一": "1988年2月", "乙二": "1979年11月", "丙三": "1988年2月", "丁四": "1988年2月",
                    "戊五": "1990年3月", "己六": "1991年10月", "庚七": "1985年3月6日"}
    assert "有问题" not in dialog.summary.text()


def test_the_person_dialog_takes_a_year_and_month(window, qtbot, store) -> None:
    dialog = PersonDialog(window, None, store.groups(), store.people())
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.name, "欧阳娜")
    retype(qtbot, dialog.birth, "1988.02", Qt.Key.Key_Tab)
    assert dialog.birth.is_valid() and (dialog.birth.value(), dialog.birth.precision()) == (date(1988, 2, 1), "month")
    retype(qtbot, dialog.joined, "2020年7月1日", Qt.Key.Key_Tab)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    person = dialog.result_person
    assert person is not None and (person.birth_date, person.birth_precision) == (date(1988, 2, 1), "month")
    store.save_people([person], [])

    again = PersonDialog(window, store.person(person.id), store.groups(), store.people())
    qtbot.addWidget(again)
    assert again.birth.edit.text() == "1988年2月"
    retype(qtbot, again.birth, "1988年2月9日", Qt.Key.Key_Tab)
    again.accept()
    assert (again.result_person.birth_date, again.result_person.birth_precision) == (date(1988, 2, 9), "day")


def test_a_birth_field_writes_the_month_as_1988年2月(app, qtbot) -> None:
    from ui.widgets.date_field import DateField

    field = DateField(months=True)
    qtbot.addWidget(field)
    field.show()
    for typed, shown in (("1988.02", "1988年2月"), ("1979年11月", "1979年11月"), ("1988/2", "1988年2月"),
                         ("1988-02-09", "1988年2月9日")):
        retype(qtbot, field, typed)
        assert field.edit.text() == shown and field.is_valid()
    retype(qtbot, field, "1988.13")
    assert not field.is_valid() and field.message.text() == "“1988.13”不是存在的年月"
    assert (field.value(), field.precision()) == (date(1988, 2, 9), "day")  # the last good one


def test_only_the_birth_date_takes_a_month(window, qtbot, store) -> None:
    dialog = PersonDialog(window, None, store.groups(), store.people())
    qtbot.addWidget(dialog)
    dialog.show()
    retype(qtbot, dialog.joined, "2015.3", Qt.Key.Key_Tab)
    assert not dialog.joined.is_valid() and "只有年月" in dialog.joined.error()
