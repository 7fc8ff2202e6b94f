"""首页一览: the branch at a glance — its people by standing today, the committee's term, this year's meetings
by kind and the drafts among them, the latest records.

Read with a few plain SQL statements through any DB-API connection, so that the program's start can fill its
home page straight from the SQLite file with the standard library (`glance_of_file`): SQLAlchemy and the ORM
take longer to import than the whole window takes to appear, and they are loaded meanwhile. Afterwards the
Store reads the same glance through its own connection (`Store.glance`), on SQLite and PostgreSQL alike, so the
home page never shows figures computed two ways. The figures follow the rules (`models.rules.status`, `.term`).
"""

from __future__ import annotations

import os
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any, NamedTuple

from models.paths import database_file, has_key_note
from models.revision import SCHEMA_HEAD
from models.rules.status import standing
from models.rules.term import term_warning

RECENT = 8  # how many of the latest meetings the home page lists


# Named tuples rather than the domain's frozen dataclasses: as plain and immutable, and quicker to define,
# which counts in a module loaded while the program starts.
class RecentMeeting(NamedTuple):
    id: str
    date: date
    type: str
    title: str
    status: str  # draft / final


class Glance(NamedTuple):
    branch_name: str
    short_name: str
    today: date
    people: dict[str, int]  # "正式党员", "预备党员", "candidate", "activist" → how many, of those not left
    term_warning: str | None  # the committee's term ends within three months, or has ended
    meetings: dict[str, int]  # this year's meetings by type
    drafts: int  # this year's meetings not yet finalised (定稿)
    recent: tuple[RecentMeeting, ...]  # this year's latest; the latest of all when this year has none yet


class _Dates(NamedTuple):  # the part of a person the standing rules read
    kind: str
    joined_on: date | None
    full_member_on: date | None
    entered_on: date | None
    left_on: date | None


class _Role(NamedTuple):  # the part of a committee role the term rules read
    role: str
    start: date
    end: date | None


def _day(value: Any) -> date | None:  # SQLite gives the ISO text, PostgreSQL a date
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def _rows(connection: Any, sql: str) -> list[tuple]:
    cursor = connection.cursor()
    try:
        cursor.execute(sql)
        return list(cursor.fetchall())
    finally:
        cursor.close()


def read_glance(connection: Any, today: date, branch_id: int | None = None) -> Glance | None:
    """The glance of `branch_id` (else the first branch) on `today`, or None when there is no branch yet.

    The values put into the SQL are an integer and ISO dates made here, so no parameters are needed and the same
    text runs on every driver whatever its parameter style.
    """
    where = f"WHERE id = {int(branch_id)}" if branch_id is not None else "ORDER BY id LIMIT 1"
    found = _rows(connection, f"SELECT id, name, short_name FROM branch {where}")
    if not found:
        return None
    branch, name, short_name = int(found[0][0]), found[0][1], found[0][2] or ""
    people = [
        _Dates(kind, *map(_day, dates))
        for kind, *dates in _rows(connection, "SELECT kind, joined_on, full_member_on, entered_on, left_on "
                                              f"FROM person WHERE branch_id = {branch}")
    ]
    counts = Counter(standing(p, today) or p.kind for p in people if not (p.left_on and p.left_on <= today))
    roles = [_Role(role, _day(start), _day(end)) for role, start, end in _rows(
        connection, f"SELECT role, start_on, end_on FROM committee_role WHERE branch_id = {branch}")]
    year = (f"date >= '{date(today.year, 1, 1).isoformat()}' AND date <= '{date(today.year, 12, 31).isoformat()}'")
    by_type: Counter[str] = Counter()
    drafts = 0
    for kind, status, n in _rows(connection, f"SELECT type, status, COUNT(*) FROM meeting "
                                             f"WHERE branch_id = {branch} AND {year} GROUP BY type, status"):
        by_type[kind] += n
        drafts += n if status == "draft" else 0
    latest = "SELECT ext_id, date, type, title, status FROM meeting WHERE branch_id = {0}{1} " \
             "ORDER BY date DESC, start DESC, id DESC LIMIT {2}"
    rows = _rows(connection, latest.format(branch, f" AND {year}" if by_type else "", RECENT))
    recent = tuple(RecentMeeting(ext_id, _day(day), kind, title, status) for ext_id, day, kind, title, status in rows)
    return Glance(name, short_name, today, {k: counts[k] for k in ("正式党员", "预备党员", "candidate", "activist")},
                  term_warning(roles, today), dict(by_type), drafts, recent)


def glance_of_file(target: str | os.PathLike[str] | None, today: date, branch_uid: str = "") -> Glance | None:
    """The glance read from the SQLite file `target` (a path; None = the default file), opened read-only.
    A file of several branches gives the glance of the branch `branch_uid` (the one chosen last time), else none:
    the branch is asked first.

    None — and the caller waits for the Store — when `target` is a URL, the file is missing, is not a database
    of this program's schema (an older one is upgraded by the Store first), has no branch yet, or cannot be read
    at once (it never waits for a lock). It never writes to the database and never creates the file.
    """
    import sqlite3

    path = database_file(target)
    if path is None or not path.is_file():
        return None
    uri = f"{Path(path).as_uri()}?mode=ro"
    errors: tuple[type[Exception], ...] = (sqlite3.Error,)
    try:
        if has_key_note(path):  # the password lock: read once unlocked (the window asks for the password first)
            from models import keys, sqlfile

            errors = (keys.Locked, *sqlfile.errors())
            connection = sqlfile.connect(path, uri, timeout=0)
            errors = sqlfile.errors()
        else:
            connection = sqlite3.connect(uri, uri=True, timeout=0)
    except errors:
        return None
    try:
        revision = _rows(connection, "SELECT version_num FROM alembic_version")
        if revision != [(SCHEMA_HEAD,)]:
            return None
        branches = _rows(connection, "SELECT id, uid FROM branch")
        if len(branches) > 1:
            chosen = [branch_id for branch_id, uid in branches if uid == branch_uid and branch_uid]
            return read_glance(connection, today, chosen[0]) if chosen else None
        return read_glance(connection, today)
    except errors:
        return None
    finally:
        connection.close()
