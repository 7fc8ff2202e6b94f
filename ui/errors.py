"""Errors the clerk can fix get a Chinese message saying what to do; bugs get a crash dialog with details.

Every message box goes through `Notice`, so tests replace its methods instead of fighting modal dialogs.
"""

from __future__ import annotations

import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)


def user_errors() -> tuple[type[BaseException], ...]:
    """Errors the clerk can fix. Imported here, not at the top: models.db brings SQLAlchemy and models.roster
    the Excel reader, and this module is imported before the main window shows, long before any error."""
    from exports.errors import ExportError
    from models.db import DatabaseError
    from models.roster.errors import RosterFileError
    from models.storage.errors import RecordConflict, RecordLocked, RecordNotFound

    return (RecordConflict, RecordLocked, RecordNotFound, DatabaseError, RosterFileError, ExportError, OSError)


def tr(text: str) -> str:
    return QCoreApplication.translate("Errors", text)


class Notice:
    """Message boxes. Tests replace these class methods."""

    @classmethod
    def warn(cls, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.warning(parent, title, text)

    @classmethod
    def info(cls, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.information(parent, title, text)

    @classmethod
    def confirm(cls, parent: QWidget | None, title: str, text: str) -> bool:
        answer = QMessageBox.question(parent, title, text, QMessageBox.StandardButton.Yes
                                      | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes


def user_message(error: Exception) -> str:
    from models.roster.errors import RosterFileError
    from models.storage.errors import RecordConflict

    if isinstance(error, RecordConflict):
        return "\n".join(error.errors)
    if isinstance(error, PermissionError):
        return tr("没有权限写入文件：{0}。请先关闭在其他程序中打开的该文件，或换一个保存位置。").format(
            error.filename or "")
    if isinstance(error, OSError) and not isinstance(error, RosterFileError):
        if error.errno == 28:
            return tr("磁盘空间不足。请清理磁盘后再试，已输入的内容仍在窗口中。")
        return tr("文件操作失败：{0}").format(error.strerror or str(error))
    return str(error)


def show_error(parent: QWidget | None, error: BaseException) -> None:
    """Tell the clerk what went wrong: a plain message for what they can fix, the crash dialog for bugs."""
    if isinstance(error, user_errors()):
        Notice.warn(parent, tr("无法完成操作"), user_message(error))
    else:
        CrashDialog.report(parent, error)


class CrashDialog(QDialog):
    """A bug: apologise, say the data is safe, and show the details to copy for the developers."""

    def __init__(self, parent: QWidget | None, details: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("程序出错"))
        layout = QVBoxLayout(self)
        label = QLabel(self.tr("程序遇到了一个错误。已保存的记录不受影响。\n"
                               "请把下面的详细信息复制给技术支持人员。"))
        label.setWordWrap(True)
        layout.addWidget(label)
        text = QPlainTextEdit(details)
        text.setReadOnly(True)
        text.setMinimumSize(560, 240)
        layout.addWidget(text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)

    @classmethod
    def report(cls, parent: QWidget | None, error: BaseException) -> None:
        details = "".join(traceback.format_exception(type(error), error, error.__traceback__))
        print(details, file=sys.stderr)
        cls(parent, details).exec()


def install_excepthook() -> None:
    """Uncaught exceptions in slots go to the crash dialog instead of vanishing in a console nobody sees."""

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if QApplication.instance() is None or isinstance(error, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        show_error(QApplication.activeWindow(), error.with_traceback(tb))

    sys.excepthook = hook
