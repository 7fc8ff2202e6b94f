"""谈心谈话: the list and editor, autosave, the coverage grid and its one-click records, the exported form."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt

from models.rules import compliance_report
from tests.exports.readback import docx_text
from tests.ui.conftest import type_text
from ui.documents.dialogs import SaveDocumentDialog
from ui.operations import Changes

YEAR = 2025


def talks_page(window):
    page = window.show_page("talks")
    page.set_year(YEAR)
    return page


def click_cell(table, row: int, col: int) -> None:
    from pytestqt.qtbot import QtBot

    rect = table.visualRect(table.model().index(row, col))
    QtBot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def report(store) -> dict:
    return compliance_report(store.load_all(), YEAR, date(YEAR, 12, 31))["talks"]


def test_the_list_shows_the_years_talks(window, store) -> None:
    page = talks_page(window)
    assert page.list.rowCount() == 1
    assert [page.list.item(0, c).text() for c in range(4)] == ["2025年3月5日", "王丽华", "李娜", "谈工作思想"]
    page.list.selectRow(0)
    assert page.editor.talk.id == "t1" and page.editor.location.text() == "书记办公室"


def test_coverage_agrees_with_the_compliance_report(window, store) -> None:
    page = talks_page(window)
    cov = page.coverage.coverage
    expected = report(store)
    assert cov.missing_pairs == expected["missing_committee_pairs"]
    assert cov.missing_members == expected["members_without_committee_talk"]
    assert len(expected["missing_committee_pairs"]) == 10  # five committee members, no talk among them
    assert "支委委员之间应谈 10 对，已谈 0 对" in page.coverage.summary.text()
    assert "党员与支委委员应谈 23 人，已谈 1 人" in page.coverage.summary.text()  # 李娜 talked with the secretary
    assert page.coverage.pairs.item(0, 1).text() == "未谈"


def test_one_click_on_a_missing_pair_records_the_talk(window, store, qtbot) -> None:
    page = talks_page(window)
    click_cell(page.coverage.pairs, 0, 1)  # 王丽华 (书记) and 陈静 (组织委员)
    editor = page.editor
    assert page.tabs.currentIndex() == 0 and editor.is_new
    assert (editor.talker.currentText(), editor.talkee.currentText()) == ("王丽华", "陈静")
    assert store.talks(YEAR) and len(store.talks(YEAR)) == 1  # nothing written before the clerk types
    type_text(editor.content, "交流了支部班子团结协作的问题。")
    qtbot.waitUntil(lambda: len(store.talks(YEAR)) == 2, timeout=4000)
    talk = next(t for t in store.talks(YEAR) if t.id != "t1")
    assert (talk.talker, talk.talkee, talk.date) == ("m1", "m2", date(2025, 12, 31))
    assert talk.content == "交流了支部班子团结协作的问题。"
    assert ["m1", "m2"] not in report(store)["missing_committee_pairs"]
    assert page.coverage.pairs.item(0, 1).text() == "✓ 12月31日"
    assert page.coverage.coverage.missing_pairs == report(store)["missing_committee_pairs"]


def test_the_record_button_of_a_member(window, store, qtbot) -> None:
    page = talks_page(window)
    button = page.coverage.record_button("m9")  # 解红梅
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    editor = page.editor
    assert (editor.talker.member(), editor.talkee.member()) == ("m1", "m9")
    type_text(editor.topic, "思想工作")
    qtbot.waitUntil(lambda: any(t.talkee == "m9" for t in store.talks(YEAR)), timeout=4000)
    assert "m9" not in report(store)["members_without_committee_talk"]
    assert page.coverage.record_button("m9") is None


def test_every_field_of_a_new_talk_is_saved(window, store, qtbot) -> None:
    page = talks_page(window)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    e = page.editor
    type_text(e.talker, "刘晓燕")
    type_text(e.talkee, "周婷")
    e.day.set_value(date(2025, 6, 3))
    type_text(e.location, "二楼会议室")
    e.kind.setCurrentText("谈话提醒")
    type_text(e.topic, "工作作风")
    type_text(e.content, "谈了工作作风问题。")
    type_text(e.views, "希望多组织业务培训。")
    type_text(e.follow_up, "已列入下半年培训计划。")
    e.views.setFocus()
    page.count.setFocus()  # focus leaves the editor: saved at once
    talk = next(t for t in store.talks(YEAR) if t.talkee == "m10")
    assert (talk.talker, talk.date, talk.location, talk.kind, talk.topic) == (
        "m3", date(2025, 6, 3), "二楼会议室", "谈话提醒", "工作作风")
    assert (talk.content, talk.talkee_views, talk.follow_up) == (
        "谈了工作作风问题。", "希望多组织业务培训。", "已列入下半年培训计划。")
    assert page.list.rowCount() == 2


def test_a_new_talk_needs_both_people(window, store, qtbot) -> None:
    page = talks_page(window)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    type_text(page.editor.content, "内容")
    assert not page.editor.save()
    assert "请选择谈话人和谈话对象" in page.editor.state.text()
    assert len(store.talks(YEAR)) == 1
    type_text(page.editor.talker, "王丽华")
    type_text(page.editor.talkee, "冯雪")
    assert page.editor.save() and len(store.talks(YEAR)) == 2


def test_editing_and_deleting_a_talk(window, store, qtbot, notices) -> None:
    page = talks_page(window)
    page.list.selectRow(0)
    type_text(page.editor.follow_up, "已落实。")
    qtbot.waitUntil(lambda: store.talk("t1").follow_up == "已落实。", timeout=4000)
    qtbot.mouseClick(page.editor.delete_button, Qt.MouseButton.LeftButton)
    assert "删除2025年3月5日王丽华与李娜的谈话记录" in notices.texts()
    assert store.talks(YEAR) == [] and page.list.rowCount() == 0


def test_the_talk_record_form(window, store, qtbot, monkeypatch, tmp_path: Path) -> None:
    target = tmp_path / "talk.docx"
    asked: list[tuple[str, tuple[str, ...]]] = []
    monkeypatch.setattr(SaveDocumentDialog, "ask", classmethod(
        lambda cls, parent, stem, kinds: asked.append((stem, tuple(kinds))) or target))
    page = talks_page(window)
    page.list.selectRow(0)
    type_text(page.editor.content, "谈了工作中的思想问题。")
    qtbot.mouseClick(page.editor.word_button, Qt.MouseButton.LeftButton)
    assert asked == [("2025-03-05 谈心谈话记录表 王丽华与李娜", ("docx",))]
    qtbot.waitUntil(target.exists, timeout=5000)
    text = docx_text(target)
    assert "谈心谈话记录表" in text and "王丽华" in text and "李娜" in text
    assert "谈了工作中的思想问题。" in text and "书记办公室" in text


def test_a_member_added_later_can_be_picked(window, store, qtbot) -> None:
    from models.domain import Person

    page = talks_page(window)
    page.list.selectRow(0)
    store.save_person(Person("m99", "新党员", joined_on=date(2025, 5, 1)))
    window.ctx.did_execute.emit(Changes(roster=True), None)
    assert page.editor.talker.member() == "m1"  # the open talk keeps its people
    page.editor.talkee.lineEdit().setFocus()
    page.editor.talkee.lineEdit().selectAll()
    type_text(page.editor.talkee, "新党员")  # replaces 李娜
    qtbot.waitUntil(lambda: store.talk("t1").talkee == "m99", timeout=4000)


def test_ctrl_p_previews_the_talk_record(window, store, monkeypatch, qtbot) -> None:
    from ui.printing import PrintPreview

    shown: list[str] = []
    monkeypatch.setattr(PrintPreview, "show", classmethod(
        lambda cls, parent, document, title: shown.append(document.plain_text())))
    page = talks_page(window)
    page.list.selectRow(0)
    window.actions_by_key["print"].trigger()
    qtbot.waitUntil(lambda: bool(shown))  # read and laid out in the background
    assert len(shown) == 1 and "谈心谈话记录表" in shown[0] and "书记办公室" in shown[0]
