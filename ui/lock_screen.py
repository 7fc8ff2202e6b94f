"""The unlock prompt: what the window shows instead of its content while the password lock holds it — at the
start (before anything is read from the file) and after the idle minutes. The password is checked off the UI
thread (the key derivation takes about half a second)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ui.jobs import Jobs


class LockScreen(QWidget):
    """`unlocked` once the right password was typed; a wrong one says so and lets the clerk try again."""

    unlocked = Signal()

    def __init__(self, database: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockScreen")
        self.database = database
        self.jobs = Jobs(self)
        outer = QVBoxLayout(self)
        outer.addStretch(2)
        card = QFrame()
        card.setObjectName("card")
        card.setFixedWidth(440)
        box = QVBoxLayout(card)
        box.setContentsMargins(28, 24, 28, 24)
        box.setSpacing(10)
        title = QLabel(self.tr("组织生活记录本已锁定"))
        title.setStyleSheet("font-size:18px; font-weight:600;")
        box.addWidget(title)
        hint = QLabel(self.tr("记录已加密保存。请输入密码解锁。"))
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        box.addWidget(hint)
        self.password = QLineEdit()
        self.password.setObjectName("unlockPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("密码"))
        self.password.returnPressed.connect(self.try_unlock)
        box.addWidget(self.password)
        self.error = QLabel()
        self.error.setStyleSheet("color:#b42318;")
        self.error.setWordWrap(True)
        box.addWidget(self.error)
        self.button = QPushButton(self.tr("解锁"))
        self.button.setObjectName("primary")
        self.button.clicked.connect(self.try_unlock)
        box.addWidget(self.button, 0, Qt.AlignmentFlag.AlignRight)
        forgotten = QLabel(self.tr("忘记密码无法找回，也无法绕过；请联系设置密码的同志。"))
        forgotten.setObjectName("hint")
        forgotten.setWordWrap(True)
        box.addWidget(forgotten)
        outer.addWidget(card, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(3)

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        self.password.setFocus()

    def try_unlock(self) -> None:
        text = self.password.text()
        if not text or not self.button.isEnabled():
            return
        self.button.setEnabled(False)
        self.password.setEnabled(False)
        self.error.setText(self.tr("正在验证密码…"))
        from models import keys

        database = self.database
        self.jobs.run(lambda: keys.unlock(database, text), lambda _key: self._done(), self._refused)

    def _done(self) -> None:
        self.error.clear()
        self.password.clear()
        self.unlocked.emit()

    def _refused(self, error: Exception) -> None:
        from models import keys

        self.button.setEnabled(True)
        self.password.setEnabled(True)
        self.password.clear()
        self.password.setFocus()
        if isinstance(error, keys.WrongPassword):
            self.error.setText(self.tr("密码不正确，请重新输入（注意大小写和输入法）。"))
        elif isinstance(error, keys.DatabaseError):
            self.error.setText(str(error))
        else:
            from ui.errors import show_error

            self.error.clear()
            show_error(self, error)
