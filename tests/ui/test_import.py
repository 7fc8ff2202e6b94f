"""Roster import from Excel (all rows or none, or only the valid ones) and export."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook
from PySide6.QtCore import Qt

from models.roster import RosterFileError, import_members, read_sheet
from models.roster.dates import DateError, parse_date

HEADERS = ["姓名", "性别", "出生年月", "政治面貌", "入党时间", "转正时间", "所在党小组", "手机号码"]
GOOD = [
    ["黄小梅", "女", datetime(1990, 5, 1), "党员", "2015/3/12", "2016年3月12日", "第一党小组", 13800000000.0],
    ["郑新", "男", "1992-01-02", "预备党员", datetime(2025, 1, 1), None, "新党小组", 13900000001],
]
BAD = [
    ["李娜", "女", None, "党员", "2010-07-01", "2011-07-01", None, None],  # already in the roster
    [None, "男", None, "党员", "2010-07-01", None, None, None],  # no name
    ["王五", "男", None, "党员", "2015-07-01", "2014-07-01", None, None],  # full before joined
    ["赵六", "男", None, "党员", "2015.3", None, None, None],  # month only
]


def workbook(path: Path, rows: list[list[object]]) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.append(["第一党支部党员花名册"])  # a caption row above the header, as clerks make them
    sheet.append(HEADERS)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


@pytest.mark.parametrize(("text", "expected"), [
    ("2025-03-12", date(2025, 3, 12)), ("2025/3/12", date(2025, 3, 12)), ("2025年3月12日", date(2025, 3, 12)),
    ("2025.3.12", date(2025, 3, 12)), ("20250312", date(2025, 3, 12)), (datetime(2025, 3, 12, 0, 0), date(2025, 3, 12)),
    ("2025-03-12 00:00:00", date(2025, 3, 12)), ("", None), (None, None),
])
def test_dates_as_excel_users_type_them(text, expected) -> None:
    assert parse_date(text) == expected


def test_incomplete_or_impossible_dates_are_explained() -> None:
    with pytest.raises(DateError, match="只有年月"):
        parse_date("2015.3")
    with pytest.raises(DateError, match="不是存在的日期"):
        parse_date("2025-02-30")


def test_bad_rows_import_nothing_unless_skipped(store, tmp_path) -> None:
    path = workbook(tmp_path / "名册.xlsx", GOOD + BAD)
    before = len(store.people())
    result = import_members(store, path)
    assert not result.imported and len(store.people()) == before
    rows = dict(result.errors)
    assert sorted(rows) == [5, 6, 7, 8]  # Excel's row numbers (caption, header, two good rows first)
    assert "名册中已有“李娜”" in rows[5][0]
    assert "姓名不能为空" in rows[6]
    assert "转正日期必须晚于入党日期" in rows[7]
    assert "只有年月" in rows[8][0]
    assert "第 7 行：转正日期必须晚于入党日期" in result.message

    result = import_members(store, path, skip_invalid=True)
    assert result.imported and result.added == 2 and result.new_groups == ["新党小组"]
    people = {p.name: p for p in store.people()}
    huang, zheng = people["黄小梅"], people["郑新"]
    assert huang.phone == "13800000000" and huang.birth_date == date(1990, 5, 1)
    assert (huang.joined_on, huang.full_member_on, huang.group) == (date(2015, 3, 12), date(2016, 3, 12), "g1")
    assert zheng.joined_on == date(2025, 1, 1) and zheng.full_member_on is None and zheng.phone == "13900000001"
    assert {g.name for g in store.groups()} == {"第一党小组", "第二党小组", "新党小组"}


def test_a_file_that_is_not_a_workbook_is_refused(store, tmp_path) -> None:
    fake = tmp_path / "名册.xlsx"
    fake.write_text("姓名,性别\n张三,男\n", encoding="utf-8")
    with pytest.raises(RosterFileError, match="不是可读取的 Excel 工作簿"):
        import_members(store, fake)
    old = tmp_path / "名册.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0")
    with pytest.raises(RosterFileError, match="另存为” .xlsx"):
        import_members(store, old)


def test_import_dialog_previews_and_imports_the_valid_rows(window, store, tmp_path, monkeypatch, qtbot,
                                                           notices) -> None:
    from ui.pages import roster as roster_page
    from ui.roster.import_dialog import ImportDialog

    path = workbook(tmp_path / "名册.xlsx", GOOD + BAD)
    dialog = ImportDialog(window, window.ctx, str(path))
    qtbot.addWidget(dialog)
    assert dialog.mapping_boxes["joined_on"].currentData() == 4  # “入党时间” recognised
    assert dialog.table.rowCount() == 6
    assert not dialog.import_all.isEnabled()
    assert "2 行可导入，4 行有问题" in dialog.summary.text()
    assert dialog.table.item(2, 7).text() == "名册中已有“李娜”"
    # the clerk corrects the mapping: no phone column
    dialog.mapping_boxes["phone"].setCurrentIndex(0)
    assert dialog.results[0].person.phone is None
    dialog.mapping_boxes["phone"].setCurrentIndex(dialog.mapping_boxes["phone"].findData(7))

    monkeypatch.setattr(roster_page, "ask_open_path", lambda *a: str(path))

    def ask(cls, parent, ctx, p):
        d = cls(parent, ctx, p)
        qtbot.mouseClick(d.import_valid, Qt.MouseButton.LeftButton)
        ctx.writes.settle()  # written in the background, then the dialog closes with the result
        return d.result_value

    monkeypatch.setattr(ImportDialog, "ask", classmethod(ask))
    page = window.show_page("roster")
    qtbot.mouseClick(page.people.import_button, Qt.MouseButton.LeftButton)
    assert {"黄小梅", "郑新"} <= {p.name for p in store.people()}
    assert "已导入 2 人" in notices.texts()
    names = [page.people.proxy.index(r, 0).data() for r in range(page.people.proxy.rowCount())]
    assert "黄小梅" in names


def test_roster_export_reads_back(window, store, tmp_path, monkeypatch) -> None:
    from ui.pages import roster as roster_page

    target = tmp_path / "导出.xlsx"
    monkeypatch.setattr(roster_page, "ask_save_path", lambda *a: str(target))
    window.show_page("roster").export_excel()
    sheet = read_sheet(target)
    assert sheet.headers[:3] == ("姓名", "性别", "民族")
    names = [row[0] for row in sheet.rows]
    assert names[0] == "安然" and "李娜" in names and len(names) == len(store.people())
    li = next(row for row in sheet.rows if row[0] == "李娜")
    assert li[10] == "13800000007" and li[8] == "第一党小组"
