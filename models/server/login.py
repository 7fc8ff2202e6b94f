"""Who is logged in, and which branches the login sees: what the desktop program shows depends on it.

- `file`: a SQLite file on this PC (one clerk; the file may hold several branches, e.g. the 党委's hand-ins);
- `owner`: the server database's owner or a superuser (sets the server up; sees every branch);
- `clerk`: a member of `<db>_clerks`, tied to its branch by `branch_clerk` (row-level security shows only it);
- `reader`: a member of `<db>_readers`, the 党委's login that reads every branch and writes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, Engine, text

from models.db import read_transaction
from models.server.security import group_roles
from models.services.base import BranchEntry, branches

FILE, OWNER, CLERK, READER = "file", "owner", "clerk", "reader"


@dataclass(frozen=True)
class Login:
    kind: str  # FILE / OWNER / CLERK / READER
    branches: tuple[BranchEntry, ...]  # the branches the login sees, by full name

    @property
    def is_reader(self) -> bool:
        return self.kind == READER

    @property
    def several(self) -> bool:
        return len(self.branches) > 1

    @property
    def sees_the_party(self) -> bool:
        """The 党委总览 is offered: to a 党委 reader, and wherever several branches are in sight."""
        return self.is_reader or self.several

    @property
    def must_choose(self) -> bool:
        """A clerk's program works with one branch: where it sees several (and does not only read), it asks."""
        return self.several and not self.is_reader


def login_kind(engine: Engine) -> Login:
    """The login of `engine` and the branches it sees (sorted by full name)."""
    seen = tuple(sorted(branches(engine), key=lambda b: (b.name, b.id)))
    if engine.dialect.name != "postgresql":
        return Login(FILE, seen)
    with read_transaction(engine) as conn:
        return Login(server_kind(conn), seen)


def server_kind(conn: Connection) -> str:
    """OWNER, READER or CLERK for the current login on a PostgreSQL database (READER before CLERK: a login in
    both groups only reads what the 党委 reads; any other login works as a clerk does, with one branch)."""
    owner = conn.execute(text(
        "SELECT r.rolsuper OR d.datdba = r.oid FROM pg_roles r, pg_database d "
        "WHERE r.rolname = current_user AND d.datname = current_database()"
    )).scalar()
    if owner:
        return OWNER
    clerks, readers = group_roles(conn)
    for role, kind in ((readers, READER), (clerks, CLERK)):
        member = conn.execute(text(
            "SELECT pg_has_role(current_user, r.oid, 'MEMBER') FROM pg_roles r WHERE r.rolname = :role"
        ), {"role": role}).scalar()
        if member:
            return kind
    return CLERK
