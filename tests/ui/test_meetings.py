"""会议记录: new meetings from the template, attendance, speeches, votes with the verdict, autosave, 定稿 and 更正."""

from __future__ import annotations

from datetime import date, time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QToolButton

from models.domain import MEETING_TYPES
from tests.ui.conftest import type_text
from ui.meetings.amend_dialog import AmendDialog
from ui.meetings.new_dialog import NewMeeting, NewMeetingDialog

DAY = date(2025, 9, 10)


def new_meeting(window, monkeypatch, kind: str, group: str | None = None):
    monkeypatch.setattr(NewMeetingDialog, "ask", classmethod(lambda cls, *a: NewMeeting(kind, DAY, group)))
    window.show_page("meetings")
    window.actions_by_key["new"].trigger()
    window.ctx.writes.settle()  # the new meeting is written, then opened
    editor = window.pages["meetings"].editor
    assert editor is not None and editor.isVisible()
    return editor


def saved(store, editor):
    return store.meeting(editor.meeting.id)


@pytest.mark.parametrize("kind", list(MEETING_TYPES))
def test_new_meeting_of_each_kind_fills_the_template(window, store, monkeypatch, kind) -> None:
    group = "g1" if kind == "group_meeting" else None
    editor = new_meeting(window, monkeypatch, kind, group)
    m = saved(store, editor)
    assert m.type == kind and m.date == DAY and m.status == "draft"
    expected = {"committee_meeting": 5, "group_meeting": 12}.get(kind, 23)  # 21 full + 2 probationary members
    assert len(m.attendance) == expected
    assert editor.attendance.table.rowCount() == expected
    if kind == "committee_meeting":
        assert editor.attendance.table.item(0, 0).text() == "王丽华"  # 书记 first
    if kind != "other":
        assert m.agenda and editor.basics.agenda.toPlainText().splitlines() == list(m.agenda)
    assert m.host == "m1"  # nobody hosted before: the secretary
    assert editor.basics.kind.text() == MEETING_TYPES[kind]


def test_host_and_recorder_are_remembered(window, store, monkeypatch, qtbot) -> None:
    editor = new_meeting(window, monkeypatch, "committee_meeting")
    editor.basics.host.set_member("m3")
    editor.basics.recorder.set_member("m2")
    assert editor.save()
    assert saved(store, editor).recorder == "m2"
    first = editor.meeting.id
    draft = new_meeting(window, monkeypatch, "theme_day")
    assert (saved(store, draft).host, saved(store, draft).recorder) == ("m1", None)  # a draft is not remembered
    window.pages["meetings"].open_meeting(first)
    qtbot.mouseClick(editor.finalize_button, Qt.MouseButton.LeftButton)  # what went on paper is
    assert saved(store, editor).status == "final"
    editor.back_requested.emit()
    second = new_meeting(window, monkeypatch, "theme_day")
    m = saved(store, second)
    assert (m.host, m.recorder) == ("m3", "m2")


def test_attendance_counts_and_all_present_autosave(window, store, monkeypatch, qtbot) -> None:
    editor = new_meeting(window, monkeypatch, "general_meeting")
    section = editor.attendance
    # everyone expected starts as 出席: the clerk marks who was away
    assert section.counts.text() == "应到 23 人，实到 23 人；有表决权党员应到 21 人，实到 21 人"
    assert all(a.status == "present" for a in saved(store, editor).attendance)
    qtbot.mouseClick(section.all_present, Qt.MouseButton.LeftButton)
    assert section.counts.text() == "应到 23 人，实到 23 人；有表决权党员应到 21 人，实到 21 人"
    row = section.row_of("李娜")
    section.status_box(row).setCurrentIndex(section.status_box(row).findData("leave"))
    type_text(section.reason_box(row), "病假")
    assert "实到 22 人" in section.counts.text()
    qtbot.waitUntil(lambda: any(a.status == "leave" and a.reason == "病假"
                                for a in saved(store, editor).attendance), timeout=4000)
    stored = {a.member: a for a in saved(store, editor).attendance}
    assert stored["m7"].status == "leave" and stored["m1"].status == "present"


