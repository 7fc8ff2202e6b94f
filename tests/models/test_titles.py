"""Titles as the work book numbers them: 第 n 次 in the year per kind, by date, stored at 定稿."""

from __future__ import annotations

import dataclasses
import sqlite3
from datetime import date, time
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine

from models import migrate
from models.domain import Attendance, Meeting
from models.interchange import read_branch
from models.services import Store
from models.titles import meeting_title, meeting_titles, number_by_date, sharing_number


@pytest.fixture
def store(tmp_path: Path, sample_text: str) -> Store:
    s = Store.open(tmp_path / "db.sqlite3")
    s.import_data(read_branch(sample_text))
    return s


def committee(meeting_id: str, day: date, start: time | None = None) -> Meeting:
    return Meeting(id=meeting_id, type="committee_meeting", title="研究工作", date=day, start=start,
                   attendance=(Attendance("m1"), Attendance("m2")))


def titles(store: Store) -> dict[str, str]:
    return {s.id: s.heading for s in store.meeting_summaries(year=2025)}


def printed(store: Store, meeting_id: str) -> str:
    got = store.record_data(meeting_id)
    assert isinstance(got.record, Meeting)
    return meeting_title(got.data, got.record)


def test_each_kind_is_numbered_by_date_in_its_year(store: Store) -> None:
    got = titles(store)
    assert got["mt01"] == "2025年第1次支部委员会会议记录"
    assert got["mt04"] == "2025年第2次支部委员会会议记录"
    assert got["mt07"] == "2025年第3次支部委员会会议记录"
    assert got["mt02"] == "2025年第1次支部党员大会记录"
    assert got["mt03"] == "2025年第一党小组第1次会议记录"
    assert got["mt05"] == "2025年第1次党课记录"
    assert got["mt08"] == "2025年第1次组织生活会记录"
    assert printed(store, "mt07") == got["mt07"]
    assert all(" " not in t for t in got.values())
    assert {m.id: m.number for m in store.load_all().meetings}["mt07"] == 3  # the import stored the finals'


def test_a_late_entered_earlier_meeting_renumbers_drafts_but_never_a_final(store: Store) -> None:
    store.save_meeting(committee("apr", date(2025, 4, 8)))
    assert titles(store)["apr"] == "2025年第4次支部委员会会议记录"
    store.save_meeting(committee("late-mar", date(2025, 3, 20)))  # entered after April's, happened before
    got = titles(store)
    assert got["late-mar"] == "2025年第4次支部委员会会议记录"
    assert got["apr"] == "2025年第5次支部委员会会议记录"  # a draft follows the dates
    store.finalize_meeting("apr")
    assert store.meeting("apr").number == 5
    store.save_meeting(committee("late-jan", date(2025, 1, 20)))  # earlier than every final one
    got = titles(store)
    assert (got["mt01"], got["mt04"], got["mt07"], got["apr"]) == (
        "2025年第1次支部委员会会议记录", "2025年第2次支部委员会会议记录", "2025年第3次支部委员会会议记录",
        "2025年第5次支部委员会会议记录")  # on paper already: unchanged
    assert got["late-jan"] == "2025年第4次支部委员会会议记录"  # the next number no one holds
    assert got["late-mar"] == "2025年第6次支部委员会会议记录"
    assert len(set(got.values())) == len(got)
    assert printed(store, "apr") == "2025年第5次支部委员会会议记录"


def test_two_meetings_of_one_day_never_share_a_title(store: Store) -> None:
    store.save_meeting(committee("afternoon", date(2025, 5, 6), time(14, 30)))
    store.save_meeting(committee("morning", date(2025, 5, 6), time(9, 0)))
    store.save_meeting(committee("b-no-time", date(2025, 6, 3)))
    store.save_meeting(committee("a-no-time", date(2025, 6, 3)))
    got = titles(store)
    assert got["morning"] == "2025年第4次支部委员会会议记录"
    assert got["afternoon"] == "2025年第5次支部委员会会议记录"
    assert (got["a-no-time"], got["b-no-time"]) == ("2025年第6次支部委员会会议记录", "2025年第7次支部委员会会议记录")
    data = store.record_data("morning").data
    assert len(set(meeting_titles(data).values())) == len(data.meetings)


def test_the_clerk_corrects_a_draft_number_and_finalising_keeps_it(store: Store) -> None:
    store.save_meeting(dataclasses.replace(committee("may", date(2025, 5, 6)), number=9))
    assert titles(store)["may"] == "2025年第9次支部委员会会议记录"
    may = store.meeting("may")
    assert number_by_date(may, store.meeting_series(may)) == 4
    assert sharing_number(may, store.meeting_series(may)) == []
    assert [o.id for o in sharing_number(dataclasses.replace(may, number=2), store.meeting_series(may))] == ["mt04"]
    store.save_meeting(committee("june", date(2025, 6, 3)))
    assert titles(store)["june"] == "2025年第10次支部委员会会议记录"
    final = store.finalize_meeting("may")
    assert final.number == 9
    amended = store.amend_meeting(dataclasses.replace(final, number=2), "补记", "")
    assert amended.number == 9 and store.meeting("may").number == 9  # fixed at 定稿


def test_locking_a_year_stores_the_numbers_of_the_drafts_it_finalises(store: Store) -> None:
    store.save_meeting(committee("apr", date(2025, 4, 8)))
    store.lock_year(2025)
    assert store.meeting("apr").number == 4


def test_the_upgrade_numbers_the_final_meetings_already_stored_by_date(tmp_path: Path, sample_text: str) -> None:
    path = tmp_path / "old.sqlite3"
    store = Store.open(path)
    store.import_data(read_branch(sample_text))
    store.save_meeting(committee("draft-feb", date(2025, 2, 1)))
    store.close()
    plain = create_engine(f"sqlite:///{path}")  # foreign keys off, as a batch migration needs
    config = migrate.alembic_config()
    with plain.begin() as conn:  # the database as the release before numbers left it
        config.attributes["connection"] = conn
        command.downgrade(config, "0004")
    plain.dispose()
    con = sqlite3.connect(path)
    assert "number" not in [r[1] for r in con.execute("PRAGMA table_info(meeting)")]
    con.close()

    store = Store.open(path)  # upgraded as the program upgrades
    assert migrate.current_revision(store.engine) == migrate.head_revision()
    numbers = {m.id: m.number for m in store.load_all().meetings}
    assert (numbers["mt01"], numbers["mt04"], numbers["mt07"]) == (1, 3, 4)  # by date, the draft among them
    assert numbers["draft-feb"] is None and numbers["mt03"] == 1 and numbers["mt08"] == 1
    store.save_meeting(committee("late-jan", date(2025, 1, 10)))
    got = titles(store)
    assert got["mt07"] == "2025年第4次支部委员会会议记录"  # already on paper: kept
    assert (got["late-jan"], got["draft-feb"]) == ("2025年第2次支部委员会会议记录", "2025年第5次支部委员会会议记录")
    store.close()
