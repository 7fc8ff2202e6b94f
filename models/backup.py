"""Verified copies of a SQLite database, taken live (works under WAL)."""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime
from pathlib import Path


class BackupError(Exception):
    """A backup could not be made or did not verify; the message is for the clerk."""


def verify_sqlite_file(path: Path) -> None:
    """Raise BackupError unless the file is a SQLite database whose integrity check passes."""
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            rows = con.execute("PRAGMA integrity_check").fetchall()
        finally:
            con.close()
    except sqlite3.DatabaseError as error:
        raise BackupError(f"备份文件无法读取：{path}（{error}）") from error
    if rows != [("ok",)]:
        raise BackupError(f"备份文件校验未通过：{path}")


def backup_database(source: Path, target_dir: Path, label: str = "") -> Path:
    """Copy the database at `source` into `target_dir` as a new, verified file and return its path.

    The copy is written under a temporary name, checked with `integrity_check`, and only then given its
    final name, so a failed backup never leaves a file that looks good.
    """
    if not source.exists():
        raise BackupError(f"数据库文件不存在：{source}")
    target_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    suffix = f"-{label}" if label else ""
    final = _free_name(target_dir / f"orglife-{stamp}{suffix}.sqlite3")
    partial = final.with_name(final.name + ".part")
    src = sqlite3.connect(str(source))
    try:
        dst = sqlite3.connect(str(partial))
        try:
            src.backup(dst)
            # A copy of a WAL database is in WAL mode too; a backup is one self-contained file.
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    except sqlite3.Error as error:
        partial.unlink(missing_ok=True)
        raise BackupError(f"备份失败：{error}") from error
    finally:
        src.close()
    try:
        verify_sqlite_file(partial)
    except BackupError:
        partial.unlink(missing_ok=True)
        raise
    os.replace(partial, final)
    return final


def _free_name(path: Path) -> Path:
    candidate, n = path, 1
    while candidate.exists():
        n += 1
        candidate = path.with_name(f"{path.stem}-{n}{path.suffix}")
    return candidate
