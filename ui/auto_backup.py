"""Backups that exist without being asked for: one a day while the program runs, one when it closes, each
verified and thinned out over time (models.rotation), into the folder chosen in 设置 → 备份与恢复."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer

from models.backup import default_backup_folder
from models.db import sqlite_path
from ui import options
from ui.context import AppContext
from ui.words import told

FIRST_CHECK_MS = 60_000  # a minute after the start: never in the way of opening the program
CHECK_EVERY_MS = 3_600_000  # then every hour: a backup is taken when the newest is a day old


def backup_folder(database: Path) -> Path:
    chosen = options.BACKUP_FOLDER.get()
    return Path(chosen) if chosen else default_backup_folder(database)  # type: ignore[return-value]


class AutoBackup(QObject):
    """The daily backup of a window's database, taken behind the writes asked so far (it holds what was typed)."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.ctx = ctx
        self.database = sqlite_path(ctx.store.engine.url)  # None on a server: its backups are the server's
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.take_if_due)
        if self.database is not None:
            QTimer.singleShot(FIRST_CHECK_MS, self, self.take_if_due)
            self.timer.start(CHECK_EVERY_MS)

    def stop(self) -> None:
        """No backups of this database (示例数据)."""
        self.timer.stop()
        self.database = None

    def before_change(self, label: str = "before-import") -> Callable[[], object]:
        """For a write that changes many records at once (the roster's Excel import): call the result first, in
        that write, for a verified backup into the chosen folder. A backup that fails stops the change
        (BackupError, told to the clerk), as `import-json` does on the command line. Nothing for 示例数据."""
        database = self.database
        if database is None:
            return lambda: None
        folder = backup_folder(database)  # read here, on the UI thread
        from models.backup import take_backup

        return lambda: take_backup(database, folder, label)

    def take_if_due(self, force: bool = False) -> None:
        from models.rotation import auto_backup

        database = self.database
        if database is None:
            return
        folder = backup_folder(database)
        self.ctx.writes.after(lambda _store: auto_backup(database, folder, force=force), self._taken, self._failed)

    def _taken(self, info: object) -> None:
        if info is not None:
            self.ctx.message.emit(self.tr("已自动备份并校验：{0}").format(getattr(info, "path", "")))

    def _failed(self, error: Exception) -> None:
        """Told in the status bar, not in a dialog: the records are safe, only the copy is missing; the home
        page's reminder says so when it lasts a week."""
        from models import logbook

        logbook.fault(error, "auto backup")
        self.ctx.message.emit(self.tr("自动备份未完成：{0}").format(told(error)))


def backup_on_exit(database: Path | None) -> None:
    """The backup when the program closes (the window is gone, the store closed): failures are logged."""
    if database is None or not database.exists():
        return
    from models import logbook
    from models.rotation import auto_backup

    try:
        auto_backup(database, backup_folder(database), force=True)
    except Exception as error:  # the records are safe; the next start takes the backup — logged, never silent
        logbook.fault(error, "backup on exit")
