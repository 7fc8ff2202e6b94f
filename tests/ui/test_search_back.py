"""Going back from a record opened in 搜索结果 returns to the results as they were: the words, the list, the row."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt

from models.domain import Speech
from tests.ui.conftest import type_text


def search(window, store, qtbot, words: str = "李娜"):
    m = store.meeting("mt2")
    store.save_meeting(replace(m, speeches=(Speech("李娜同志发言：要结合妇联业务学。", speaker="m7"),)))
    window.actions_by_key["search"].trigger()
    type_text(window.search_box, words)
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    page = window.search_page
    qtbot.waitUntil(lambda: page.table.rowCount() >= 1 and "找到" in page.status.text())
    return page


def rows(page) -> list[tuple[str, ...]]:
    return [tuple(page.table.item(r, c).text() for c in range(4)) for r in range(page.table.rowCount())]


def open_row(qtbot, page, kind: str) -> int:
    row = next(r for r in range(page.table.rowCount()) if page.table.item(r, 0).text() == kind)
    page.table.selectRow(row)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)  # as the clerk opens it (or a double click)
    return row


@pytest.mark.parametrize("kind", ["会议记录", "人员"])
def test_back_from_an_opened_result_returns_to_the_results(window, store, qtbot, kind: str) -> None:
    page = search(window, store, qtbot)
    before, status = rows(page), page.status.text()
    row = open_row(qtbot, page, kind)
    assert window.current_page() is not page
    back = window.back_to_search_button
    if kind == "会议记录":
        editor = window.pages["meetings"].editor
        assert editor.isVisible() and editor.meeting.id == "mt2" and editor.back.text() == "← 返回搜索结果"
        assert not back.isVisible()  # one way back, the editor's own
        qtbot.mouseClick(editor.back, Qt.MouseButton.LeftButton)
    else:
        assert window.pages["roster"].isVisible()
        qtbot.waitUntil(back.isVisible)  # the toolbar lays it out
        assert back.text() == "← 返回搜索结果"
        qtbot.mouseClick(back, Qt.MouseButton.LeftButton)
    assert window.current_page() is page
    assert window.search_box.text() == "李娜" and page.status.text() == status and rows(page) == before
    assert page.table.currentRow() == row and page.table.selectionModel().isRowSelected(row)
    qtbot.waitUntil(lambda: not back.isVisible())


def test_leaving_by_the_navigation_ends_the_way_back_and_the_list_leads_to_the_list(window, store, qtbot) -> None:
    page = search(window, store, qtbot)
    open_row(qtbot, page, "人员")
    qtbot.waitUntil(window.back_to_search_button.isVisible)
    window.go_to("home")  # the clerk leaves by the navigation: the way back is gone
    qtbot.waitUntil(lambda: not window.back_to_search_button.isVisible())
    meetings = window.pages["meetings"]
    window.show_page("meetings")
    meetings.open_meeting("mt2")
    assert meetings.editor.back.text() == "← 返回列表"
    qtbot.mouseClick(meetings.editor.back, Qt.MouseButton.LeftButton)
    assert meetings.stack.currentWidget() is meetings.list and window.current_page() is meetings


def test_a_talk_opens_in_its_year_and_leads_back(window, store, qtbot) -> None:
    page = search(window, store, qtbot, "谈工作思想")
    open_row(qtbot, page, "谈心谈话")
    talks = window.pages["talks"]
    assert talks.isVisible() and talks.editor.talk is not None and talks.editor.talk.id == "t1"
    assert talks.selected_year() == 2025
    qtbot.waitUntil(window.back_to_search_button.isVisible)
    qtbot.mouseClick(window.back_to_search_button, Qt.MouseButton.LeftButton)
    assert window.current_page() is page and window.search_box.text() == "谈工作思想"
