"""A 党委 on a real PostgreSQL server for the tests: the database's owner, two branches with records, a clerk of
the first and a 党委 reader (logins made as the tests of
row-level security make them). Skips without ORGLIFE_TEST_POSTGRES_URL."""

from __future__ import annotations

import dataclasses
import os
import uuid
from collections.abc import Iterator
from datetime import date

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

from bench.party import add_branch
from models.domain import Branch
from models.migrate import upgrade_to_head
from models.server import security
from tests.models.overview_support import meeting, small_branch

URL = os.environ.get("ORGLIFE_TEST_POSTGRES_URL")
BUSY, IDLE = "中共某某机关第一党支部委员会", "中共某某机关第二党支部委员会"


class PartyServer:
    def __init__(self, prefix: str) -> None:
        self.prefix = prefix
        self.database = f"{prefix}db"
        self.owner = f"{prefix}owner"
        self.ids: dict[str, int] = {}

    def url(self, who: str) -> str:
        """The URL a login (`owner`, `clerk`, `reader`) opens the database with."""
        role = self.owner if who == "owner" else self.prefix + who
        return make_url(URL).set(username=role, password="pw", database=self.database).render_as_string(
            hide_password=False)

    def engine(self, who: str) -> Engine:
        return create_engine(self.url(who), poolclass=NullPool)


def busy_branch():
    """Three of four quarters' 党员大会 held in 2025; the rest of the branch's duties not."""
    held = (meeting(f"b{q}", "general_meeting", date(2025, 3 * q - 1, 10)) for q in (1, 2, 3))
    return small_branch(*held, branch=Branch(BUSY, "第一党支部"))


def idle_branch():
    return dataclasses.replace(small_branch(), branch=Branch(IDLE, "第二党支部"))


@pytest.fixture
def party_server() -> Iterator[PartyServer]:
    if not URL:
        pytest.skip("ORGLIFE_TEST_POSTGRES_URL is not set")
    prefix = f"p{uuid.uuid4().hex[:8]}_"
    admin = create_engine(URL, isolation_level="AUTOCOMMIT")
    s = PartyServer(prefix)
    with admin.connect() as c:
        c.exec_driver_sql(f"CREATE ROLE {s.owner} LOGIN CREATEROLE PASSWORD 'pw'")
        c.exec_driver_sql(f"CREATE DATABASE {s.database} OWNER {s.owner}")
    try:
        owner = s.engine("owner")
        upgrade_to_head(owner)
        for data in (busy_branch(), idle_branch()):
            s.ids[data.branch.name] = add_branch(owner, data)
        with owner.begin() as c:
            security.secure(c)
            security.add_clerk(c, f"{prefix}clerk", s.ids[BUSY], "pw")
            security.add_reader(c, f"{prefix}reader", "pw")
        owner.dispose()
        yield s
    finally:
        with admin.connect() as c:
            c.exec_driver_sql(f"DROP DATABASE IF EXISTS {s.database} WITH (FORCE)")
            roles = c.execute(text("SELECT rolname FROM pg_roles WHERE rolname LIKE :p"), {"p": prefix + "%"})
            for (role,) in roles.all():
                c.exec_driver_sql(f'DROP ROLE "{role}"')
        admin.dispose()
