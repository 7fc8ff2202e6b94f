"""Votes on the 决议与表决 tab: more votes cast than voters present is shown as 表决无效 while typing."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.conftest import type_text
from tests.ui.test_meetings import new_meeting, saved


def test_more_votes_than_voters_present_is_invalid_live(window, store, monkeypatch, qtbot) -> None:
    editor = new_meeting(window, monkeypatch, "general_meeting")
    section = editor.attendance
    qtbot.mouseClick(section.all_present, Qt.MouseButton.LeftButton)  # 21 voters and 2 预备党员 present
    editor.tabs.setCurrentWidget(editor.resolutions)
    card = editor.resolutions.list.add_new()
    type_text(card.text, "同意接收赵倩同志为中共预备党员")
    qtbot.waitUntil(card.voted.isVisible)  # the new card is laid out
    qtbot.mouseClick(card.voted, Qt.MouseButton.LeftButton)
    card.yes.setValue(21)
    assert card.verdict.text().endswith("决议通过") and card.verdict.objectName() == "verdictOk"
    card.abstain.setValue(1)  # a 预备党员's hand counted
    assert card.verdict.text() == ("应到会有表决权党员 21 人，实到 21 人，超过半数，符合规定；"
                                   "但赞成、反对、弃权合计 22 票，超过实到有表决权党员 21 人，表决无效")
    assert card.verdict.objectName() == "verdictBad"
    editor.tabs.setCurrentWidget(section)  # one voter marked away: the verdict follows the attendance
    row = section.row_of("李娜")
    section.status_box(row).setCurrentIndex(section.status_box(row).findData("leave"))
    assert "合计 22 票，超过实到有表决权党员 20 人，表决无效" in card.verdict.text()
    card.abstain.setValue(0)
    card.yes.setValue(20)
    assert card.verdict.text().endswith("赞成 20 票，超过应到会有表决权党员半数，决议通过")
    card.abstain.setValue(2)
    def stored() -> tuple[int, int, int] | None:
        vote = saved(store, editor).resolutions[0].vote
        return None if vote is None else (vote.yes, vote.against, vote.abstain)

    qtbot.waitUntil(lambda: stored() == (20, 0, 2), timeout=4000)  # the counts are kept as typed
