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
    ["李娜", "女", None, "党员", "2010-07-01", "2011-07-01", None, None],  # a 李娜 is in the roster: the same one?
    [None, "男", None, "党员", "2010-07-01", None, None, None],  # no name
    ["王五", "男", None, "党员", "2015-07-01", "2014-07-01", None, None],  # full before joined
    ["赵六", "男", None, "党员", "2015年13月", None, None, None],  # no such month
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
    assert rows[5] == ["名册中已有“李娜”，出生日期未填，无法确定是否同一人；请在导入窗口中确认，或在表格中填写出生日期"]
    assert "姓名不能为空" in rows[6]
    assert "转正日期必须晚于入党日期" in rows[7]
    assert "2015年13月" in rows[8][0]
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
    assert "2 行可导入，1 行待确认是否同一人" in dialog.summary.text() and "3 行有问题" in dialog.summary.text()
    assert dialog.table.item(2, 10).text() == "名册中已有“李娜”，出生日期未填：请确认是否同一人"
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


def test_an_import_from_excel_is_backed_up_first_and_stopped_when_the_backup_fails(window, store, tmp_path,
                                                                                   qtbot, notices) -> None:
    from models.backup import list_backups
    from ui import options
    from ui.roster.import_dialog import ImportDialog

    folder = tmp_path / "备份"
    options.BACKUP_FOLDER.set(str(folder))
    before = {p.name for p in store.people()}
    path = workbook(tmp_path / "名册.xlsx", GOOD + BAD)
    dialog = ImportDialog(window, window.ctx, str(path))
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.import_valid, Qt.MouseButton.LeftButton)
    window.ctx.writes.settle()
    taken = list_backups(folder)
    assert [b.label for b in taken] == ["before-import"] and taken[0].people == len(before)  # the roster as it was
    assert {"黄小梅", "郑新"} <= {p.name for p in store.people()}
    blocked = tmp_path / "只读的U盘"
    blocked.write_text("不是文件夹")  # the backup cannot be made there
    options.BACKUP_FOLDER.set(str(blocked / "备份"))
    newcomer = [["钱多多", "女", datetime(1995, 6, 1), "党员", "2019-07-01", "2020-07-01", None, None]]
    again = ImportDialog(window, window.ctx, str(workbook(tmp_path / "另一份.xlsx", newcomer)))
    qtbot.addWidget(again)
    people = len(store.people())
    assert again.import_valid.isEnabled()
    qtbot.mouseClick(again.import_valid, Qt.MouseButton.LeftButton)
    window.ctx.writes.settle()
    assert "无法创建备份文件夹" in notices.texts() and len(store.people()) == people  # nothing imported
    assert "钱多多" not in {p.name for p in store.people()}


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


def test_an_office_roster_previews_every_column_and_matches_the_roster(window, store, tmp_path, qtbot) -> None:
    import dataclasses

    from tests.models.test_roster_workbook import office_roster
    from ui.roster.import_dialog import ImportDialog

    store.save_person(dataclasses.replace(store.person("m7"), name="黄小梅", birth_date=date(1990, 5, 1)))
    store.save_person(dataclasses.replace(store.person("m8"), name="郑新"))  # no birth date in the roster
    dialog = ImportDialog(window, window.ctx, str(office_roster(tmp_path / "名册.xlsx")))
    qtbot.addWidget(dialog)
    headers = [dialog.table.horizontalHeaderItem(c).text() for c in range(dialog.table.columnCount())]
    assert headers == ["行号", "姓名", "性别", "出生日期", "人员类别", "入党日期", "转正日期", "党小组", "联系电话",
                       "处理", "说明"]
    assert dialog.table.rowCount() == 4  # the footer is not a person
    row = {dialog.table.item(r, 1).text(): r for r in range(4)}
    assert dialog.table.item(row["马丽"], 3).text() == "1988年2月9日"
    assert dialog.table.item(row["马丽"], 7).text() == "第一党小组"  # the merged group cell
    assert dialog.table.item(row["黄小梅"], 10).text() == "已在名册（姓名、出生日期相同）"
    assert dialog.choice_box(3).currentText() == "跳过（已在名册）"
    assert dialog.table.item(row["郑新"], 10).text() == (
        "名册中已有“郑新”，出生日期未填：请确认是否同一人；表格中有名册没有的出生年月：选“用表格内容更新名册”可补上")
    assert dialog.table.item(row["郑新"], 10).foreground().color().name() != "#a3262a"  # a question, not an error
    summary = dialog.summary.text()
    assert "2 行可导入，1 人已在名册，1 行待确认是否同一人" in summary and "有问题" not in summary
    assert "表尾（填表人：王丽华　　审核人：张敏）" in summary
    assert not dialog.import_all.isEnabled()
    dialog.choice_box(4).setCurrentIndex(dialog.choice_box(4).findData("add"))  # another 郑新
    dialog.choice_box(3).setCurrentIndex(dialog.choice_box(3).findData("update"))
    assert dialog.import_all.isEnabled() and dialog.import_all.text() == "全部导入（4 人）"
    before = len(store.people())
    qtbot.mouseClick(dialog.import_all, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result_value is not None)  # written in the background
    assert (dialog.result_value.added, dialog.result_value.updated) == (3, 1)
    people = store.people()
    assert len(people) == before + 3
    assert [p.name for p in people].count("黄小梅") == 1 and [p.name for p in people].count("郑新") == 2
    assert store.person("m7").phone == "13800000000"  # updated from the sheet, same person


def test_after_the_export_the_file_or_its_folder_opens(window, tmp_path, monkeypatch, notices) -> None:
    from PySide6.QtCore import QUrl

    from ui.dialogs.saved_file import SavedFile
    from ui.pages import roster as roster_page

    target = tmp_path / "名册.xlsx"
    monkeypatch.setattr(roster_page, "ask_save_path", lambda *a: str(target))
    opened: list[str] = []
    works = {"ok": True}

    def open_url(cls, url: QUrl) -> bool:
        opened.append(url.toLocalFile())
        return works["ok"]

    monkeypatch.setattr(SavedFile, "open_url", classmethod(open_url))
    page = window.show_page("roster")
    notices.saved_file_choice = "file"
    page.export_excel()
    assert ("名册已导出", f"已保存到：{target}") in notices.shown and opened == [str(target)]
    notices.saved_file_choice = "folder"
    works["ok"] = False  # e.g. no file manager: the clerk is told, not left waiting
    page.export_excel()
    assert opened[-1] == str(tmp_path)
    assert notices.shown[-1] == ("无法打开", f"系统无法打开这个文件夹：{tmp_path}\n请在“文件资源管理器”中找到它打开。")
