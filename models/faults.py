"""Errors of the database and the disk told in one plain Chinese sentence with what to do.

`DatabaseError` is what the clerk can act on (the UI shows its message, the command line prints it); its
subclasses say which kind of trouble it is, so a screen can offer the right next step (a reload, a backup,
saving elsewhere). `describe(error)` turns a raw SQLite or OS error into such a sentence — never
`database disk image is malformed` or a traceback; nor a server's `InsufficientPrivilege`.
"""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

from models.words import ERRORS, QT_TRANSLATE_NOOP, Words, say


class DatabaseError(Exception):
    """The database cannot be opened or used; the message tells the clerk what to do."""


class DiskFull(DatabaseError):
    """The disk (or the medium) holding the file has no room left; nothing of the failed write was kept."""


class ReadOnlyDatabase(DatabaseError):
    """The file, its folder or its medium cannot be written to: the records can be read, printed and exported."""


class DatabaseBusy(DatabaseError):
    """Another program holds the database file locked (a backup or sync tool, another copy of the program)."""


class NotPermitted(DatabaseError):
    """On a shared server the login may not make this change: a 党委 reader's login reads only, a clerk's writes
    its own branch only. Nothing of the change was kept."""


class DatabaseDamaged(DatabaseError):
    """The file is not an intact database of this program; it is left as it is and never written to.

    `problems` lists what the check found (for the details); `backups` holds the newest good backups
    (`models.backup.BackupInfo`, newest first) to offer for a restore.
    """

    def __init__(self, message: str, path: Path | None = None, problems: list[str] | None = None,
                 backups: list | None = None) -> None:
        super().__init__(message)
        self.path = path
        self.problems = problems or []
        self.backups = backups or []


# The sentences (models.words.Words: Chinese, shown translated in the UI through ui/words.told).
FULL = say(QT_TRANSLATE_NOOP("errors", "磁盘空间已满，这次的修改没有保存（之前已保存的记录都在）。"
                                       "请删除不需要的文件或换一个有空间的位置，然后重试。"), context=ERRORS)
READ_ONLY = say(QT_TRANSLATE_NOOP("errors", "数据库文件是只读的（文件、文件夹或所在的光盘/U 盘不允许写入），"
                                            "只能查看、打印和导出。如需修改，请把它复制到可写的位置再打开。"),
                context=ERRORS)
BUSY = say(QT_TRANSLATE_NOOP("errors", "数据库文件正被其他程序占用（例如备份或同步软件，或另一个组织生活记录本），"
                                       "请稍后重试；如一直如此，请关闭其他程序。"), context=ERRORS)
DAMAGED = say(QT_TRANSLATE_NOOP("errors", "数据库文件已损坏，程序没有对它做任何修改。"
                                          "请从备份恢复（设置 → 备份与恢复，或 restore 命令）。"), context=ERRORS)
NOT_PERMITTED = say(QT_TRANSLATE_NOOP("errors", "当前登录名无权做这项修改（党委的只读登录名只能查阅；"
                                                "书记员的登录名只能修改本支部的记录），这次的修改没有保存。"
                                                "如需修改，请用本支部书记员的登录名连接服务器（设置 → 数据库）。"),
                    context=ERRORS)
IO = say(QT_TRANSLATE_NOOP("errors", "读写数据库文件时出错（磁盘或 U 盘可能已拔出或有故障），这次的修改没有保存。"
                                     "请检查磁盘后重试。"), context=ERRORS)


def sqlite_code(error: BaseException) -> int | None:
    """The primary SQLite result code behind `error` (itself or the DB-API error SQLAlchemy wraps), if any."""
    orig = getattr(error, "orig", error)
    code = getattr(orig, "sqlite_errorcode", None)
    return None if code is None else code & 0xFF


INSUFFICIENT_PRIVILEGE = "42501"


def server_state(error: BaseException) -> str | None:
    """The SQLSTATE of a PostgreSQL error behind `error` (psycopg's `sqlstate`), if any."""
    return getattr(getattr(error, "orig", error), "sqlstate", None)


def classify(error: BaseException) -> type[DatabaseError] | None:
    """Which kind of trouble a raw error is, or None when it is not one of the environment's (a bug)."""
    if isinstance(error, DatabaseError):
        return type(error)
    if isinstance(error, OSError) and not isinstance(error, sqlite3.Error):
        if error.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
            return DiskFull
        if error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            return ReadOnlyDatabase
        return None
    if server_state(error) == INSUFFICIENT_PRIVILEGE:  # no grant, or a row-level security policy said no
        return NotPermitted
    code = sqlite_code(error)
    text = str(getattr(error, "orig", error)).lower()
    if code == sqlite3.SQLITE_FULL or "disk is full" in text:
        return DiskFull
    if code in (sqlite3.SQLITE_READONLY, sqlite3.SQLITE_CANTOPEN) or "readonly database" in text:
        return ReadOnlyDatabase
    if code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) or "database is locked" in text:
        return DatabaseBusy
    if (code in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB) or "malformed" in text or "not a database" in text
            or "no such table" in text or "no such column" in text):
        return DatabaseDamaged
    if code == sqlite3.SQLITE_IOERR or "disk i/o error" in text:
        return DatabaseError
    return None


MESSAGES = {DiskFull: FULL, ReadOnlyDatabase: READ_ONLY, DatabaseBusy: BUSY, DatabaseDamaged: DAMAGED,
            NotPermitted: NOT_PERMITTED, DatabaseError: IO}


def translate(error: BaseException) -> DatabaseError | None:
    """`error` as a DatabaseError with its plain Chinese sentence; None when it is a bug, to be reported as one."""
    if isinstance(error, DatabaseError):
        return error
    kind = classify(error)
    if kind is None:
        return None
    return kind(MESSAGES[kind])


def describe(error: BaseException) -> str | None:
    """The clerk's sentence for an environment error, or None for a bug."""
    translated = translate(error)
    return None if translated is None else str(translated)


def file_write_message(path: Path, error: OSError) -> Words | None:
    """The sentence for a file that could not be written because of the disk (full, read-only), or None when it
    is something else (on Windows most often: the file is open in Word or another program)."""
    if error.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return say(QT_TRANSLATE_NOOP("errors", "无法保存“{0}”：磁盘空间已满。"
                                               "请删除不需要的文件或换一个有空间的位置，然后重试。"),
                   path.name, context=ERRORS)
    if error.errno == errno.EROFS:
        return say(QT_TRANSLATE_NOOP("errors", "无法保存“{0}”：该位置是只读的（光盘或写保护的 U 盘）。"
                                               "请换一个保存位置。"), path.name, context=ERRORS)
    return None
