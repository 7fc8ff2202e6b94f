"""首页: the duties grid (click a cell, make the missing meeting), past years, the reminders, the rules screen."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt

from models.domain import DutyRule, Rectification, Rules
from ui.meetings.new_dialog import NewMeeting, NewMeetingDialog
from ui.operations import Changes
from ui.settings_pages.rules_dialog import RulesDialog
from ui.settings_pages.rules_page import RulesPage


def home_on(window, qtbot, year: int):
    """The home page showing `year`'s grid, chosen in its year box."""
    home = window.show_page("home")
    qtbot.waitUntil(lambda: home.overview is not None, timeout=5000)
    window.ctx.jobs.wait()
    home.year.select(year)
    qtbot.waitUntil(lambda: home.overview.grid.year == year, timeout=5000)
    settle(window, qtbot)
    return home


def settle(window, qtbot) -> None:
    """Every background read finished and its result shown."""
    for _ in range(3):
        window.ctx.jobs.wait()
        qtbot.wait(10)


def click_cell(qtbot, home, row_key: str, index: int) -> None:
    rows = home.overview.grid.rows
    r = next(i for i, row in enumerate(rows) if row.key == row_key)
    point = home.grid.cell_centre(r, index).toPoint()
    qtbot.mouseClick(home.grid, Qt.MouseButton.LeftButton, pos=QPoint(point.x(), point.y()))


def state(home, row_key: str, index: int, group: str | None = None) -> str:
    return home.overview.grid.row(row_key, group).cells[index].state


def test_a_met_cell_lists_its_meetings_and_opens_one(window, qtbot) -> None:
    home = home_on(window, qtbot, 2025)
    assert home.grid_title.text() == "2025年度落实情况" and home.grid.isVisible()
    assert state(home, "committee_meeting", 0) == "met" and state(home, "committee_meeting", 1) == "missing"
    click_cell(qtbot, home, "committee_meeting", 0)
    panel = home.cell_panel
    assert panel.title.text() == "支委会　2025年1月：已落实（已开 1 次，应开 1 次）"
    assert [panel.items.item(i).text() for i in range(panel.items.count())] == [
        "2025年1月8日　研究部署年度党建工作　（已定稿）"]
    assert not panel.create_button.isVisible()
    qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    editor = window.pages["meetings"].editor
    assert window.current_page().key == "meetings" and editor.meeting.id == "mt1"


def test_a_missing_cell_makes_its_meeting_from_the_template_and_the_grid_turns(window, qtbot, store,
                                                                               monkeypatch) -> None:
    asked = []

    def ask(cls, parent, groups, preset=None):
        asked.append(preset)
        return preset

    monkeypatch.setattr(NewMeetingDialog, "ask", classmethod(ask))
    home = home_on(window, qtbot, 2025)
    click_cell(qtbot, home, "group_meeting", 2)  # 第一党小组, March 2025: long past, nothing recorded
    assert home.cell_panel.title.text().startswith("党小组会（第一党小组）　2025年3月：缺")
    assert home.cell_panel.create_button.isVisible()
    qtbot.mouseClick(home.cell_panel.create_button, Qt.MouseButton.LeftButton)
    assert asked == [NewMeeting("group_meeting", date(2025, 3, 31), "g1")]  # its kind, its group, a day in March
    made = [s for s in store.meeting_summaries(year=2025) if s.type == "group_meeting"]
    assert [(s.date, s.group) for s in made] == [(date(2025, 3, 31), "g1")]
    # the template: the group's members in the branch on 31 March (钱程 of the group joins in July)
    assert len(store.meeting(made[0].id).attendance) == 11
    window.show_page("home")
    qtbot.waitUntil(lambda: state(home, "group_meeting", 2, "g1") == "met", timeout=5000)
    assert state(home, "group_meeting", 2, "g2") == "missing"


