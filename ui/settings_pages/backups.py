"""备份与恢复: where the automatic backups go (a USB stick if the clerk likes), the backups there with what each
holds, a backup now, and 恢复所选备份… (ui.restore_backup: after a confirmation, the current file kept aside)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QListWidget, QPushButton, QWidget

from models.backup import BackupInfo, default_backup_folder, list_backups, take_backup
from models.db import sqlite_path
from ui import options
from ui.context import AppContext
from ui.errors import show_error
from ui.settings_pages.base import OptionsPage
from ui.words import sentence


class BackupsPage(OptionsPage):
    NAME = "backups"
    TITLE = QT_TRANSLATE_NOOP("BackupsPage", "备份与恢复")
    OPTIONS = (options.BACKUP_FOLDER,)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.database = sqlite_path(ctx.store.engine.url)  # None on a server: its backups are the server's own
        self.folder = QLineEdit()
        self.folder.setPlaceholderText(str(self.default_folder() or ""))
        self.form.addRow(self.tr("备份文件夹"), self.folder)
        note = QLabel(self.tr(
            "程序每天自动备份一次（退出时也备份），并逐步精简：保留最近 7 天每天一份、8 周每周一份、12 个月每月一份。"
            "每份备份都经过校验。可以把备份文件夹设在 U 盘上，防止电脑损坏时一起丢失。"))
        note.setObjectName("hint")
        note.setWordWrap(True)
        self.form.addRow(note)
        self.list = QListWidget()
        self.form.addRow(self.tr("已有的备份"), self.list)
        self.list.currentRowChanged.connect(lambda _row: self._enable_restore())
        self.backup_button = QPushButton(self.tr("立即备份"))
        self.backup_button.clicked.connect(self.backup_now)
        self.restore_button = QPushButton(self.tr("恢复所选备份…"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.restore_button.setEnabled(False)
        row = QHBoxLayout()
        row.addWidget(self.backup_button)
        row.addWidget(self.restore_button)
        row.addStretch(1)
        self.form.addRow(row)
        restore = QLabel(self.tr(
            "恢复：用所选备份替换当前数据库。恢复前，程序先把当前的数据库另做一份备份，再把它改名留在原处，不会删除"
            "任何文件。另一处正在打开这个数据库时，恢复会被拒绝。"))
        restore.setObjectName("hint")
        restore.setWordWrap(True)
        self.form.addRow(restore)
        if self.database is None:
            self.backup_button.setEnabled(False)
            note.setText(self.tr("数据保存在服务器上：备份由服务器负责（例如 pg_dump），请与管理服务器的同志联系。"))
            restore.setVisible(False)
        self.outer.addStretch(1)
        self.shown: list[BackupInfo] = []
        self._generation = 0

    def default_folder(self) -> Path | None:
        return default_backup_folder(self.database)

    def chosen_folder(self) -> Path | None:
        text = self.folder.text().strip()
        return Path(text) if text else self.default_folder()

    def load(self) -> None:
        self.folder.setText(options.BACKUP_FOLDER.get())
        self.reload()

    def reload(self) -> None:
        folder = self.chosen_folder()
        self._generation += 1
        generation = self._generation
        self.ctx.jobs.run(lambda: list_backups(folder) if folder is not None else [],
                          lambda backups: self._show(backups) if generation == self._generation else None)

    def _show(self, backups: list[BackupInfo]) -> None:
        """The backups of the latest folder asked for (an earlier reading, finishing later, is dropped)."""
        self.shown = backups
        self.list.clear()
        for info in backups:
            self.list.addItem(sentence(info.describe()) + ("" if info.automatic else self.tr("（手动）")))
        if not backups:
            self.list.addItem(self.tr("还没有备份。"))
        self._enable_restore()

    def selected(self) -> BackupInfo | None:
        row = self.list.currentRow()
        return self.shown[row] if 0 <= row < len(self.shown) else None

    def restorable(self) -> bool:
        """A backup may be put in place: the clerk's own SQLite file (not 示例数据, whose backups are not taken,
        nor a server's)."""
        auto = self.ctx.auto_backup
        return self.database is not None and (auto is None or auto.database is not None)

    def _enable_restore(self) -> None:
        self.restore_button.setEnabled(self.restorable() and self.selected() is not None)

    def restore_selected(self) -> None:
        """恢复所选备份…: confirmed, then run on the write path; the list shows the backup taken before it."""
        from ui.main_window import MainWindow
        from ui.restore_backup import restore_backup

        info, window = self.selected(), self.window()
        if info is None or not isinstance(window, MainWindow) or not self.restorable():
            return
        restore_backup(window, info, self.chosen_folder(), self.reload)

    def check(self) -> str | None:
        folder = self.folder.text().strip()
        if folder and not Path(folder).parent.exists():
            return self.tr("备份文件夹所在的位置不存在：{0}。请检查 U 盘是否已插好，或另选文件夹。").format(folder)
        return None

    def save(self) -> None:
        text = self.folder.text().strip()
        if text != options.BACKUP_FOLDER.get():
            options.BACKUP_FOLDER.set(text)

    def backup_now(self) -> None:
        folder, database = self.chosen_folder(), self.database
        if folder is None or database is None:
            return
        # behind the saves asked so far: the backup holds what was just typed
        self.ctx.writes.after(lambda _store: take_backup(database, folder),
                              lambda info: (self.ctx.message.emit(self.tr("已备份并校验：{0}").format(info.path)),
                                            self.reload()),
                              lambda error: show_error(self, error))
