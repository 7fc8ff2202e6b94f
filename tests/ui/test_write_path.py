"""One way to write: every write of the program runs off the UI thread, in the order asked; typing without a
pause is saved; a save that fails keeps the text and says so once."""

from __future__ import annotations

import sqlite3
import threading
import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest

from models.services import Store
from tests.ui.conftest import type_text
from tests.ui.test_meetings import new_meeting
from ui.meetings import recovery
from ui.widgets.autosave import AUTOSAVE_MS, LONGEST_WAIT_MS

WRITES = ("save_meeting", "finalize_meeting", "amend_meeting", "delete_meeting", "save_talk", "delete_talk",
          "save_person", "save_people", "delete_person", "save_group", "delete_group", "set_committee",
          "save_rectification", "delete_rectification", "save_evaluation", "update_branch", "set_rules",
          "lock_year", "import_data")


@pytest.fixture
def write_threads(monkeypatch) -> list[tuple[str, bool]]:
    """(method, on the UI thread?) for every write the program makes."""
    seen: list[tuple[str, bool]] = []
    for name in WRITES:
        original = getattr(Store, name)

        def recorded(self, *args, _name=name, _original=original, **kwargs):
            seen.append((_name, threading.current_thread() is threading.main_thread()))
            return _original(self, *args, **kwargs)

        monkeypatch.setattr(Store, name, recorded)
    return seen


def test_no_widget_writes_on_the_ui_thread(window, store, monkeypatch, qtbot, notices, write_threads) -> None:
    from ui.meetings.amend_dialog import AmendDialog

    editor = new_meeting(window, monkeypatch, "committee_meeting")
    type_text(editor.summary.summary, "研究了三季度工作。")
    editor.save()
    qtbot.mouseClick(editor.finalize_button, Qt.MouseButton.LeftButton)
    window.ctx.writes.settle()
    qtbot.mouseClick(editor.amend_button, Qt.MouseButton.LeftButton)
    type_text(editor.summary.summary, "补记。")
    monkeypatch.setattr(AmendDialog, "ask", classmethod(lambda cls, parent: ("笔误", "补记")))
    qtbot.mouseClick(editor.save_amend_button, Qt.MouseButton.LeftButton)
    window.ctx.writes.settle()
    talks = window.show_page("talks")
    talks.set_year(2025)
    talks.list.selectRow(0)
    type_text(talks.editor.content, "谈了思想。")
    talks.editor.save()
    settings_page = window.show_page("settings")
    settings_page.section("branch").short_name.setText("档案馆支部")
    settings_page.save_now()
    archive = window.show_page("archive")
    archive.lock()
    window.ctx.writes.settle()
    assert store.meeting(editor.meeting.id).amendments and store.branch().short_name == "档案馆支部"
    assert 2025 in store.locked_years()
    made = {name for name, _ in write_threads}
    assert {"save_meeting", "finalize_meeting", "amend_meeting", "save_talk", "update_branch", "lock_year"} <= made
    assert not [name for name, on_ui in write_threads if on_ui], write_threads
    assert notices.crashes == []


def test_typing_without_a_pause_is_saved(window, store, monkeypatch, qtbot) -> None:
    """A clerk who types on for longer than the pause never waits, yet the text reaches the database."""
    editor = new_meeting(window, monkeypatch, "committee_meeting")
    box = editor.summary.summary
    box.setFocus()
    start = time.monotonic()
    typed = ""
    while time.monotonic() - start < (LONGEST_WAIT_MS + AUTOSAVE_MS) / 1000 + 3:
        type_text(box, "字")
        typed += "字"
        QTest.qWait(AUTOSAVE_MS // 5)  # never a pause long enough for the pause timer
        stored = sqlite3.connect(window.ctx.store.engine.url.database).execute(
            "select summary from meeting where ext_id = ?", (editor.meeting.id,)).fetchone()[0]
        if stored and stored.startswith("字字字"):
            break
    else:
        pytest.fail(f"nothing saved after {time.monotonic() - start:.1f} s of continuous typing")
    assert time.monotonic() - start < (LONGEST_WAIT_MS + AUTOSAVE_MS) / 1000 + 3


def test_a_failed_save_keeps_the_text_and_tells_once(window, store, monkeypatch, qtbot, notices) -> None:
    editor = new_meeting(window, monkeypatch, "committee_meeting")
    meeting_id = editor.meeting.id

    def full(self, meeting):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Store, "save_meeting", full)
    type_text(editor.summary.summary, "磁盘满时输入的内容。")
    editor.save()
    window.ctx.writes.settle()
    assert "磁盘空间不足" in notices.texts() and notices.crashes == []
    assert "未能保存" in editor.state.text()
    kept = recovery.recovered(meeting_id)
    assert kept is not None and kept.summary == "磁盘满时输入的内容。"  # on disk, not only on screen
    shown = len(notices.shown)
    type_text(editor.summary.summary, "又一句。")
    editor.save()
    window.ctx.writes.settle()
    assert len(notices.shown) == shown  # told once, not at every try
    monkeypatch.undo()  # the disk has room again: the next try writes it
    editor.save()
    window.ctx.writes.settle()
    assert store.meeting(meeting_id).summary == "磁盘满时输入的内容。又一句。"
    assert recovery.recovered(meeting_id) is None and "已自动保存" in editor.state.text()


