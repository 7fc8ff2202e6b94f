"""恢复所选备份: the backup put in place of the database the window has open, after the clerk confirmed.

Everything typed is written first; then the restore runs on the write path (behind every write asked, off the UI
thread) with the window disabled, so nothing is typed into records about to be replaced. `models.restore`
backs up the current file and moves it aside (never deletes it), puts the backup in place and opens it again in
the same store; every page is then built again from the restored file. Refused, with the reason, when another
copy of the program has the file open, or when something could not be saved.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ui.errors import Notice, show_error
from ui.operations import Changes
from ui.words import sentence

if TYPE_CHECKING:
    from models.backup import BackupInfo
    from models.restore import Restored
    from ui.main_window import MainWindow


def _tr(text: str) -> str:
    return QCoreApplication.translate("RestoreBackup", text)


def confirmation(info: BackupInfo, database: Path) -> str:
    """What the clerk confirms: what the backup holds, and that the current file is kept aside."""
    return _tr(
        "用这份备份替换当前的数据库吗？\n\n备份：{0}\n\n"
        "当前的数据库不会删除：恢复前先另做一份经过校验的备份，再把文件“{1}”（连同它的 -wal、-shm）改名为"
        "“{1}.before-restore-…”留在原文件夹。恢复后，这份备份之后录入的内容不在数据库中，需要时可以再恢复回来。"
    ).format(sentence(info.describe()), database.name)


def restore_backup(window: MainWindow, info: BackupInfo, folder: Path | None,
                   done: Callable[[], None] | None = None) -> bool:
    """Ask, then restore `info` into the window's database (`folder`: where the backup of the current file goes).
    False when the clerk said no or something typed could not be saved first; the outcome is told when ready."""
    from models.db import sqlite_path
    from models.restore import restore_store

    ctx = window.ctx
    assert ctx is not None
    database = sqlite_path(ctx.store.engine.url)
    if database is None or not Notice.confirm(window, _tr("恢复备份"), confirmation(info, database)):
        return False
    for page in window.pages.values():
        page.save_now()
    ctx.writes.settle(60000)
    if any(page.unsaved() for page in window.pages.values()):
        Notice.warn(window, _tr("没有恢复"), _tr(
            "有内容未能保存到数据库，没有恢复。请先解决保存的问题（或把内容另存），再恢复备份。"))
        return False
    ctx.jobs.wait(10000)  # no read of the file is under way while it is replaced
    window.setEnabled(False)
    window.statusBar().showMessage(_tr("正在从备份恢复…"))

    def restored(result: Restored) -> None:
        window.setEnabled(True)
        window.reload_pages()
        kept = result.kept_aside.name if result.kept_aside is not None else ""
        window.statusBar().showMessage(_tr("已从备份恢复（{0}）").format(sentence(info.taken_text)), 20000)
        Notice.info(window, _tr("已恢复"), _tr("已从 {0} 的备份恢复。原来的数据库文件保留为“{1}”{2}。").format(
            sentence(info.taken_text), kept, _tr("，并另有一份备份") if result.safety_backup is not None else ""))
        if done is not None:
            done()

    def refused(error: Exception) -> None:
        window.setEnabled(True)
        window.statusBar().clearMessage()
        show_error(window, error)

    ctx.writes.run(lambda store: restore_store(store, info.path, folder), Changes(everything=True),
                   success=restored, failure=refused)
    return True
