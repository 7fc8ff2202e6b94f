"""The next meeting's 地点 comes from the last record finalised, not from a draft's text typed or corrected later."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.conftest import type_text
from tests.ui.test_meetings import new_meeting, saved


def retype_location(editor, text: str) -> None:
    editor.tabs.setCurrentIndex(0)
    editor.basics.location.selectAll()
    type_text(editor.basics.location, text)
    assert editor.save()


def test_the_place_of_the_last_final_record_is_the_next_meetings(window, store, monkeypatch, qtbot) -> None:
    first = new_meeting(window, monkeypatch, "committee_meeting")
    retype_location(first, "机关三楼会议室")
    qtbot.mouseClick(first.finalize_button, Qt.MouseButton.LeftButton)
    window.ctx.writes.settle()
    assert saved(store, first).status == "final"

    draft = new_meeting(window, monkeypatch, "theme_day")
    assert saved(store, draft).location == "机关三楼会议室"
    retype_location(draft, "社区服务中心")  # a draft's place, still to be corrected: not remembered
    window.ctx.writes.settle()

    third = new_meeting(window, monkeypatch, "group_meeting", "g1")
    assert saved(store, third).location == "机关三楼会议室"
