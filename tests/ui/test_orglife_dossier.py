"""组织生活会 dossier: each step through its widgets (征求意见, 对照检查材料 typed and attached, 批评和自我批评),
what is still missing, the meeting editor's work kept, amendments of a final record, the printed minutes."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt

from models.domain import DEFAULT_RULES, Rules, TalkRules
from models.interchange import read_branch, write_branch
from tests.exports.readback import docx_text
from tests.ui.conftest import type_text
from tests.ui.test_orglife_page import orglife_page, save_to
from ui.meetings import attachments
from ui.meetings.amend_dialog import AmendDialog
from ui.orglife.new_meeting import MeetingDayDialog

DAY = date(2025, 12, 18)


def dossier_of(window, monkeypatch, qtbot):
    """The page with this year's 组织生活会 made from its button."""
    monkeypatch.setattr(MeetingDayDialog, "ask", classmethod(lambda cls, parent, day: DAY))
    page = orglife_page(window)
    qtbot.mouseClick(page.dossier.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.dossier.meeting is not None)  # written, then shown
    return page.dossier


def stored(store, dossier):
    return store.meeting(dossier.meeting.id)


def test_the_new_meeting_expects_every_member(window, store, monkeypatch, qtbot) -> None:
    dossier = dossier_of(window, monkeypatch, qtbot)
    m = stored(store, dossier)
    assert (m.type, m.date, m.title, m.host) == ("org_life_meeting", DAY, "2025年度组织生活会", "m1")
    assert len(m.attendance) == 23 and len(dossier.exams.cards) == 23
    assert dossier.exams.cards[0].name == "王丽华"
    assert dossier.steps.list.count() == 5
    assert dossier.steps.list.item(0).text().startswith("① 征求意见  ○")
    assert "尚未登记征求到的意见" in dossier.steps.missing.text()


def test_opinions_are_typed_and_saved(window, store, monkeypatch, qtbot) -> None:
    dossier = dossier_of(window, monkeypatch, qtbot)
    qtbot.mouseClick(dossier.opinions.list.add_button, Qt.MouseButton.LeftButton)
    card = dossier.opinions.list.cards[0]
    type_text(card.source, "党员群众座谈会")
    type_text(card.content, "希望支部多组织现场教学。")
    qtbot.waitUntil(lambda: stored(store, dossier).preparation is not None
                    and stored(store, dossier).preparation.opinions[0].content != "", timeout=4000)
    assert [(o.source, o.content) for o in stored(store, dossier).preparation.opinions] == [
        ("党员群众座谈会", "希望支部多组织现场教学。")]
    assert dossier.steps.list.item(0).text().startswith("① 征求意见  ✓")
    assert "已征求意见 1 条（来自：党员群众座谈会）" in dossier.steps.list.item(0).text()


def test_self_examinations_typed_or_attached(window, store, monkeypatch, qtbot, tmp_path: Path) -> None:
    dossier = dossier_of(window, monkeypatch, qtbot)
    dossier.steps.list.setCurrentRow(2)
    assert dossier.panels.currentWidget() is dossier.exams
    type_text(dossier.exams.card_of("m1").content, "对照党章党规，查摆理论学习不够深入的问题。")
    file = tmp_path / "陈静.docx"
    file.write_bytes(b"PK fake word file")
    monkeypatch.setattr(attachments, "ask_files", lambda parent: [str(file)])
    qtbot.mouseClick(dossier.exams.card_of("m2").attach_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(stored(store, dossier).attachments) == 1, timeout=4000)
    m = stored(store, dossier)
    exams = {s.member: s.content for s in m.preparation.self_examinations}
    assert exams == {"m1": "对照党章党规，查摆理论学习不够深入的问题。",
                     "m2": "（见附件：对照检查材料_陈静_陈静.docx）"}
    assert m.attachments[0].name == "对照检查材料_陈静_陈静.docx" and m.attachments[0].data == b"PK fake word file"
    assert dossier.exams.card_of("m2").state.text() == "✓ 已提交"
    assert "已提交 2 人，共 23 人" in dossier.steps.list.item(2).text()


def test_criticisms_received_and_the_response(window, store, monkeypatch, qtbot) -> None:
    dossier = dossier_of(window, monkeypatch, qtbot)
    dossier.steps.list.setCurrentRow(3)
    card = dossier.meeting_panel.criticisms.card_of("m2")
    type_text(card.self_criticism, "抓支部组织建设的办法不多。")
    qtbot.mouseClick(card.add_button, Qt.MouseButton.LeftButton)
    type_text(card.rows[0].critic, "王丽华")
    type_text(card.rows[0].content, "发展党员工作计划性不强。")
    type_text(card.response, "诚恳接受，明年一季度制定发展党员计划。")
    qtbot.waitUntil(lambda: stored(store, dossier).criticisms != ()
                    and stored(store, dossier).criticisms[0].response.endswith("计划。"), timeout=4000)
    (c,) = stored(store, dossier).criticisms
    assert (c.member, c.self_criticism) == ("m2", "抓支部组织建设的办法不多。")
    assert c.response == "诚恳接受，明年一季度制定发展党员计划。"
    assert [(r.critic, r.content) for r in c.received] == [("m1", "发展党员工作计划性不强。")]
    assert "已记录自我批评 1 人，相互批评意见 1 条" in dossier.steps.list.item(3).text()


