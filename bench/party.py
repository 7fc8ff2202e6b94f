"""A 党委 of several branches in one database, each added beside the others (for the overview benchmark and tests)."""

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
    return branch_id


def party_branch(number: int, years: int = 10, members: int = 30) -> BranchData:
    """The `number`-th branch of a 党委: a generated branch of its own seed and name."""
    import dataclasses

    from bench.generate import Spec, generate_branch
    from models.domain import Branch

    data = generate_branch(Spec(seed=number, members=members, groups=3, years=years, speech_chars=300,
                                photo_bytes=2_000))
    return dataclasses.replace(data, branch=Branch(f"中共某某市直属机关第{number}党支部委员会", f"第{number}党支部"))
