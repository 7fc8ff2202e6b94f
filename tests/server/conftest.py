"""A shared server of the tests' own: a database owned by an owner role (not the superuser), and the logins a test
makes on it, all dropped afterwards. Needs ORGLIFE_TEST_POSTGRES_URL (a superuser's URL)."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

URL = os.environ.get("ORGLIFE_TEST_POSTGRES_URL")
PASSWORD = "pw"


class Server:
    """The owner's database on the test cluster; `url(role)` logs in as any of its roles."""

    def __init__(self, prefix: str) -> None:
        self.prefix = prefix
        self.database = f"{prefix}db"
        self.owner = f"{prefix}owner"

    def url(self, role: str) -> str:
        return make_url(URL).set(username=role, password=PASSWORD, database=self.database).render_as_string(
            hide_password=False)

    def engine(self, role: str) -> Engine:
        return create_engine(self.url(role), poolclass=NullPool)


@pytest.fixture
def owned_database() -> Iterator[Server]:
    """An empty database and its owner (a login that may create roles, as a 党委's administrator has)."""
    if not URL:
        pytest.skip("ORGLIFE_TEST_POSTGRES_URL is not set")
    server = Server(f"t{uuid.uuid4().hex[:8]}_")
    admin = create_engine(URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.exec_driver_sql(f"CREATE ROLE {server.owner} LOGIN CREATEROLE PASSWORD '{PASSWORD}'")
        c.exec_driver_sql(f"CREATE DATABASE {server.database} OWNER {server.owner}")
    try:
        yield server
    finally:
        with admin.connect() as c:
            c.exec_driver_sql(f"DROP DATABASE IF EXISTS {server.database} WITH (FORCE)")
            roles = c.execute(text("SELECT rolname FROM pg_roles WHERE rolname LIKE :p"),
                              {"p": server.prefix + "%"})
            for (role,) in roles.all():
                c.exec_driver_sql(f'DROP ROLE "{role}"')
        admin.dispose()
