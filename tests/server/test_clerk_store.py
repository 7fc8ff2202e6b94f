"""The desktop program's Store on a shared server, logged in as a clerk made by `add-clerk` and as a 党委 reader
made by `add-reader`: the clerk does a branch's whole work on its own branch and sees nothing of the other; the
reader reads every branch and each write it tries is refused in words."""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from datetime import date

import pytest
from sqlalchemy import text

import main
from models import commands
from models.db import open_database
from models.domain import Attendance, Meeting, Person, Resolution, Talk, Vote
from models.faults import NotPermitted
from models.interchange import read_branch
from models.resources import sample_branch_path
from models.services import Store
from models.services.base import branches
from models.storage.errors import RecordNotFound
from tests.server.conftest import PASSWORD, Server

SAMPLE = sample_branch_path()


@dataclass
class Party:  # 党委: a server with two branches, a clerk for each and a reader
    server: Server
    a: int
    b: int

    def url(self, who: str) -> str:
        return self.server.url(self.server.prefix + who)


@pytest.fixture
def party(owned_database: Server, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Party:
    s = owned_database
    owner = s.url(s.owner)
    monkeypatch.setattr("getpass.getpass", lambda prompt="": PASSWORD)
    for args in (["server-init"], ["add-branch", "第一党支部"], ["add-branch", "第二党支部"],
                 ["add-clerk", f"{s.prefix}clerk_a", "--branch", "1"],
                 ["add-clerk", f"{s.prefix}clerk_b", "--branch", "2"], ["add-reader", f"{s.prefix}reader"]):
        assert main.main(["--db", owner, *args]) == 0, capsys.readouterr().err
    store = Store.for_branch(open_database(owner), 2)  # branch B's records first: their ids come before A's
    try:
        store.import_data(read_branch(SAMPLE.read_text(encoding="utf-8")))
        store.save_talk(Talk(id="only-b", date=date(2025, 3, 1), talker="m1", talkee="m2", content="二支部的谈话"))
    finally:
        store.close()
    capsys.readouterr()
    return Party(s, 1, 2)


def a_meeting() -> Meeting:
    return Meeting(
        id="new-1", type="committee_meeting", title="研究发展党员工作", date=date(2025, 4, 8),
        attendance=(Attendance("m1"), Attendance("m2", "leave", "出差"), Attendance("m3")),
        resolutions=(Resolution("同意确定为发展对象", vote=Vote(2)),),
    )


def test_a_clerk_does_its_branchs_work_and_sees_no_other(party: Party) -> None:
    clerk = party.url("clerk_a")
    assert "已导入" in commands.import_json(clerk, str(SAMPLE))  # its own, empty branch: no branch to choose
    store = Store.open(clerk)
    try:
        assert [e.id for e in branches(store.engine)] == [party.a]
        assert store.branch().name == read_branch(SAMPLE.read_text(encoding="utf-8")).branch.name
        assert len(store.people()) == 8 and len(store.meeting_summaries()) == 9
        assert "only-b" not in [t.id for t in store.talks()]

        saved = store.save_meeting(a_meeting())
        saved = store.save_meeting(dataclasses.replace(saved, summary="会议同意。"))
        final = store.finalize_meeting(saved.id, saved.version)
        assert final.finalized_by == f"{party.server.prefix}clerk_a"  # the login, not the PC's user name
        store.amend_meeting(dataclasses.replace(final, title="研究确定发展对象"), "题目不准确", "改题目")
        got = store.meeting("new-1")
        assert got.title == "研究确定发展对象" and got.resolutions[0].vote == Vote(2)
        assert [a.status for a in got.attendance] == ["present", "leave", "present"]
        assert got.amendments[-1].author == f"{party.server.prefix}clerk_a"
        store.save_talk(Talk(id="tk-a", date=date(2025, 5, 6), talker="m1", talkee="m4", content="谈学习"))
        store.save_person(Person(id="p-new", name="新同志", kind="activist"))
        with pytest.raises(RecordNotFound):
            Store.for_branch(store.engine, party.b)
        with store.engine.connect() as c:  # nor by hand: the rows of branch B are not there for this login
            assert c.execute(text("SELECT DISTINCT branch_id FROM meeting")).scalars().all() == [party.a]
    finally:
        store.close()

    out, _ = commands.export_json(clerk, "-")
    exported = json.loads(out)
    assert {"new-1", "mt01"} <= {m["id"] for m in exported["meetings"]}
    assert {t["id"] for t in exported["talks"]} == {"t1", "t2", "tk-a"}

    reader = Store.for_branch(open_database(party.url("reader")), party.b)
    try:
        assert "only-b" in [t.id for t in reader.talks()]  # branch B's own records were left alone
        assert "new-1" not in [s.id for s in reader.meeting_summaries()]
    finally:
        reader.close()


def test_two_clerks_saving_in_turn_never_take_each_others_ids(party: Party) -> None:
    """Each sees only its own branch's rows, where the largest id is not the table's."""
    commands.import_json(party.url("clerk_a"), str(SAMPLE))
    first = Store.open(party.url("clerk_a"))
    second = Store.open(party.url("clerk_b"))
    try:
        for n in range(3):
            first.save_talk(Talk(id=f"a{n}", date=date(2025, 6, 1), talker="m1", talkee="m2"))
            second.save_talk(Talk(id=f"b{n}", date=date(2025, 6, 1), talker="m1", talkee="m2"))
    finally:
        first.close()
        second.close()
    owner = open_database(party.server.url(party.server.owner))
    try:
        with owner.connect() as c:
            rows = c.execute(text("SELECT branch_id, ext_id FROM talk WHERE ext_id LIKE 'a%' OR ext_id LIKE 'b%' "
                                  "ORDER BY id")).all()
    finally:
        owner.dispose()
    assert [tuple(r) for r in rows] == [(1, "a0"), (2, "b0"), (1, "a1"), (2, "b1"), (1, "a2"), (2, "b2")]


def test_a_reader_reads_every_branch_and_is_told_it_may_not_write(party: Party) -> None:
    reader = Store.for_branch(open_database(party.url("reader")), party.b)
    try:
        assert len(reader.load_all().meetings) == 9 and reader.meeting("mt01").title
        meeting = reader.meeting("mt01")
        writes = {
            "draft": lambda: reader.save_meeting(a_meeting()),
            "amend": lambda: reader.amend_meeting(dataclasses.replace(meeting, notes="改"), "补记", "备注"),
            "finalise": lambda: reader.finalize_meeting("mt01", meeting.version),  # only reads, FOR UPDATE
            "talk": lambda: reader.save_talk(Talk(id="x", date=date(2025, 1, 2), talker="m1", talkee="m2")),
            "delete": lambda: reader.delete_talk("only-b"),
            "person": lambda: reader.save_person(Person(id="p9", name="某某", kind="member")),
            "import": lambda: reader.import_data(read_branch(SAMPLE.read_text(encoding="utf-8")), party.a),
        }
        for what, write in writes.items():
            with pytest.raises(NotPermitted, match="党委的只读登录名只能查阅") as refused:
                write()
            assert "InsufficientPrivilege" not in str(refused.value) and "permission" not in str(refused.value), what
        assert "only-b" in [t.id for t in reader.talks()]
    finally:
        reader.close()
