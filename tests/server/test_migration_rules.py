"""Migrating a server database sets the roles' grants and the row-level security of every table it then has — no
server-init needed after a schema change — and only the database's owner migrates."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import Engine, text

from models import migrate
from models.domain import MEETING_TYPES
from models.orm import Base
from models.server import security
from tests.server.conftest import PASSWORD, Server

NOTE_MIGRATION = '''"""a note on a meeting (a migration of the tests only)"""
from alembic import op
import sqlalchemy as sa

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "meeting_note",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("meeting_id", sa.Integer, sa.ForeignKey("meeting.id"), nullable=False),
        sa.Column("text", sa.Text, nullable=False),
    )
'''


def rules(engine: Engine) -> dict[str, tuple[bool, set[str]]]:
    """Each table: whether its row-level security is on and forced, and its policies' names."""
    with engine.connect() as c:
        forced = dict(c.execute(text(
            "SELECT relname, relrowsecurity AND relforcerowsecurity FROM pg_class "
            "WHERE relnamespace = 'public'::regnamespace AND relkind = 'r'")).all())
        policies: dict[str, set[str]] = {}
        for table, policy in c.execute(text("SELECT tablename, policyname FROM pg_policies")):
            policies.setdefault(table, set()).add(policy)
    return {table: (on, policies.get(table, set())) for table, on in forced.items()}


def at_revision(engine: Engine, revision: str) -> None:
    """The schema as the migrations up to `revision` build it, the way a database of an older program is."""
    from alembic import command

    config = migrate.alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def test_upgrading_an_older_database_sets_the_rules_of_every_table(owned_database: Server) -> None:
    owner = owned_database.engine(owned_database.owner)
    try:
        at_revision(owner, "0007")
        assert not any(on for on, _ in rules(owner).values())  # the migrations themselves set none
        migrate.upgrade_to_head(owner)
        first = rules(owner)
        migrate.upgrade_to_head(owner)  # nothing to do, nothing doubled
        with owner.begin() as c:
            security.secure(c)
        assert rules(owner) == first
        with owner.connect() as c:
            clerks, readers = security.group_roles(c)
            may = c.execute(text("SELECT has_table_privilege(:c, 'meeting', 'INSERT'), "
                                 "has_table_privilege(:r, 'meeting', 'INSERT'), "
                                 "has_table_privilege(:r, 'meeting', 'SELECT')"), {"c": clerks, "r": readers}).one()
    finally:
        owner.dispose()
    for table in Base.metadata.tables:
        forced, policies = first[table]
        assert forced and policies == {"clerk_branch", "reader_all", "owner_all"}, table
    assert tuple(may) == (True, False, True)


def test_a_table_a_new_migration_adds_is_bound_at_once(owned_database: Server, tmp_path: Path, monkeypatch) -> None:
    s = owned_database
    owner = s.engine(s.owner)
    try:
        migrate.upgrade_to_head(owner)
        with owner.begin() as c:
            a, b = security.add_branch(c, "第一党支部"), security.add_branch(c, "第二党支部")
            security.add_clerk(c, f"{s.prefix}clerk", a, PASSWORD)
            for branch in (a, b):
                c.execute(Base.metadata.tables["meeting"].insert().values(
                    id=branch, branch_id=branch, ext_id="M1", type=next(iter(MEETING_TYPES)), title="会议",
                    date=date(2026, 1, 10), created_at="2026-01-10T09:00:00", updated_at="2026-01-10T09:00:00"))
        folder = tmp_path / "migrations"
        shutil.copytree(migrate.MIGRATIONS, folder)
        (folder / "versions" / "0009_meeting_note.py").write_text(NOTE_MIGRATION, encoding="utf-8")
        monkeypatch.setattr(migrate, "MIGRATIONS", folder)
        monkeypatch.setattr(migrate, "SCHEMA_HEAD", "0009")
        migrate.upgrade_to_head(owner)
        forced, policies = rules(owner)["meeting_note"]
        assert forced and policies == {"clerk_branch", "reader_all", "owner_all"}
        with owner.begin() as c:
            c.execute(text("INSERT INTO meeting_note (meeting_id, text) VALUES (:a, '甲'), (:b, '乙')"),
                      {"a": a, "b": b})
    finally:
        owner.dispose()
    clerk = s.engine(f"{s.prefix}clerk")
    with clerk.begin() as c:
        assert c.execute(text("SELECT text FROM meeting_note")).scalars().all() == ["甲"]
        c.execute(text("INSERT INTO meeting_note (meeting_id, text) VALUES (:a, '丙')"), {"a": a})
        with pytest.raises(Exception, match="row-level security"):
            c.execute(text("INSERT INTO meeting_note (meeting_id, text) VALUES (:b, '丁')"), {"b": b})


