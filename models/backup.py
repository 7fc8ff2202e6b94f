"""Verified copies of a SQLite database, taken live (works under WAL), each with a note of what it holds.

A backup is `orglife-YYYYMMDD-HHMMSS[_N][-label].sqlite3`, one self-contained file (journal mode DELETE), written
under a temporary name, checked with `integrity_check` and `foreign_key_check`, and only then given its name, so a
failed backup never leaves a file that looks good. A second backup in the same second gets `_2`, `_3` … (the name
is reserved by creating its temporary file exclusively, so two programs backing up at once never share one), and
backups sort by the time taken, then by that number. Beside it, `….sqlite3.json` says when it was taken and what it
holds (branch, people, meetings, talks, size): the list of backups is read from these notes, never by opening a
backup as a live database. Restoring is in `models.restore`, rotation in `models.rotation`.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from models import keys, sqlfile
from models.paths import backup_dir, default_database_path
from models.words import ERRORS, QT_TRANSLATE_NOOP, Day, Words, say, word

NOTE_SUFFIX = ".json"
PREFIX = "orglife-"
PART_SUFFIX = ".part"
# orglife-20261201-203500_2-before-restore.sqlite3: the second, the number within it, the label
_NAME = re.compile(r"(\d{8}-\d{6})(?:_(\d+))?(?:-(.+))?")


class BackupError(Exception):
    """A backup could not be made or did not verify; the message is for the clerk."""


@dataclass(frozen=True)
class BackupInfo:
    """One backup as the 备份与恢复 page and the `backups` command list it."""

    path: Path
    taken: datetime
    label: str  # "" (asked for), auto, before-import, before-restore, before-upgrade-0003 …
    size: int  # bytes
    branch: str
    people: int
    meetings: int
    talks: int
    schema: str | None  # the schema revision it is at
    sequence: int = 1  # 2, 3 … for a further backup taken in the same second (the _N of its name)

    @property
    def taken_text(self) -> Words:
        """The time it was taken as the clerk reads it: 2026年12月1日 20:35."""
        t = self.taken
        return say(QT_TRANSLATE_NOOP("rules", "{0} {1}"), Day.of(t), f"{t:%H:%M}")

    @property
    def automatic(self) -> bool:
        """Made by the program (on its own or before a change), so rotation may remove it in time."""
        return self.label != ""

    def describe(self) -> Words:
        """e.g. 2026年12月1日 20:35　第一党支部：人员 23 人，会议 12 次，谈话 30 次（0.4 MB)"""
        branch = self.branch or word(QT_TRANSLATE_NOOP("vocabulary", "（无支部）"))
        return say(QT_TRANSLATE_NOOP("rules", "{0}　{1}：人员 {2} 人，会议 {3} 次，谈话 {4} 次（{5} MB）"),
                   self.taken_text, branch, self.people, self.meetings, self.talks, f"{self.size / 1_048_576:.1f}")


def default_backup_folder(database: Path | None) -> Path | None:
    """Where the backups of `database` go unless the clerk chose a folder: the data folder's `backups` for the
    default database, a `backups` folder beside any other file."""
    if database is None:
        return None
    return backup_dir() if database == default_database_path() else database.parent / "backups"


def verify_sqlite_file(path: Path, full: bool = True, key: bytes | None = None) -> None:
    """Raise BackupError unless the file is a SQLite database whose integrity (and foreign keys) check passes.
    An encrypted one is read with `key`, else with the key of its key note (unlocked in this program)."""
    try:
        if key is None:
            key = keys.key_for(path)
    except keys.Locked as error:
        raise BackupError(say(QT_TRANSLATE_NOOP(
            "errors", "备份文件用另一个密码加密，现在无法校验：{0}"),
            path, context=ERRORS)) from error
    try:
        con = sqlfile.connect(path, f"{path.resolve().as_uri()}?mode=ro", key=key)
        try:
            rows = con.execute("PRAGMA integrity_check" if full else "PRAGMA quick_check").fetchall()
            broken = con.execute("PRAGMA foreign_key_check").fetchmany(1) if rows == [("ok",)] else []
        finally:
            con.close()
    except sqlfile.database_errors() as error:
        raise BackupError(say(QT_TRANSLATE_NOOP(
            "errors", "备份文件无法读取或已损坏：{0}"),
            path, context=ERRORS)) from error
    if rows != [("ok",)] or broken:
        raise BackupError(say(QT_TRANSLATE_NOOP("errors", "备份文件校验未通过（已损坏）：{0}"), path, context=ERRORS))


def backup_database(source: Path, target_dir: Path, label: str = "") -> Path:
    """Copy the database at `source` into `target_dir` as a new, verified file and return its path."""
    return take_backup(source, target_dir, label).path


def take_backup(source: Path, target_dir: Path, label: str = "", now: datetime | None = None) -> BackupInfo:
    """A verified backup of `source` in `target_dir` with its note; BackupError (Chinese) when it fails.

    The source is read through SQLite's online backup, so it may be open and in use (WAL). A damaged source
    gives no backup: the copy would not verify, and the older backups are left as they are.
    """
    if not source.exists():
        raise BackupError(say(QT_TRANSLATE_NOOP("errors", "数据库文件不存在：{0}"), source, context=ERRORS))
    try:
        target_dir.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise BackupError(say(QT_TRANSLATE_NOOP(
            "errors", "无法创建备份文件夹 {0}：{1}"),
            target_dir, _os_reason(error), context=ERRORS)) from error
    taken = now or datetime.now()
    final, sequence = _reserve(target_dir, taken, label)
    partial = final.with_name(final.name + PART_SUFFIX)
    note = keys.read_note(source)  # with the password lock: the backup is encrypted with the same key
    key = keys.key_for(source)
    try:
        _copy(source, partial, key)
        verify_sqlite_file(partial, key=key)
        info = _info_of(partial, taken, label, final, sequence, key)
        _write_note(final, info, encrypted=key is not None)
        if note is not None:
            keys.write_note(final, note)
        os.replace(partial, final)
    except BackupError:
        partial.unlink(missing_ok=True)
        raise
    except (OSError, *sqlfile.errors()) as error:
        partial.unlink(missing_ok=True)
        _note_path(final).unlink(missing_ok=True)
        keys.note_path(final).unlink(missing_ok=True)
        raise BackupError(say(QT_TRANSLATE_NOOP("errors", "备份失败：{0}"), _reason(error), context=ERRORS)) from error
    return info


def _copy(source: Path, partial: Path, key: bytes | None) -> None:
    from models.faults import DatabaseDamaged, classify
    from models.health import reader_uri

    src = sqlfile.connect(source, reader_uri(source.resolve()), key=key)
    try:
        try:
            problems = src.execute("PRAGMA quick_check(1)").fetchall()
        except sqlfile.database_errors() as error:
            if classify(error) is not DatabaseDamaged:
                raise
            problems = [(str(error),)]
        if problems != [("ok",)]:
            raise BackupError(say(QT_TRANSLATE_NOOP(
                "errors", "数据库文件已损坏，没有备份（以前的备份都保留着）。请从完好的备份恢复。"),
                context=ERRORS))
        dst = sqlfile.connect(partial, key=key) if key is not None else sqlite3.connect(str(partial))
        try:
            src.backup(dst)
            # A copy of a WAL database is in WAL mode too; a backup is one self-contained file.
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    finally:
        src.close()


def _reason(error: BaseException) -> str:
    from models.faults import describe

    if isinstance(error, OSError) and not isinstance(error, sqlfile.errors()):
        return _os_reason(error)
    return describe(error) or str(error)


def _os_reason(error: OSError) -> str:
    from models.faults import describe

    return describe(error) or (error.strerror or str(error))


def read_contents(path: Path, key: bytes | None = None) -> dict:
    """What a database file holds (branch, people, meetings, talks, schema), read with `immutable=1`: no lock, no
    journal, nothing written — safe for a backup on a CD or a stick that is write-protected."""
    con = sqlfile.connect(path, f"{path.resolve().as_uri()}?mode=ro&immutable=1", key=key)
    try:
        def one(sql: str) -> object:
            try:
                return con.execute(sql).fetchone()[0]
            except (*sqlfile.errors(), TypeError):
                return None

        return {
            "branch": one("SELECT name FROM branch ORDER BY id LIMIT 1") or "",
            "people": one("SELECT count(*) FROM person") or 0,
            "meetings": one("SELECT count(*) FROM meeting") or 0,
            "talks": one("SELECT count(*) FROM talk") or 0,
            "schema": one("SELECT version_num FROM alembic_version"),
        }
    finally:
        con.close()


def _info_of(copy: Path, taken: datetime, label: str, final: Path, sequence: int, key: bytes | None) -> BackupInfo:
    c = read_contents(copy, key)
    return BackupInfo(final, taken, label, copy.stat().st_size, str(c["branch"]), int(c["people"]),
                      int(c["meetings"]), int(c["talks"]), c["schema"], sequence)  # type: ignore[arg-type]


def _note_path(backup: Path) -> Path:
    return backup.with_name(backup.name + NOTE_SUFFIX)


def _write_note(final: Path, info: BackupInfo, encrypted: bool = False) -> None:
    note = {
        "taken": info.taken.isoformat(), "sequence": info.sequence, "label": info.label, "size": info.size,
        "branch": info.branch, "people": info.people, "meetings": info.meetings, "talks": info.talks,
        "schema": info.schema, "verified": True, "encrypted": encrypted,
    }
    path = _note_path(final)
    partial = path.with_name(path.name + ".part")
    partial.write_text(json.dumps(note, ensure_ascii=False, indent=1), encoding="utf-8")
    os.replace(partial, path)


def list_backups(folder: Path) -> list[BackupInfo]:
    """The backups in `folder`, newest first, from their notes (a backup without a note is read, immutable)."""
    if not folder.is_dir():
        return []
    found = []
    for path in folder.glob(f"{PREFIX}*.sqlite3"):
        info = _from_note(path) or _from_file(path)
        if info is not None:
            found.append(info)
    return sorted(found, key=newest_first_key, reverse=True)


def newest_first_key(info: BackupInfo) -> tuple:
    """The order of backups (reversed: newest first): when taken, then the number within the same second."""
    return info.taken, info.sequence, info.path.name


def _from_note(path: Path) -> BackupInfo | None:
    try:
        note = json.loads(_note_path(path).read_text(encoding="utf-8"))
        return BackupInfo(path, datetime.fromisoformat(note["taken"]), str(note.get("label", "")),
                          path.stat().st_size, str(note.get("branch", "")), int(note["people"]),
                          int(note["meetings"]), int(note["talks"]), note.get("schema"),
                          int(note.get("sequence") or _name_parts(path)[1]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _name_parts(path: Path) -> tuple[datetime, int, str]:
    """When, which number within that second, and the label, read from a backup's name (ValueError if none)."""
    found = _NAME.fullmatch(path.name[len(PREFIX):-len(".sqlite3")])
    if found is None:
        raise ValueError(path.name)
    return datetime.strptime(found[1], "%Y%m%d-%H%M%S"), int(found[2] or 1), found[3] or ""


