"""Opening the database: the URL, SQLite's safety settings, and migrations to the current schema."""

from __future__ import annotations

import os
import sqlite3
import sys
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DBAPIError

from models import dblock, health, keys, migrate, sqlfile
from models.dblock import DatabaseInUse
from models.faults import DatabaseDamaged, DatabaseError, DiskFull, ReadOnlyDatabase, translate
from models.paths import database_file

DISK_TROUBLE = (DiskFull, ReadOnlyDatabase, DatabaseError)  # DatabaseError itself: an I/O error

__all__ = ["DatabaseDamaged", "DatabaseError", "DatabaseInUse", "ReadOnlyDatabase", "open_database"]

BUSY_TIMEOUT_MS = 5000  # how long a write waits for another writer (a sync tool, another copy) before it is told
NETWORK_FILESYSTEMS = {"nfs", "nfs4", "cifs", "smbfs", "smb3", "9p", "fuse.sshfs", "afs", "davfs"}


def database_url(target: str | os.PathLike[str] | None) -> str:
    """A SQLAlchemy URL from `--db`: a URL of a supported kind as it is; anything else a SQLite file's path,
    taken literally (a `%`, `?` or `#` in it is part of the name); nothing means the default file."""
    path = database_file(target)
    if path is None:
        return os.fspath(target)  # type: ignore[arg-type]
    return URL.create("sqlite", database=str(path)).render_as_string(hide_password=False)


def sqlite_path(url: str | URL) -> Path | None:
    """The file behind a SQLite URL, or None for another database or an in-memory one."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database)


_read_only_engines: weakref.WeakSet[Engine] = weakref.WeakSet()


def is_read_only(engine: Engine) -> bool:
    """True when the engine opened its SQLite file for reading only (the UI then offers no editing)."""
    return engine in _read_only_engines


def is_network_path(path: Path) -> bool:
    """True when the file lies on a network drive, where SQLite's WAL does not work."""
    text = str(path)
    if text.startswith(("\\\\", "//")):
        return True
    if sys.platform == "win32":
        return _windows_drive_is_remote(text)
    return _mount_type(path) in NETWORK_FILESYSTEMS


def _windows_drive_is_remote(text: str) -> bool:  # pragma: no cover - Windows only
    import ctypes

    root = os.path.splitdrive(os.path.abspath(text))[0] + "\\"
    return ctypes.windll.kernel32.GetDriveTypeW(root) == 4  # DRIVE_REMOTE


def _mount_type(path: Path) -> str:
    try:
        mounts = Path("/proc/mounts").read_text().splitlines()
    except OSError:
        return ""
    best, best_type = "", ""
    resolved = str(path.resolve())
    for line in mounts:
        parts = line.split()
        if len(parts) >= 3 and resolved.startswith(parts[1]) and len(parts[1]) > len(best):
            best, best_type = parts[1], parts[2]
    return best_type


def make_engine(url: str, read_only: bool = False) -> Engine:
    """An engine with the settings every connection needs (SQLite: foreign keys, WAL and FULL sync).

    On SQLite the driver's own transaction handling is off (`isolation_level=None`) and every transaction starts
    with an explicit `BEGIN` when SQLAlchemy begins it — before its first read, so the checks a write makes
    stand until it commits. A write transaction (`write_transaction`) starts with `BEGIN IMMEDIATE`: it takes
    the write lock first and waits (busy_timeout) for another writer to finish instead of failing halfway.
    """
    path = sqlite_path(url)
    if path is None:
        return create_engine(url)
    journal = "DELETE" if is_network_path(path) else "WAL"
    key = keys.key_for(path) if path.exists() or keys.is_encrypted(path) else None
    if key is not None:  # the password lock: SQLCipher, opened with the raw key (no key derivation per connection)
        return _encrypted_engine(path, key, journal, read_only)
    if read_only:  # SQLite's mode=ro: nothing is ever written, not even a journal
        uri = health.reader_uri(path)
        engine = create_engine(url, creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False))
        _read_only_engines.add(engine)
    else:
        engine = create_engine(url)
    _set_up(engine, journal, read_only)
    return engine


def _encrypted_engine(path: Path, key: bytes, journal: str, read_only: bool) -> Engine:
    """SQLAlchemy's `sqlite+pysqlcipher` dialect on `sqlcipher3`; the URL's password is the raw key's form
    (`x'…'`), which the dialect gives to `PRAGMA key` (the URL is never shown with it: SQLAlchemy hides it)."""
    from sqlalchemy.pool import QueuePool

    url = URL.create("sqlite+pysqlcipher", password=f"x'{key.hex()}'", database=str(path))
    if read_only:
        import sqlcipher3

        uri = health.reader_uri(path)
        engine = create_engine(url, poolclass=QueuePool,
                               creator=lambda: sqlcipher3.connect(uri, uri=True, check_same_thread=False))
        _read_only_engines.add(engine)
    else:
        engine = create_engine(url, poolclass=QueuePool, connect_args={"check_same_thread": False})
    event.listen(engine, "connect", lambda dbapi_connection, _record: _encrypted_connection(dbapi_connection))
    _set_up(engine, journal, read_only)
    return engine


ENCRYPTED_CACHE_KIB = 32_768  # decrypted pages kept per connection: a year's records read twice are decrypted once


def _encrypted_connection(dbapi_connection) -> None:  # type: ignore[no-untyped-def]
    sqlfile.quiet(dbapi_connection)
    dbapi_connection.execute(f"PRAGMA cache_size = -{ENCRYPTED_CACHE_KIB}")


