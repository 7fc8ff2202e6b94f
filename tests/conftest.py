"""Every test runs offscreen with its own user folders, never the real user's."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from models.resources import sample_branch_path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parents[1]

# postgres_url, engine_kind, db_target; party_server; tls_server
pytest_plugins = ["tests.postgres", "tests.server.party_server", "tests.server.tls_cluster"]


@pytest.fixture(autouse=True)
def _private_user_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("ORGLIFE_DATA_DIR", str(home / "data"))
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "share"))


@pytest.fixture(autouse=True)
def _quick_keys(monkeypatch: pytest.MonkeyPatch):
    """The password lock's key derivation made cheap for the tests (its real cost is measured in bench/); no key
    unlocked by one test is known to the next."""
    from models import keys

    monkeypatch.setattr(keys, "TIME_COST", 1)
    monkeypatch.setattr(keys, "MEMORY_KIB", 8192)
    keys.forget_all()
    yield
    keys.forget_all()


@pytest.fixture
def sample_text() -> str:
    return sample_branch_path().read_text(encoding="utf-8")
