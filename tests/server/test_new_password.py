"""A new login's password asked at the prompt: no terminal to read it from is said, not a traceback."""

from __future__ import annotations

import pytest

from models.server.commands import new_password
from models.server.security import ServerSetupError


def _ended(prompt: str) -> str:
    raise EOFError


def test_the_input_ended_at_the_prompt_says_to_run_in_a_terminal() -> None:
    with pytest.raises(ServerSetupError, match="终端"):
        new_password("zhangsan", _ended)


def test_the_password_typed_twice_is_given() -> None:
    answers = iter(["pw1", "pw1"])
    assert new_password("zhangsan", lambda prompt: next(answers)) == "pw1"


def test_two_different_passwords_are_refused() -> None:
    answers = iter(["pw1", "pw2"])
    with pytest.raises(ServerSetupError, match="不一致"):
        new_password("zhangsan", lambda prompt: next(answers))
