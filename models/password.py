"""Setting, changing and removing the password lock: the database file re-encrypted as a whole.

Each change first takes a verified backup (`before-password`), then writes the database anew beside itself with
SQLCipher's `sqlcipher_export` (ATTACH … KEY), verifies the copy, and only then puts it in place; the old file is
replaced, never edited in place. The `-wal` is checkpointed into the file first, so nothing of the old file is
left beside the new one. The caller holds no connection to the file (the window closes its store first).

After the lock is set, the plain backups taken before are still plain: `plain_backups` lists them, and
`encrypt_backups` encrypts them with the new key (or the clerk removes them, `remove_backups`). The same goes
for backups under an older password when it is changed.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from models import dblock, health, keys, recovery, sqlfile
from models.backup import NOTE_SUFFIX, BackupError, BackupInfo, list_backups, take_backup, verify_sqlite_file
from models.faults import DatabaseError
from models.words import ERRORS, QT_TRANSLATE_NOOP, say

LABEL = "before-password"


@dataclass(frozen=True)
class Changed:
    database: Path
    backup: BackupInfo | None  # the verified backup taken first
    encrypted: bool  # the lock is now on


def set_password(database: Path, password: str, backups: Path | None) -> Changed:
    """Turn the lock on for a plain database, or change the password of an encrypted one (its key must be
    unlocked in this program). DatabaseError (Chinese) when refused; the file is as it was then."""
    old_key = keys.key_for(database)
    note, new_key = keys.new_key(password)
    done = _rewrite(database, old_key, new_key, note, backups)
    recovery.reseal_all(old_key, new_key)
    keys.use(new_key)
    return done


def remove_password(database: Path, backups: Path | None) -> Changed:
    """Turn the lock off: the database becomes a plain SQLite file again (its key must be unlocked)."""
    old_key = keys.key_for(database)
    if old_key is None:
        raise DatabaseError(say(QT_TRANSLATE_NOOP("errors", "该数据库没有设置密码锁。"), context=ERRORS))
    done = _rewrite(database, old_key, None, None, backups)
    recovery.reseal_all(old_key, None)
    keys.use(None)
    return done


def _rewrite(database: Path, old_key: bytes | None, new_key: bytes | None, note: keys.KeyNote | None,
             backups: Path | None) -> Changed:
    if not database.exists():
        raise DatabaseError(say(QT_TRANSLATE_NOOP("errors", "数据库文件不存在：{0}"), database, context=ERRORS))
    with dblock.acquire(database):
        if dblock.holders_in_process(database) > 1:
            raise DatabaseError(say(QT_TRANSLATE_NOOP(
                "errors", "数据库仍在本程序中打开，请先关闭它再更改密码。"),
                context=ERRORS))
        state = health.examine(database)
        if not state.ok:
            raise health.damaged(database, state)
        backup = take_backup(database, backups, LABEL) if backups is not None else None
        fresh = database.with_name(database.name + ".rekeying")
        _remove_with_sides(fresh)
        try:
            convert(database, old_key, fresh, new_key, checkpoint=True)
            verify_sqlite_file(fresh, key=new_key)
            _no_journal_left(database)
            if note is not None:
                keys.write_note(database, note)  # a plain file beside a note is still read as plain
            _fsync(fresh)
            os.replace(fresh, database)
            if note is None:
                keys.note_path(database).unlink(missing_ok=True)
        except BackupError as error:
            _remove_with_sides(fresh)
            raise DatabaseError(say(QT_TRANSLATE_NOOP(
                "errors", "更改密码失败，数据库没有改动：{0}"),
                error, context=ERRORS)) from error
        except BaseException:
            _remove_with_sides(fresh)
            raise
    return Changed(database, backup, new_key is not None)


def convert(source: Path, source_key: bytes | None, target: Path, target_key: bytes | None,
            checkpoint: bool = False) -> None:
    """Write the database at `source` (read with `source_key`, None for plain) as a new file `target` encrypted
    with `target_key` (None: plain), with its schema version. `target` must not exist."""
    import sqlcipher3

    connection = sqlcipher3.connect(str(source))
    sqlfile.quiet(connection)
    try:
        if source_key is not None:
            connection.execute(keys.pragma(source_key))
        if checkpoint:
            busy = connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            if busy and busy[0]:
                raise DatabaseError(say(QT_TRANSLATE_NOOP(
                    "errors", "数据库正被其他程序使用，无法更改密码。请关闭其他程序后重试。"),
                    context=ERRORS))
        version = connection.execute("PRAGMA user_version").fetchone()[0]
        attach_key = "''" if target_key is None else f"\"x'{target_key.hex()}'\""
        connection.execute(f"ATTACH DATABASE ? AS fresh KEY {attach_key}", (str(target),))
        connection.execute("SELECT sqlcipher_export('fresh')")
        connection.execute(f"PRAGMA fresh.user_version = {int(version)}")
        connection.execute("DETACH DATABASE fresh")
    except sqlfile.errors() as error:
        raise DatabaseError(say(QT_TRANSLATE_NOOP(
            "errors", "更改密码失败，数据库没有改动：{0}"),
            health_text(error), context=ERRORS)) from error
    finally:
        connection.close()


def health_text(error: BaseException) -> str:
    from models.faults import describe

    return describe(error) or str(error)


def _no_journal_left(database: Path) -> None:
    """After the checkpoint and close, the old file's `-wal` holds nothing: it and the `-shm` go with the file."""
    wal = database.with_name(database.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        raise DatabaseError(say(QT_TRANSLATE_NOOP(
            "errors", "数据库正被其他程序使用，无法更改密码。请关闭其他程序后重试。"),
            context=ERRORS))
    wal.unlink(missing_ok=True)
    database.with_name(database.name + "-shm").unlink(missing_ok=True)


def _fsync(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def _remove_with_sides(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)


# --- backups taken under another key (or none) ----------------------------------------------------------


def other_backups(folder: Path | None, database: Path) -> list[BackupInfo]:
    """The backups in `folder` not encrypted as `database` now is: plain ones once the lock is on, those under an
    older password after a change. (With the lock off there are none: plain backups are then what it has.)"""
    note = keys.read_note(database)
    if folder is None or note is None:
        return []
    found = []
    for info in list_backups(folder):
        theirs = keys.read_note(info.path)
        if theirs is None or theirs.salt != note.salt:
            found.append(info)
    return found


def encrypt_backups(backups: Iterable[BackupInfo], database: Path) -> list[Path]:
    """Encrypt each backup with the database's current key (its note beside it), verified, then put in place of
    the old one. A backup under an older password whose key is not unlocked here is left as it is."""
    note = keys.read_note(database)
    key = keys.key_for(database)
    if note is None or key is None:
        raise DatabaseError(say(QT_TRANSLATE_NOOP("errors", "该数据库没有设置密码锁。"), context=ERRORS))
    done = []
    for info in backups:
        try:
            old_key = keys.key_for(info.path)
        except keys.Locked:
            continue
        fresh = info.path.with_name(info.path.name + ".rekeying")
        _remove_with_sides(fresh)
        try:
            convert(info.path, old_key, fresh, key)
            verify_sqlite_file(fresh, key=key)
            keys.write_note(info.path, note)
            _fsync(fresh)
            os.replace(fresh, info.path)
            _mark_encrypted(info.path)
        except BaseException:
            _remove_with_sides(fresh)
            raise
        done.append(info.path)
    return done


def remove_backups(backups: Iterable[BackupInfo]) -> list[Path]:
    removed = []
    for info in backups:
        for path in (info.path, info.path.with_name(info.path.name + NOTE_SUFFIX), keys.note_path(info.path)):
            try:
                path.unlink(missing_ok=True)
            except OSError as error:
                raise BackupError(say(QT_TRANSLATE_NOOP(
                    "errors", "无法删除备份 {0}：{1}"),
                    path, error.strerror, context=ERRORS)) from error
        removed.append(info.path)
    return removed


def _mark_encrypted(backup: Path) -> None:
    note = backup.with_name(backup.name + NOTE_SUFFIX)
    try:
        data = json.loads(note.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return
    data["encrypted"] = True
    data["size"] = backup.stat().st_size
    partial = note.with_name(note.name + ".part")
    partial.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    os.replace(partial, note)
