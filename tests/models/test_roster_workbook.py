"""Roster workbooks as offices keep them: merged cells, footer lines, people already in the roster, a bomb,
and an export that never turns a note into a formula."""

from __future__ import annotations

import dataclasses
import time
import zipfile
from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from models.domain import Branch, Group, Person
from models.roster import RosterFileError, export_roster, guess_mapping, import_members, parse_sheet, read_sheet
from models.roster.matching import NAME_ONLY, NAMESAKE, SAME
from models.services import Store

HEADERS = ["序号", "姓名", "性别", "出生年月日", "政治面貌", "入党时间", "转正时间", "所在党小组", "手机号码"]


def office_roster(path: Path) -> Path:
    """A caption merged over the columns, the group written once for its rows, a footer under the data."""
    book = Workbook()
    sheet = book.active
    sheet.append(["中共示例支部党员花名册"])
    sheet.merge_cells("A1:I1")
    sheet.append(HEADERS)
    sheet.append([1, "黄小梅", "女", "1990-05-01", "党员", "2015/3/12", "2016年3月12日", "第一党小组", 13800000000])
    sheet.append([2, "郑新", "男", "1992-01-02", "党员", "2018-07-01", "2019-07-01", None, 13900000001])
    sheet.append([3, "马丽", "女", "1988/2/9", "党员", "2012-07-01", "2013-07-01", None, None])
    sheet.merge_cells("H3:H5")
    sheet.append([4, "孙强", "男", "1985-04-02", "党员", "2010-06-01", "2011-06-01", "第二党小组", None])
    sheet.append([])
    sheet.append(["填表人：王丽华　　审核人：张敏"])
    sheet.merge_cells("A8:I8")
    sheet.append(["填表日期：2025年1月10日"])
    book.save(path)
    return path


def test_merged_cells_and_the_footer(tmp_path: Path) -> None:
    sheet = read_sheet(office_roster(tmp_path / "名册.xlsx"))

    assert sheet.headers == tuple(HEADERS)
    assert [row[7] for row in sheet.rows if row[1]] == ["第一党小组", "第一党小组", "第一党小组", "第二党小组"]
    assert sheet.footer == ("填表人：王丽华　　审核人：张敏", "填表日期：2025年1月10日")
    results = parse_sheet(sheet, guess_mapping(sheet.headers), [], [])
    assert [(r.row, r.name, r.errors) for r in results] == [
        (3, "黄小梅", ()), (4, "郑新", ()), (5, "马丽", ()), (6, "孙强", ()),
    ]


def test_a_total_line_ends_the_data(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["姓名", "入党日期"])
    sheet.append(["李娜", "2010-07-01"])
    sheet.append(["合计", "1人"])
    sheet.append(["注：入党日期以组织关系为准"])
    book.save(tmp_path / "r.xlsx")

    read = read_sheet(tmp_path / "r.xlsx")

    assert [row[0] for row in read.rows] == ["李娜"] and read.footer == ("合计　1人", "注：入党日期以组织关系为准")


def test_a_decompression_bomb_is_refused_before_it_is_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import openpyxl

    bomb = tmp_path / "名册.xlsx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("xl/worksheets/sheet1.xml", "w") as entry:
            chunk = b" " * (1024 * 1024)
            for _ in range(80):  # 80 MB of XML in well under 1 MB of file
                entry.write(chunk)
    assert bomb.stat().st_size < 1024 * 1024
    monkeypatch.setattr(openpyxl, "load_workbook", lambda *a, **k: pytest.fail("the bomb was opened"))

    started = time.perf_counter()
    with pytest.raises(RosterFileError, match="解压后有 80 MB，远超一份名册的大小"):
        read_sheet(bomb)
    assert time.perf_counter() - started < 1


def test_people_already_in_the_roster_are_matched_not_refused(tmp_path: Path) -> None:
    roster = [
        Person("r1", "黄小梅", birth_date=date(1990, 5, 1), joined_on=date(2015, 3, 12)),  # the same person
        Person("r2", "郑新", joined_on=date(2018, 7, 1)),  # no birth date: the same person?
        Person("r3", "马丽", birth_date=date(1970, 1, 1), joined_on=date(1995, 7, 1)),  # another 马丽
    ]
    sheet = read_sheet(office_roster(tmp_path / "名册.xlsx"))

    results = parse_sheet(sheet, guess_mapping(sheet.headers), roster, [])

    assert [(r.name, r.match, r.existing.id if r.existing else None, r.errors) for r in results] == [
        ("黄小梅", SAME, "r1", ()), ("郑新", NAME_ONLY, "r2", ()), ("马丽", NAMESAKE, "r3", ()), ("孙强", "", None, ()),
    ]