def _sequence_of(name: str) -> int:
    found = _NAME.match(name[len(PREFIX):])
    return int(found[2] or 1) if found is not None else 0


def _from_file(path: Path) -> BackupInfo | None:
    try:
        taken, sequence, label = _name_parts(path)
        c = read_contents(path)
    except (ValueError, OSError, keys.Locked, *sqlfile.errors()):
        return None
    return BackupInfo(path, taken, label, path.stat().st_size, str(c["branch"]), int(c["people"]),
                      int(c["meetings"]), int(c["talks"]), c["schema"], sequence)  # type: ignore[arg-type]


def good_backups_for(database: Path, folder: Path | None = None, limit: int = 3) -> list[BackupInfo]:
    """The newest backups of `database` that verify (integrity check), newest first, at most `limit`."""
    where = folder or default_backup_folder(database)
    good: list[BackupInfo] = []
    for info in list_backups(where) if where is not None else []:
        try:
            verify_sqlite_file(info.path)
        except BackupError:
            continue
        good.append(info)
        if len(good) >= limit:
            break
    return good


def _reserve(folder: Path, taken: datetime, label: str) -> tuple[Path, int]:
    """A name no other backup has or is being written under, numbered after every backup of the same second
    (whatever its label, even one since removed by the rotation would not be: the newest has the highest number);
    its temporary file is created exclusively as the reservation. Holding the temporary file and then finding the
    final name free is race-free: another writer of that name would have had to hold the same temporary file."""
    suffix = f"-{label}" if label else ""
    second = f"{taken:%Y%m%d-%H%M%S}"
    first = 1 + max((_sequence_of(p.name) for p in folder.glob(f"{PREFIX}{second}*")), default=0)
    for sequence in range(first, first + 10_000):
        number = f"_{sequence}" if sequence > 1 else ""
        final = folder / f"{PREFIX}{second}{number}{suffix}.sqlite3"
        partial = final.with_name(final.name + PART_SUFFIX)
        if final.exists():
            continue
        try:
            os.close(os.open(partial, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
        except FileExistsError:
            continue
        except OSError as error:
            raise BackupError(say(QT_TRANSLATE_NOOP(
                "errors", "备份失败：{0}"),
                _os_reason(error), context=ERRORS)) from error
        if final.exists():  # finished by another writer between the two looks
            partial.unlink(missing_ok=True)
            continue
        return final, sequence
    raise BackupError(say(QT_TRANSLATE_NOOP("errors", "备份失败：同一秒内的备份过多（{0}）"), folder, context=ERRORS))
