"""Opening the database: the URL, SQLite's safety settings, and migrations to the current schema."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url

from models import migrate
from models.paths import backup_dir, database_file, default_database_path

NETWORK_FILESYSTEMS = {"nfs", "nfs4", "cifs", "smbfs", "smb3", "9p", "fuse.sshfs", "afs", "davfs"}


class DatabaseError(Exception):
    """The database cannot be opened or used; the message tells the clerk what to do."""


def database_url(target: str | os.PathLike[str] | None) -> str:
    """A SQLAlchemy URL from `--db`: a URL as it is, a path as a SQLite file, nothing as the default file."""
    path = database_file(target)
    return f"sqlite:///{path}" if path is not None else os.fspath(target)  # type: ignore[arg-type]


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL, or None for another database or an in-memory one."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database)


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


def make_engine(url: str) -> Engine:
    """An engine with the settings every connection needs (SQLite: foreign keys, WAL and FULL sync)."""
    path = sqlite_path(url)
    if path is None:
        return create_engine(url)
    journal = "DELETE" if is_network_path(path) else "WAL"
    engine = create_engine(url)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA journal_mode={journal}")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA busy_timeout=5000")
        cursor.close()

    return engine


def open_database(target: str | os.PathLike[str] | None, create: bool = True) -> Engine:
    """Open (and, when `create`, make) the database and bring its schema to the current version.

    An existing SQLite file with an older schema is first copied to a verified backup.
    """
    url = database_url(target)
    path = sqlite_path(url)
    if path is not None:
        if not path.exists() and not create:
            raise DatabaseError(f"数据库文件不存在：{path}。请先用 init 创建，或检查 --db 路径。")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise DatabaseError(f"无法创建数据库所在的文件夹：{path.parent}（{error.strerror}）") from error
    engine = make_engine(url)
    try:
        migrate.upgrade_to_head(engine, backup_to=_backup_folder(path))
    except migrate.MigrationError as error:
        engine.dispose()
        raise DatabaseError(str(error)) from error
    return engine


def _backup_folder(path: Path | None) -> Path | None:
    if path is None:
        return None
    return backup_dir() if path == default_database_path() else path.parent / "backups"