def test_speeches_in_order_with_member_and_guest(window, store, monkeypatch, qtbot) -> None:
    editor = new_meeting(window, monkeypatch, "committee_meeting")
    editor.tabs.setCurrentWidget(editor.speeches)
    cards = editor.speeches.list
    first = cards.add_new()
    type_text(first.speaker, "李娜")
    type_text(first.content, "同意上报，建议补充群众意见。")
    second = cards.add_new()
    type_text(second.speaker, "市妇联 王主任")
    type_text(second.content, "支部工作扎实。")
    qtbot.mouseClick(second.findChildren(QToolButton)[0], Qt.MouseButton.LeftButton)  # ↑ moves the guest first
    assert editor.save()
    speeches = saved(store, editor).speeches
    assert [(s.speaker, s.speaker_name) for s in speeches] == [(None, "市妇联 王主任"), ("m7", None)]
    assert speeches[1].content == "同意上报，建议补充群众意见。"


def test_vote_shows_the_verdict_live_and_is_stored(window, store, monkeypatch, qtbot) -> None:
    editor = new_meeting(window, monkeypatch, "general_meeting")
    section = editor.attendance
    qtbot.mouseClick(section.all_present, Qt.MouseButton.LeftButton)
    for i in range(11, 22):  # eleven full members away: 10 of 21 voters present
        row = section.row_of(store.person(f"m{i}").name)
        section.status_box(row).setCurrentIndex(section.status_box(row).findData("absent"))
    editor.tabs.setCurrentWidget(editor.resolutions)
    card = editor.resolutions.list.add_new()
    type_text(card.text, "同意接收赵倩同志为中共预备党员")
    card.kind.setCurrentIndex(card.kind.findData("admission"))
    card.voted.setChecked(True)
    card.yes.setValue(10)
    assert card.verdict.text() == "应到会有表决权党员 21 人，实到 10 人，未超过半数，表决无效"
    editor.tabs.setCurrentWidget(section)
    qtbot.mouseClick(section.all_present, Qt.MouseButton.LeftButton)
    card.yes.setValue(19)
    card.against.setValue(1)
    card.abstain.setValue(1)
    assert card.verdict.text() == ("应到会有表决权党员 21 人，实到 21 人，超过半数，符合规定；"
                                   "赞成 19 票，超过应到会有表决权党员半数，决议通过")
    qtbot.waitUntil(lambda: saved(store, editor).resolutions[0].vote.yes == 19, timeout=4000)
    r = saved(store, editor).resolutions[0]
    assert (r.kind, r.vote.yes, r.vote.against, r.vote.abstain) == ("admission", 19, 1, 1)


def test_finalise_then_amend_with_a_reason(window, store, monkeypatch, qtbot, notices) -> None:
    editor = new_meeting(window, monkeypatch, "committee_meeting")
    qtbot.mouseClick(editor.attendance.all_present, Qt.MouseButton.LeftButton)
    type_text(editor.summary.summary, "会议研究了三季度工作。")
    qtbot.mouseClick(editor.finalize_button, Qt.MouseButton.LeftButton)
    m = saved(store, editor)
    assert m.status == "final" and m.summary == "会议研究了三季度工作。"
    assert editor.summary.summary.isReadOnly() and not editor.attendance.all_present.isEnabled()
    assert "定稿" in editor.banner.text()
    qtbot.mouseClick(editor.amend_button, Qt.MouseButton.LeftButton)
    assert not editor.summary.summary.isReadOnly()
    editor.summary.summary.moveCursor(QTextCursor.MoveOperation.End)
    type_text(editor.summary.summary, "会后由组织委员落实。")
    monkeypatch.setattr(AmendDialog, "ask", classmethod(lambda cls, parent: ("记录人漏记", "补记会后分工")))
    qtbot.mouseClick(editor.save_amend_button, Qt.MouseButton.LeftButton)
    m = saved(store, editor)
    assert m.status == "final" and m.summary.endswith("会后由组织委员落实。")
    assert [(a.reason, a.summary) for a in m.amendments] == [("记录人漏记", "补记会后分工")]
    assert "记录人漏记" in editor.banner.text() and editor.summary.summary.isReadOnly()


