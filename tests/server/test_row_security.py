"""Row-level security on a real PostgreSQL server, tried with hand-written SQL as a clerk's and a reader's login."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import DBAPIError

from models.domain import ATTENDANCE_STATUSES, MEETING_TYPES, PERSON_KINDS
from models.migrate import upgrade_to_head
from models.orm import Base
from models.server import security
from tests.server.conftest import PASSWORD, Server


@pytest.fixture
def server(owned_database: Server) -> Server:
    s = owned_database
    owner = s.engine(s.owner)
    try:
        upgrade_to_head(owner)  # the migration alone sets the rules: no server-init here
        with owner.begin() as c:
            s.a = security.add_branch(c, "第一党支部")
            s.b = security.add_branch(c, "第二党支部")
            security.add_clerk(c, f"{s.prefix}clerk_a", s.a, PASSWORD)
            security.add_clerk(c, f"{s.prefix}clerk_b", s.b, PASSWORD)
            security.add_reader(c, f"{s.prefix}reader", PASSWORD)
            for branch in (s.a, s.b):
                _fill(c, branch)
    finally:
        owner.dispose()
    return s


def _fill(c: Connection, branch: int) -> None:
    tables = Base.metadata.tables
    row = branch * 100 + 1
    kind = next(iter(PERSON_KINDS))
    c.execute(tables["person"].insert().values(id=row, branch_id=branch, ext_id="P1", name="张三", kind=kind))
    c.execute(tables["meeting"].insert().values(
        id=row, branch_id=branch, ext_id="M1", type=next(iter(MEETING_TYPES)), title="会议", date=date(2026, 1, 10),
        created_at="2026-01-10T09:00:00", updated_at="2026-01-10T09:00:00"))
    c.execute(tables["attendance"].insert().values(meeting_id=row, position=1, person_id=row,
                                                   status=next(iter(ATTENDANCE_STATUSES))))


def _as(s: Server, who: str) -> Engine:
    return s.engine(s.prefix + who)


def test_every_table_has_forced_policies(server: Server) -> None:
    with _as(server, "clerk_a").connect() as c:
        forced = dict(c.execute(text(
            "SELECT relname, relrowsecurity AND relforcerowsecurity FROM pg_class "
            "WHERE relnamespace = 'public'::regnamespace AND relkind = 'r'")).all())
        policies = {(t, p) for t, p in c.execute(text("SELECT tablename, policyname FROM pg_policies"))}
    for table in Base.metadata.tables:
        assert forced[table], table
        assert {(table, "clerk_branch"), (table, "reader_all"), (table, "owner_all")} <= policies, table


def test_clerk_sees_and_touches_only_its_branch(server: Server) -> None:
    engine = _as(server, "clerk_a")
    with engine.begin() as c:
        assert c.execute(text("SELECT id FROM branch")).scalars().all() == [server.a]
        for table in Base.metadata.tables.values():
            if "branch_id" in table.c:
                rows = c.execute(text(f"SELECT DISTINCT branch_id FROM {table.name}")).scalars().all()
                assert set(rows) <= {server.a}, table.name
            else:  # a child table: nothing of branch B comes through its parent
                c.execute(text(f"SELECT * FROM {table.name}")).all()
        assert c.execute(text("SELECT count(*) FROM attendance")).scalar_one() == 1
        assert c.execute(text("UPDATE person SET name = 'x'")).rowcount == 1
        assert c.execute(text("UPDATE attendance SET status = status")).rowcount == 1
        assert c.execute(text("UPDATE branch SET short_name = 'x'")).rowcount == 1
        assert c.execute(text("DELETE FROM attendance")).rowcount == 1
        assert c.execute(text("DELETE FROM meeting")).rowcount == 1
    with _as(server, "reader").connect() as c:
        assert c.execute(text("SELECT count(*) FROM meeting")).scalar_one() == 1  # branch B's is still there
        assert c.execute(text("SELECT name FROM person WHERE branch_id = :b"), {"b": server.b}).scalar_one() == "张三"
        assert c.execute(text("SELECT count(*) FROM attendance")).scalar_one() == 1


@pytest.mark.parametrize("sql", [
    "INSERT INTO person (id, branch_id, ext_id, name, kind) SELECT 999, :b, 'P9', '李四', kind FROM person",
    "UPDATE person SET branch_id = :b",
    "INSERT INTO attendance (meeting_id, position, person_id, status) "
    "SELECT :b * 100 + 1, 9, person_id, status FROM attendance",
    "INSERT INTO branch (id, name) VALUES (:b + 100, 'x')",
    "INSERT INTO branch_clerk (role_name, branch_id) VALUES (current_user || 'x', :b)",
    "UPDATE branch_clerk SET branch_id = :b",
    "ALTER POLICY clerk_branch ON person USING (true)",
    "DROP POLICY clerk_branch ON person",
    "ALTER TABLE person NO FORCE ROW LEVEL SECURITY",
    "ALTER TABLE person DISABLE ROW LEVEL SECURITY",
    "CREATE TABLE mine (x int)",
    "SET ROLE {owner}",
    "SET ROLE {reader}",
])
def test_clerk_cannot_reach_another_branch_or_the_rules(server: Server, sql: str) -> None:
    sql = sql.format(owner=server.owner, reader=server.prefix + "reader")
    with _as(server, "clerk_a").connect() as c, pytest.raises(DBAPIError):
        c.execute(text(sql), {"b": server.b})  # the updates meet branch A's rows: moving them to B is refused


def test_reader_reads_every_branch_and_writes_nothing(server: Server) -> None:
    engine = _as(server, "reader")
    with engine.connect() as c:
        assert sorted(c.execute(text("SELECT id FROM branch")).scalars()) == sorted([server.a, server.b])
        for table in Base.metadata.tables:
            c.execute(text(f"SELECT * FROM {table}")).all()
    writes = ("UPDATE person SET name = 'x'", "DELETE FROM attendance", "INSERT INTO branch (id, name) VALUES (7, 'x')")
    for sql in writes:
        with engine.connect() as c, pytest.raises(DBAPIError):
            c.execute(text(sql))


def test_a_clerk_cannot_set_up_or_migrate(server: Server) -> None:
    with _as(server, "clerk_a").begin() as c, pytest.raises(security.ServerSetupError, match="不是该数据库的所有者"):
        security.secure(c)


def test_the_overview_shows_a_reader_every_branch_and_a_clerk_its_own(server: Server) -> None:
    from models.overview.party import party_overview

    as_of = date(2026, 3, 1)
    everyone = party_overview(_as(server, "reader"), 2026, as_of)
    assert sorted(line.branch.id for line in everyone.lines) == sorted([server.a, server.b])
    own = party_overview(_as(server, "clerk_a"), 2026, as_of)  # all branches asked, the server gives its own
    assert [line.branch.id for line in own.lines] == [server.a]
    assert own.lines[0] == next(line for line in everyone.lines if line.branch.id == server.a)
    assert own.lines[0].cells[next(iter(MEETING_TYPES))].met == 1  # its meeting of January counted
