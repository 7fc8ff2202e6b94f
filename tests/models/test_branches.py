"""Several branches in one database: each its own uid and records; an import is told which branch it is for."""

from __future__ import annotations

import dataclasses

import pytest

from models.domain import Branch
from models.interchange import read_branch
from models.services import Store
from models.services.base import SeveralBranches, branches
from models.storage.importer import NEW_BRANCH, BranchNotChosen


def test_two_branches_keep_their_records_apart(db_target, sample_text: str) -> None:
    data = read_branch(sample_text)
    first = Store.open(db_target)
    try:
        first.import_data(data)
        assert first.import_data(data, NEW_BRANCH).counts["members"] == len(data.members)  # same ids, new branch
        entries = branches(first.engine)
        assert [e.name for e in entries] == [data.branch.name] * 2 and len({e.uid for e in entries}) == 2
        with pytest.raises(SeveralBranches, match="2 个党支部"):
            Store(first.engine).branch()
        with pytest.raises(BranchNotChosen, match="同名") as refused:
            Store(first.engine).import_data(data)
        assert refused.value.matched == (entries[0].id, data.branch.name)
        second = Store.for_branch(first.engine, entries[1].uid)
        second.update_branch(dataclasses.replace(second.branch(), name="第二支部"))
        assert Store.for_branch(first.engine, entries[0].id).branch().name == data.branch.name
        second.save_meeting(dataclasses.replace(second.meeting("mt01"), id="only2", version=None, status="draft"))
        assert "only2" not in {s.id for s in Store.for_branch(first.engine, entries[0].id).meeting_summaries()}
        with pytest.raises(ValueError, match="已有党支部"):
            Store(first.engine).create_branch(Branch(name="第二支部"))
    finally:
        first.close()
