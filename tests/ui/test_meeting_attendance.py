"""出席情况 of a new meeting: everyone expected starts present; the quorum is shown before any vote."""

from __future__ import annotations

import pytest

from tests.ui.test_meetings import new_meeting, saved


def mark(section, name: str, status: str) -> None:
    row = section.row_of(name)
    section.status_box(row).setCurrentIndex(section.status_box(row).findData(status))


@pytest.mark.parametrize(("kind", "expected"), [("general_meeting", 23), ("committee_meeting", 5),
                                                 ("party_lecture", 23), ("group_meeting", 12)])
def test_a_new_meeting_starts_with_everyone_present(window, store, monkeypatch, kind, expected) -> None:
    editor = new_meeting(window, monkeypatch, kind, "g1" if kind == "group_meeting" else None)
    section = editor.attendance
    assert section.counts.text().startswith(f"应到 {expected} 人，实到 {expected} 人")
    assert {section.status_box(r).currentText() for r in range(section.table.rowCount())} == {"出席"}
    assert [a.status for a in saved(store, editor).attendance] == ["present"] * expected


def test_the_general_meetings_quorum_is_shown_live(window, store, monkeypatch, qtbot) -> None:
    editor = new_meeting(window, monkeypatch, "general_meeting")
    section = editor.attendance
    editor.tabs.setCurrentWidget(section)
    note = section.quorum_note
    assert note.isVisible() and note.objectName() == "verdictOk"
    assert note.text() == ("应到会有表决权党员 21 人，实到 21 人，超过半数，可以表决；"
                           "选举须超过五分之四（至少 17 人），已达到")
    for i in range(1, 6):  # five voters away: 16 of 21, enough to vote, not to elect
        mark(section, store.person(f"m{i}").name, "leave")
    assert note.text() == ("应到会有表决权党员 21 人，实到 16 人，超过半数，可以表决；"
                           "选举须超过五分之四（至少 17 人），还差 1 人")
    for i in range(6, 11):  # ten away: 11 of 21, still more than half
        mark(section, store.person(f"m{i}").name, "absent")
    assert note.text().startswith("应到会有表决权党员 21 人，实到 11 人，超过半数，可以表决")
    assert note.objectName() == "verdictOk"
    mark(section, "郑海燕", "absent")  # eleven away: 10 of 21
    assert note.text().startswith("应到会有表决权党员 21 人，实到 10 人，未超过半数，不能表决（至少须到会 11 人）")
    assert note.objectName() == "verdictBad"
    mark(section, "赵倩", "absent")  # a 预备党员 has no vote: nothing changes
    assert "实到 10 人，未超过半数" in note.text()


def test_the_committee_meeting_shows_its_own_quorum(window, store, monkeypatch) -> None:
    editor = new_meeting(window, monkeypatch, "committee_meeting")
    section = editor.attendance
    editor.tabs.setCurrentWidget(section)
    assert section.quorum_note.text() == "应到支部委员 5 人，实到 5 人，超过半数，符合规定"
    for name in ("陈静", "刘晓燕", "张敏"):
        mark(section, name, "leave")
    assert section.quorum_note.text() == "应到支部委员 5 人，实到 2 人，未超过半数，不符合规定"
    assert section.quorum_note.objectName() == "verdictBad"


def test_other_meetings_show_no_quorum(window, store, monkeypatch) -> None:
    editor = new_meeting(window, monkeypatch, "theme_day")
    editor.tabs.setCurrentWidget(editor.attendance)
    assert not editor.attendance.quorum_note.isVisible()