def _set_up(engine: Engine, journal: str, read_only: bool) -> None:
    """Every connection's settings, and the BEGIN that starts each transaction."""

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        if not read_only:
            cursor.execute(f"PRAGMA journal_mode={journal}")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        mode = conn.get_execution_options().get("sqlite_begin", "")
        conn.exec_driver_sql(f"BEGIN {mode}" if mode and not read_only else "BEGIN")


@contextmanager
def write_transaction(engine: Engine) -> Iterator[Connection]:
    """One write: a transaction that holds the write lock from its start (SQLite `BEGIN IMMEDIATE`), committed
    at the end, rolled back on any error. Errors of the environment come out as DatabaseError subclasses
    (disk full, read-only, busy, damaged) with the clerk's sentence."""
    with _in_words():
        with engine.connect() as conn:
            conn.execution_options(sqlite_begin="IMMEDIATE")
            with conn.begin():
                yield conn


@contextmanager
def read_transaction(engine: Engine) -> Iterator[Connection]:
    """One read: a connection whose reads share one snapshot (a deferred `BEGIN` before the first of them)."""
    with _in_words(), engine.connect() as conn:
        yield conn


@contextmanager
def _in_words() -> Iterator[None]:
    """Errors of the environment as DatabaseError subclasses with the clerk's sentence; bugs as they are."""
    try:
        yield
    except DBAPIError as error:
        translated = translate(error)
        if translated is None:
            raise
        raise translated from error


def open_database(target: str | os.PathLike[str] | None, create: bool = True, *, read_only: bool = False,
                  new: bool = False, check: bool = True) -> Engine:
    """Open the database and bring its schema to the current version.

    `create`: a missing SQLite file may be made (with the schema). `new`: also an existing file that holds
    nothing — zero bytes, or a SQLite file without any table — may be given the schema (only `init` asks for
    this); otherwise such a file is refused, as is one with damage (DatabaseDamaged, the file left untouched).
    `read_only`: opened with SQLite's `mode=ro`, without the lock, never written to; a file that cannot be
    written (read-only file, folder or medium) is opened so even when not asked. `check`: the quick check of
    the file at opening (see `models.health`).

    A writable open takes the database's lock (`models.dblock`): a second copy of the program gets
    DatabaseInUse naming the computer. The lock is released when the engine is disposed (`Store.close`).
    An existing SQLite file with an older schema is first copied to a verified backup.
    """
    url = database_url(target)
    path = sqlite_path(url)
    if path is None:
        return _open_server(url)
    if not path.exists():
        if read_only or not create:
            raise DatabaseError(f"数据库文件不存在：{path}。请先用 init 创建，或检查 --db 路径。")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise DatabaseError(f"无法创建数据库所在的文件夹：{path.parent}（{error.strerror}）") from error
    elif check:
        health.refuse_unless_usable(path, allow_empty=new)
    if read_only and health.writable(path) and _older_schema(path):
        # a file of an older version of the program, opened to read (archive, check, compliance): brought up to
        # date first, as the window does (a verified backup taken), then read
        open_database(path, create=False, check=False).dispose()
    if not read_only and not health.writable(path):
        read_only = True
    if read_only:
        return _open_read_only(path)
    try:
        lock = dblock.acquire(path)
    except ReadOnlyDatabase:
        return _open_read_only(path)  # not even the lock file can be written beside it
    try:
        engine = make_engine(url)
        event.listen(engine, "engine_disposed", lambda _engine: lock.release())
        _upgrade(engine, path)
    except DatabaseError as error:
        lock.release()
        if _disk_trouble(error):  # a full disk, a read-only medium: the records can still be read
            try:
                return _open_read_only(path)
            except DatabaseError:
                pass
        raise
    except BaseException:
        lock.release()
        raise
    return engine


def _disk_trouble(error: BaseException) -> bool:
    """Whether an error while opening comes from the disk (full, read-only, failing I/O) rather than the file."""
    cause: BaseException | None = error
    while cause is not None:
        if isinstance(cause, DBAPIError | OSError):
            return type(translate(cause)) in DISK_TROUBLE
        cause = cause.__cause__
    return False


def _open_server(url: str) -> Engine:
    engine = make_engine(url)
    _upgrade(engine, None)
    return engine


def _older_schema(path: Path) -> bool:
    """Whether the file is at an older revision of ours (not the current one, not one from a newer program)."""
    engine = make_engine(database_url(path), read_only=True)
    try:
        stamped = migrate.stamped_revision(engine)
    except DBAPIError:
        return False  # told by the read-only open that follows
    finally:
        engine.dispose()
    return stamped is not None and stamped != migrate.SCHEMA_HEAD and stamped in migrate.known_revisions()


def _open_read_only(path: Path) -> Engine:
    engine = make_engine(database_url(path), read_only=True)
    try:
        if migrate.stamped_revision(engine) != migrate.SCHEMA_HEAD:
            raise ReadOnlyDatabase(
                "该数据库文件是只读的，且由其他版本的组织生活记录本创建，无法在只读状态下打开。请把它复制到可写的位置再打开。")
    except DBAPIError as error:
        engine.dispose()
        raise translate(error) or DatabaseError(str(error)) from error
    except BaseException:
        engine.dispose()
        raise
    return engine


def _upgrade(engine: Engine, path: Path | None) -> None:
    try:
        migrate.upgrade_to_head(engine, backup_to=_backup_folder(path))
    except migrate.MigrationError as error:
        engine.dispose()
        raise DatabaseError(str(error)) from error
    except BaseException:
        engine.dispose()
        raise


def _backup_folder(path: Path | None) -> Path | None:
    from models.backup import default_backup_folder

    return default_backup_folder(path)