def test_past_years_stay_viewable(window, qtbot, store) -> None:
    store.lock_year(2025)  # archived: viewable, nothing added to it
    home = home_on(window, qtbot, 2025)
    click_cell(qtbot, home, "committee_meeting", 1)
    assert home.cell_panel.title.text().endswith("缺（已开 0 次，应开 1 次）（该年度已归档锁定）")
    assert not home.cell_panel.create_button.isVisible()
    offered = [home.year.itemText(i) for i in range(home.year.count())]
    assert "2025年" in offered and f"{date.today().year}年" in offered
    assert home.overview.grid.year == 2025
    assert all(c.state in ("met", "missing") for r in home.overview.grid.rows for c in r.cells)  # the year is over


def test_reminders_link_to_where_they_are_done_and_can_be_put_off(window, qtbot, store) -> None:
    today = date.today()
    store.save_rectification(Rectification("r1", "学习记录不完整", due=date(2025, 3, 31)))
    home = window.show_page("home")
    window.ctx.jobs.wait()
    home.activate()
    qtbot.waitUntil(lambda: home.reminders is not None and any("学习记录" in t for t in home.reminders.texts()),
                    timeout=5000)
    settle(window, qtbot)
    qtbot.mouseClick(home.reminders.more, Qt.MouseButton.LeftButton)  # 显示全部
    row = home.reminders.row_of("rectification")
    assert row.text.text() == "• 整改事项“学习记录不完整”已过整改期限（2025年3月31日），尚未销号"
    assert home.reminders.row_of("backup") is not None  # this program has never been backed up here
    qtbot.waitUntil(lambda: row.later.isVisible() and row.later.width() > 0)
    qtbot.mouseClick(row.later, Qt.MouseButton.LeftButton)
    assert home.reminders.row_of("rectification") is None
    from ui import options

    assert f'"rectification:r1": "{date.fromordinal(today.toordinal() + 7).isoformat()}"' in options.HOME_PUT_OFF.get()
    backup = home.reminders.row_of("backup")
    qtbot.mouseClick(backup.link, Qt.MouseButton.LeftButton)
    assert window.current_page().key == "settings"
    # fixed: the item done, the reminder gone for good (after the week too)
    store.save_rectification(Rectification("r1", "学习记录不完整", due=date(2025, 3, 31), status="done",
                                           done_on=date(2025, 4, 1)))
    options.HOME_PUT_OFF.set("{}")
    window.show_page("home")
    window.ctx.jobs.wait()
    qtbot.waitUntil(lambda: any("备份" in t for t in home.reminders.texts()), timeout=5000)
    assert not any("学习记录" in t for t in home.reminders.texts())


def test_a_probation_reminder_opens_the_person(window, qtbot, store) -> None:
    import dataclasses

    today = date.today()
    person = next(p for p in store.people() if p.id == "p2")
    joined = date(today.year - 1, today.month, 1) if today.month > 1 else date(today.year - 2, 12, 1)
    store.save_person(dataclasses.replace(person, joined_on=joined, full_member_on=None))
    window.ctx.did_execute.emit(Changes(roster=True), None)  # as the roster page's write tells it
    home = window.show_page("home")
    window.ctx.jobs.wait()
    home.activate()
    qtbot.waitUntil(lambda: home.reminders is not None and any("钱程" in t for t in home.reminders.texts()),
                    timeout=5000)
    settle(window, qtbot)
    qtbot.mouseClick(home.reminders.more, Qt.MouseButton.LeftButton)  # 显示全部
    row = next(r for r in home.reminders.rows if r.reminder.target == "p2")
    assert "预备党员钱程的预备期" in row.text.text()
    qtbot.mouseClick(row.link, Qt.MouseButton.LeftButton)
    roster = window.current_page()
    assert roster.key == "roster" and roster.people.selected().id == "p2"