def test_edit_is_saved_when_focus_moves(window, store, monkeypatch, qtbot) -> None:
    editor = new_meeting(window, monkeypatch, "theme_day")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    type_text(editor.basics.title, "（志愿服务）")
    editor.basics.location.setFocus()
    assert saved(store, editor).title.endswith("（志愿服务）")  # at once, not after the timer


def test_meeting_list_filters(window, store, monkeypatch, qtbot) -> None:
    page = window.show_page("meetings")
    meeting_list = page.list
    qtbot.waitUntil(lambda: meeting_list.model.rowCount() == 2)
    meeting_list.kind.setCurrentIndex(meeting_list.kind.findData("committee_meeting"))
    qtbot.waitUntil(lambda: meeting_list.model.rowCount() == 1)
    assert meeting_list.model.index(0, 2).data() == "研究部署年度党建工作"
    assert meeting_list.model.index(0, 6).data() == "已定稿"
    meeting_list.kind.setCurrentIndex(0)
    meeting_list.status.setCurrentIndex(meeting_list.status.findData("draft"))
    qtbot.waitUntil(lambda: meeting_list.count.text() == "共 1 条，其中草稿 1 条")
    assert meeting_list.model.index(0, 4).data() == "23"


def test_unsaved_amendment_survives_a_restart(window, store, monkeypatch, qtbot, notices) -> None:
    from ui.meetings import recovery

    page = window.show_page("meetings")
    page.open_meeting("mt1")  # finalised
    editor = page.editor
    qtbot.mouseClick(editor.amend_button, Qt.MouseButton.LeftButton)
    editor.summary.summary.moveCursor(QTextCursor.MoveOperation.End)
    type_text(editor.summary.summary, "（补记：会后传达到各党小组。）")
    qtbot.waitUntil(lambda: recovery.recovered("mt1") is not None, timeout=4000)
    assert store.meeting("mt1").summary == ""  # not an amendment yet: the record itself is unchanged
    editor.open(store.meeting("mt1"))  # as after a restart: the program offers the unsaved correction back
    assert "尚未保存的修改" in notices.texts()
    assert editor.amending and editor.summary.summary.toPlainText().endswith("（补记：会后传达到各党小组。）")
    monkeypatch.setattr(AmendDialog, "ask", classmethod(lambda cls, parent: ("补记", "补记传达情况")))
    qtbot.mouseClick(editor.save_amend_button, Qt.MouseButton.LeftButton)
    assert store.meeting("mt1").summary.endswith("（补记：会后传达到各党小组。）")
    assert recovery.recovered("mt1") is None


def test_ctrl_p_previews_the_minutes_as_typed(window, store, monkeypatch, qtbot) -> None:
    from ui.printing import PrintPreview

    shown = []
    monkeypatch.setattr(PrintPreview, "show", classmethod(lambda cls, parent, document, title: shown.append(
        (document, title))))
    page = window.show_page("meetings")
    page.open_meeting("mt2")
    type_text(page.editor.summary.summary, "会后各党小组组织专题学习。")
    window.actions_by_key["print"].trigger()
    qtbot.waitUntil(lambda: bool(shown))  # read and laid out in the background
    document, title = shown[0]
    assert title == "学习贯彻全会精神"
    text = document.plain_text()
    assert "支部党员大会" in text and "会后各党小组组织专题学习。" in text
    assert "会后各党小组组织专题学习。" in store.meeting("mt2").summary  # printing saved it first


