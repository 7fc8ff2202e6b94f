"""The password of the 党委 server's login, asked at start when the system keeps none (no credential store, or
the kept one was refused)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget


class ServerPassword:
    """Tests replace `ask`."""

    @classmethod
    def ask(cls, parent: QWidget | None, account: str, reason: str) -> str | None:
        """The password typed for `account` (user@host/database), or None when cancelled."""
        translate = QCoreApplication.translate
        text, accepted = QInputDialog.getText(
            parent, translate("ServerPassword", "连接党委服务器"),
            translate("ServerPassword", "{0}\n请输入 {1} 的密码：").format(reason, account),
            QLineEdit.EchoMode.Password)
        return text if accepted and text else None
