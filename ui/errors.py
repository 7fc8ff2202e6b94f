"""Errors the clerk can fix get a Chinese message saying what to do; bugs get a crash dialog with details.

Every message box goes through `Notice`, so tests replace its methods instead of fighting modal dialogs.
"""

from __future__ import annotations

import sys
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

translate = QCoreApplication.translate  # a plain name lupdate reads with its context

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

# Message boxes and the crash dialog are imported when first needed: this module is imported before the main
# window shows, and making Qt's dialog classes ready costs the start a few milliseconds.


def user_errors() -> tuple[type[BaseException], ...]:
    """Errors the clerk can fix. Imported here, not at the top: models.db brings SQLAlchemy and models.roster
    the Excel reader, and this module is imported before the main window shows, long before any error."""
    from exports.errors import ExportError
    from models.backup import BackupError
    from models.db import DatabaseError
    from models.roster.errors import RosterFileError
    from models.storage.errors import RecordConflict, RecordLocked, RecordNotFound

    return (RecordConflict, RecordLocked, RecordNotFound, DatabaseError, BackupError, RosterFileError, ExportError,
            OSError)


class Notice:
    """Message boxes. Tests replace these class methods."""

    @classmethod
    def warn(cls, parent: QWidget | None, title: str, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(parent, title, text)

    @classmethod
    def info(cls, parent: QWidget | None, title: str, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(parent, title, text)

    @classmethod
    def confirm(cls, parent: QWidget | None, title: str, text: str) -> bool:
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(parent, title, text, QMessageBox.StandardButton.Yes
                                      | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes


def user_message(error: Exception) -> str:
    from models.roster.errors import RosterFileError
    from models.storage.errors import RecordConflict
    from ui.words import sentence, told

    if isinstance(error, RecordConflict):
        return "\n".join(sentence(e) for e in error.errors)
    if isinstance(error, PermissionError):
        return QCoreApplication.translate(
            "Errors", "没有权限写入文件：{0}。请先关闭在其他程序中打开的该文件，或换一个保存位置。"
        ).format(error.filename or "")
    if isinstance(error, OSError) and not isinstance(error, RosterFileError):
        if error.errno == 28:
            return QCoreApplication.translate("Errors", "磁盘空间不足。请清理磁盘后再试，已输入的内容仍在窗口中。")
        return QCoreApplication.translate("Errors", "文件操作失败：{0}").format(error.strerror or str(error))
    return told(error)


def in_words(error: BaseException) -> BaseException:
    """A raw database error that reached the screen without passing the store's translation (a server's refusal,
    a full disk) as the DatabaseError the clerk can read; anything else as it is."""
    from sqlalchemy.exc import DBAPIError

    if not isinstance(error, DBAPIError):
        return error
    from models.faults import translate

    return translate(error) or error


def show_error(parent: QWidget | None, error: BaseException) -> None:
    """Tell the clerk what went wrong: a plain message for what they can fix, the crash dialog for bugs."""
    error = in_words(error)
    if isinstance(error, user_errors()):
        Notice.warn(parent, translate("Errors", "无法完成操作"), user_message(error))
    else:
        from ui.dialogs.crash import CrashDialog

        CrashDialog.report(parent, error)


def install_excepthook() -> None:
    """Uncaught exceptions in slots go to the crash dialog instead of vanishing in a console nobody sees."""

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if QApplication.instance() is None or isinstance(error, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        show_error(QApplication.activeWindow(), error.with_traceback(tb))

    sys.excepthook = hook
