"""After a file is saved: say where, and offer 打开文件 and 打开所在文件夹; when the system cannot open them, say so
(a folder on a network drive, no program for .xlsx) instead of doing nothing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from ui.errors import Notice

OPEN_FILE, OPEN_FOLDER = "file", "folder"


def _tr(text: str) -> str:
    return QCoreApplication.translate("SavedFile", text)


class SavedFile:
    """Tests replace `ask` (the choice) and `open_url` (the system's opening)."""

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, text: str) -> str | None:
        box = QMessageBox(QMessageBox.Icon.Information, title, text, parent=parent)
        open_file = box.addButton(_tr("打开文件"), QMessageBox.ButtonRole.AcceptRole)
        open_folder = box.addButton(_tr("打开所在文件夹"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(_tr("关闭"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        clicked = box.clickedButton()
        return OPEN_FILE if clicked is open_file else OPEN_FOLDER if clicked is open_folder else None

    @classmethod
    def open_url(cls, url: QUrl) -> bool:
        return QDesktopServices.openUrl(url)


def tell_saved(parent: QWidget | None, title: str, path: str | Path) -> None:
    """名册已保存到 …, then open the file or its folder if the clerk asks."""
    target = Path(path)
    choice = SavedFile.ask(parent, title, _tr("已保存到：{0}").format(target))
    if choice is None:
        return
    place = target if choice == OPEN_FILE else target.parent
    if not SavedFile.open_url(QUrl.fromLocalFile(str(place))):
        what = _tr("文件") if choice == OPEN_FILE else _tr("文件夹")
        text = _tr("系统无法打开这个{0}：{1}\n请在“文件资源管理器”中找到它打开。").format(what, place)
        Notice.warn(parent, _tr("无法打开"), text)