def test_a_table_no_branch_owns_stops_the_migration(owned_database: Server, tmp_path: Path, monkeypatch) -> None:
    owner = owned_database.engine(owned_database.owner)
    try:
        migrate.upgrade_to_head(owner)
        folder = tmp_path / "migrations"
        shutil.copytree(migrate.MIGRATIONS, folder)
        orphan = NOTE_MIGRATION.replace('sa.Column("meeting_id", sa.Integer, sa.ForeignKey("meeting.id"), '
                                        'nullable=False),', "")
        (folder / "versions" / "0009_meeting_note.py").write_text(orphan, encoding="utf-8")
        monkeypatch.setattr(migrate, "MIGRATIONS", folder)
        monkeypatch.setattr(migrate, "SCHEMA_HEAD", "0009")
        with pytest.raises(migrate.MigrationError, match="meeting_note 无法归属到支部"):
            migrate.upgrade_to_head(owner)
        assert migrate.stamped_revision(owner) == "0008"  # the migration and its rules go together or not at all
    finally:
        owner.dispose()


def test_a_database_whose_rules_were_lost_gets_them_back_when_its_owner_opens_it(owned_database: Server) -> None:
    owner = owned_database.engine(owned_database.owner)
    try:
        migrate.upgrade_to_head(owner)
        with owner.begin() as c:
            c.exec_driver_sql("ALTER TABLE talk NO FORCE ROW LEVEL SECURITY")
            c.exec_driver_sql("DROP FUNCTION orglife_next_id(text, integer)")
            assert not security.secured(c)
        migrate.upgrade_to_head(owner)
        with owner.connect() as c:
            assert security.secured(c)
    finally:
        owner.dispose()


def test_a_clerk_is_refused_at_migrating(owned_database: Server) -> None:
    s = owned_database
    owner = s.engine(s.owner)
    try:
        migrate.upgrade_to_head(owner)
        with owner.begin() as c:
            security.add_clerk(c, f"{s.prefix}clerk", security.add_branch(c, "第一党支部"), PASSWORD)
            c.exec_driver_sql("UPDATE alembic_version SET version_num = '0007'")  # as an older program left it
    finally:
        owner.dispose()
    clerk = s.engine(f"{s.prefix}clerk")
    with pytest.raises(migrate.MigrationError, match="不是该数据库的所有者"):
        migrate.upgrade_to_head(clerk)
    assert migrate.stamped_revision(clerk) == "0007"


def test_an_owner_who_may_not_make_roles_is_told_who_can(owned_database: Server) -> None:
    s = owned_database
    with s.engine("postgres").connect() as c:  # the cluster's superuser takes the right away
        c.exec_driver_sql(f"ALTER ROLE {s.owner} NOCREATEROLE")
        c.commit()
    owner = s.engine(s.owner)
    try:
        with pytest.raises(migrate.MigrationError, match="无权新建角色（CREATEROLE）") as refused:
            migrate.upgrade_to_head(owner)
        assert f"CREATE ROLE {s.database}_clerks NOLOGIN" in str(refused.value)
        assert migrate.stamped_revision(owner) is None  # nothing made: the tables and their rules go together
    finally:
        owner.dispose()
