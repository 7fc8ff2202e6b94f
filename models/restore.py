"""Putting a backup back in place of the database, the current file kept aside first.

A SQLite database in WAL mode is the file *and* its `-wal` (committed changes not yet copied into the file) and
`-shm`. Copying a backup over the file while a `-wal` lies beside it makes SQLite apply that `-wal` — from the
old database — to the restored file on the next open, and the result is damaged. So the current file is moved
aside together with its `-wal` and `-shm` (the three stay a consistent set, never deleted), and only then is the
backup copied in under a temporary name, verified, and renamed into place.

A restore takes the database's lock (`models.dblock`): it is refused while another copy of the program, or a
store of this one, has the file open. The window restores the file it has open with `restore_store`: the store
lets go of the file for the moment of the restore (holding the lock all along, so no other copy can take the file
meanwhile) and then works on the restored file.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from models import dblock, health, keys, sqlfile
from models.backup import BackupError, BackupInfo, default_backup_folder, take_backup, verify_sqlite_file
from models.revision import SCHEMA_HEAD
from models.words import ERRORS, QT_TRANSLATE_NOOP, say

if TYPE_CHECKING:
    from models.services import Store

SIDE_FILES = ("-wal", "-shm", "-journal", keys.NOTE_SUFFIX)  # the key note goes with the file it belongs to


@dataclass(frozen=True)
class Restored:
    database: Path
    kept_aside: Path | None  # the file that was in place, renamed (with its -wal and -shm beside it)
    safety_backup: BackupInfo | None  # a verified backup of it taken first, when it was intact


def restore(backup: Path, database: Path, backups_folder: Path | None = None, now: datetime | None = None, *,
            held: dblock.DatabaseLock | None = None) -> Restored:
    """Replace `database` with the verified copy `backup`. BackupError (Chinese) when refused or failed;
    DatabaseInUse when the file is open elsewhere. Nothing is deleted. `held`: the caller's own holder of the
    database's lock (`restore_store`), the one other holder allowed in this process.

    An encrypted backup (password lock) is restored with its key note, and opens with the password it was
    made under; a plain backup restored in place of an encrypted database makes it a plain one again."""
    verify_sqlite_file(backup)
    _refuse_unless_ours(backup)
    moment = now or datetime.now()
    with dblock.acquire(database) as lock:
        if dblock.holders_in_process(database) > (2 if held is not None and held.held else 1):
            raise BackupError(say(QT_TRANSLATE_NOOP(
                "errors", "数据库仍在本程序中打开，请先关闭它再恢复。"),
                context=ERRORS))
        safety = None
        if database.exists() and health.examine(database).ok:
            folder = backups_folder or default_backup_folder(database)
            assert folder is not None
            safety = take_backup(database, folder, "before-restore", moment)
        aside = _move_aside(database, moment) if database.exists() else None
        try:
            _put_in_place(backup, database)
        except BaseException:
            if aside is not None:
                _move_back(aside, database)
            raise
        assert lock.held
    return Restored(database, aside, safety)


def restore_store(store: Store, backup: Path, backups_folder: Path | None = None,
                  now: datetime | None = None) -> Restored:
    """Restore `backup` into the SQLite file `store` has open, then let `store` work on the restored file (on the
    file as it was when the restore is refused or fails). BackupError or DatabaseInUse (Chinese) when refused."""
    from models.db import DatabaseError, is_read_only, open_database, sqlite_path

    database = sqlite_path(store.engine.url)
    if database is None:
        raise BackupError(say(QT_TRANSLATE_NOOP(
            "errors", "数据保存在服务器上，请用服务器自带的工具恢复（例如 pg_restore）。"),
            context=ERRORS))
    verify_sqlite_file(backup)  # refused before the store lets go of anything
    _refuse_unless_ours(backup)
    try:
        held = dblock.acquire(database)  # a window opened read-only holds no lock: another copy may have it
    except dblock.DatabaseInUse as error:
        raise BackupError(say(QT_TRANSLATE_NOOP("errors", "没有恢复：{0}"), error, context=ERRORS)) from error
    try:
        read_only = is_read_only(store.engine)
        store.replace_engine(_closed_engine()).dispose()  # the store's own holder of the lock goes with it
        try:
            return restore(backup, database, backups_folder, now, held=held)
        finally:
            try:
                store.replace_engine(open_database(database, read_only=read_only))
            except DatabaseError as error:  # the file is in place; this program cannot go on with it
                raise BackupError(say(QT_TRANSLATE_NOOP(
                    "errors", "数据库已恢复，但无法重新打开：{0}请关闭程序后重新打开。"),
                    error, context=ERRORS)) from error
    finally:
        held.release()


def _closed_engine():  # type: ignore[no-untyped-def]
    """What the store works on while the file is being replaced: a read that comes meanwhile is told to wait,
    and no connection can make an empty file where the database is about to be put."""
    from sqlalchemy import create_engine

    from models.faults import DatabaseError

    def refuse() -> None:
        raise DatabaseError(say(QT_TRANSLATE_NOOP("errors", "正在从备份恢复数据库，请稍候再试。"), context=ERRORS))

    return create_engine("sqlite://", creator=refuse)


def _refuse_unless_ours(backup: Path) -> None:
    try:
        con = sqlfile.connect(backup, f"{backup.resolve().as_uri()}?mode=ro")
        try:
            revision = con.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            con.close()
    except sqlfile.errors():
        revision = None
    if revision is None:
        raise BackupError(say(QT_TRANSLATE_NOOP(
            "errors", "该文件不是组织生活记录本的数据库或备份：{0}"),
            backup, context=ERRORS))
    from models.migrate import known_revisions

    if revision[0] != SCHEMA_HEAD and revision[0] not in known_revisions():
        raise BackupError(say(QT_TRANSLATE_NOOP(
            "errors", "该备份由更新版本的组织生活记录本创建，请先升级本程序再恢复。"),
            context=ERRORS))


def aside_name(database: Path, moment: datetime) -> Path:
    base = database.with_name(f"{database.name}.before-restore-{moment:%Y%m%d-%H%M%S}")
    candidate, n = base, 1
    while candidate.exists():
        n += 1
        candidate = base.with_name(f"{base.name}-{n}")
    return candidate


def _move_aside(database: Path, moment: datetime) -> Path:
    aside = aside_name(database, moment)
    try:
        for suffix in SIDE_FILES:
            side = database.with_name(database.name + suffix)
            if side.exists():
                os.replace(side, aside.with_name(aside.name + suffix))
        os.replace(database, aside)
    except OSError as error:
        raise BackupError(say(QT_TRANSLATE_NOOP(
            "errors", "无法把当前数据库文件移到一旁（{0}），没有恢复。"),
            error.strerror, context=ERRORS)) from error
    return aside


def _move_back(aside: Path, database: Path) -> None:
    for suffix in SIDE_FILES:
        side = aside.with_name(aside.name + suffix)
        if side.exists():
            os.replace(side, database.with_name(database.name + suffix))
    os.replace(aside, database)


def _put_in_place(backup: Path, database: Path) -> None:
    partial = database.with_name(database.name + ".restoring")
    note = keys.read_note(backup)
    try:
        shutil.copyfile(backup, partial)
        with open(partial, "rb+") as handle:
            os.fsync(handle.fileno())
        verify_sqlite_file(partial, key=keys.key_for(backup))
        for suffix in SIDE_FILES:  # nothing of another database may lie beside the restored one
            if database.with_name(database.name + suffix).exists():
                raise BackupError(say(QT_TRANSLATE_NOOP(
                    "errors", "数据库旁边仍有 {0}{1} 文件，没有恢复。"),
                    database.name, suffix, context=ERRORS))
        if note is not None:
            keys.write_note(database, note)
        os.replace(partial, database)
    except OSError as error:
        partial.unlink(missing_ok=True)
        from models.faults import describe

        raise BackupError(say(QT_TRANSLATE_NOOP(
            "errors", "恢复失败：{0}"),
            describe(error) or error.strerror, context=ERRORS)) from error
    except BackupError:
        partial.unlink(missing_ok=True)
        raise