def test_the_rules_screen_recolours_the_grid_at_once_and_restores_the_defaults(window, qtbot, store,
                                                                               monkeypatch) -> None:
    home = home_on(window, qtbot, 2025)
    assert home.overview.grid.row("committee_meeting").per == "month"

    def ask(cls, parent, ctx) -> bool:
        dialog = cls(parent, ctx)
        row = dialog.page.rows["committee_meeting"]
        row.per.setCurrentIndex(row.per.findData("quarter"))
        dialog.page.rows["theme_day"].required.setChecked(False)
        dialog.accept()
        return dialog.result() == 1

    monkeypatch.setattr(RulesDialog, "ask", classmethod(ask))
    qtbot.mouseClick(home.rules_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: home.overview.grid.row("committee_meeting").per == "quarter", timeout=5000)
    grid = home.overview.grid
    assert grid.row("committee_meeting").per == "quarter" and state(home, "committee_meeting", 0) == "met"
    assert [c.state for c in grid.row("committee_meeting").cells] == ["met", "missing", "missing", "missing"]
    assert "theme_day" not in [r.key for r in grid.rows]
    rules = store.own_rules()
    assert DutyRule("committee_meeting", "quarter", 1) in rules.duties
    assert "theme_day" not in [r.duty for r in rules.duties]


def test_rules_page_load_check_save(window, store, qtbot) -> None:
    page = RulesPage(window.ctx)
    qtbot.addWidget(page)
    page.load()
    assert page.state.text() == "当前按党内规定的默认要求。"
    assert page.rows["group_meeting"].per_group.isChecked()
    assert page.rows["committee_meeting"].per.currentText() == "每月"
    page.rows["party_lecture"].at_least.setValue(2)
    page.committee_pairs.setChecked(False)
    assert page.check() is None
    with qtbot.waitSignal(page.saved, timeout=5000):
        page.save()
    assert store.own_rules().talks.committee_pairs is False
    assert DutyRule("party_lecture", "quarter", 2) in store.own_rules().duties
    assert page.state.text() == "本支部已自定要求。"
    qtbot.mouseClick(page.defaults_button, Qt.MouseButton.LeftButton)
    assert page.rows["party_lecture"].at_least.value() == 1 and page.committee_pairs.isChecked()
    with qtbot.waitSignal(page.saved, timeout=5000):
        page.save()
    assert store.own_rules() is None  # the defaults again: no rules of its own (the interchange's `null`)
    page.save()  # unchanged (as 设置's 保存设置 saves every page): nothing is written
    assert not window.ctx.writes.is_busy()


def test_rules_per_group_without_groups_are_refused_in_words(window, store, qtbot, monkeypatch) -> None:
    own = Rules((DutyRule("committee_meeting", "month", 1),))
    store.set_rules(own)
    monkeypatch.setattr(window.ctx, "groups", lambda: [])
    dialog = RulesDialog(window, window.ctx)
    qtbot.addWidget(dialog)
    row = dialog.page.rows["group_meeting"]
    assert not row.required.isChecked()  # the branch's own rules are shown
    row.required.setChecked(True)
    row.per_group.setChecked(True)
    dialog.accept()  # 确定
    assert "本支部还没有党小组，“党小组会”无法按党小组计算" in dialog.page.error.text()
    assert dialog.result() != 1
    window.ctx.writes.settle()
    assert store.own_rules() == own  # nothing written


def test_the_grid_prints_on_one_a4_page(window, qtbot, tmp_path) -> None:
    pikepdf = pytest.importorskip("pikepdf")
    from PySide6.QtGui import QPdfWriter

    from ui.home.grid_print import grid_title, paint_grid_page

    home = home_on(window, qtbot, 2025)
    path = tmp_path / "grid.pdf"
    writer = QPdfWriter(str(path))
    assert paint_grid_page(writer, home.overview.grid, grid_title("示例支部", home.overview.grid)) == 1
    del writer
    with pikepdf.open(path) as pdf:
        assert len(pdf.pages) == 1
        box = [float(v) for v in pdf.pages[0].mediabox]
    assert round(box[2]) == 842 and round(box[3]) == 595  # A4 landscape, in points


