"""Several branches in one database, for the tests of the 党委's overview: each added as a branch of its own."""

from __future__ import annotations

from sqlalchemy import Engine

from models.db import write_transaction
from models.domain import BranchData
from models.orm import Base
from models.storage import importer
from models.storage import rows as R


def add_branch(engine: Engine, data: BranchData) -> int:
    """Add `data` as a new branch of the database (beside those already there); its database id."""
    branches = Base.metadata.tables["branch"]
    with write_transaction(engine) as conn:
        row = R.branch_row(data.branch, data.rules)
        branch_id = conn.execute(branches.insert().values(**row)).inserted_primary_key[0]
        out, leaders = importer._build_rows(conn, branch_id, data)
        for name in importer.TABLE_ORDER:
            if out.by_table.get(name):
                importer.insert_rows(conn, name, out.by_table[name])
        groups = Base.metadata.tables["party_group"]
        for leader in leaders:
            conn.execute(groups.update().where(groups.c.id == leader["gid"]).values(leader_id=leader["lid"]))
        importer._sync_sequences(conn)
    return branch_id