def test_the_same_person_twice_in_the_file_is_an_error(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["姓名", "出生日期", "入党日期"])
    sheet.append(["李娜", "1985-01-01", "2010-07-01"])
    sheet.append(["李娜", "1990-02-02", "2012-07-01"])  # another 李娜: fine
    sheet.append(["李娜", "1985-01-01", "2010-07-01"])  # the first one again
    book.save(tmp_path / "r.xlsx")
    read = read_sheet(tmp_path / "r.xlsx")

    results = parse_sheet(read, guess_mapping(read.headers), [], [])

    assert [r.errors for r in results] == [(), (), ("与第 2 行重名",)]


def roster_store(tmp_path: Path) -> Store:
    store = Store.open(tmp_path / "db.sqlite3")
    store.create_branch(Branch("测试支部"))
    store.save_group(Group("g1", "第一党小组"))
    store.save_people([Person("r1", "黄小梅", birth_date=date(1990, 5, 1), joined_on=date(2015, 3, 12), group="g1")])
    return store


def test_the_command_line_import_skips_the_same_person(tmp_path: Path) -> None:
    store = roster_store(tmp_path)
    try:
        result = import_members(store, office_roster(tmp_path / "名册.xlsx"))
        assert result.imported and (result.added, result.skipped) == (3, 1)
        assert "跳过已在名册中的 1 人" in result.message
        assert sorted(p.name for p in store.people()) == sorted(["黄小梅", "郑新", "马丽", "孙强"])
        again = import_members(store, tmp_path / "名册.xlsx")  # the same file twice adds nobody
        assert (again.added, again.skipped) == (0, 4) and len(store.people()) == 4
    finally:
        store.close()


def test_updating_keeps_the_id_and_what_the_sheet_leaves_empty(tmp_path: Path) -> None:
    from models.roster.excel import save_rows

    store = roster_store(tmp_path)
    try:
        store.save_person(dataclasses.replace(store.person("r1"), title="副主任", phone="010-1"))
        sheet = read_sheet(office_roster(tmp_path / "名册.xlsx"))
        results = parse_sheet(sheet, guess_mapping(sheet.headers), store.people(), store.groups())
        result = save_rows(store, results, False, {3: "update"})
        assert (result.added, result.updated) == (3, 1)
        huang = store.person("r1")
        assert (huang.phone, huang.title, huang.full_member_on) == ("13800000000", "副主任", date(2016, 3, 12))
    finally:
        store.close()


def test_the_export_never_writes_a_formula(tmp_path: Path) -> None:
    people = [
        Person("a", "=HYPERLINK(\"http://x\",\"点我\")", joined_on=date(2010, 1, 1), notes="@SUM(1,2)"),
        Person("b", "+张三", title="-1+1", phone="+86 13800000000", joined_on=date(2011, 1, 1)),
    ]
    path = export_roster(people, [], tmp_path / "名册.xlsx")

    xml = zipfile.ZipFile(path).read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in xml and "<f " not in xml
    sheet = load_workbook(path).active
    cells = [c for row in sheet.iter_rows(min_row=2) for c in row if isinstance(c.value, str)
             and c.value.startswith(("=", "+", "-", "@"))]
    assert len(cells) == 5 and all(c.data_type == "s" and c.quotePrefix for c in cells)  # 2 names, note, title, phone
    back = read_sheet(path)
    assert {row[0] for row in back.rows} == {"=HYPERLINK(\"http://x\",\"点我\")", "+张三"}
    assert "@SUM(1,2)" in back.rows[0] + back.rows[1]


def test_joining_dates_of_year_and_month_are_taken_and_said(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(HEADERS)
    sheet.append([1, "赵丽", "女", "1990.05", "党员", "2012.06", "2013.06", "第一党小组", None])
    book.save(tmp_path / "名册.xlsx")
    read = read_sheet(tmp_path / "名册.xlsx")
    [row] = parse_sheet(read, guess_mapping(read.headers), [], [])
    assert row.errors == () and row.person is not None
    assert (row.person.joined_on, row.person.full_member_on) == (date(2012, 6, 1), date(2013, 6, 1))
    assert row.notes == ("入党日期只有年月，按 2012年6月1日 记入，知道具体日期的请导入后更正",
                         "转正日期只有年月，按 2013年6月1日 记入，知道具体日期的请导入后更正")


def test_skipping_someone_already_there_says_what_the_sheet_adds(tmp_path: Path) -> None:
    roster = [Person("r1", "黄小梅", birth_date=date(1990, 5, 1), joined_on=date(2015, 3, 12))]  # no group, phone
    sheet = read_sheet(office_roster(tmp_path / "名册.xlsx"))
    first = parse_sheet(sheet, guess_mapping(sheet.headers), roster, [])[0]
    assert first.match == SAME
    assert any("表格中有名册没有的" in n and "党小组" in n and "联系电话" in n for n in first.notes)