def test_writes_are_written_in_the_order_asked(window, store) -> None:
    from ui.operations import Changes

    order: list[str] = []
    for n in range(20):
        window.ctx.writes.run(lambda s, n=n: (time.sleep(0.001 * (n % 3)), order.append(str(n)))[1],
                              Changes(), success=lambda _: None)
    window.ctx.writes.settle()
    assert order == [str(n) for n in range(20)]


def test_closing_with_text_that_could_not_be_saved_asks_first(window, store, monkeypatch, qtbot, notices) -> None:
    editor = new_meeting(window, monkeypatch, "committee_meeting")

    def read_only(self, meeting):
        raise OSError(30, "Read-only file system")

    monkeypatch.setattr(Store, "save_meeting", read_only)
    type_text(editor.summary.summary, "只读时输入的内容。")
    notices.answer = False  # 否: stay
    window.close()
    assert window.isVisible() and not window.closed
    assert "有内容未能保存" in notices.texts() and "恢复文件" in notices.texts()
    assert recovery.recovered(editor.meeting.id).summary == "只读时输入的内容。"
    notices.answer = True  # 是: quit; the recovery file keeps the text for the next start
    window.close()
    assert window.closed and recovery.recovered(editor.meeting.id) is not None


def test_closing_with_text_that_could_not_be_saved_offers_to_save_it_elsewhere(window, store, monkeypatch, qtbot,
                                                                                notices, tmp_path) -> None:
    editor = new_meeting(window, monkeypatch, "committee_meeting")

    def full(self, meeting):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Store, "save_meeting", full)
    type_text(editor.summary.summary, "磁盘已满时输入的小结。")
    editor.speeches.list.add_new().content.setPlainText("王丽华的发言要点。")
    editor.save()
    window.ctx.writes.settle()
    stick = tmp_path / "U盘" / "未能保存的内容.txt"
    stick.parent.mkdir()
    notices.unsaved_path = str(stick)
    notices.close_choices = ["save", None]  # 另存到文件…, then 留在程序中
    window.close()
    assert not window.closed
    text = stick.read_text(encoding="utf-8-sig")
    assert "以下内容未能保存到数据库" in text and "磁盘已满时输入的小结。" in text and "王丽华的发言要点。" in text
    assert "小结：磁盘已满时输入的小结。" in text and editor.meeting.title in text
    assert f"已另存到：{stick}" in notices.texts()
    notices.close_choices = ["quit"]
    window.close()
    assert window.closed


def test_a_record_saved_in_another_window_is_never_overwritten_silently(window, store, db_path, qtbot,
                                                                        notices) -> None:
    import dataclasses

    page = window.show_page("meetings")
    page.open_meeting("mt2")
    editor = page.editor
    other = Store.open(db_path)  # another window of the program on the same file
    other.save_meeting(dataclasses.replace(other.meeting("mt2"), summary="另一个窗口写的小结。"))
    other.close()
    notices.answer = False  # first: keep what the other window saved
    type_text(editor.summary.summary, "这里输入的小结。")
    editor.save()
    window.ctx.writes.settle()
    assert "已在别处" in notices.texts() and notices.crashes == []
    assert store.meeting("mt2").summary == "另一个窗口写的小结。"  # not overwritten
    assert editor.summary.summary.toPlainText() == "另一个窗口写的小结。"  # shown as stored
    notices.answer = True
    editor.summary.summary.moveCursor(QTextCursor.MoveOperation.End)
    type_text(editor.summary.summary, "改。")  # the next edit saves over the stored record, as shown
    page.open_meeting("mt1")
    page.open_meeting("mt2")
    window.ctx.writes.settle()
    assert store.meeting("mt2").summary == "另一个窗口写的小结。改。"
