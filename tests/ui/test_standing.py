"""不计入应到、留党察看 in the roster, and 书面意见 on a resolution: the real widgets, then the database and the
verdict the clerk reads."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from models.domain import Exclusion, PartyProbation
from ui.roster.standing_dialog import Period, PeriodDialog, StandingDialog


def test_a_member_left_out_of_the_expected_is_stored_and_leaves_the_new_meetings_list(window, qtbot, store,
                                                                                     monkeypatch) -> None:
    roster = window.show_page("roster")
    tab = roster.people
    qtbot.waitUntil(lambda: tab.proxy.rowCount() > 0, timeout=5000)
    tab.select("m9")
    answers = iter([Period(date(2025, 1, 1), None, "出国出境半年以上", "机关党委批复"),
                    Period(date(2024, 3, 1), date(2025, 2, 28))])
    monkeypatch.setattr(PeriodDialog, "ask", classmethod(lambda cls, parent, title, with_reason: next(answers)))

    def fill(cls, parent, person, exclusions, probations):
        dialog = StandingDialog(parent, person, exclusions, probations)
        qtbot.addWidget(dialog)
        dialog._add_exclusion()
        dialog._add_probation()
        assert dialog.exclusion_list.item(0).text() == "2025年1月1日—至今：出国出境半年以上；批准：机关党委批复"
        assert dialog.probation_list.item(0).text() == "2024年3月1日—2025年2月28日：留党察看"
        return dialog.exclusions, dialog.probations

    monkeypatch.setattr(StandingDialog, "ask", classmethod(fill))
    qtbot.mouseClick(tab.standing_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: store.exclusions() != [], timeout=5000)
    assert store.exclusions() == [Exclusion("m9", "出国出境半年以上", date(2025, 1, 1), None, "机关党委批复")]
    assert store.party_probations() == [PartyProbation("m9", date(2024, 3, 1), date(2025, 2, 28))]
    window.ctx.writes.settle()
    from models.rules import expected_attendees

    assert "m9" not in expected_attendees(window.ctx.roster(), "general_meeting", date(2025, 6, 1))


def test_written_opinions_are_offered_for_admission_and_kept_apart_from_the_room(window, qtbot, store) -> None:
    from ui.meetings.resolutions import ResolutionCard

    card = ResolutionCard()
    qtbot.addWidget(card)
    card.show()
    assert not card.written_row.isVisible()  # 一般事项: no written opinions
    card.kind.setCurrentIndex(card.kind.findData("admission"))
    assert card.written_row.isVisible()
    card.text.setPlainText("接收赵倩为中共预备党员")
    card.voted.setChecked(True)
    card.yes.setValue(10)
    card.written.setChecked(True)
    card.written_yes.setValue(2)
    value = card.value()
    assert value.written is not None and value.written.yes == 2 and value.vote.yes == 10


def test_moving_a_member_to_another_group_asks_from_when(window, qtbot, store, monkeypatch) -> None:
    from dataclasses import replace

    from models.domain import GroupMembership
    from ui.roster.group_move_dialog import GroupMove, GroupMoveDialog
    from ui.roster.person_dialog import PersonDialog

    roster = window.show_page("roster")
    tab = roster.people
    qtbot.waitUntil(lambda: tab.proxy.rowCount() > 0, timeout=5000)
    tab.select("m3")  # in 第一党小组 (g1)
    before = store.person("m3")
    asked = []
    monkeypatch.setattr(PersonDialog, "ask", classmethod(lambda cls, parent, person, *a: replace(person, group="g2")))
    monkeypatch.setattr(GroupMoveDialog, "ask", classmethod(
        lambda cls, parent, name, old, new: asked.append((name, old, new)) or GroupMove(date(2025, 9, 1))))
    qtbot.mouseClick(tab.edit_button, Qt.MouseButton.LeftButton)
    assert asked == [("刘晓燕", "第一党小组", "第二党小组")]
    qtbot.waitUntil(lambda: store.person("m3").group == "g2", timeout=5000)
    assert store.group_memberships() == [
        GroupMembership("m3", "g1", before.joined_on, date(2025, 8, 31)), GroupMembership("m3", "g2", date(2025, 9, 1))]


def test_the_group_dialog_keeps_its_dates(qtbot) -> None:
    from models.domain import Group
    from ui.roster.small_dialogs import GroupDialog

    dialog = GroupDialog(None, Group("g9", "第九党小组", set_up_on=date(2025, 7, 1)), [])
    qtbot.addWidget(dialog)
    dialog.dissolved.set_value(date(2025, 6, 1))
    dialog.accept()
    assert dialog.error.text() == "撤销日期须晚于成立日期"
    dialog.dissolved.set_value(date(2026, 1, 1))
    assert dialog.group() == Group("g9", "第九党小组", None, date(2025, 7, 1), date(2026, 1, 1))


def test_an_election_is_entered_in_its_dialog_and_judged_as_typed(window, qtbot, store, monkeypatch) -> None:
    from models.domain import Candidate, Election
    from ui.meetings.election_dialog import ElectionDialog

    page = window.show_page("meetings")
    qtbot.waitUntil(lambda: page.list.model.rowCount() == 2, timeout=5000)
    page.open_meeting("mt2")  # 支部党员大会, every member present
    editor = page.editor
    section = editor.resolutions
    card = section.list.add_new()
    card.kind.setCurrentIndex(card.kind.findData("election"))
    assert not card.election_row.isHidden()
    card.text.setPlainText("选举产生新一届支部委员会")
    seen = []

    def fill(cls, parent, roster, meeting, election):
        dialog = ElectionDialog(parent, roster, meeting, election)
        qtbot.addWidget(dialog)
        dialog.seats.setValue(3)
        for member, yes in (("m1", 20), ("m2", 19), ("m3", 18), ("m4", 5)):
            dialog.add_candidate(Candidate(member, yes, 21 - yes))
        dialog.issued.setValue(21)
        dialog.returned.setValue(21)
        seen.append(dialog.verdict.text())
        return dialog.election()

    monkeypatch.setattr(ElectionDialog, "ask", classmethod(fill))
    qtbot.mouseClick(card.election_button, Qt.MouseButton.LeftButton)
    assert "王丽华、陈静、刘晓燕获得的赞成票超过应到会有选举权人数的一半，当选为支部委员会委员" in seen[0]
    assert "当选为支部委员会委员" in card.election_summary.text()
    editor.save()
    window.ctx.writes.settle()
    stored = store.meeting("mt2").resolutions[-1].election
    assert isinstance(stored, Election) and [c.member for c in stored.candidates] == ["m1", "m2", "m3", "m4"]
    # the committee of the new term, from the result, with the roles by division of work
    from ui.meetings.new_term_dialog import NewTermDialog

    asked = []
    monkeypatch.setattr(NewTermDialog, "ask", classmethod(
        lambda cls, parent, office, elected, day: asked.append((office, elected, day)) or (
            day, {"m1": "书记", "m2": "组织委员", "m3": "委员"})))
    assert card.new_term_button.isEnabled()
    qtbot.mouseClick(card.new_term_button, Qt.MouseButton.LeftButton)
    assert asked[0][0] == "committee" and [m for m, _ in asked[0][1]] == ["m1", "m2", "m3"]
    window.ctx.writes.settle()
    day = store.meeting("mt2").date
    now = {(r.member, r.role) for r in store.committee() if r.start == day}
    assert now == {("m1", "书记"), ("m2", "组织委员"), ("m3", "委员")}
    assert all(r.end is not None for r in store.committee() if r.start < day)
    # the forms, from what the editor has: the ballot lists the candidates by their surnames' strokes
    import ui.orglife.export as export

    built = []
    monkeypatch.setattr(export, "export_form", lambda parent, ctx, build, name: built.append((build(), name)))
    section.set_read_only(True)
    assert card.forms_button.isEnabled()
    card.form_actions["ballot"].trigger()
    document, name = built[-1]
    assert name.endswith("年选举支部委员会委员选票.docx")
    text = document.plain_text()
    order = [text.index(n) for n in ("王丽华", "陈静", "刘晓燕", "张敏")]  # 王 4, 刘 6, 张 7, 陈 7 strokes
    assert order[0] < order[2] < order[3] < order[1]
    card.form_actions["report"].trigger()
    assert "当选" in built[-1][0].plain_text()


def test_a_passed_admission_updates_the_roster_after_asking(window, qtbot, store, notices) -> None:
    page = window.show_page("meetings")
    qtbot.waitUntil(lambda: page.list.model.rowCount() == 2, timeout=5000)
    page.open_meeting("mt2")  # 支部党员大会, 2025-02-20, every member present
    card = page.editor.resolutions.list.add_new()
    card.kind.setCurrentIndex(card.kind.findData("admission"))
    assert not card.subject_row.isHidden()
    card.text.setPlainText("接收安然为中共预备党员")
    card.subject.set_member("a1")  # 入党积极分子 安然
    card.voted.setChecked(True)
    card.yes.setValue(20)
    notices.answer = True
    qtbot.mouseClick(card.apply_button, Qt.MouseButton.LeftButton)
    assert any("安然：自 2025年2月20日 起为中共预备党员" in text for _, text in notices.shown)
    window.ctx.writes.settle()
    person = store.person("a1")
    assert person.kind == "member" and person.joined_on == store.meeting("mt2").date
    page.editor.save()
    window.ctx.writes.settle()
    assert store.meeting("mt2").resolutions[-1].subject == "a1"


def test_the_path_tab_lists_the_stages_and_makes_the_notice(window, qtbot, store, monkeypatch) -> None:
    from dataclasses import replace

    import ui.orglife.export as export
    from ui.operations import Changes

    store.save_person(replace(store.person("a1"), kind="candidate", activist_on=date(2024, 1, 5),
                              candidate_on=date(2025, 2, 1), applied_on=date(2023, 9, 1)))
    window.ctx.did_execute.emit(Changes(roster=True), None)
    roster = window.show_page("roster")
    roster.tabs.setCurrentWidget(roster.path)
    tab = roster.path
    qtbot.waitUntil(lambda: tab.table.rowCount() >= 1, timeout=5000)
    stages = {tab.table.item(r, 0).text(): tab.table.item(r, 1).text() for r in range(tab.table.rowCount())}
    assert stages["安然"] == "发展对象" and stages["赵倩"] == "预备党员"
    row = next(r for r in range(tab.table.rowCount()) if tab.table.item(r, 0).text() == "安然")
    tab.table.selectRow(row)
    assert tab.notice_button.isEnabled()
    built = []
    monkeypatch.setattr(export, "export_form", lambda parent, ctx, build, name: built.append((build(), name)))
    qtbot.mouseClick(tab.notice_button, Qt.MouseButton.LeftButton)
    document, name = built[0]
    assert name == "关于拟发展安然同志为中共预备党员的公示.docx"
    text = document.plain_text()
    assert "2024年1月5日" in text and "2025年2月1日" in text and "2023年9月1日" in text
