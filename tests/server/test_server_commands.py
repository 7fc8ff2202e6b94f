"""The server-setup commands, run by the owner from the command line, and a clerk's login refused at them."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

import main

URL = os.environ.get("ORGLIFE_TEST_POSTGRES_URL")
pytestmark = pytest.mark.skipif(not URL, reason="ORGLIFE_TEST_POSTGRES_URL is not set")


@pytest.fixture
def owner_url() -> Iterator[tuple[str, str]]:
    prefix = f"c{uuid.uuid4().hex[:8]}_"
    admin = create_engine(URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.exec_driver_sql(f"CREATE ROLE {prefix}owner LOGIN CREATEROLE PASSWORD 'pw'")
        c.exec_driver_sql(f"CREATE DATABASE {prefix}db OWNER {prefix}owner")
    try:
        yield make_url(URL).set(username=f"{prefix}owner", password="pw", database=f"{prefix}db").render_as_string(
            hide_password=False), prefix
    finally:
        with admin.connect() as c:
            c.exec_driver_sql(f"DROP DATABASE IF EXISTS {prefix}db WITH (FORCE)")
            for (role,) in c.execute(text("SELECT rolname FROM pg_roles WHERE rolname LIKE :p"), {"p": prefix + "%"}):
                c.exec_driver_sql(f'DROP ROLE "{role}"')
        admin.dispose()


def test_owner_sets_up_a_branch_and_its_clerk(owner_url, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    url, prefix = owner_url
    monkeypatch.setattr("getpass.getpass", lambda prompt="": "secret")
    assert main.main(["--db", url, "server-init"]) == 0
    assert "行级安全已启用" in capsys.readouterr().out
    assert main.main(["--db", url, "add-branch", "第一党支部"]) == 0
    assert "编号 1" in capsys.readouterr().out
    assert main.main(["--db", url, "add-clerk", f"{prefix}clerk", "--branch", "1"]) == 0
    assert "只能读写该支部" in capsys.readouterr().out
    assert main.main(["--db", url, "add-clerk", f"{prefix}clerk2", "--branch", "9"]) == 1
    assert "没有编号为 9 的党支部" in capsys.readouterr().err

    clerk = make_url(url).set(username=f"{prefix}clerk", password="secret").render_as_string(hide_password=False)
    assert main.main(["--db", clerk, "server-init"]) == 1
    assert "不是该数据库的所有者" in capsys.readouterr().err
    assert main.main(["--db", clerk, "add-branch", "第二党支部"]) == 1
    assert "不是该数据库的所有者" in capsys.readouterr().err
