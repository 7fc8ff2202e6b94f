"""首页一览: read from the file at start-up and through the store, the same figures as the rules give."""

from __future__ import annotations

import dataclasses
import sqlite3
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from bench.generate import Spec, generate_branch
from models.domain import Branch, CommitteeRole, Meeting
from models.glance import RECENT, glance_of_file
from models.interchange import read_branch
from models.paths import database_file, default_database_path
from models.rules import standing
from models.rules.term import term_warning
from models.services import Store
from tests.loaded_modules import loaded_of


def expected(store: Store, today: date) -> dict:
    """The home page's figures computed the long way: the domain records and the rules."""
    data = store.load_all()
    people = Counter(standing(p, today) or p.kind for p in data.members if not (p.left_on and p.left_on <= today))
    this_year = store.meeting_summaries(year=today.year)
    recent = this_year[:RECENT] if this_year else store.meeting_summaries()[:RECENT]
    return {
        "branch": (data.branch.name, data.branch.short_name),
        "people": {k: people[k] for k in ("正式党员", "预备党员", "candidate", "activist")},
        "term": term_warning(data.committee, today),
        "meetings": dict(Counter(s.type for s in this_year)),
        "drafts": sum(1 for s in this_year if s.status == "draft"),
        "recent": [(s.id, s.date, s.type, s.title, s.status) for s in recent],
    }


def figures(glance) -> dict:
    return {
        "branch": (glance.branch_name, glance.short_name),
        "people": glance.people,
        "term": glance.term_warning,
        "meetings": glance.meetings,
        "drafts": glance.drafts,
        "recent": [tuple(m) for m in glance.recent],
    }


@pytest.fixture
def sample_db(tmp_path: Path, sample_text: str) -> Path:
    path = tmp_path / "sample.sqlite3"
    store = Store.open(path)
    store.import_data(read_branch(sample_text))
    store.close()
    return path


def test_the_sample_on_many_days_from_the_file_and_through_the_store(sample_db: Path) -> None:
    store = Store.open(sample_db)
    data = store.load_all()
    days = sorted({m.date for m in data.meetings} | {p.joined_on for p in data.members if p.joined_on}
                  | {p.full_member_on for p in data.members if p.full_member_on}
                  | {p.left_on for p in data.members if p.left_on} | {r.start for r in data.committee})
    days += [date(1990, 1, 1), date(2030, 6, 1)]
    for day in days:
        want = expected(store, day)
        assert figures(glance_of_file(sample_db, day)) == want, day
        assert figures(store.glance(day)) == want, day
    store.close()


def test_a_generated_branch_with_drafts_a_term_ending_and_leavers(tmp_path: Path) -> None:
    data = generate_branch(Spec(members=60, groups=3, years=4, first_year=2022, speech_chars=40, photo_bytes=0))
    # drafts in the current year, and a committee elected almost three years before "today"
    today = date(2025, 11, 20)
    meetings = tuple(dataclasses.replace(m, status="draft", finalized_at=None) if m.date.year == 2025 and i % 4 == 0
                     else m for i, m in enumerate(data.meetings))
    committee = tuple(CommitteeRole(r.member, r.role, date(2023, 1, 10), None) for r in data.committee[:3])
    data = dataclasses.replace(data, meetings=meetings, committee=committee)
    path = tmp_path / "generated.sqlite3"
    store = Store.open(path)
    store.import_data(data)
    want = expected(store, today)
    assert want["drafts"] > 0 and want["term"] and "不足三个月" in want["term"]
    assert any(p.left_on for p in data.members)
    assert figures(glance_of_file(path, today)) == want
    assert figures(store.glance(today)) == want
    store.close()


def test_a_year_without_meetings_lists_the_latest_of_all(tmp_path: Path) -> None:
    path = tmp_path / "b.sqlite3"
    store = Store.open(path)
    store.create_branch(Branch("中共测试支部委员会", short_name="测试支部"))
    store.save_meeting(Meeting("x1", "party_lecture", "党课", date(2024, 5, 6)))
    glance = glance_of_file(path, date(2026, 1, 2))
    assert (glance.branch_name, glance.short_name) == ("中共测试支部委员会", "测试支部")
    assert glance.meetings == {} and glance.drafts == 0 and glance.people["正式党员"] == 0
    assert [m.id for m in glance.recent] == ["x1"] and glance.term_warning is None
    store.close()


def test_no_glance_where_the_store_must_come_first(tmp_path: Path, sample_db: Path) -> None:
    today = date(2025, 6, 1)
    missing = tmp_path / "missing.sqlite3"
    assert glance_of_file(missing, today) is None and not missing.exists()  # never creates the file
    assert glance_of_file("postgresql://clerk@localhost/orglife", today) is None
    text = tmp_path / "notes.sqlite3"
    text.write_bytes(b"not a database\n" * 100)
    assert glance_of_file(text, today) is None
    foreign = tmp_path / "foreign.sqlite3"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE t (x)")
    assert glance_of_file(foreign, today) is None
    empty = tmp_path / "empty.sqlite3"
    Store.open(empty).close()  # at the schema's head, but no branch yet: the first-start wizard comes first
    assert glance_of_file(empty, today) is None
    older = tmp_path / "older.sqlite3"
    older.write_bytes(sample_db.read_bytes())
    with sqlite3.connect(older) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0002'")
    assert glance_of_file(older, today) is None  # the store upgrades it (with a backup) before anything is shown


def test_reading_the_glance_leaves_the_file_as_it_was(sample_db: Path) -> None:
    before = sample_db.read_bytes()
    assert glance_of_file(sample_db, date(2025, 6, 1)) is not None
    assert sample_db.read_bytes() == before
    # SQLite may leave an empty -wal/-shm beside a WAL database read-only; the store takes them up and removes them
    Store.open(sample_db).close()
    assert sorted(p.name for p in sample_db.parent.iterdir()) == [sample_db.name]


def test_the_glance_while_the_program_has_the_database_open(sample_db: Path) -> None:
    today = date(2025, 12, 31)
    before = glance_of_file(sample_db, today)
    store = Store.open(sample_db)
    store.save_meeting(Meeting("new1", "theme_day", "主题党日", today))  # in the WAL, not yet checkpointed
    after = glance_of_file(sample_db, today)
    assert after is not None and after.recent[0].id == "new1" and after.drafts == before.drafts + 1
    assert after.meetings["theme_day"] == before.meetings.get("theme_day", 0) + 1
    store.close()


def test_the_file_named_by_the_db_option(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert database_file(None) == default_database_path()
    assert database_file("sub/branch.sqlite3") == tmp_path / "sub" / "branch.sqlite3"
    assert database_file("sqlite:///x.sqlite3") is None and database_file("postgresql://h/db") is None


def test_the_glance_needs_neither_sqlalchemy_nor_the_domain_records(sample_db: Path) -> None:
    code = ("import datetime\nfrom models.glance import glance_of_file\n"
            f"assert glance_of_file({str(sample_db)!r}, datetime.date(2025, 6, 1)) is not None")
    heavy = loaded_of(code, packages=("sqlalchemy", "alembic", "openpyxl"),
                      prefixes=("models.domain", "models.rules.compliance", "models.roster"))
    assert heavy == [], heavy


def test_every_name_of_the_rules_package_is_there() -> None:
    import models.rules

    for name in models.rules.__all__:
        assert getattr(models.rules, name) is not None, name
    with pytest.raises(AttributeError):
        models.rules.no_such_rule  # noqa: B018
