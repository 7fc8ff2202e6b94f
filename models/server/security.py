"""Row-level security on PostgreSQL: each clerk's role reads and writes its own branch only; the 党委's readers
read every branch and write nothing.

Which branch a login belongs to is kept in `branch_clerk` (role name → branch id), owned by the database owner:
a clerk reads only its own line of it and can change none, so no setting a clerk could make widens its view.
Every table of the schema gets a policy: a table with `branch_id` is matched on it, a child table without one
(a meeting's attendance, an evaluation's results …) through its parent's row. `FORCE ROW LEVEL SECURITY` binds
the table owner too. Run by the database owner (`server-init`); SQLite files never see any of this.
"""

from __future__ import annotations

from sqlalchemy import Connection, Table, text

from models.orm import Base

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


def branch_condition(table: Table) -> str:
    """The SQL condition that keeps a row of `table` to the login's branches."""
    if table.name == "branch":
        return f"id IN {MINE}"
    if "branch_id" in table.c:
        return f"branch_id IN {MINE}"
    for column, parent in PARENTS.items():  # a child row belongs to its meeting's or evaluation's branch
        if column in table.c:
            return (f"EXISTS (SELECT 1 FROM {parent} p WHERE p.id = {table.name}.{column} "
                    f"AND p.branch_id IN {MINE})")
    raise ServerSetupError(f"表 {table.name} 无法归属到支部，不能为它设置访问策略。")


def secure(connection: Connection) -> None:
    """Create (or bring up to date) the group roles, the mapping, the grants and the policies. Idempotent."""
    refuse_unless_owner(connection)
    clerks, readers = group_roles(connection)
    qc, qr = quote(connection, clerks), quote(connection, readers)
    run = connection.exec_driver_sql
    for role in (clerks, readers):
        if not connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}).first():
            run(f"CREATE ROLE {quote(connection, role)} NOLOGIN")
    run(f"CREATE TABLE IF NOT EXISTS {MAPPING} (role_name TEXT PRIMARY KEY, "
        "branch_id INTEGER NOT NULL REFERENCES branch(id) ON DELETE CASCADE)")
    run(f"ALTER TABLE {MAPPING} ENABLE ROW LEVEL SECURITY")
    run(f"DROP POLICY IF EXISTS own_line ON {MAPPING}")
    run(f"CREATE POLICY own_line ON {MAPPING} FOR SELECT TO {qc} USING (role_name = current_user)")
    run(f"REVOKE ALL ON {MAPPING} FROM PUBLIC")
    run(f"GRANT SELECT ON {MAPPING} TO {qc}")
    run("REVOKE CREATE ON SCHEMA public FROM PUBLIC")
    run(f"GRANT USAGE ON SCHEMA public TO {qc}, {qr}")
    run("REVOKE ALL ON alembic_version FROM PUBLIC")
    run(f"GRANT SELECT ON alembic_version TO {qc}, {qr}")
    for table in Base.metadata.sorted_tables:
        name = table.name
        condition = branch_condition(table)
        run(f"REVOKE ALL ON {name} FROM PUBLIC")
        writes = "SELECT, UPDATE" if name == "branch" else "SELECT, INSERT, UPDATE, DELETE"
        run(f"GRANT {writes} ON {name} TO {qc}")
        run(f"GRANT SELECT ON {name} TO {qr}")
        run(f"ALTER TABLE {name} ENABLE ROW LEVEL SECURITY")
        run(f"ALTER TABLE {name} FORCE ROW LEVEL SECURITY")
        run(f"DROP POLICY IF EXISTS clerk_branch ON {name}")
        run(f"DROP POLICY IF EXISTS reader_all ON {name}")
        run(f"DROP POLICY IF EXISTS owner_all ON {name}")
        run(f"CREATE POLICY clerk_branch ON {name} TO {qc} USING ({condition}) WITH CHECK ({condition})")
        run(f"CREATE POLICY reader_all ON {name} FOR SELECT TO {qr} USING (true)")
        # the owner runs the setup and the migrations: bound by FORCE, it is let through by a policy of its own
        run(f"CREATE POLICY owner_all ON {name} TO CURRENT_USER USING (true) WITH CHECK (true)")
    run(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {qc}")


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
