"""The store's core: the engine, the branch it works with, and one transaction per call."""

from __future__ import annotations

import getpass
import os
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from typing import NamedTuple

from sqlalchemy import Connection, Engine, func, select, text, update

from models.db import open_database, read_transaction, write_transaction
from models.domain import Branch, BranchData, Rules
from models.glance import Glance, read_glance
from models.orm import Base
from models.server.ids import first_free
from models.storage import loader
from models.storage import rows as R
from models.storage.errors import RecordLocked, RecordNotFound
from models.storage.importer import ImportSummary, ImportTarget, first_branch_id, import_branch
from models.words import ERRORS, QT_TRANSLATE_NOOP, say

T = Base.metadata.tables


class BranchEntry(NamedTuple):
    id: int
    uid: str
    name: str


def branches(engine: Engine) -> list[BranchEntry]:
    """The database's branches in the order they were made: a file has one; a server any number."""
    t = T["branch"]
    with read_transaction(engine) as conn:
        return [BranchEntry(*row) for row in conn.execute(select(t.c.id, t.c.uid, t.c.name).order_by(t.c.id))]


class SeveralBranches(RecordNotFound):
    """The database holds several branches and the store was not told which one it is for."""

    def __init__(self, entries: list[BranchEntry]) -> None:
        self.entries = entries
        names = "、".join(e.name for e in entries)
        super().__init__(f"数据库中有 {len(entries)} 个党支部（{names}），请选择要打开的党支部。")