def test_reminders_lead_to_the_committee_the_drafts_and_the_talks_owed(window, qtbot, store) -> None:
    from models.domain import CommitteeRole, Meeting

    today = date.today()
    elected = date(today.year - 3, today.month, 1) if today.month > 1 else date(today.year - 4, 12, 1)
    elected = date.fromordinal(elected.toordinal() + 40)  # the term ends in about a month
    store.set_committee([CommitteeRole(m, role, elected) for m, role in (("m1", "书记"), ("m2", "组织委员"))])
    for i in range(1, 4):
        store.save_meeting(Meeting(f"old{i}", "theme_day", f"旧草稿{i}", date(2024, i, 5)))
    window.ctx.did_execute.emit(Changes(roster=True, meetings=frozenset({"old1"})), None)
    home = window.show_page("home")
    home.activate()
    qtbot.waitUntil(lambda: home.reminders is not None and any("任期" in t for t in home.reminders.texts()),
                    timeout=5000)
    settle(window, qtbot)
    qtbot.mouseClick(home.reminders.more, Qt.MouseButton.LeftButton)
    drafts = home.reminders.row_of("draft")
    assert drafts.text.text().startswith("• 有 4 条一周前的会议记录仍是草稿（最早的是2024年1月5日的“旧草稿1”）")
    qtbot.mouseClick(home.reminders.row_of("term").link, Qt.MouseButton.LeftButton)
    roster = window.current_page()
    assert roster.key == "roster" and roster.tabs.currentWidget() is roster.committee
    window.show_page("home")
    settle(window, qtbot)
    qtbot.mouseClick(home.reminders.more, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(home.reminders.row_of("draft").link, Qt.MouseButton.LeftButton)
    meetings = window.current_page()
    assert meetings.key == "meetings" and meetings.list.status.currentData() == "draft"
    qtbot.waitUntil(lambda: meetings.list.model.rowCount() == 4, timeout=5000)
    window.show_page("home")
    settle(window, qtbot)
    qtbot.mouseClick(home.reminders.more, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(home.reminders.row_of("talks").link, Qt.MouseButton.LeftButton)
    talks = window.current_page()
    assert talks.key == "talks" and talks.selected_year() == today.year


def test_reminders_are_told_at_start_when_the_window_opens_on_another_page(app, qtbot, store) -> None:
    from ui import options
    from ui.main_window import MainWindow

    options.WINDOW_PAGE.set("roster")
    window = MainWindow(store)
    qtbot.addWidget(window)
    told = []
    window.ctx.message.connect(told.append)
    window.show()
    qtbot.waitUntil(lambda: window.home.overview is not None, timeout=5000)
    assert window.current_page().key == "roster"
    assert told and told[0].startswith("首页有 ") and told[0].endswith(" 项提醒")
    window.ctx.jobs.wait()


def test_the_grid_is_used_with_the_keyboard_too(window, qtbot) -> None:
    home = home_on(window, qtbot, 2025)
    home.grid.setFocus()
    for key in (Qt.Key.Key_Down, Qt.Key.Key_Right, Qt.Key.Key_Right, Qt.Key.Key_Return):
        qtbot.keyClick(home.grid, key)  # from 支部党员大会 Q1 down to 支委会 January, then on to March
    assert home.cell_panel.title.text().startswith("支委会　2025年3月：缺")
    qtbot.keyClick(home.grid, Qt.Key.Key_Up)
    qtbot.keyClick(home.grid, Qt.Key.Key_Space)  # back up: March is in the first quarter's cell
    assert home.cell_panel.title.text().startswith("支部党员大会　2025年第一季度：已落实")


def test_the_home_page_shows_what_was_written_while_another_page_was_open(app, qtbot, store) -> None:
    """The window opens on 党员名册; a talk is recorded elsewhere; 首页, shown later, counts it."""
    from models.domain import Talk
    from ui import options
    from ui.main_window import MainWindow

    options.WINDOW_PAGE.set("roster")
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.home.overview is not None, timeout=5000)
    window.ctx.jobs.wait()
    year = date.today().year
    before = window.home.overview.grid.talks.members
    assert "m2" in before
    talk = Talk("t-late", date(year, 1, 2), "m1", "m2", topic="谈心")
    window.ctx.writes.run(lambda s: s.save_talk(talk), Changes.of_talk("t-late"))
    window.ctx.writes.settle()
    home = window.show_page("home")
    qtbot.waitUntil(lambda: "m2" not in home.overview.grid.talks.members, timeout=5000)
    window.ctx.jobs.wait()
