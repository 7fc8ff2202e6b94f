"""Row-level security on PostgreSQL: each clerk's role reads and writes its own branch only; the 党委's readers
read every branch and write nothing.

Which branch a login belongs to is kept in `branch_clerk` (role name → branch id), owned by the database owner:
a clerk reads only its own line of it and can change none, so no setting a clerk could make widens its view.
Every table of the schema gets a policy: a table with `branch_id` is matched on it, a child table without one
(a meeting's attendance, an evaluation's results …) through its parent's row. `FORCE ROW LEVEL SECURITY` binds
the table owner too. It is the last step of every migration on PostgreSQL (and of `server-init`), run by the
database's owner, never by a clerk; SQLite files never see any of this.
"""

from __future__ import annotations

from collections.abc import Collection

from sqlalchemy import Connection, text

from models.orm import Base
from models.server import ids

MAPPING = "branch_clerk"
PARENTS = {"meeting_id": "meeting", "evaluation_id": "evaluation"}
MINE = f"(SELECT c.branch_id FROM {MAPPING} c WHERE c.role_name = current_user)"


class ServerSetupError(Exception):
    pass


def group_roles(connection: Connection) -> tuple[str, str]:
    """The database's two group roles (roles are cluster-wide, so they carry the database's name)."""
    database = connection.execute(text("SELECT current_database()")).scalar_one()
    return f"{database}_clerks", f"{database}_readers"


def quote(connection: Connection, name: str) -> str:
    return connection.dialect.identifier_preparer.quote_identifier(name)


def refuse_unless_owner(connection: Connection) -> None:
    """Only the database's owner (or a superuser) sets up or upgrades the schema; a clerk's role is told so."""
    owner = connection.execute(text(
        "SELECT r.rolsuper OR d.datdba = r.oid FROM pg_roles r, pg_database d "
        "WHERE r.rolname = current_user AND d.datname = current_database()"
    )).scalar()
    if not owner:
        user = connection.execute(text("SELECT current_user")).scalar_one()
        raise ServerSetupError(
            f"登录名“{user}”不是该数据库的所有者，不能升级或设置数据库结构；"
            "请由数据库管理员以所有者身份运行 server-init。"
        )


def tables_of(connection: Connection) -> dict[str, set[str]]:
    """The schema's tables as the database has them (not as this program's models say), with their columns: a
    table a migration adds is covered the moment it exists. The login mapping and Alembic's stamp are set apart."""
    rows = connection.execute(text(
        "SELECT c.relname, a.attname FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid "
        "WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p') AND a.attnum > 0 "
        "AND NOT a.attisdropped"
    ))
    tables: dict[str, set[str]] = {}
    for table, column in rows:
        tables.setdefault(table, set()).add(column)
    for apart in (MAPPING, "alembic_version"):
        tables.pop(apart, None)
    return tables


def branch_condition(name: str, columns: Collection[str]) -> str:
    """The SQL condition that keeps a row of table `name` to the login's branches."""
    if name == "branch":
        return f"id IN {MINE}"
    if "branch_id" in columns:
        return f"branch_id IN {MINE}"
    for column, parent in PARENTS.items():  # a child row belongs to its meeting's or evaluation's branch
        if column in columns:
            return (f"EXISTS (SELECT 1 FROM {parent} p WHERE p.id = {name}.{column} "
                    f"AND p.branch_id IN {MINE})")
    raise ServerSetupError(f"表 {name} 无法归属到支部，不能为它设置访问策略；数据库结构未作改动，请联系技术人员。")


def database_owner(connection: Connection) -> str:
    return connection.execute(text(
        "SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = current_database()")).scalar_one()


