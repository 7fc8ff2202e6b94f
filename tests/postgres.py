"""The tests on PostgreSQL: a fresh database per test on the server named by ORGLIFE_TEST_POSTGRES_URL.

The variable is a superuser's URL, e.g. `postgresql+psycopg://postgres@127.0.0.1:5433/postgres`. Without it the
tests that need the server skip and say why; the tests parametrised by `engine_kind` run on SQLite only.

- `postgres_url`: the URL of a new, empty database, dropped after the test (roles: use `unique_name`).
- `new_db_target()`: one more fresh database of the run's engine, for tests that need two.
- `db_target`: what `Store.open` / `open_database` take, once for SQLite (a file in tmp_path) and once for
  PostgreSQL (a fresh database), by the parametrised `engine_kind`.
"""

from __future__ import annotations

import itertools
import os
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.pool import Pool

ENV = "ORGLIFE_TEST_POSTGRES_URL"
SKIP_REASON = f"no PostgreSQL server for the tests: set {ENV} to a superuser's URL"
ENGINES = ("sqlite", "postgresql")


def server_url() -> URL | None:
    value = os.environ.get(ENV, "").strip()
    return make_url(value) if value else None


def unique_name(prefix: str = "orglife_test") -> str:
    """A name no other test (nor another run on the same cluster) uses: for databases and roles."""
    return f"{prefix}_{uuid.uuid4().hex[:12]}"


def _admin():
    url = server_url()
    assert url is not None
    return create_engine(url, isolation_level="AUTOCOMMIT")


def _as_admin(*statements: str) -> None:
    """Statements on the test server as its superuser, outside a transaction (CREATE/DROP DATABASE)."""
    admin = _admin()
    try:
        with admin.connect() as conn:
            for statement in statements:
                conn.execute(text(statement))
    finally:
        admin.dispose()


def create_database(name: str) -> str:
    """A new empty database `name` on the test server; its URL (with the server's superuser)."""
    _as_admin(f'CREATE DATABASE "{name}" ENCODING \'UTF8\' TEMPLATE template0')
    return server_url().set(database=name).render_as_string(hide_password=False)  # type: ignore[union-attr]


def drop_database(name: str) -> None:
    """The database and the two group roles its migration made (roles are the cluster's: they would pile up)."""
    _as_admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)',
              *(f'DROP ROLE IF EXISTS "{name}_{group}"' for group in ("clerks", "readers")))


class Databases:
    """The test's databases on the server: each new one's URL; at the end the connections a test left open are
    closed (not by the collector, which would warn) and every database dropped."""

    def __init__(self) -> None:
        self.names: list[str] = []
        self.opened: list = []
        event.listen(Pool, "connect", self._record)

    def _record(self, dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
        if getattr(getattr(dbapi_connection, "info", None), "dbname", None) in self.names:
            self.opened.append(dbapi_connection)

    def new(self) -> str:
        name = unique_name()
        url = create_database(name)
        self.names.append(name)
        return url

    def drop_all(self) -> None:
        event.remove(Pool, "connect", self._record)
        for dbapi_connection in self.opened:
            dbapi_connection.close()
        for name in self.names:
            drop_database(name)


@pytest.fixture
def postgres_databases() -> Iterator[Databases]:
    """`.new()` gives the URL of one more fresh database; all dropped after the test. Skips without a server."""
    if server_url() is None:
        pytest.skip(SKIP_REASON)
    databases = Databases()
    try:
        yield databases
    finally:
        databases.drop_all()


@pytest.fixture
def postgres_url(postgres_databases: Databases) -> str:
    """A fresh PostgreSQL database for this test, dropped afterwards; skips when there is no server."""
    return postgres_databases.new()


@pytest.fixture(params=ENGINES)
def engine_kind(request: pytest.FixtureRequest) -> str:
    """'sqlite' always, 'postgresql' when the test server is set (else that run skips)."""
    if request.param == "postgresql" and server_url() is None:
        pytest.skip(SKIP_REASON)
    return request.param


@pytest.fixture
def new_db_target(engine_kind: str, tmp_path: Path, request: pytest.FixtureRequest) -> Callable[[], str | Path]:
    """A maker of fresh databases of this run's engine: a new SQLite file in tmp_path each call, or a new
    PostgreSQL database's URL."""
    if engine_kind == "sqlite":
        count = itertools.count(1)
        return lambda: tmp_path / f"db{next(count)}.sqlite3"
    databases: Databases = request.getfixturevalue("postgres_databases")
    return databases.new


@pytest.fixture
def db_target(new_db_target: Callable[[], str | Path]) -> str | Path:
    """The database to open: a SQLite file in tmp_path, or a fresh PostgreSQL database's URL."""
    return new_db_target()
