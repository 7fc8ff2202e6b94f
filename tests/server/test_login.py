"""Who is logged in: a file, or on the server the owner, a clerk or a 党委 reader, and the branches each sees."""

from __future__ import annotations

from bench.party import add_branch
from models.db import open_database
from models.server.login import CLERK, FILE, OWNER, READER, login_kind
from tests.server.party_server import BUSY, IDLE, PartyServer, busy_branch, idle_branch


def test_a_file_is_its_clerks_and_shows_its_branches_by_name(tmp_path) -> None:
    engine = open_database(tmp_path / "one.sqlite3", new=True)
    add_branch(engine, busy_branch())
    one = login_kind(engine)
    assert (one.kind, [b.name for b in one.branches]) == (FILE, [BUSY])
    assert not one.sees_the_party and not one.must_choose
    add_branch(engine, idle_branch())
    several = login_kind(engine)
    assert [b.name for b in several.branches] == [BUSY, IDLE]
    assert several.sees_the_party and several.must_choose
    engine.dispose()


def test_on_the_server_each_login_is_told_apart(party_server: PartyServer) -> None:
    seen = {}
    for who in ("owner", "clerk", "reader"):
        engine = party_server.engine(who)
        seen[who] = login_kind(engine)
        engine.dispose()
    assert seen["owner"].kind == OWNER and len(seen["owner"].branches) == 2
    clerk = seen["clerk"]
    assert (clerk.kind, [b.name for b in clerk.branches]) == (CLERK, [BUSY])
    assert not clerk.sees_the_party and not clerk.must_choose
    reader = seen["reader"]
    assert (reader.kind, [b.name for b in reader.branches]) == (READER, [BUSY, IDLE])
    assert reader.sees_the_party and not reader.must_choose
