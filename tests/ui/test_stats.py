"""统计: the charts' and tables' numbers against the records, sorting, the threshold, PNG and .xlsx export."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage

from models.domain import Attendance, Meeting, Talk
from ui.stats.save import SaveFileDialog

YEAR = 2025


@pytest.fixture
def busy_store(store):
    """The UI tests' branch with a few more meetings and talks in 2025, some members absent or on leave."""
    people = [p.id for p in store.people() if p.kind == "member" and not p.left_on and p.full_member_on]
    for month, kind in ((3, "theme_day"), (4, "theme_day"), (4, "committee_meeting")):
        listed = people if kind == "theme_day" else ["m1", "m2", "m3", "m4", "m5"]
        attendance = tuple(Attendance(m, "absent" if m in ("m7", "m9") else "leave" if m == "m3" else "present")
                           for m in listed)
        store.save_meeting(Meeting(f"x{month}{kind}", kind, f"{month}月", date(YEAR, month, 10), attendance=attendance))
    store.save_talk(Talk("t2", date(YEAR, 5, 1), "m2", "m3"))
    store.save_talk(Talk("t3", date(YEAR, 5, 2), "m8", "m1"))
    return store


def stats_page(window, qtbot):
    page = window.show_page("stats")
    page.year.select(YEAR)
    qtbot.waitUntil(lambda: page.figures is not None and page.figures.year == YEAR, timeout=5000)
    window.ctx.jobs.wait()
    qtbot.wait(10)
    return page


def cells(table, row: int) -> list[str]:
    return [table.item(row, c).text() for c in range(table.columnCount())]


def test_the_numbers_are_the_records(window, qtbot, busy_store) -> None:
    data = busy_store.load_year(YEAR)
    page = stats_page(window, qtbot)
    # meetings per kind and month, counted from the records
    counts = Counter((m.type, m.date.month) for m in data.meetings)
    table = page.meetings.table
    by_kind = {table.item(r, 0).text(): r for r in range(table.rowCount())}
    assert int(table.item(by_kind["主题党日"], 3).text()) == counts["theme_day", 3] == 1
    assert int(table.item(by_kind["支部委员会会议"], 4).text()) == counts["committee_meeting", 4] == 1
    assert int(table.item(by_kind["合计"], 13).text()) == len(data.meetings)
    chart = page.meetings.chart
    assert chart.totals() == [sum(counts[k, m] for k in {k for k, _ in counts}) for m in range(1, 13)]
    # attendance per member
    expected, present = Counter(), Counter()
    for m in data.meetings:
        for a in {a.member: a for a in m.attendance}.values():
            expected[a.member] += 1
            present[a.member] += a.status in ("present", "late", "left_early")
    names = {p.id: p.name for p in data.members}
    members = page.attendance.table
    shown = {cells(members, r)[0]: cells(members, r) for r in range(members.rowCount())}
    for member in ("m1", "m3", "m7"):
        row = shown[names[member]]
        assert (int(row[1]), int(row[2])) == (expected[member], present[member])
        assert row[6] == f"{present[member] / expected[member] * 100:.1f}%"
    # talks per committee member: 王丽华 talked with 李娜 (2025-03-05) and with 单丽; 陈静 with 刘晓燕
    talks = {cells(page.talks.table, r)[0]: cells(page.talks.table, r)[1:] for r in range(page.talks.table.rowCount())}
    assert talks["王丽华"] == ["0", "2", "2"] and talks["陈静"] == ["1", "0", "1"]
    assert talks["刘晓燕"] == ["1", "0", "1"]
    assert page.talks.chart.totals() == [2.0, 1.0, 1.0, 0.0, 0.0]


def test_attendance_sorts_and_marks_those_under_the_threshold(window, qtbot, busy_store) -> None:
    page = stats_page(window, qtbot)
    table = page.attendance.table
    header = table.horizontalHeader()
    point = QPoint(header.sectionViewportPosition(6) + 10, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=point)  # sort by 出席率
    rates = [table.item(r, 6).data(257) for r in range(table.rowCount())]
    known = [r for r in rates if r is not None]
    assert len(known) > 10 and known in (sorted(known), sorted(known, reverse=True))

    def marked() -> set[str]:
        return {cells(table, r)[0] for r in range(table.rowCount()) if cells(table, r)[7] == "低于提示线"}

    # 刘晓燕 on leave at three of five meetings (40%); 李娜 and 解红梅 absent at two of three (33.3%)
    assert marked() == {"刘晓燕", "李娜", "解红梅"}
    assert page.low.text() == "出席率低于 80% 的党员 3 人：刘晓燕、李娜、解红梅"  # in the roster's order
    page.threshold.setValue(35)
    assert marked() == {"李娜", "解红梅"}
    row = next(r for r in range(table.rowCount()) if cells(table, r)[0] == "李娜")
    assert table.item(row, 1).background().color().name() == "#f8dccb"
    other = next(r for r in range(table.rowCount()) if cells(table, r)[0] == "刘晓燕")
    assert table.item(other, 1).background().style() == Qt.BrushStyle.NoBrush


def test_each_chart_as_png_and_each_table_as_xlsx(window, qtbot, busy_store, tmp_path, monkeypatch) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    asked = []

    def ask(cls, parent, stem, kind):
        asked.append((stem, kind))
        return tmp_path / f"{stem}.{kind}"

    monkeypatch.setattr(SaveFileDialog, "ask", classmethod(ask))
    page = stats_page(window, qtbot)
    for tab in (page.meetings, page.attendance, page.talks):
        qtbot.mouseClick(tab.png_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(tab.xlsx_button, Qt.MouseButton.LeftButton)
    assert [s for s, _ in asked] == [f"2025年{n}" for n in ("各类会议每月次数", "党员出席率", "支委谈心谈话次数")
                                     for _ in range(2)]
    image = QImage(str(tmp_path / "2025年各类会议每月次数.png"))
    assert (image.width(), image.height()) == (1400, 700)
    book = openpyxl.load_workbook(tmp_path / "2025年党员出席率.xlsx")
    rows = list(book.active.iter_rows(values_only=True))
    assert rows[0][0] == "2025年党员出席率"
    assert rows[1] == ("姓名", "应到", "实到", "迟到早退", "请假", "缺席", "出席率")
    by_name = {r[0]: r for r in rows[2:]}
    assert by_name["李娜"][1:3] == (3, 1) and by_name["李娜"][6] == round(1 / 3, 4)
    sheet = openpyxl.load_workbook(tmp_path / "2025年各类会议每月次数.xlsx").active
    assert [c.value for c in sheet[2]][:2] == ["会议类型", "1月"]
    talks = {r[0]: r[1:] for r in list(openpyxl.load_workbook(tmp_path / "2025年支委谈心谈话次数.xlsx").active
                                       .iter_rows(values_only=True))[2:]}
    assert talks["王丽华"] == (0, 2, 2)


def test_the_statistics_open_on_the_newest_year_with_records(window, qtbot, store) -> None:
    newest = max(store.years_with_records())
    page = window.show_page("stats")
    qtbot.waitUntil(lambda: page.year.count() > 0, timeout=5000)
    assert page.year.year() == newest
    window.ctx.jobs.wait()
