"""Nothing in a meeting disappears without a way back: deleting asks first, agenda lines can be undone,
放弃更正 asks before the changes go."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QToolButton

from tests.ui.conftest import type_text
from tests.ui.test_meetings import new_meeting, saved


def delete_button(card) -> QToolButton:
    return next(b for b in card.findChildren(QToolButton) if b.text() == "✕")


def test_deleting_a_speech_or_resolution_asks_first(window, store, monkeypatch, qtbot, notices) -> None:
    editor = new_meeting(window, monkeypatch, "committee_meeting")
    for section, field in ((editor.speeches, "content"), (editor.resolutions, "text")):
        editor.tabs.setCurrentWidget(section)
        card = section.list.add_new()
        type_text(getattr(card, field), "同意上报。")
        notices.answer = False
        qtbot.mouseClick(delete_button(card), Qt.MouseButton.LeftButton)
        assert notices.shown[-1] == ("删除", "删除第 1 项？其中的内容将被删除。")
        assert section.list.cards == [card]
        notices.answer = True
        qtbot.mouseClick(delete_button(card), Qt.MouseButton.LeftButton)
        assert section.list.cards == []
    asked = len(notices.shown)
    empty = editor.speeches.list.add_new()
    qtbot.mouseClick(delete_button(empty), Qt.MouseButton.LeftButton)  # nothing typed: nothing to lose
    assert editor.speeches.list.cards == [] and len(notices.shown) == asked
    assert editor.save() and saved(store, editor).speeches == () and saved(store, editor).resolutions == ()


def test_a_deleted_agenda_item_comes_back_with_undo(window, store, monkeypatch, qtbot) -> None:
    editor = new_meeting(window, monkeypatch, "committee_meeting")
    agenda = editor.basics.agenda
    items = agenda.toPlainText().splitlines()
    assert len(items) >= 2
    cursor = agenda.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.Start)
    cursor.movePosition(QTextCursor.MoveOperation.Down, QTextCursor.MoveMode.KeepAnchor)
    agenda.setTextCursor(cursor)
    qtbot.keyClick(agenda, Qt.Key.Key_Delete)  # the first item gone
    assert agenda.toPlainText().splitlines() == items[1:]
    assert editor.save() and saved(store, editor).agenda == tuple(items[1:])
    qtbot.keyClick(agenda, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert agenda.toPlainText().splitlines() == items
    assert editor.save() and saved(store, editor).agenda == tuple(items)


def test_giving_up_an_amendment_asks_first(window, store, monkeypatch, qtbot, notices) -> None:
    editor = new_meeting(window, monkeypatch, "committee_meeting")
    type_text(editor.summary.summary, "会议研究了三季度工作。")
    qtbot.mouseClick(editor.finalize_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(editor.amend_button.isVisible)  # finalised in the background
    qtbot.mouseClick(editor.amend_button, Qt.MouseButton.LeftButton)
    editor.summary.summary.moveCursor(QTextCursor.MoveOperation.End)
    type_text(editor.summary.summary, "补记。")
    notices.answer = False
    qtbot.mouseClick(editor.cancel_amend_button, Qt.MouseButton.LeftButton)
    assert notices.shown[-1][0] == "放弃更正" and editor.amending
    assert editor.summary.summary.toPlainText().endswith("补记。")
    notices.answer = True
    qtbot.mouseClick(editor.cancel_amend_button, Qt.MouseButton.LeftButton)
    assert not editor.amending and editor.summary.summary.toPlainText() == "会议研究了三季度工作。"
