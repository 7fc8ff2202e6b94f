"""Alembic migrations run from the program: an empty database is created at head, an older one upgraded."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect
from sqlalchemy.exc import SQLAlchemyError

from models.backup import BackupError, backup_database
from models.orm import Base

MIGRATIONS = Path(__file__).with_name("migrations")


class MigrationError(Exception):
    pass


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade_to_head(engine: Engine, backup_to: Path | None = None) -> None:
    """Bring the schema to head; a SQLite file with data at an older revision is backed up first."""
    try:
        current = current_revision(engine)
        if current == head_revision():
            return
        if current is None and _has_foreign_tables(engine):
            raise MigrationError("该文件不是组织生活记录本的数据库，请检查 --db 路径。")
        if current is None:
            _create_at_head(engine)
            return
        if current is not None and backup_to is not None and engine.url.database:
            backup_database(Path(engine.url.database), backup_to, label=f"before-upgrade-{current}")
        config = alembic_config()
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
    except BackupError as error:
        raise MigrationError(f"升级数据库前的备份失败，未做任何改动：{error}") from error
    except SQLAlchemyError as error:
        raise MigrationError(f"无法打开数据库：{error.orig if hasattr(error, 'orig') else error}") from error


def _create_at_head(engine: Engine) -> None:
    """A new database: the tables as the models define them, stamped at head (Alembic's own recipe).
    A test checks that the migrations build the very same schema."""
    config = alembic_config()
    with engine.begin() as connection:
        Base.metadata.create_all(connection)
        config.attributes["connection"] = connection
        command.stamp(config, "head")


def _has_foreign_tables(engine: Engine) -> bool:
    return bool(inspect(engine).get_table_names())
