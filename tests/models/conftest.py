"""Fixtures for the tests of models/."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from models.resources import sample_branch_path


@pytest.fixture
def sample_path() -> Path:
    """The project's sample branch, resources/samples/sample-branch.json."""
    return sample_branch_path()


@pytest.fixture
def sample_text(sample_path: Path) -> str:
    return sample_path.read_text(encoding="utf-8")


@pytest.fixture
def sample_doc(sample_text: str) -> dict[str, Any]:
    """The sample as a fresh dict each test, to mutate."""
    return json.loads(sample_text)
