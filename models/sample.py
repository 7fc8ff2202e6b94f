"""示例数据: the project's sample branch as a database of its own beside the clerk's, to try everything on."""

from __future__ import annotations

from pathlib import Path

from models.interchange import read_branch
from models.paths import data_dir
from models.resources import sample_branch_path
from models.services import Store


def sample_database_path() -> Path:
    return data_dir() / "示例数据" / "示例数据.sqlite3"  # its backups, if any, beside it: never among the clerk's


def open_sample_store() -> Store:
    """A fresh copy of the sample branch each time (what was tried last time is gone), never the clerk's file."""
    path = sample_database_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    for leftover in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        leftover.unlink(missing_ok=True)
    store = Store.open(path)
    store.import_data(read_branch(sample_branch_path().read_text(encoding="utf-8")))
    return store
