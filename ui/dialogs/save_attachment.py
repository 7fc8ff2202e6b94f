"""Where to save an attachment that is not opened: one of an executable type (`照片.jpg.exe`) is never launched,
only saved where the clerk says."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from ui import options
from ui.widgets.start_folder import remember, start_folder


class SaveAttachment:
    """Tests replace `ask`."""

    @classmethod
    def ask(cls, parent: QWidget | None, name: str) -> str | None:
        """The path the clerk chose for the attachment `name` (already cleaned), or None when cancelled."""
        title = QCoreApplication.translate("SaveAttachment", "保存附件（可执行文件不直接打开）")
        suggested = f"{start_folder(options.ATTACHMENT_FOLDER)}/{name}"
        path, _ = QFileDialog.getSaveFileName(parent, title, suggested)
        if path:
            remember(path, options.ATTACHMENT_FOLDER)
        return path or None
