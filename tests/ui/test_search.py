"""The search box finds any record by any word, two-character names included."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.conftest import type_text


def test_search_finds_a_two_character_name(window, store, qtbot) -> None:
    m = store.meeting("mt2")
    from dataclasses import replace

    from models.domain import Speech

    store.save_meeting(replace(m, speeches=(Speech("李娜同志发言：要结合妇联业务学。", speaker="m7"),)))
    window.actions_by_key["search"].trigger()
    type_text(window.search_box, "李娜")
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    page = window.search_page
    qtbot.waitUntil(lambda: page.table.rowCount() >= 2)
    rows = [(page.table.item(r, 0).text(), page.table.item(r, 2).text()) for r in range(page.table.rowCount())]
    assert ("人员", "李娜") in rows
    assert ("会议记录", "2025年第1次支部党员大会记录（学习贯彻全会精神）") in rows
    assert "找到" in page.status.text()
    meeting_row = rows.index(("会议记录", "2025年第1次支部党员大会记录（学习贯彻全会精神）"))
    page.table.doubleClicked.emit(page.table.model().index(meeting_row, 0))
    editor = window.pages["meetings"].editor
    assert editor.isVisible() and editor.meeting.id == "mt2"


def test_search_without_hits_says_so(window, qtbot) -> None:
    type_text(window.search_box, "不存在的词")
    window.run_search()
    qtbot.waitUntil(lambda: "没有找到" in window.search_page.status.text())
