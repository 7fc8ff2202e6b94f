"""A scanned 签到表 or photos arrive after 定稿: attached without an amendment, with the time they were added, in
the record and in the minutes; in a year archived and locked it is an amendment like any change."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage

from exports.documents import document_of
from tests.ui.conftest import type_text
from tests.ui.test_meetings import new_meeting, saved
from ui.meetings import attachments
from ui.meetings.amend_dialog import AmendDialog


def finalised(window, store, monkeypatch, qtbot, photo: Path):
    """A 支委会 with a photo attached while a draft, then finalised."""
    editor = new_meeting(window, monkeypatch, "committee_meeting")
    type_text(editor.summary.summary, "会议研究了三季度工作。")
    editor.tabs.setCurrentWidget(editor.attachments)
    monkeypatch.setattr(attachments, "ask_files", lambda parent: [str(photo)])
    qtbot.mouseClick(editor.attachments.add_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(editor.finalize_button, Qt.MouseButton.LeftButton)
    window.ctx.writes.settle()
    assert saved(store, editor).status == "final"
    return editor


def files(tmp_path: Path) -> tuple[Path, Path]:
    photo, scan = tmp_path / "会议照片.png", tmp_path / "签到表扫描.pdf"
    image = QImage(32, 24, QImage.Format.Format_RGB32)
    image.fill(QColor("#a3262a"))
    image.save(str(photo))
    scan.write_bytes(b"%PDF-1.4 scan")
    return photo, scan


def test_a_scanned_sign_in_sheet_is_added_to_a_final_record_with_its_time(
    window, store, monkeypatch, qtbot, tmp_path
) -> None:
    photo, scan = files(tmp_path)
    editor = finalised(window, store, monkeypatch, qtbot, photo)
    section = editor.attachments
    editor.tabs.setCurrentWidget(section)
    assert section.add_button.isEnabled() and not section.remove_button.isEnabled()
    assert "仍可补充" in section.hint.text()
    assert "定稿后补充" not in section.list.item(0).text() and "添加于" in section.list.item(0).text()

    monkeypatch.setattr(attachments, "ask_files", lambda parent: [str(scan)])
    qtbot.mouseClick(section.add_button, Qt.MouseButton.LeftButton)
    window.ctx.writes.settle()

    m = saved(store, editor)
    assert m.status == "final" and m.amendments == ()  # no amendment for a file that arrives later
    assert [a.name for a in m.attachments] == ["会议照片.png", "签到表扫描.pdf"]
    late = m.attachments[1]
    assert late.added_at is not None and late.added_at >= m.finalized_at
    assert editor.tabs.currentWidget() is section and section.list.count() == 2
    assert section.list.item(1).text().startswith("签到表扫描.pdf") and "定稿后补充" in section.list.item(1).text()
    text = document_of(store.record_data(m.id)).plain_text()
    day = f"{int(late.added_at[:4])}年{int(late.added_at[5:7])}月{int(late.added_at[8:10])}日"
    assert "附件" in text and "1. 会议照片.png\n" in text
    assert f"2. 签到表扫描.pdf（定稿后于 {day}补充）" in text


def test_in_a_locked_year_the_file_is_an_amendment(window, store, monkeypatch, qtbot, tmp_path, notices) -> None:
    photo, scan = files(tmp_path)
    editor = finalised(window, store, monkeypatch, qtbot, photo)
    store.lock_year(editor.meeting.date.year)
    section = editor.attachments
    monkeypatch.setattr(attachments, "ask_files", lambda parent: [str(scan)])

    qtbot.mouseClick(section.add_button, Qt.MouseButton.LeftButton)

    assert any("年度已归档锁定，补充附件需作为更正保存" in text for _, text in notices.shown)
    assert editor.amending and section.list.count() == 2
    assert len(saved(store, editor).attachments) == 1  # nothing stored until 保存更正
    monkeypatch.setattr(AmendDialog, "ask", classmethod(lambda cls, parent: ("补充签到表", "会后补充签到表扫描件")))
    qtbot.mouseClick(editor.save_amend_button, Qt.MouseButton.LeftButton)
    window.ctx.writes.settle()
    m = saved(store, editor)
    assert [a.name for a in m.attachments] == ["会议照片.png", "签到表扫描.pdf"]
    assert [(a.reason, a.summary) for a in m.amendments] == [("补充签到表", "会后补充签到表扫描件")]


def test_the_store_refuses_a_late_file_in_a_locked_year(window, store, monkeypatch, qtbot, tmp_path) -> None:
    import pytest

    from models.storage.errors import RecordLocked
    from ui.meetings.attachments import attachment_from_file

    photo, scan = files(tmp_path)
    editor = finalised(window, store, monkeypatch, qtbot, photo)
    store.lock_year(editor.meeting.date.year)
    with pytest.raises(RecordLocked, match="补充附件需作为更正保存"):
        store.attach_to_final(editor.meeting.id, (attachment_from_file(scan),))
