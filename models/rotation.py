"""Backups that exist without being asked for: taken at most daily (and on exit), thinned out over time.

Kept: the newest backup of each of the last 7 days that have one, of each of the last 8 weeks, of each of the
last 12 months, and always the newest of all; the others the program made are removed, oldest first, and more of
them while the folder holds more than the size cap. Backups the clerk asked for (label "") are never removed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from models import keys
from models.backup import NOTE_SUFFIX, BackupError, BackupInfo, list_backups, newest_first_key, take_backup
from models.words import ERRORS, QT_TRANSLATE_NOOP, say

AUTO = "auto"


@dataclass(frozen=True)
class Retention:
    daily: int = 7
    weekly: int = 8
    monthly: int = 12
    max_bytes: int | None = 2 * 1024**3  # 2 GB of automatic backups at most


def due(folder: Path, now: datetime, every: timedelta = timedelta(days=1)) -> bool:
    """Whether an automatic backup is due: none yet, or the newest backup is older than `every`."""
    newest = next(iter(list_backups(folder)), None)
    return newest is None or now - newest.taken >= every


def auto_backup(database: Path, folder: Path, now: datetime | None = None, force: bool = False,
                retention: Retention = Retention()) -> BackupInfo | None:
    """Take an automatic backup of `database` into `folder` when one is due (or `force`, e.g. on exit), then
    thin the folder out. Returns the new backup, or None when none was due. BackupError when it fails."""
    moment = now or datetime.now()
    if not force and not due(folder, moment):
        return None
    info = take_backup(database, folder, AUTO, moment)
    prune(folder, moment, retention)
    return info


def keep(backups: list[BackupInfo], now: datetime, retention: Retention = Retention()) -> set[Path]:
    """Which of `backups` the rotation keeps."""
    kept = {b.path for b in backups if not b.automatic}
    auto = sorted((b for b in backups if b.automatic), key=newest_first_key, reverse=True)
    if auto:
        kept.add(auto[0].path)
    for count, bucket in ((retention.daily, _day), (retention.weekly, _week), (retention.monthly, _month)):
        seen: list[object] = []
        for b in auto:
            key = bucket(b.taken)
            if key in seen:
                continue
            if len(seen) >= count:
                break
            seen.append(key)
            kept.add(b.path)
    if retention.max_bytes is not None:
        total = sum(b.size for b in backups if b.path in kept)
        for b in reversed(auto[1:]):  # oldest first, never the newest
            if total <= retention.max_bytes:
                break
            if b.path in kept:
                kept.discard(b.path)
                total -= b.size
    return kept


def prune(folder: Path, now: datetime, retention: Retention = Retention()) -> list[Path]:
    """Remove the automatic backups the rotation does not keep; returns what was removed."""
    backups = list_backups(folder)
    kept = keep(backups, now, retention)
    removed = []
    for b in backups:
        if b.path not in kept:
            try:
                b.path.unlink()
                b.path.with_name(b.path.name + NOTE_SUFFIX).unlink(missing_ok=True)
                keys.note_path(b.path).unlink(missing_ok=True)
            except OSError as error:
                raise BackupError(say(QT_TRANSLATE_NOOP(
                    "errors", "无法删除过期的备份 {0}：{1}"),
                    b.path, error.strerror, context=ERRORS)) from error
            removed.append(b.path)
    return removed


def _day(t: datetime) -> object:
    return t.date()


def _week(t: datetime) -> object:
    return t.isocalendar()[:2]


def _month(t: datetime) -> object:
    return (t.year, t.month)
