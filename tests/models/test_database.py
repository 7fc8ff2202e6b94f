"""Opening the database: SQLite settings, migrations to head, refusing a file that is not ours."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text

from models import db, migrate
from models.backup import BackupError, backup_database, verify_sqlite_file
from models.orm import Base


def test_new_database_is_at_head_matching_the_models(tmp_path: Path) -> None:
    engine = db.open_database(tmp_path / "a.sqlite3")
    assert migrate.current_revision(engine) == migrate.head_revision()
    with engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []


def test_the_migrations_from_empty_build_the_models_schema(tmp_path: Path) -> None:
    engine = db.make_engine(db.database_url(tmp_path / "m.sqlite3"))
    config = migrate.alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
    assert migrate.current_revision(engine) == migrate.head_revision()
    with engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
        tables = {r[0] for r in conn.execute(text("SELECT name FROM sqlite_master WHERE type='table'"))}
    assert set(Base.metadata.tables) <= tables


def test_every_connection_is_safe(tmp_path: Path) -> None:
    engine = db.open_database(tmp_path / "a.sqlite3")
    with engine.connect() as conn:
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL


def test_network_drive_uses_rollback_journal(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(db, "is_network_path", lambda path: True)
    engine = db.open_database(tmp_path / "share.sqlite3")
    with engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "delete"


def test_unc_paths_count_as_network() -> None:
    assert db.is_network_path(Path("//server/share/orglife.sqlite3"))


def test_url_or_path(tmp_path: Path) -> None:
    assert db.database_url("postgresql://u@h/db") == "postgresql://u@h/db"
    assert db.database_url(tmp_path / "x.db") == f"sqlite:///{tmp_path / 'x.db'}"
    assert db.sqlite_path(db.database_url(tmp_path / "x.db")) == tmp_path / "x.db"


def test_a_foreign_sqlite_file_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE things (x)")
    con.commit()
    con.close()
    with pytest.raises(db.DatabaseError, match="不是组织生活记录本的数据库"):
        db.open_database(path)
    con = sqlite3.connect(path)
    assert [r[0] for r in con.execute("SELECT name FROM sqlite_master")] == ["things"]
    con.close()


def test_missing_file_without_create(tmp_path: Path) -> None:
    with pytest.raises(db.DatabaseError, match="不存在"):
        db.open_database(tmp_path / "none.sqlite3", create=False)
    assert not (tmp_path / "none.sqlite3").exists()


def test_backup_is_a_verified_copy(tmp_path: Path) -> None:
    engine = db.open_database(tmp_path / "a.sqlite3")
    with engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO branch (uid, name, short_name, parent_org, fonds_code, unit_code, own_rules, "
            "talk_committee_pairs, talk_member_with_committee) "
            "VALUES ('6f1c1c9e-0000-4000-8000-000000000001', '支部', '', '', '', 'DZB', 0, 1, 1)"
        ))
    copy = backup_database(tmp_path / "a.sqlite3", tmp_path / "backups")
    verify_sqlite_file(copy)
    # no -wal, -shm or .part left; the note of what it holds beside it
    assert sorted(p.name for p in (tmp_path / "backups").iterdir()) == [copy.name, copy.name + ".json"]
    con = sqlite3.connect(copy)
    assert con.execute("SELECT name FROM branch").fetchone() == ("支部",)
    con.close()


def test_a_damaged_backup_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    with pytest.raises(BackupError):
        verify_sqlite_file(bad)


def test_an_older_database_is_backed_up_then_upgraded(tmp_path: Path, sample_text: str) -> None:
    from sqlalchemy import create_engine

    from models.interchange import read_branch, write_branch
    from models.services import Store

    path = tmp_path / "old.sqlite3"
    store = Store.open(path)
    store.import_data(read_branch(sample_text))
    store.close()
    plain = create_engine(f"sqlite:///{path}")  # foreign keys off, as a batch migration needs
    config = migrate.alembic_config()
    with plain.begin() as conn:  # the database as the first release left it
        config.attributes["connection"] = conn
        command.downgrade(config, "0001")
    plain.dispose()

    store = Store.open(path)
    assert migrate.current_revision(store.engine) == migrate.head_revision() != "0001"
    assert write_branch(store.load_all(), 1) == sample_text
    assert store.locked_years() == []
    counts = {s.id: (s.expected, s.present) for s in store.meeting_summaries()}
    assert counts["mt02"] == (7, 6) and counts["mt05"] == (7, 7)  # filled in by the upgrade
    backups = list((tmp_path / "backups").glob("orglife-*-before-upgrade-0001.sqlite3"))
    assert len(backups) == 1
    verify_sqlite_file(backups[0])
    con = sqlite3.connect(backups[0])
    assert con.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    assert con.execute("SELECT count(*) FROM attendance").fetchone()[0] > 40
    con.close()


def test_the_quick_head_check_names_the_newest_migration() -> None:
    assert migrate.SCHEMA_HEAD == migrate.head_revision()


def test_a_database_at_head_opens_without_alembic(tmp_path: Path) -> None:
    import subprocess
    import sys

    path = tmp_path / "h.sqlite3"
    db.open_database(path).dispose()
    code = (
        "import sys; from models.db import open_database; "
        f"open_database({str(path)!r}).dispose(); print('alembic' in sys.modules)"
    )
    repo = Path(__file__).resolve().parents[2]
    out = subprocess.run([sys.executable, "-c", code], cwd=repo, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_a_database_from_a_newer_program_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"
    db.open_database(path).dispose()
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = '0999'")
    con.commit()
    con.close()
    with pytest.raises(db.DatabaseError, match="更新版本"):
        db.open_database(path)
    con = sqlite3.connect(path)
    assert con.execute("SELECT version_num FROM alembic_version").fetchone() == ("0999",)
    con.close()


def test_reading_commands_bring_an_older_file_up_to_date_first(tmp_path: Path, sample_text: str) -> None:
    """archive, check and compliance open the file to read; an older program's file is upgraded first (with a
    backup), as the window does, instead of being refused as read-only."""
    from sqlalchemy import create_engine

    from models import commands
    from models.interchange import read_branch
    from models.services import Store

    path = tmp_path / "old.sqlite3"
    store = Store.open(path)
    store.import_data(read_branch(sample_text))
    store.close()
    plain = create_engine(f"sqlite:///{path}")
    config = migrate.alembic_config()
    with plain.begin() as conn:  # the file as the release before the newest migration left it
        config.attributes["connection"] = conn
        command.downgrade(config, "0006")
    plain.dispose()
    healthy, text_out = commands.check(str(path))
    assert healthy, text_out
    engine = db.make_engine(db.database_url(path), read_only=True)
    try:
        assert migrate.stamped_revision(engine) == migrate.head_revision()
    finally:
        engine.dispose()
    assert list(tmp_path.rglob("*before-upgrade*.sqlite3"))  # the old file kept, verified, before the upgrade
