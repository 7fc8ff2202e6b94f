"""The commands that set up a shared PostgreSQL server, run by the database's owner: `server-init`,
`add-branch`, `add-clerk`, `add-reader`. New logins' passwords are asked at the prompt, never on the command line."""

from __future__ import annotations

import getpass
from collections.abc import Callable

from sqlalchemy import Engine, text

from models.db import database_url, make_engine
from models.migrate import upgrade_to_head
from models.server import security

Ask = Callable[[str], str]


def _server(db: str | None) -> Engine:
    url = database_url(db)
    if not url.startswith("postgresql"):
        raise security.ServerSetupError("该命令只用于共享的 PostgreSQL 服务器，请用 --db postgresql+psycopg://… 指定。")
    return make_engine(url)


def server_init(db: str | None) -> str:
    engine = _server(db)
    try:
        with engine.connect() as connection:
            security.refuse_unless_owner(connection)
        upgrade_to_head(engine)
        with engine.begin() as connection:
            security.secure(connection)
            clerks, readers = security.group_roles(connection)
    finally:
        engine.dispose()
    return f"服务器已设置：数据库结构为最新，行级安全已启用；书记员组 {clerks}，党委只读组 {readers}。"


def add_branch(db: str | None, name: str) -> str:
    if not name.strip():
        raise security.ServerSetupError("支部名称不能为空。")
    engine = _server(db)
    try:
        with engine.begin() as connection:
            branch = security.add_branch(connection, name.strip())
    finally:
        engine.dispose()
    return f"已新建党支部“{name.strip()}”，编号 {branch}。"


def new_password(role: str, ask: Ask | None = None) -> str:
    ask = ask or getpass.getpass  # looked up at the call: a test's or a caller's replacement of getpass holds
    try:
        first = ask(f"登录名“{role}”的新密码：")
        again = ask("再输入一次：") if first else ""
    except EOFError:
        raise security.ServerSetupError(
            f"没有读到登录名“{role}”的新密码（输入已结束）；请在终端中运行本命令，按提示输入两遍密码。"
        ) from None
    if not first:
        raise security.ServerSetupError("密码不能为空。")
    if again != first:
        raise security.ServerSetupError("两次输入的密码不一致，未做任何改动。")
    return first


def _role_exists(engine: Engine, role: str) -> bool:
    with engine.connect() as connection:
        return connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}).first() is not None


def add_clerk(db: str | None, role: str, branch: int, ask: Ask | None = None) -> str:
    engine = _server(db)
    try:
        with engine.connect() as connection:
            if connection.execute(text("SELECT 1 FROM branch WHERE id = :b"), {"b": branch}).first() is None:
                raise security.ServerSetupError(f"没有编号为 {branch} 的党支部；请先用 add-branch 新建。")
        password = None if _role_exists(engine, role) else new_password(role, ask)
        with engine.begin() as connection:
            security.add_clerk(connection, role, branch, password)
    finally:
        engine.dispose()
    return f"登录名“{role}”可读写党支部 {branch} 的记录，且只能读写该支部。"


def add_reader(db: str | None, role: str, ask: Ask | None = None) -> str:
    engine = _server(db)
    try:
        password = None if _role_exists(engine, role) else new_password(role, ask)
        with engine.begin() as connection:
            security.add_reader(connection, role, password)
    finally:
        engine.dispose()
    return f"登录名“{role}”可查阅所有党支部的记录（只读）。"
