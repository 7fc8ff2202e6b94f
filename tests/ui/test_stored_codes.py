"""What is stored is the code, never the words a widget shows: with every label translated, the same codes are saved."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, QDate, Qt, QTranslator

from tests.ui.conftest import type_text
from tests.ui.test_meetings import new_meeting, saved
from ui.meetings.new_term_dialog import NewTermDialog
from ui.roster.person_dialog import PersonDialog
from ui.roster.small_dialogs import RoleDialog
from ui.roster.standing_dialog import PeriodDialog


class Marked(QTranslator):
    """A translator that turns every source text into something else."""

    def translate(self, context, source, disambiguation=None, n=-1):
        return "EN:" + source if source else source

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def marked(app):
    translator = Marked()
    QCoreApplication.installTranslator(translator)
    yield translator
    QCoreApplication.removeTranslator(translator)


def pick(box, shown: str) -> None:
    index = box.findText(shown)
    assert index >= 0, [box.itemText(i) for i in range(box.count())]
    box.setCurrentIndex(index)


def new_talk(window, qtbot):
    """A new talk of 2025 on 谈心谈话, between 刘晓燕 and 周婷: the page and its editor."""
    page = window.show_page("talks")
    page.set_year(2025)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    e = page.editor
    type_text(e.talker, "刘晓燕")
    type_text(e.talkee, "周婷")
    e.day.set_value(date(2025, 6, 3))
    return page, e


def test_a_talks_kind_is_stored_as_its_code(marked, window, store, qtbot) -> None:
    page, e = new_talk(window, qtbot)
    pick(e.kind, "EN:谈话提醒")
    assert e.kind.currentText() == "EN:谈话提醒"  # the clerk reads the translation
    e.views.setFocus()
    page.count.setFocus()
    talk = next(t for t in store.talks(2025) if t.talkee == "m10")
    assert talk.kind == "谈话提醒"


def test_a_kind_the_clerk_types_is_stored_as_typed(marked, window, store, qtbot) -> None:
    page, e = new_talk(window, qtbot)
    e.kind.setCurrentText("")
    type_text(e.kind, "廉政谈话")
    e.views.setFocus()
    page.count.setFocus()
    assert next(t for t in store.talks(2025) if t.talkee == "m10").kind == "廉政谈话"


def test_a_persons_gender_is_stored_as_its_code(marked, window, qtbot, store) -> None:
    dialog = PersonDialog(window, None, store.groups(), store.people())
    qtbot.addWidget(dialog)
    type_text(dialog.name, "欧阳娜")
    dialog.joined.setDate(QDate(2020, 7, 1))
    dialog.full.setDate(QDate(2021, 7, 1))
    pick(dialog.gender, "EN:女")
    dialog.accept()
    assert dialog.result_person is not None and dialog.result_person.gender == "女"
    again = PersonDialog(window, dialog.result_person, store.groups(), store.people())
    qtbot.addWidget(again)
    assert again.gender.currentText() == "EN:女"


def test_a_persons_ethnicity_education_and_reason_for_leaving_are_stored_as_their_codes(marked, window, qtbot,
                                                                                       store) -> None:
    dialog = PersonDialog(window, None, store.groups(), store.people())
    qtbot.addWidget(dialog)
    assert dialog.ethnicity.currentText() == "EN:汉族"  # the usual one, offered first
    type_text(dialog.name, "欧阳娜")
    dialog.joined.setDate(QDate(2020, 7, 1))
    dialog.full.setDate(QDate(2021, 7, 1))
    pick(dialog.ethnicity, "EN:回族")
    pick(dialog.education, "EN:大学本科")
    dialog.left.setDate(QDate(2025, 3, 1))
    pick(dialog.left_reason, "EN:退休转出")
    dialog.accept()
    person = dialog.result_person
    assert person is not None
    assert (person.ethnicity, person.education, person.left_reason) == ("回族", "大学本科", "退休转出")
    again = PersonDialog(window, person, store.groups(), store.people())
    qtbot.addWidget(again)
    assert [again.ethnicity.currentText(), again.education.currentText(), again.left_reason.currentText()] == [
        "EN:回族", "EN:大学本科", "EN:退休转出"]
    again.ethnicity.setCurrentText("")
    type_text(again.ethnicity, "朝鲜族")  # one the list does not offer, typed
    again.accept()
    assert again.result_person is not None and again.result_person.ethnicity == "朝鲜族"


def test_an_absence_reason_is_stored_as_its_code(marked, window, store, monkeypatch, qtbot) -> None:
    editor = new_meeting(window, monkeypatch, "general_meeting")
    section = editor.attendance
    row = section.row_of("李娜")
    section.status_box(row).setCurrentIndex(section.status_box(row).findData("leave"))
    assert section.status_box(row).currentText() == "EN:请假"
    pick(section.reason_box(row), "EN:因公")
    assert editor.save()
    assert next(a for a in saved(store, editor).attendance if a.member == "m7").reason == "因公"
    editor.back_requested.emit()
    window.pages["meetings"].open_meeting(editor.meeting.id)
    reopened = window.pages["meetings"].editor.attendance
    assert reopened.reason_box(reopened.row_of("李娜")).currentText() == "EN:因公"


def test_a_reason_for_leaving_out_of_the_expected_is_stored_as_its_code(marked, window, qtbot) -> None:
    dialog = PeriodDialog(window, "不计入应到会人数", with_reason=True)
    qtbot.addWidget(dialog)
    dialog.start.setDate(QDate(2025, 1, 1))
    pick(dialog.reason, "EN:出国出境半年以上")
    assert dialog.other.isHidden()
    assert dialog.period().reason == "出国出境半年以上"
    pick(dialog.reason, "EN:其他")
    assert not dialog.other.isHidden()  # 其他: the clerk writes the reason out
    type_text(dialog.other, "借调外地")
    assert dialog.period().reason == "借调外地"


def test_a_committee_role_is_stored_as_its_code(marked, window, qtbot, store) -> None:
    dialog = RoleDialog(window, None, store.people())
    qtbot.addWidget(dialog)
    pick(dialog.role, "EN:组织委员")
    assert dialog.value().role == "组织委员"
    terms = NewTermDialog(window, "committee", [("m3", "刘晓燕")], date(2025, 6, 3))
    qtbot.addWidget(terms)
    assert terms.roles["m3"].currentText() == "EN:委员"
    pick(terms.roles["m3"], "EN:纪检委员")
    assert terms.answer()[1] == {"m3": "纪检委员"}


def test_a_verdict_from_the_rules_is_shown_translated_and_stays_chinese_in_models(marked) -> None:
    import json

    from models.domain import Vote
    from models.rules.votes import judge_vote
    from ui.words import sentence

    verdict = judge_vote(22, 19, Vote(15, 3, 1))
    assert verdict.message == ("应到会有表决权党员 22 人，实到 19 人，超过半数，符合规定；"
                               "赞成 15 票，超过应到会有表决权党员半数，决议通过")
    assert json.dumps(verdict.message, ensure_ascii=False) == json.dumps(str(verdict.message), ensure_ascii=False)
    shown = sentence(verdict.message)
    assert shown.startswith("EN:")  # the sentence's template, translated, with its parts translated
    assert "EN:超过半数，符合规定" in shown and "22" in shown and shown != verdict.message
