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
    def ask(cls, parent: QWidget | None, title: str, text: str, folder: bool = False) -> str | None:
        """OPEN_FILE, OPEN_FOLDER or None (关闭). For files saved into a folder (`folder`), only 打开文件夹."""
        box, open_file, open_folder = cls.box(parent, title, text, folder)
        box.exec()
        clicked = box.clickedButton()
        return OPEN_FILE if open_file is not None and clicked is open_file else \
            OPEN_FOLDER if clicked is open_folder else None

    @staticmethod
    def box(parent: QWidget | None, title: str, text: str, folder: bool = False):
        """The message box and its 打开文件 (None for a folder) and 打开所在文件夹 / 打开文件夹 buttons."""
        box = QMessageBox(QMessageBox.Icon.Information, title, text, parent=parent)
        open_file = None if folder else box.addButton(_tr("打开文件"), QMessageBox.ButtonRole.AcceptRole)
        open_folder = box.addButton(_tr("打开文件夹") if folder else _tr("打开所在文件夹"),
                                    QMessageBox.ButtonRole.ActionRole)
        box.addButton(_tr("关闭"), QMessageBox.ButtonRole.RejectRole)
        return box, open_file, open_folder

    @classmethod
    def open_url(cls, url: QUrl) -> bool:
        return QDesktopServices.openUrl(url)


def open_place(parent: QWidget | None, place: str | Path, is_folder: bool) -> bool:
    """Open a file or a folder with the system; when the system cannot, say so and where it is."""
    if SavedFile.open_url(QUrl.fromLocalFile(str(place))):
        return True
    what = _tr("文件夹") if is_folder else _tr("文件")
    text = _tr("系统无法打开这个{0}：{1}\n请在“文件资源管理器”中找到它打开。").format(what, place)
    Notice.warn(parent, _tr("无法打开"), text)
    return False


def tell_saved(parent: QWidget | None, title: str, path: str | Path, text: str | None = None) -> None:
    """已保存到 … (or `text`), then open the file or its folder if the clerk asks. A folder (files saved into it,
    such as 导出所选为 PDF) offers 打开文件夹."""
    target = Path(path)
    folder = target.is_dir()
    choice = SavedFile.ask(parent, title, text or _tr("已保存到：{0}").format(target), folder=folder)
    if choice is None:
        return
    if folder:
        open_place(parent, target, True)
    elif choice == OPEN_FILE:
        open_place(parent, target, False)
    else:
        open_place(parent, target.parent, True)
