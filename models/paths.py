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


KEY_NOTE_SUFFIX = ".cipher.json"  # beside a database (or backup) under the password lock: see models.keys


def has_key_note(database: Path) -> bool:
    """Whether a key note lies beside `database` (cheap: the start asks before loading anything of the lock)."""
    return database.with_name(database.name + KEY_NOTE_SUFFIX).is_file()


def backup_dir() -> Path:
    return data_dir() / "backups"


# The kinds of database URL the program supports; anything else given to --db is a file's path.
URL_SCHEMES = ("sqlite", "sqlite+pysqlite", "sqlite+pysqlcipher", "postgresql", "postgresql+psycopg",
               "postgresql+psycopg2")


def is_database_url(text: str) -> bool:
    scheme, sep, _rest = text.partition("://")
    return bool(sep) and scheme.lower() in URL_SCHEMES


def database_file(target: str | os.PathLike[str] | None) -> Path | None:
    """The SQLite file `--db` names: a path (made absolute, taken literally even with %, ? or # in it), nothing
    for the default file; None for a URL of a supported kind."""
    if target is None:
        return default_database_path()
    text = os.fspath(target)
    if is_database_url(text):
        return None
    return Path(text).expanduser().resolve()
