"""The services the UI calls: drafts, finalising, amendments, deletes with what depends on them, search."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from models.domain import Attendance, Meeting, Person, Speech, Talk
from models.interchange import read_branch
from models.services import Store
from models.storage.errors import RecordConflict, RecordLocked


@pytest.fixture
def store(db_target, sample_text: str) -> Store:
    s = Store.open(db_target)
    s.import_data(read_branch(sample_text))
    return s


def draft(**changes: object) -> Meeting:
    base = Meeting(
        id="new1", type="committee_meeting", title="研究四月工作", date=date(2025, 4, 8),
        attendance=(Attendance("m1"), Attendance("m2", "leave", "病假"), Attendance("m3")),
        speeches=(Speech("同意。", speaker="m1"),),
    )
    return dataclasses.replace(base, **changes)


def test_a_new_draft_is_saved_and_listed(store: Store) -> None:
    store.save_meeting(draft())
    got = store.meeting("new1")
    assert got.attendance[1] == Attendance("m2", "leave", "病假")
    assert got.status == "draft"
    summary = next(s for s in store.meeting_summaries(year=2025) if s.id == "new1")
    assert (summary.expected, summary.present, summary.status) == (3, 2, "draft")
    assert [s.id for s in store.meeting_summaries(type="party_lecture")] == ["mt05"]
    assert [s.id for s in store.meeting_summaries(group="g1")] == ["mt03"]


def test_a_draft_update_replaces_its_content(store: Store) -> None:
    store.save_meeting(draft())
    store.save_meeting(draft(speeches=(Speech("补充意见", speaker_name="列席领导"),), title="改了题目"))
    got = store.meeting("new1")
    assert got.title == "改了题目"
    assert got.speeches == (Speech("补充意见", None, "列席领导"),)


def test_final_records_are_locked_and_amended_with_a_reason(store: Store) -> None:
    store.save_meeting(draft())
    final = store.finalize_meeting("new1")
    assert final.status == "final" and final.finalized_at
    with pytest.raises(RecordLocked):
        store.save_meeting(dataclasses.replace(final, title="偷偷改"))
    assert store.meeting("new1").title == "研究四月工作"
    with pytest.raises(RecordConflict):
        store.amend_meeting(dataclasses.replace(final, title="x"), "  ", "")
    store.amend_meeting(dataclasses.replace(final, title="研究四月份工作"), "题目笔误", "题目补“份”字")
    got = store.meeting("new1")
    assert got.title == "研究四月份工作"
    assert got.status == "final"
    assert got.finalized_at == final.finalized_at
    assert [(a.reason, a.summary) for a in got.amendments] == [("题目笔误", "题目补“份”字")]
    with pytest.raises(RecordLocked):
        store.delete_meeting("new1")


def test_deleting_a_meeting_keeps_what_refers_to_it(store: Store) -> None:
    store.save_meeting(draft(id="x", type="org_life_meeting"))
    store.delete_meeting("x")
    assert "x" not in [s.id for s in store.meeting_summaries()]


def test_a_person_named_in_records_cannot_be_deleted(store: Store) -> None:
    assert store.person_references("m1")["会议出席"] >= 9
    with pytest.raises(RecordConflict, match="不能删除"):
        store.delete_person("m1")
    assert store.person("m1").name == "王丽华"
    store.save_person(Person(id="p9", name="新同志", kind="activist"))
    store.delete_person("p9")
    assert "p9" not in [p.id for p in store.people()]


def test_people_are_updated_in_place(store: Store) -> None:
    person = store.person("m5")
    store.save_person(dataclasses.replace(person, phone="13800000000"))
    assert store.person("m5").phone == "13800000000"
    assert len(store.people()) == 8


def test_search_finds_a_two_character_name_and_words(store: Store) -> None:
    store.save_person(Person(id="p1", name="李娜", kind="member", joined_on=date(2020, 1, 1)))
    store.save_talk(Talk(id="tk", date=date(2025, 5, 1), talker="m1", talkee="p1", content="谈工作"))
    hits = store.search("李娜")
    assert ("person", "p1") in [(h.kind, h.id) for h in hits]
    assert ("talk", "tk") in [(h.kind, h.id) for h in hits]
    store.save_meeting(draft(attendance=(Attendance("m1"), Attendance("p1", "leave", "病假"))))
    assert ("meeting", "new1") in [(h.kind, h.id) for h in store.search("李娜")]
    assert [h.id for h in store.search("学雷锋")] == ["mt06", "mt01"]  # title, then a speech
    assert store.search("100%") == []
    assert store.search("") == []


def test_talk_saved_and_listed_by_year(store: Store) -> None:
    store.save_talk(Talk(id="tk2", date=date(2024, 5, 1), talker="m1", talkee="m2"))
    assert [t.id for t in store.talks(2024)] == ["tk2"]
    assert [t.id for t in store.talks(2025)] == ["t1", "t2"]


def test_a_locked_year_changes_only_as_amendments(store: Store) -> None:
    store.save_meeting(draft())
    store.save_talk(Talk(id="tk3", date=date(2025, 6, 1), talker="m1", talkee="m4"))
    assert store.lock_year(2025) == 1  # the draft is finalised with the year
    assert store.locked_years() == [2025]
    assert store.meeting("new1").status == "final"
    with pytest.raises(RecordLocked, match="2025 年度已归档锁定"):
        store.save_meeting(draft(id="new2"))
    with pytest.raises(RecordLocked):
        store.save_talk(Talk(id="tk3", date=date(2025, 6, 1), talker="m1", talkee="m4", content="改"))
    with pytest.raises(RecordLocked):
        store.delete_talk("tk3")
    with pytest.raises(RecordLocked):  # nor moved out of the locked year
        store.save_meeting(draft(id="new1", date=date(2026, 1, 5)))
    store.amend_meeting(dataclasses.replace(store.meeting("new1"), title="补正"), "笔误", "题目")
    assert store.meeting("new1").title == "补正"
    store.save_meeting(draft(id="next", date=date(2026, 1, 5)))  # other years are open
    assert store.lock_year(2025) == 0