def test_attachments_photo_thumbnail_and_drop(window, store, monkeypatch, qtbot, tmp_path) -> None:
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QColor, QDropEvent, QImage

    from ui.meetings import attachments

    photo = tmp_path / "会议照片.png"
    image = QImage(320, 240, QImage.Format.Format_RGB32)
    image.fill(QColor("#a3262a"))
    image.save(str(photo))
    notes = tmp_path / "学习材料.txt"
    notes.write_text("学习材料", encoding="utf-8")
    editor = new_meeting(window, monkeypatch, "theme_day")
    section = editor.attachments
    editor.tabs.setCurrentWidget(section)
    monkeypatch.setattr(attachments, "ask_files", lambda parent: [str(photo)])
    qtbot.mouseClick(section.add_button, Qt.MouseButton.LeftButton)
    assert not section.list.item(0).icon().isNull()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(notes))])
    drop = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    section.dropEvent(drop)
    qtbot.waitUntil(lambda: len(saved(store, editor).attachments) == 2, timeout=4000)
    stored = saved(store, editor).attachments
    assert [(a.name, a.media_type) for a in stored] == [("会议照片.png", "image/png"), ("学习材料.txt", "text/plain")]
    assert stored[1].data == "学习材料".encode()
    section.list.setCurrentRow(1)
    section.remove_selected()
    qtbot.waitUntil(lambda: len(saved(store, editor).attachments) == 1, timeout=4000)


def test_lecture_guests_and_other_duties(window, store, monkeypatch, qtbot) -> None:
    editor = new_meeting(window, monkeypatch, "theme_day")
    basics = editor.basics
    assert not basics.lecture_box.isVisibleTo(editor)
    basics.also["party_lecture"].setChecked(True)  # a theme day with a Party lecture counts as both
    assert basics.lecture_box.isVisibleTo(editor)
    type_text(basics.lecturer, "市委党校 李教授")
    type_text(basics.lecture_title, "学习党章")
    type_text(basics.start, "14点30")
    type_text(basics.end, "1600")
    basics.end.editingFinished.emit()
    assert basics.end.text() == "16:00"
    qtbot.mouseClick(basics.add_guest_button, Qt.MouseButton.LeftButton)
    basics.guests.item(0, 0).setText("李教授")
    basics.guests.item(0, 1).setText("市委党校")
    assert editor.save()
    m = saved(store, editor)
    assert m.also_counts_as == ("party_lecture",)
    assert (m.lecturer, m.lecturer_member, m.lecture_title) == ("市委党校 李教授", None, "学习党章")
    assert [(g.name, g.title) for g in m.guests] == [("李教授", "市委党校")]
    assert (m.start, m.end) == (time(14, 30), time(16, 0))


def test_a_reopened_draft_opens_on_the_tab_last_used(window, store, monkeypatch, qtbot) -> None:
    from ui.main_window import MainWindow

    page = window.show_page("meetings")
    page.open_meeting("mt2")  # a draft
    page.editor.tabs.setCurrentWidget(page.editor.speeches)
    page.show_list()
    page.open_meeting("mt1")  # final: opens on its first tab
    assert page.editor.tabs.currentIndex() == 0
    page.open_meeting("mt2")
    assert page.editor.tabs.currentWidget() is page.editor.speeches
    window.close()
    again = MainWindow(store._store)  # the next start reopens the draft where the clerk was writing
    qtbot.addWidget(again)
    again.show()
    editor = again.pages["meetings"].editor
    assert editor.meeting.id == "mt2" and editor.tabs.currentWidget() is editor.speeches


def test_finalised_text_fields_look_read_only(window, store, monkeypatch, qtbot) -> None:
    editor = new_meeting(window, monkeypatch, "committee_meeting")
    editor.tabs.setCurrentWidget(editor.summary)
    field = editor.summary.summary
    qtbot.waitUntil(field.isVisible)

    def background() -> str:
        return field.grab().toImage().pixelColor(field.width() // 2, field.height() // 2).name()

    editable = background()
    qtbot.mouseClick(editor.finalize_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(field.isReadOnly)  # finalised in the background
    assert background() != editable and background() == "#eef1f4"
    title = editor.basics.title
    assert title.isReadOnly() and title.grab().toImage().pixelColor(title.width() // 2, 3).name() == "#eef1f4"