def secure(connection: Connection) -> None:
    """Create (or bring up to date) the group roles, the mapping, the grants, the policies and the function that
    gives out ids. Idempotent; run as the last step of every migration on PostgreSQL (models.migrate), inside
    its transaction, so the schema and its rules change together."""
    refuse_unless_owner(connection)
    clerks, readers = group_roles(connection)
    _ensure_group_roles(connection, clerks, readers)
    qc, qr = quote(connection, clerks), quote(connection, readers)
    owner = quote(connection, database_owner(connection))
    connection.exec_driver_sql(
        f"CREATE TABLE IF NOT EXISTS {MAPPING} (role_name TEXT PRIMARY KEY, "
        "branch_id INTEGER NOT NULL REFERENCES branch(id) ON DELETE CASCADE)")
    tables = tables_of(connection)
    statements = [
        f"ALTER TABLE {MAPPING} ENABLE ROW LEVEL SECURITY",
        f"DROP POLICY IF EXISTS own_line ON {MAPPING}",
        f"CREATE POLICY own_line ON {MAPPING} FOR SELECT TO {qc} USING (role_name = current_user)",
        f"REVOKE ALL ON {MAPPING} FROM PUBLIC",
        f"GRANT SELECT ON {MAPPING} TO {qc}",
        "REVOKE CREATE ON SCHEMA public FROM PUBLIC",
        f"GRANT USAGE ON SCHEMA public TO {qc}, {qr}",
        "REVOKE ALL ON alembic_version FROM PUBLIC",
        f"GRANT SELECT ON alembic_version TO {qc}, {qr}",
    ]
    for name, columns in sorted(tables.items()):
        statements += _table_statements(name, branch_condition(name, columns), qc, qr, owner)
    statements.append(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {qc}")
    statements += ids.function_statements([n for n, c in tables.items() if "id" in c], owner, qc)
    # one round trip: each statement alone would cost the migration a tenth of a second more per ten tables
    connection.execution_options(no_parameters=True).exec_driver_sql(";\n".join(statements))


def _table_statements(name: str, condition: str, clerks: str, readers: str, owner: str) -> list[str]:
    writes = "SELECT, UPDATE" if name == "branch" else "SELECT, INSERT, UPDATE, DELETE"
    return [
        f"REVOKE ALL ON {name} FROM PUBLIC",
        f"GRANT {writes} ON {name} TO {clerks}",
        f"GRANT SELECT ON {name} TO {readers}",
        f"ALTER TABLE {name} ENABLE ROW LEVEL SECURITY",
        f"ALTER TABLE {name} FORCE ROW LEVEL SECURITY",
        f"DROP POLICY IF EXISTS clerk_branch ON {name}",
        f"DROP POLICY IF EXISTS reader_all ON {name}",
        f"DROP POLICY IF EXISTS owner_all ON {name}",
        f"CREATE POLICY clerk_branch ON {name} TO {clerks} USING ({condition}) WITH CHECK ({condition})",
        f"CREATE POLICY reader_all ON {name} FOR SELECT TO {readers} USING (true)",
        # the owner runs the setup and the migrations: bound by FORCE, it is let through by a policy of its own
        # (named, not CURRENT_USER: a superuser migrating must not take the owner's access away)
        f"CREATE POLICY owner_all ON {name} TO {owner} USING (true) WITH CHECK (true)",
    ]


def _ensure_group_roles(connection: Connection, *roles: str) -> None:
    for role in roles:
        if connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}).first():
            continue
        may = connection.execute(text(
            "SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = current_user")).scalar()
        if not may:
            made = "；".join(f"CREATE ROLE {r} NOLOGIN" for r in roles)
            raise ServerSetupError(
                "数据库还没有书记员组和党委只读组，而当前登录名无权新建角色（CREATEROLE）。请服务器管理员（超级用户）"
                f"对该数据库运行一次 server-init，或先建立这两个角色：{made}。")
        connection.exec_driver_sql(f"CREATE ROLE {quote(connection, role)} NOLOGIN")


def secured(connection: Connection) -> bool:
    """Whether every table of the schema has its row-level security forced and the id function exists: a
    database set up by an older program (or never) is not."""
    return bool(connection.execute(text(
        "SELECT NOT EXISTS (SELECT 1 FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind = 'r' "
        "AND relname NOT IN ('alembic_version', :m) AND NOT (relrowsecurity AND relforcerowsecurity)) "
        "AND to_regprocedure(:f) IS NOT NULL"), {"f": ids.SIGNATURE, "m": MAPPING}).scalar())


def _create_login(connection: Connection, role: str, password: str) -> None:
    from psycopg import sql  # DDL takes no bound parameters: the password goes in as a quoted literal

    raw = connection.connection.dbapi_connection
    statement = sql.SQL("CREATE ROLE {} LOGIN PASSWORD {}").format(sql.Identifier(role), sql.Literal(password))
    connection.exec_driver_sql(statement.as_string(raw).replace("%", "%%"))


def add_branch(connection: Connection, name: str) -> int:
    """A new branch, by its full name; returns its id."""
    refuse_unless_owner(connection)
    table = Base.metadata.tables["branch"]
    return int(connection.execute(table.insert().values(name=name).returning(table.c.id)).scalar_one())


def add_clerk(connection: Connection, role: str, branch_id: int, password: str | None = None) -> None:
    """Tie a login to one branch: a new LOGIN role when `password` is given, else an existing role."""
    refuse_unless_owner(connection)
    clerks, readers = group_roles(connection)
    if role in (clerks, readers):
        raise ServerSetupError("不能把组角色本身登记为支部的书记员。")
    _ensure_login(connection, role, password)
    connection.exec_driver_sql(f"GRANT {quote(connection, clerks)} TO {quote(connection, role)}")
    connection.execute(text(
        f"INSERT INTO {MAPPING} (role_name, branch_id) VALUES (:r, :b) "
        "ON CONFLICT (role_name) DO UPDATE SET branch_id = excluded.branch_id"
    ), {"r": role, "b": branch_id})


def _ensure_login(connection: Connection, role: str, password: str | None) -> None:
    """The login `role`: made when it does not exist and a password is given, else it must exist already."""
    exists = connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}).first()
    if password is not None and not exists:
        _create_login(connection, role, password)
    elif not exists:
        raise ServerSetupError(f"登录名“{role}”不存在；新建登录名时请输入密码。")


def add_reader(connection: Connection, role: str, password: str | None = None) -> None:
    """A 党委 login that reads every branch and writes nothing."""
    refuse_unless_owner(connection)
    _, readers = group_roles(connection)
    _ensure_login(connection, role, password)
    connection.exec_driver_sql(f"GRANT {quote(connection, readers)} TO {quote(connection, role)}")
