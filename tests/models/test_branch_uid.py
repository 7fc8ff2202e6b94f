"""Version 2 carries the branch's uid (docs/formats.md): written from the database, read back, kept by an import
into a new database; a version-2 file without one still reads, and version 1 has no place for it."""

from __future__ import annotations

import json

from models.interchange import read_branch, write_branch
from models.services import Store
from models.services.base import branches
from tests.models.interchange_support import dumps, errors_of

UID = "5d0c6a4e-1f2b-4c3d-9e8f-7a6b5c4d3e2f"


def test_the_database_branch_uid_is_written_and_an_import_into_a_new_database_keeps_it(
    sample_text: str, db_target, new_db_target
) -> None:
    store = Store.open(db_target)
    store.import_data(read_branch(sample_text))
    uid = branches(store.engine)[0].uid
    doc = json.loads(write_branch(store.load_all()))
    store.close()
    assert list(doc["branch"])[-1] == "uid" and doc["branch"]["uid"] == uid
    assert "uid" not in json.loads(write_branch(read_branch(dumps(doc)), 1))["branch"]

    other = Store.open(new_db_target())
    other.import_data(read_branch(dumps(doc)))
    assert branches(other.engine)[0].uid == uid
    other.close()


def test_a_version2_file_without_uid_reads_and_gives_none_back(sample_text: str) -> None:
    doc = json.loads(sample_text)
    doc["version"] = 2
    data = read_branch(dumps(doc))
    assert data.branch.uid == ""
    assert "uid" not in json.loads(write_branch(data))["branch"]


def test_a_uid_is_refused_in_version1_and_when_it_is_no_uuid(sample_text: str) -> None:
    doc = json.loads(sample_text)
    doc["branch"]["uid"] = UID
    assert any(e.startswith("branch.uid:") for e in errors_of(doc))  # version 1: an unknown key
    doc["version"] = 2
    assert read_branch(dumps(doc)).branch.uid == UID
    doc["branch"]["uid"] = "第一支部"
    assert errors_of(doc) == ['branch.uid: 不是有效的党支部编号（应为 UUID，如 3f2b6c1e-8d4a-4f0e-9b7a-2c5d1e6f8a90），'
                              '实为 "第一支部"']
