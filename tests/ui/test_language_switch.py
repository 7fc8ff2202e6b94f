"""设置 → 显示 → 界面语言 applied at once: the navigation, the menus, the page on screen and 设置 itself read in the
chosen language, what was typed is saved first, the page and record on screen stay; and back to 中文."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTranslator
from PySide6.QtWidgets import QLabel, QLineEdit

from ui import language, options


class Bracketed(QTranslator):
    """Stands for a complete English catalog: every text of the program's own contexts comes back in brackets,
    so a test sees which visible texts went through the translation (Qt's own contexts are left alone)."""

    def translate(self, context, source, disambiguation=None, n=-1):
        return None if context.startswith("Q") or not source else f"[{source}]"

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def bracketed(monkeypatch):
    monkeypatch.setattr(language, "our_catalog", lambda app: Bracketed(app))


@pytest.fixture(autouse=True)
def chinese_afterwards(app):
    yield
    language.install_language(app, "zh_CN")


def choose(window, qtbot, code: str):
    """The clerk picks the language in 设置 → 显示 with the keyboard; returns the settings page shown then."""
    page = window.show_page("settings")
    display = page.show_section("display")
    box = display.language
    box.setFocus()
    before = window.nav.item(0).text()
    while box.currentData() != code:
        qtbot.keyClick(box, Qt.Key.Key_Down if box.currentIndex() < box.findData(code) else Qt.Key.Key_Up)
    qtbot.waitUntil(lambda: window.nav.item(0).text() != before)
    return window.current_page()


def nav_texts(window) -> list[str]:
    return [window.nav.item(i).text() for i in range(window.nav.count())]


def test_english_is_applied_at_once_to_the_navigation_and_menus_and_back(window, qtbot) -> None:
    choose(window, qtbot, "en")
    assert nav_texts(window)[:2] == ["Home", "Meeting records"]
    assert [a.text() for a in window.menuBar().actions()] == ["&File", "&Edit", "&Go", "&Help"]
    assert window.actions_by_key["go_settings"].text() == "Settings"
    assert window.search_box.placeholderText().startswith("Search names")
    assert options.LANGUAGE.get() == "en"
    choose(window, qtbot, "zh_CN")
    assert nav_texts(window)[:2] == ["首页", "会议记录"]
    assert window.menuBar().actions()[0].text() == "文件(&F)"
    assert options.LANGUAGE.get() == "zh_CN"


def test_the_settings_page_and_the_page_left_are_built_again_in_the_language(window, qtbot, bracketed) -> None:
    window.show_page("talks")
    page = choose(window, qtbot, "en")
    assert page.key == "settings" and page.title_label.text() == "[设置]"
    assert page.list.item(page.list.currentRow()).text() == "[显示]"  # the section chosen stays on screen
    assert page.save_button.text() == "[保存设置]"
    assert page.section("display").language.currentData() == "en"
    assert nav_texts(window)[2] == "[谈心谈话]"
    talks = window.show_page("talks")
    assert talks.title_label.text() == "[谈心谈话]" and talks.tabs.tabText(0) == "[谈话记录]"
    assert window.home.title_label.text().startswith("[")
    page = choose(window, qtbot, "zh_CN")
    assert page.title_label.text() == "设置" and page.list.item(page.list.currentRow()).text() == "显示"
    assert window.show_page("talks").title_label.text() == "谈心谈话"


def test_what_is_typed_is_saved_first_and_the_record_stays_open(window, qtbot, store, bracketed) -> None:
    meetings = window.show_page("meetings")
    meetings.open_meeting("mt2")
    editor = meetings.editor
    editor.basics.title.clear()
    qtbot.keyClicks(editor.basics.title, "Before the change")
    window.show_page("settings")
    choose(window, qtbot, "en")
    assert store.meeting("mt2").title == "Before the change"
    meetings = window.show_page("meetings")
    assert meetings.editor is not None and meetings.editor.meeting.id == "mt2"
    assert "Before the change" in {w.text() for w in meetings.editor.findChildren(QLineEdit)}
    assert any(label.text().startswith("[") for label in meetings.editor.findChildren(QLabel) if label.text())


def test_the_duty_grid_speaks_the_language_and_its_print_stays_chinese(window, qtbot, bracketed) -> None:
    from tests.ui.test_home import home_on
    from ui.home import grid_paint

    choose(window, qtbot, "en")
    home = home_on(window, qtbot, 2025)
    row = home.grid.grid.rows[0]
    tip = grid_paint.cell_tooltip(home.grid.grid, row, row.cells[0])  # the hover text and the cell's description
    assert tip.startswith("[") and "[第一季度]" in tip and "[已落实]" in tip
    assert grid_paint.ON_SCREEN.say(grid_paint.STATE_WORDS["met"]) == "[已落实]"
    assert grid_paint.PRINTED.say(grid_paint.STATE_WORDS["met"]) == "已落实"


def test_the_talk_on_screen_stays_open_in_its_tab(window, qtbot, store, bracketed) -> None:
    talks = window.show_page("talks")
    talk = store.talks()[0]
    talks.show_talk(talk.id)
    choose(window, qtbot, "en")
    talks = window.show_page("talks")
    assert talks.editor.talk is not None and talks.editor.talk.id == talk.id
    assert talks.tabs.currentIndex() == 0 and talks.selected_year() == talk.date.year


def test_a_page_that_cannot_save_keeps_what_was_typed(window, qtbot, notices, bracketed) -> None:
    settings = window.show_page("settings")
    branch = settings.show_section("branch")
    branch.name.clear()  # the full name may not be empty: 设置 refuses to save
    branch.short_name.setText("改了一半的简称")
    display = settings.show_section("display")
    display.language.setCurrentIndex(display.language.findData("en"))
    display.language.activated.emit(display.language.currentIndex())
    qtbot.waitUntil(lambda: window.nav.item(0).text() == "[首页]")
    assert window.pages["settings"] is settings and branch.short_name.text() == "改了一半的简称"
    assert "请填写党支部全称" in notices.texts()
    assert "[" in window.statusBar().currentMessage()  # the note that this page keeps its language
