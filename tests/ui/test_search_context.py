"""Each search result says why the record matched: the words in their context, or the person and the role."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt

from models.domain import Resolution
from tests.ui.conftest import type_text


def results(window, qtbot, text: str) -> dict[str, str]:
    type_text(window.search_box, text)
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    page = window.search_page
    qtbot.waitUntil(lambda: "找到" in page.status.text() and text in page.status.text())
    return {page.table.item(r, 2).text(): page.table.item(r, 3).text() for r in range(page.table.rowCount())}


def test_a_result_shows_the_words_where_they_were_found(window, store, qtbot) -> None:
    m = store.meeting("mt2")
    store.save_meeting(replace(m, resolutions=(Resolution("同意将志愿服务队纳入支部年度计划"),),
                               agenda=("讨论社区共建事项",)))
    mt2 = "2025年第1次支部党员大会记录（学习贯彻全会精神）"  # the minutes' title, then the meeting's name
    assert results(window, qtbot, "志愿服务队")[mt2] == "决议：同意将志愿服务队纳入支部年度计划"
    window.search_box.clear()
    assert results(window, qtbot, "社区共建")[mt2] == "议程：讨论社区共建事项"


def test_a_result_found_by_a_name_says_in_which_role(window, store, qtbot) -> None:
    found = results(window, qtbot, "陈静")
    assert found["2025年第1次支部党员大会记录（学习贯彻全会精神）"] == "记录人：陈静"
    window.search_box.clear()
    assert results(window, qtbot, "李娜")["谈工作思想"] == "谈话对象：李娜"
