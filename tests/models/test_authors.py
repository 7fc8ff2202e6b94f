"""Who finalised a record and who made each amendment: the clerk's name from 设置, else the system's user name;
carried by version 2, left out of version 1 as bookkeeping."""

from __future__ import annotations

import dataclasses
import getpass
import json
from pathlib import Path

from models.interchange import read_branch, write_branch
from models.services import Store


def a_draft(store: Store):
    """A new draft, copied from the sample's first meeting."""
    first = store.load_all().meetings[0]
    copy = dataclasses.replace(first, id="draft-1", status="draft", finalized_at=None, finalized_by="", number=None,
                               amendments=(), attachments=(), version=None)
    return store.save_meeting(copy)


def test_finalising_and_amending_record_who_did_it(tmp_path: Path, sample_text: str, monkeypatch) -> None:
    store = Store.open(tmp_path / "a.sqlite3")
    try:
        store.import_data(read_branch(sample_text))
        draft = a_draft(store)
        monkeypatch.setattr(getpass, "getuser", lambda: "office-pc")
        assert store.finalize_meeting(draft.id).finalized_by == "office-pc"  # no name in 设置: the system's
        store.clerk_name = "李娜"
        amended = store.amend_meeting(dataclasses.replace(store.meeting(draft.id), summary="补记小结"),
                                      "漏记主持人小结", "补记")
        assert amended.amendments[-1].author == "李娜" and amended.finalized_by == "office-pc"
        assert store.meeting(draft.id).amendments[-1].author == "李娜"
        data = store.load_all()
    finally:
        store.close()
    written = json.loads(write_branch(data))
    meeting = next(m for m in written["meetings"] if m["id"] == draft.id)
    assert meeting["finalized_by"] == "office-pc" and meeting["amendments"][-1]["author"] == "李娜"
    assert list(meeting["amendments"][-1]) == ["at", "reason", "summary", "author"]
    version1 = json.loads(write_branch(data, 1))
    old = next(m for m in version1["meetings"] if m["id"] == draft.id)
    assert "finalized_by" not in old and "author" not in old["amendments"][-1]
    assert read_branch(json.dumps(written, ensure_ascii=False)).meetings == data.meetings


def test_an_unknown_system_user_leaves_the_author_empty(tmp_path: Path, sample_text: str, monkeypatch) -> None:
    def no_user() -> str:
        raise KeyError("uid not found")

    monkeypatch.setattr(getpass, "getuser", no_user)
    store = Store.open(tmp_path / "a.sqlite3")
    try:
        store.import_data(read_branch(sample_text))
        draft = a_draft(store)
        assert store.finalize_meeting(draft.id).finalized_by == ""
    finally:
        store.close()


def test_on_a_server_the_author_is_the_login_whatever_the_settings_say(
    postgres_url: str, sample_text: str, monkeypatch
) -> None:
    monkeypatch.setattr(getpass, "getuser", lambda: "office-pc")
    store = Store.open(postgres_url)
    store.clerk_name = "王文书"
    try:
        store.import_data(read_branch(sample_text))
        assert store.finalize_meeting(a_draft(store).id).finalized_by == "postgres"
    finally:
        store.close()
