"""第 n 次 in the meeting editor: the title as it will print, the clerk's correction before 定稿, fixed at 定稿."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from models.domain import Attendance, Meeting
from tests.ui.test_meetings import new_meeting, saved


def step(qtbot, spin, key: Qt.Key, times: int) -> None:
    for _ in range(times):
        qtbot.keyClick(spin, key)


def test_the_clerk_corrects_the_number_before_finalising_and_it_stays(window, store, monkeypatch, qtbot,
                                                                       notices) -> None:
    editor = new_meeting(window, monkeypatch, "committee_meeting")  # 2025-09-10; the 支委会 of January is final
    basics = editor.basics
    assert basics.heading.text() == "2025年第2次支部委员会会议记录"
    assert basics.number.text() == "第 2 次" and basics.by_date.isHidden()
    assert "按会议日期排定" in basics.number_note.text()

    step(qtbot, basics.number, Qt.Key.Key_Up, 3)  # the work book counts one the program does not know of
    assert basics.heading.text() == "2025年第5次支部委员会会议记录"
    assert basics.by_date.isVisible() and basics.by_date.text() == "按日期编号（第 2 次）"
    qtbot.waitUntil(lambda: saved(store, editor).number == 5, timeout=4000)

    qtbot.mouseClick(basics.by_date, Qt.MouseButton.LeftButton)
    assert basics.heading.text() == "2025年第2次支部委员会会议记录" and basics.by_date.isHidden()
    qtbot.waitUntil(lambda: saved(store, editor).number is None, timeout=4000)

    step(qtbot, basics.number, Qt.Key.Key_Down, 1)  # 第 1 次 is January's
    assert "第 1 次已用于2025年1月8日的记录" in basics.number_note.text()
    step(qtbot, basics.number, Qt.Key.Key_Up, 2)
    assert basics.heading.text() == "2025年第3次支部委员会会议记录" and "已手动改正" in basics.number_note.text()

    qtbot.mouseClick(editor.finalize_button, Qt.MouseButton.LeftButton)
    assert "标题固定为“2025年第3次支部委员会会议记录”" in notices.texts()
    qtbot.waitUntil(lambda: saved(store, editor).status == "final", timeout=4000)
    assert saved(store, editor).number == 3
    assert basics.number.isReadOnly() and basics.by_date.isHidden() and "定稿时固定" in basics.number_note.text()

    store.save_meeting(Meeting(id="late", type="committee_meeting", title="补录", date=date(2025, 3, 4),
                               attendance=(Attendance("m1"),)))  # entered late, held before
    listing = window.pages["meetings"].list
    listing.mark_stale()
    listing.reload()

    def shown() -> dict[str, str]:
        rows = range(listing.model.rowCount())
        return {listing.model.index(r, 2).data(): listing.model.index(r, 1).data() for r in rows}

    qtbot.waitUntil(lambda: "补录" in shown(), timeout=4000)
    titles = shown()
    assert titles["补录"] == "2025年第2次支部委员会会议记录"
    assert titles[saved(store, editor).title] == "2025年第3次支部委员会会议记录"  # on paper already: kept


def test_a_collision_is_named_before_finalising(window, store, monkeypatch, qtbot, notices) -> None:
    editor = new_meeting(window, monkeypatch, "committee_meeting")
    step(qtbot, editor.basics.number, Qt.Key.Key_Down, 1)
    notices.answer = False
    qtbot.mouseClick(editor.finalize_button, Qt.MouseButton.LeftButton)
    assert "“2025年第1次支部委员会会议记录”与2025年1月8日的记录标题相同" in notices.texts()
    assert saved(store, editor).status == "draft"
