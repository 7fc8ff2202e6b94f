"""A write the server refuses (a 党委 reader's login, a row outside the clerk's branch) is told in words, never as a
crash with psycopg's `InsufficientPrivilege`."""

from __future__ import annotations

import psycopg
import pytest
from sqlalchemy.exc import ProgrammingError

from models.faults import NotPermitted


def refusal(message: str) -> ProgrammingError:
    return ProgrammingError("UPDATE talk SET content = %(c)s", {"c": "x"},
                            psycopg.errors.InsufficientPrivilege(message))


def test_a_refused_write_is_told_in_words(app, notices) -> None:
    from ui.errors import show_error

    show_error(None, refusal("permission denied for table talk"))
    show_error(None, refusal('new row violates row-level security policy for table "talk"'))
    show_error(None, NotPermitted("当前登录名无权做这项修改"))
    assert notices.crashes == []
    assert len(notices.shown) == 3
    for title, text in notices.shown:
        assert title == "无法完成操作" and "无权" in text and "permission" not in text and "policy" not in text
    assert "党委的只读登录名只能查阅" in notices.shown[0][1] and "设置 → 数据库" in notices.shown[0][1]


def test_another_database_error_is_still_a_bug_for_the_crash_dialog(app, notices) -> None:
    from ui.errors import show_error

    error = ProgrammingError("SELECT nothing", {}, psycopg.errors.UndefinedColumn('column "nothing" does not exist'))
    with pytest.raises(ProgrammingError):
        show_error(None, error)
    assert notices.crashes == [error] and notices.shown == []