class BaseStore:
    def __init__(self, engine: Engine, branch_id: int | None = None) -> None:
        self.engine = engine
        self._branch_id = branch_id

    @classmethod
    def for_branch(cls, engine: Engine, branch: int | str):
        """A store for one branch of the database, by its id or its uid."""
        for entry in branches(engine):
            if branch in (entry.id, entry.uid):
                return cls(engine, entry.id)
        raise RecordNotFound(f"数据库中没有这个党支部：{branch}")

    def choose_branch(self, branch: int | str) -> BranchEntry:
        """Work with one branch of the database from now on, by its id or its uid (the branch chosen at the start
        on a database of several, or switched to)."""
        for entry in branches(self.engine):
            if branch in (entry.id, entry.uid):
                self._branch_id = entry.id
                return entry
        raise RecordNotFound(f"数据库中没有这个党支部：{branch}")

    @classmethod
    def open(cls, target: str | os.PathLike[str] | None = None, create: bool = True):
        return cls(open_database(target, create=create))

    def close(self) -> None:
        self.engine.dispose()

    clerk_name: str = ""  # the clerk's name as 设置 gives it, for 定稿 and 更正 on a single-user file

    def author(self, conn: Connection) -> str:
        """Who finalises and amends through this store: on a server its login (each clerk logs in as their own
        role); on a file the clerk's name from 设置, else the system's user name."""
        if conn.dialect.name == "postgresql":
            return str(conn.execute(text("SELECT current_user")).scalar() or "")
        if self.clerk_name.strip():
            return self.clerk_name.strip()
        try:
            return getpass.getuser()
        except (OSError, KeyError):  # no user name known to the system
            return ""

    def replace_engine(self, engine: Engine) -> Engine:
        """Work on `engine` from now on (the database was restored from a backup and opened again); returns the
        engine it replaces, for the caller to dispose. The branch is looked up again."""
        old, self.engine, self._branch_id = self.engine, engine, None
        return old

    @contextmanager
    def _read(self) -> Iterator[Connection]:
        with read_transaction(self.engine) as conn:
            yield conn

    @contextmanager
    def _write(self) -> Iterator[Connection]:
        with write_transaction(self.engine) as conn:  # holds the write lock from the first read on
            yield conn

    @property
    def branch_id(self) -> int:
        if self._branch_id is None:
            entries = branches(self.engine)
            if not entries:
                raise RecordNotFound("数据库中还没有党支部，请先创建（init）或导入数据。")
            if len(entries) > 1:
                raise SeveralBranches(entries)
            self._branch_id = entries[0].id  # a file's one branch: nothing to ask
        return self._branch_id

    def glance(self, today: date) -> Glance | None:
        """首页一览 on `today` through this store's connection: the SQL the program's start reads from the file."""
        with self._read() as conn:
            return read_glance(conn.connection.dbapi_connection, today, self._branch_id)

    def has_branch(self) -> bool:
        with self._read() as conn:
            return first_branch_id(conn) is not None

    def create_branch(self, branch: Branch) -> None:
        """A new branch in the database; the store works with it from now on. A branch of the same full name
        already there is refused (the name is how a branch of a version-1 file is matched)."""
        with self._write() as conn:
            t = T["branch"]
            if conn.execute(select(t.c.id).where(t.c.name == branch.name.strip())).first() is not None:
                raise ValueError(f"数据库中已有党支部：{branch.name.strip()}")
            inserted = conn.execute(T["branch"].insert().values(**R.branch_row(branch, None)))
            self._branch_id = inserted.inserted_primary_key[0]

    def branch(self) -> Branch:
        with self._read() as conn:
            return loader.load_branch_info(conn, self.branch_id)[0]

    def update_branch(self, branch: Branch) -> None:
        row = R.branch_row(branch, None)
        values = {k: row[k] for k in ("name", "short_name", "parent_org", "fonds_code", "unit_code")}
        with self._write() as conn:
            conn.execute(update(T["branch"]).where(T["branch"].c.id == self.branch_id).values(**values))

    def own_rules(self) -> Rules | None:
        with self._read() as conn:
            return loader.load_branch_info(conn, self.branch_id)[1]

    def set_rules(self, rules: Rules | None) -> None:
        row = R.branch_row(Branch(""), rules)
        flags = {k: row[k] for k in ("own_rules", "talk_committee_pairs", "talk_member_with_committee")}
        with self._write() as conn:
            conn.execute(update(T["branch"]).where(T["branch"].c.id == self.branch_id).values(**flags))
            conn.execute(T["duty_rule"].delete().where(T["duty_rule"].c.branch_id == self.branch_id))
            rows = R.duty_rule_rows(self.branch_id, rules)
            if rows:
                conn.execute(T["duty_rule"].insert(), rows)

    def load_all(self) -> BranchData:
        with self._read() as conn:
            return loader.load_branch(conn, self.branch_id)

    def load_year(self, year: int) -> BranchData:
        """The people, groups, committee and rectifications, with the meetings, talks and evaluations of `year`."""
        with self._read() as conn:
            return loader.load_branch(conn, self.branch_id, year)

    def import_data(self, data: BranchData, into: ImportTarget = None) -> ImportSummary:
        """Add a file's records to a branch: `into` = a branch's id, NEW_BRANCH for a new one, or None for the
        store's branch (a file's one branch, or a new database's first)."""
        if into is None and self._branch_id is not None:
            into = self._branch_id
        summary = import_branch(self.engine, data, into)
        self._branch_id = summary.branch_id
        return summary

    def _pk(self, conn: Connection, table: str, ext_id: str) -> int | None:
        t = T[table]
        return conn.execute(
            select(t.c.id).where(t.c.branch_id == self.branch_id, t.c.ext_id == ext_id)
        ).scalar()

    def _require_pk(self, conn: Connection, table: str, ext_id: str) -> int:
        pk = self._pk(conn, table, ext_id)
        if pk is None:
            raise RecordNotFound(say(QT_TRANSLATE_NOOP("errors", "找不到记录：{0}"), ext_id, context=ERRORS))
        return pk

    def _locked(self, conn: Connection) -> list[int]:
        t = T["year_lock"]
        return sorted(conn.execute(select(t.c.year).where(t.c.branch_id == self.branch_id)).scalars())

    def _refuse_if_locked(self, conn: Connection, *days: date | None) -> None:
        locked = set(self._locked(conn))
        for day in days:
            if day is not None and day.year in locked:
                raise RecordLocked(say(QT_TRANSLATE_NOOP(
                    "errors", "{0} 年度已归档锁定，该年度的记录只能以更正方式修改。"),
                    day.year, context=ERRORS))

    def _current_date(self, conn: Connection, table: str, ext_id: str) -> date | None:
        t = T[table]
        return conn.execute(
            select(t.c.date).where(t.c.branch_id == self.branch_id, t.c.ext_id == ext_id)
        ).scalar()

    def _refs(self, conn: Connection) -> R.Refs:
        refs = R.Refs()
        for attr, table in (("people", "person"), ("groups", "party_group"), ("meetings", "meeting")):
            t = T[table]
            rows = conn.execute(select(t.c.ext_id, t.c.id).where(t.c.branch_id == self.branch_id))
            setattr(refs, attr, dict(rows.all()))
        return refs


def next_id(conn: Connection, table: str, count: int = 1) -> int:
    """The id for a new row of a table whose ids the program assigns (the first of `count` in a row), inside a
    write transaction.

    Without races: on SQLite the write transaction holds the database's write lock from its `BEGIN IMMEDIATE`, so
    no other writer can take the same id between this read and the insert; on PostgreSQL a function run with the
    owner's rights gives them out under a lock per table, counting the rows of every branch, which a clerk's own
    query would not see (models.server.ids).
    """
    if conn.dialect.name == "postgresql":
        return first_free(conn, table, count)
    return (conn.execute(select(func.max(T[table].c.id))).scalar() or 0) + 1
