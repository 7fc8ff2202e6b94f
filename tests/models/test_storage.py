"""The whole branch in and out of the database: round trip, all-or-nothing, a new file on first import."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from models.interchange import read_branch, write_branch
from models.orm import Base
from models.services import Store
from models.storage.errors import RecordConflict


def count_rows(store: Store) -> dict[str, int]:
    with store.engine.connect() as conn:
        return {
            name: conn.execute(select(func.count()).select_from(table)).scalar()
            for name, table in Base.metadata.tables.items()
        }


def test_sample_round_trips_through_the_database(db_target, sample_text: str) -> None:
    data = read_branch(sample_text)
    store = Store.open(db_target)
    store.import_data(data)
    loaded = store.load_all()
    assert write_branch(loaded, 1) == sample_text
    assert loaded.meetings[5].attachments[0].data.startswith(b"\x89PNG")
    store.close()


def test_import_creates_the_database_file(tmp_path: Path, sample_text: str) -> None:
    target = tmp_path / "new" / "folder" / "orglife.sqlite3"
    store = Store.open(target)
    store.import_data(read_branch(sample_text))
    store.close()
    assert target.exists()
    assert Store.open(target).branch().fonds_code == "J012"


def test_an_id_already_in_the_database_writes_nothing(db_target, sample_text: str) -> None:
    store = Store.open(db_target)
    store.import_data(read_branch(sample_text))
    before = count_rows(store)
    with pytest.raises(RecordConflict) as caught:
        store.import_data(read_branch(sample_text))
    assert 'members[0].id: 数据库中已有 id "m1"' in caught.value.errors
    assert 'meetings[8].id: 数据库中已有 id "mt09"' in caught.value.errors
    assert count_rows(store) == before


def test_records_belong_to_their_branch(db_target, sample_text: str) -> None:
    store = Store.open(db_target)
    store.import_data(read_branch(sample_text))
    with store.engine.connect() as conn:
        for name in ("person", "meeting", "talk", "party_group", "evaluation", "rectification"):
            table = Base.metadata.tables[name]
            branches = set(conn.execute(select(table.c.branch_id)).scalars())
            assert branches == {store.branch_id}, name


def test_a_year_alone_is_loaded_with_everyone_it_refers_to(db_target, sample_text: str) -> None:
    store = Store.open(db_target)
    store.import_data(read_branch(sample_text))
    year = store.load_year(2025)
    assert len(year.meetings) == 9 and len(year.talks) == 2 and len(year.evaluations) == 1
    assert len(year.members) == 8
    empty = store.load_year(2024)
    assert (empty.meetings, empty.talks, empty.evaluations) == ((), (), ())
    assert len(empty.members) == 8


def test_records_come_back_in_the_interchange_order(db_target, sample_text: str) -> None:
    import json

    doc = json.loads(sample_text)
    doc["meetings"].reverse()
    doc["talks"].reverse()
    store = Store.open(db_target)
    store.import_data(read_branch(json.dumps(doc, ensure_ascii=False)))
    loaded = store.load_all()
    assert [m.id for m in loaded.meetings] == [m["id"] for m in json.loads(sample_text)["meetings"]]
    assert [t.id for t in loaded.talks] == ["t1", "t2"]


def test_every_field_survives_the_database(db_target) -> None:
    from tests.models.interchange_support import rich_branch

    text = write_branch(rich_branch(), 1)  # version 1: a final meeting's number is the one its date gives
    store = Store.open(db_target)
    store.import_data(read_branch(text))
    assert write_branch(store.load_all(), 1) == text
    assert store.load_all().rules == rich_branch().rules
