"""A 民主评议 whose meeting is finalised is read-only; a change is an amendment with a reason, or nothing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from models.storage.errors import RecordLocked
from tests.ui.test_orglife_evaluation import set_votes, started, stored
from ui.meetings.amend_dialog import AmendDialog
from ui.orglife.evaluation_grid import REMARKS


def finalised(window, store, qtbot):
    view = started(window, store, qtbot)
    set_votes(qtbot, view, 0, (15, 5, 0, 0))
    assert view.save()
    store.finalize_meeting("ev")
    view.reload()
    return view


def test_the_grid_of_a_finalised_evaluation_cannot_be_edited(window, store, qtbot) -> None:
    view = finalised(window, store, qtbot)
    grid = view.grid
    assert view.lock_banner.isVisible() and "已定稿" in view.lock_banner.text()
    assert not grid.vote_box(0, 0).isEnabled() and not grid.grade_box(0).isEnabled()
    assert not view.voters.isEnabled() and not view.refill_button.isEnabled()
    grid.setCurrentCell(0, REMARKS)
    qtbot.keyClicks(grid, "x")  # any key would start editing an editable cell
    assert grid.state() != grid.State.EditingState and grid.item(0, REMARKS).text() == ""
    assert view.save() and stored(store).results[0].votes.excellent == 15
    with pytest.raises(RecordLocked):  # nor behind the screen's back
        store.save_evaluation(stored(store))


def test_a_change_is_saved_as_an_amendment_of_the_meeting(window, store, qtbot, monkeypatch) -> None:
    view = finalised(window, store, qtbot)
    qtbot.mouseClick(view.amend_button, Qt.MouseButton.LeftButton)
    assert view.grid.vote_box(0, 0).isEnabled()
    view.grid.setCurrentCell(0, REMARKS)
    qtbot.keyClicks(view.grid, "x")  # the same key now opens the cell for typing
    assert view.grid.state() == view.grid.State.EditingState
    view.grid.setFocus()
    set_votes(qtbot, view, 0, (14, 6, 0, 0))
    monkeypatch.setattr(AmendDialog, "ask", classmethod(lambda cls, parent: ("唱票有误", "王丽华优秀票 14")))
    qtbot.mouseClick(view.save_amend_button, Qt.MouseButton.LeftButton)
    assert stored(store).results[0].votes.excellent == 14
    amendments = store.meeting("ev").amendments
    assert [(a.reason, a.summary) for a in amendments] == [("唱票有误", "更正民主评议测评结果：王丽华优秀票 14")]
    assert not view.grid.vote_box(0, 0).isEnabled()  # locked again


def test_giving_up_an_amendment_asks_and_keeps_the_stored_tally(window, store, qtbot, notices) -> None:
    view = finalised(window, store, qtbot)
    qtbot.mouseClick(view.amend_button, Qt.MouseButton.LeftButton)
    set_votes(qtbot, view, 0, (1, 1, 1, 1))
    notices.answer = False
    qtbot.mouseClick(view.cancel_amend_button, Qt.MouseButton.LeftButton)
    assert "不保存这次更正吗" in notices.texts() and view.grid.vote_box(0, 3).value() == 1
    notices.answer = True
    qtbot.mouseClick(view.cancel_amend_button, Qt.MouseButton.LeftButton)
    assert view.grid.vote_box(0, 0).value() == 15 and stored(store).results[0].votes.excellent == 15
