"""Closing with edits the database did not take: save them to a file elsewhere, stay (the program tries again),
or quit (they stay in the recovery file)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ui.widgets.start_folder import documents_folder

SAVE_ELSEWHERE, QUIT = "save", "quit"


def _tr(text: str) -> str:
    return QCoreApplication.translate("UnsavedOnClose", text)


class UnsavedOnClose:
    """Tests replace `ask` (the choice) and `ask_path` (where the text goes)."""

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, text: str) -> str | None:
        """SAVE_ELSEWHERE, QUIT, or None to stay in the program."""
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=parent)
        save = box.addButton(_tr("另存到文件…"), QMessageBox.ButtonRole.ActionRole)
        stay = box.addButton(_tr("留在程序中"), QMessageBox.ButtonRole.RejectRole)
        quit_ = box.addButton(_tr("仍然退出"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(stay)
        box.exec()
        clicked = box.clickedButton()
        return SAVE_ELSEWHERE if clicked is save else QUIT if clicked is quit_ else None

    @classmethod
    def ask_path(cls, parent: QWidget | None) -> str | None:
        suggested = f"{documents_folder()}/未能保存的内容 {datetime.now():%Y-%m-%d %H%M}.txt"
        path, _ = QFileDialog.getSaveFileName(parent, _tr("把未能保存的内容另存为"), suggested,
                                              _tr("文本文件 (*.txt)"))
        return path or None
