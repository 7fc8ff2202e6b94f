"""The crash dialog: a bug, not something the clerk can fix (see `ui.errors.show_error`)."""

from __future__ import annotations

import sys
import traceback

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget


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
