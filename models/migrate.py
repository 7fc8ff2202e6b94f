"""Alembic migrations run from the program: an empty database is created at head, an older one upgraded; on
PostgreSQL the last step of either brings the roles' grants and the row-level security up to date.

Alembic is imported only when there is something to do: a database already at `SCHEMA_HEAD` (every start but
the first after an upgrade) is recognised with one query, which keeps the program's start quick.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text
from sqlalchemy.exc import SQLAlchemyError

from models.backup import BackupError, backup_database
from models.orm import Base
from models.revision import SCHEMA_HEAD

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).with_name("migrations")


class MigrationError(Exception):
    pass


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade_to_head(engine: Engine, backup_to: Path | None = None) -> None:
    """Bring the schema to head; a SQLite file with data at an older revision is backed up first."""
    try:
        current = stamped_revision(engine)
        if current == SCHEMA_HEAD:
            _secure_if_stale(engine)
            return
        if current is None and _has_foreign_tables(engine):
            raise MigrationError("该文件不是组织生活记录本的数据库，请检查 --db 路径。")
        _refuse_a_clerk(engine)
        if current is None:
            _create_at_head(engine)
            return
        if current not in known_revisions():
            raise MigrationError("该数据库由更新版本的组织生活记录本创建，请先升级本程序再打开。")
        if backup_to is not None and engine.url.database:
            backup_database(Path(engine.url.database), backup_to, label=f"before-upgrade-{current}")
        _upgrade(engine)
    except BackupError as error:
        raise MigrationError(f"升级数据库前的备份失败，未做任何改动：{error}") from error
    except SQLAlchemyError as error:
        from models.faults import describe

        raise MigrationError(f"无法打开数据库：{describe(error) or getattr(error, 'orig', error)}") from error


def _refuse_a_clerk(engine: Engine) -> None:
    """On PostgreSQL only the database's owner changes the schema: a clerk's login is told so, in words."""
    if engine.dialect.name != "postgresql":
        return
    from models.server.security import ServerSetupError, refuse_unless_owner

    with engine.connect() as connection:
        try:
            refuse_unless_owner(connection)
        except ServerSetupError as error:
            raise MigrationError(str(error)) from error


def secure_server(connection: Connection) -> None:
    """The last step of a migration on PostgreSQL, in its transaction: the roles' grants and the row-level
    security policies brought up to date for every table the schema now has (models.server.security)."""
    if connection.dialect.name != "postgresql":
        return
    from models.server.security import ServerSetupError, secure

    try:
        secure(connection)
    except ServerSetupError as error:
        raise MigrationError(str(error)) from error


def _secure_if_stale(engine: Engine) -> None:
    """A server database already at head whose rules are missing or older than this program's (made before the
    migrations set them, or by an older program): its owner's opening sets them; a clerk's leaves it as it is."""
    if engine.dialect.name != "postgresql":
        return
    from models.server.security import ServerSetupError, refuse_unless_owner, secured

    with engine.connect() as connection:
        if secured(connection):
            return
        try:
            refuse_unless_owner(connection)
        except ServerSetupError:
            return  # a clerk cannot set them; what it may do is then nothing at all
    with engine.begin() as connection:
        secure_server(connection)


def _upgrade(engine: Engine) -> None:
    """Run the migrations in one transaction. On SQLite, foreign keys are off meanwhile (a table rebuilt by a
    batch migration is dropped and made anew, and with them on, the drop would delete the rows that refer to
    it) and checked before the commit."""
    from alembic import command

    config = alembic_config()
    with engine.connect() as connection:
        sqlite = connection.dialect.name == "sqlite"
        if sqlite:  # outside any transaction (inside one SQLite ignores it): on the driver's connection
            connection.connection.dbapi_connection.execute("PRAGMA foreign_keys=OFF")
        try:
            with connection.begin():
                config.attributes["connection"] = connection
                command.upgrade(config, "head")
                secure_server(connection)
                if sqlite and connection.exec_driver_sql("PRAGMA foreign_key_check").first():
                    raise MigrationError("数据库升级后的数据关联校验未通过，已撤销升级；请联系技术人员。")
        finally:
            if sqlite:
                connection.connection.dbapi_connection.execute("PRAGMA foreign_keys=ON")


def known_revisions() -> set[str]:
    """Revision ids of the migrations this program has (files are named after them: 0001_….py)."""
    return {path.name.split("_", 1)[0] for path in (MIGRATIONS / "versions").glob("[0-9]*_*.py")}


def stamped_revision(engine: Engine) -> str | None:
    """The revision the database says it is at, read without Alembic; None when it has no stamp."""
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def _create_at_head(engine: Engine) -> None:
    """A new database: the tables as the models define them, stamped at head as `alembic stamp` would (a test
    checks that the migrations build the very same schema)."""
    with engine.begin() as connection:
        try:
            Base.metadata.create_all(connection)
        finally:
            _keep_keys_inline()
        connection.execute(text(
            "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL, "
            "CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num))"
        ))
        connection.execute(text("INSERT INTO alembic_version (version_num) VALUES (:v)"), {"v": SCHEMA_HEAD})
        secure_server(connection)


def _keep_keys_inline() -> None:
    """On a server, `create_all` adds the keys of a cycle (party_group.leader_id ↔ person.group_id) by ALTER TABLE
    and, doing so, marks them on the shared metadata to be left out of CREATE TABLE; a SQLite file made later in the
    same process (a 党委 taking in a branch's file) would then lack them, as SQLite has no ALTER for keys. The mark
    is taken off again."""
    for table in Base.metadata.tables.values():
        for key in table.foreign_key_constraints:
            if key.use_alter:
                key._create_rule = None


def _has_foreign_tables(engine: Engine) -> bool:
    return bool(inspect(engine).get_table_names())