def test_nothing_missing_when_the_preparation_is_done(window, store, monkeypatch, qtbot) -> None:
    store.set_rules(Rules(DEFAULT_RULES.duties, TalkRules(committee_pairs=False, member_with_committee=False)))
    dossier = dossier_of(window, monkeypatch, qtbot)
    qtbot.mouseClick(dossier.opinions.list.add_button, Qt.MouseButton.LeftButton)
    type_text(dossier.opinions.list.cards[0].source, "意见箱")
    for card in dossier.exams.cards[:-1]:
        type_text(card.content, "对照检查材料")
    assert "尚未提交对照检查材料：钱程" in dossier.steps.missing.text()
    type_text(dossier.exams.cards[-1].content, "对照检查材料")
    assert dossier.steps.missing.text() == "会前准备已完成，可以召开组织生活会。"
    assert dossier.save()
    assert len(stored(store, dossier).preparation.self_examinations) == 23


def test_the_meeting_editors_work_is_kept(window, store, monkeypatch, qtbot) -> None:
    dossier = dossier_of(window, monkeypatch, qtbot)
    meeting_id = dossier.meeting.id
    qtbot.mouseClick(dossier.meeting_panel.open_button, Qt.MouseButton.LeftButton)
    editor = window.pages["meetings"].editor
    assert window.current_page() is window.pages["meetings"] and editor.meeting.id == meeting_id
    type_text(editor.summary.summary, "书记作总结讲话。")
    dossier = orglife_page(window).dossier  # leaving the editor saved it
    card = dossier.meeting_panel.criticisms.card_of("m1")
    type_text(card.self_criticism, "带头作用发挥不够。")
    assert dossier.save()
    window.show_page("meetings")
    type_text(editor.basics.location, "三楼会议室")
    assert editor.save()
    m = store.meeting(meeting_id)
    assert (m.summary, m.location) == ("书记作总结讲话。", "三楼会议室")
    assert [c.self_criticism for c in m.criticisms] == ["带头作用发挥不够。"]


def test_a_final_record_is_changed_only_as_an_amendment(window, store, monkeypatch, qtbot) -> None:
    dossier = dossier_of(window, monkeypatch, qtbot)
    store.finalize_meeting(dossier.meeting.id)
    dossier.reload()
    card = dossier.meeting_panel.criticisms.card_of("m1")
    assert card.self_criticism.isReadOnly() and dossier.amend_button.isVisible()
    qtbot.mouseClick(dossier.amend_button, Qt.MouseButton.LeftButton)
    card = dossier.meeting_panel.criticisms.card_of("m1")
    type_text(card.self_criticism, "补记：联系群众不够。")
    monkeypatch.setattr(AmendDialog, "ask", classmethod(lambda cls, parent: ("会后补记", "补记书记的自我批评")))
    qtbot.mouseClick(dossier.save_amend_button, Qt.MouseButton.LeftButton)
    m = stored(store, dossier)
    assert m.status == "final" and m.criticisms[0].self_criticism == "补记：联系群众不够。"
    assert [(a.reason, a.summary) for a in m.amendments] == [("会后补记", "补记书记的自我批评")]


def test_the_minutes_with_criticisms_and_the_sign_in_sheet(window, store, monkeypatch, qtbot, tmp_path) -> None:
    dossier = dossier_of(window, monkeypatch, qtbot)
    qtbot.mouseClick(dossier.opinions.list.add_button, Qt.MouseButton.LeftButton)
    type_text(dossier.opinions.list.cards[0].source, "座谈会")
    type_text(dossier.opinions.list.cards[0].content, "多开展调研。")
    card = dossier.meeting_panel.criticisms.card_of("m2")
    type_text(card.self_criticism, "调查研究不够。")
    minutes = save_to(monkeypatch, tmp_path / "minutes.docx")
    qtbot.mouseClick(dossier.minutes_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(minutes.exists, timeout=5000)
    text = docx_text(minutes)
    assert "2025年第1次组织生活会记录" in text and "批评和自我批评" in text
    assert "调查研究不够。" in text and "座谈会" in text and "多开展调研。" in text
    sign = save_to(monkeypatch, tmp_path / "sign.docx")
    qtbot.mouseClick(dossier.sign_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(sign.exists, timeout=5000)
    text = docx_text(sign)
    assert "签到表" in text and "王丽华" in text and "钱程" in text and "安然" not in text


def test_the_dossier_round_trips_through_the_interchange_file(window, store, monkeypatch, qtbot) -> None:
    dossier = dossier_of(window, monkeypatch, qtbot)
    qtbot.mouseClick(dossier.opinions.list.add_button, Qt.MouseButton.LeftButton)
    type_text(dossier.opinions.list.cards[0].source, "意见箱")
    type_text(dossier.exams.card_of("m3").content, "对照检查")
    type_text(dossier.meeting_panel.criticisms.card_of("m3").response, "认真整改")
    assert dossier.save()
    data = store.load_all()
    again = read_branch(write_branch(data))
    m = next(x for x in again.meetings if x.id == dossier.meeting.id)
    assert m.preparation == stored(store, dossier).preparation and m.criticisms == stored(store, dossier).criticisms
    assert m.preparation.opinions[0].source == "意见箱"


def test_leaving_with_an_unsaved_amendment_asks_for_the_reason(window, store, monkeypatch, qtbot) -> None:
    dossier = dossier_of(window, monkeypatch, qtbot)
    store.finalize_meeting(dossier.meeting.id)
    dossier.reload()
    qtbot.mouseClick(dossier.amend_button, Qt.MouseButton.LeftButton)
    type_text(dossier.exams.card_of("m4").content, "补交的对照检查材料")
    asked: list[bool] = []
    monkeypatch.setattr(AmendDialog, "ask", classmethod(lambda cls, parent: asked.append(True) or ("补交", "")))
    window.show_page("home")
    assert asked == [True]
    exams = stored(store, dossier).preparation.self_examinations
    assert [(s.member, s.content) for s in exams] == [("m4", "补交的对照检查材料")]
