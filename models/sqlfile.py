"""Opening a database file with the DB-API directly (checks, backups, the start's glance): the standard library's
`sqlite3` for a plain file, `sqlcipher3` with the unlocked raw key for an encrypted one (`models.keys`).

Catch `errors()` rather than `sqlite3.Error`: the two drivers have their own exception classes."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path
from typing import Any

from models import keys


def connect(path: Path, uri: str | None = None, *, key: bytes | None = None, **kwargs: Any) -> Any:
    """A connection to the file at `path`, through `uri` when given (`file:…?mode=ro`). Encrypted files are
    opened with their key (given, or unlocked in this process; keys.Locked when not)."""
    if key is None:
        key = keys.key_for(path)
    target = uri if uri is not None else str(path)
    if key is None:
        return sqlite3.connect(target, uri=uri is not None, **kwargs)
    return connect_encrypted(target, key, uri=uri is not None, **kwargs)


def connect_encrypted(target: str, key: bytes, uri: bool = False, **kwargs: Any) -> Any:
    """A SQLCipher connection opened with the raw key (a new file becomes an encrypted one)."""
    import sqlcipher3

    connection = sqlcipher3.connect(target, uri=uri, **kwargs)
    quiet(connection)
    connection.execute(keys.pragma(key))
    return connection


def quiet(connection: Any) -> None:
    """SQLCipher writes its own log lines to stderr when a page does not decrypt (a damaged file): the program
    tells the clerk in words instead (models.faults). The setting holds for the whole process."""
    connection.execute("PRAGMA cipher_log_level = NONE")


def errors() -> tuple[type[Exception], ...]:
    """The DB-API error classes of the drivers loaded so far (`except sqlfile.errors():`)."""
    loaded = sys.modules.get("sqlcipher3")
    return (sqlite3.Error,) if loaded is None else (sqlite3.Error, loaded.Error)


def database_errors() -> tuple[type[Exception], ...]:
    loaded = sys.modules.get("sqlcipher3")
    return (sqlite3.DatabaseError,) if loaded is None else (sqlite3.DatabaseError, loaded.DatabaseError)
