"""Where the user's data lives. One place, overridable, so tests and portable installs never touch real folders."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir

APP_NAME = "OrgLife"
DATA_DIR_VARIABLE = "ORGLIFE_DATA_DIR"


def data_dir() -> Path:
    """The folder for the database, backups and settings: $ORGLIFE_DATA_DIR, else the platform's user data folder."""
    override = os.environ.get(DATA_DIR_VARIABLE)
    path = Path(override) if override else Path(user_data_dir(APP_NAME, appauthor=False))
    return path


def default_database_path() -> Path:
    return data_dir() / "orglife.sqlite3"


def backup_dir() -> Path:
    return data_dir() / "backups"


def database_file(target: str | os.PathLike[str] | None) -> Path | None:
    """The SQLite file `--db` names: a path (made absolute), nothing for the default file; None for a URL."""
    if target is None:
        return default_database_path()
    text = os.fspath(target)
    if "://" in text:
        return None
    return Path(text).expanduser().resolve()
