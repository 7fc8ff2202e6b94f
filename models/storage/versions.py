"""Record versions (bookkeeping): each save of a meeting, talk, rectification or evaluation counts one up, and a
save of an outdated copy is refused, so two windows (or computers) never overwrite each other's work silently."""

from __future__ import annotations

from sqlalchemy import Connection, select

from models.orm import Base
from models.storage.errors import StaleRecord

T = Base.metadata.tables


def stored_version(conn: Connection, table: str, pk: int) -> int:
    """The record's version as stored, its row locked until the save commits: on PostgreSQL (FOR UPDATE) a
    second save of the same record waits here and then reads the first one's version; SQLite's write
    transaction already holds the whole database."""
    query = select(T[table].c.version).where(T[table].c.id == pk)
    if conn.dialect.name == "postgresql":
        query = query.with_for_update()
    return conn.execute(query).scalar_one()


def own_versions(store: object) -> dict[tuple[str, str], set[int]]:
    """The versions this store (one program) has written, per record: its own saves do not make its copies stale
    — an editor's next autosave may start before it has heard back of the last one."""
    return store.__dict__.setdefault("_own_versions", {})


def remember(store: object, table: str, ext_id: str, version: int | None) -> None:
    """After the commit: `version` of the record was written by this store."""
    if version is not None:
        own_versions(store).setdefault((table, ext_id), set()).add(version)


def check_version(conn: Connection, table: str, pk: int | None, ext_id: str, yours: int | None,
                  own: dict[tuple[str, str], set[int]] | None = None) -> int:
    """The version the record gets by this save; StaleRecord when `yours` is not the stored one.

    `yours` is the version of the copy being saved: the one it was read with (`store.meeting(…)` and the lists
    give it), or None for a record that was not read from the database — a new one, or one built whole by the
    caller — which is written as it is. A copy that was read but whose record is gone was deleted meanwhile.
    With `own` (`own_versions(store)`), versions after `yours` that this same store wrote do not count: only a
    save from elsewhere makes a copy stale. Must run inside the write transaction that saves the record.
    """
    if pk is None:
        if yours is not None:
            raise StaleRecord(table, ext_id, yours, None)
        return 1
    stored = stored_version(conn, table, pk)
    if yours is not None and yours != stored:
        mine = (own or {}).get((table, ext_id), set())
        if not all(v in mine for v in range(yours + 1, stored + 1)):
            raise StaleRecord(table, ext_id, yours, stored)
    return stored + 1
