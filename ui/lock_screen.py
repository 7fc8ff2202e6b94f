"""The unlock prompt: what the window shows instead of its content while the password lock holds it — at the
start (before anything is read from the file) and after the idle minutes. The password is checked off the UI
thread (the key derivation takes about half a second)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ui.jobs import Jobs
from ui.words import told


class LockScreen(QWidget):
    """`unlocked` once the right password was typed; a wrong one says so and lets the clerk try again."""

    unlocked = Signal()

    def __init__(self, database: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockScreen")
        self.database = database
        self.jobs = Jobs(self)
        outer = QVBoxLayout(self)
        outer.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)  # the card follows the width, not the reverse
        outer.addStretch(2)
        self.card = card = QFrame()
        card.setObjectName("card")
        card.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)  # sized by _fit_card
        box = QVBoxLayout(card)
        box.setContentsMargins(28, 24, 28, 24)
        box.setSpacing(10)
        title = QLabel(self.tr("组织生活记录本已锁定"))
        title.setObjectName("pageTitle")  # its size follows the text size setting
        title.setWordWrap(True)
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
        self.error.setObjectName("verdictBad")
        self.error.setWordWrap(True)
        self.error.hide()  # shown with a text (_say)
        box.addWidget(self.error)
        self.button = QPushButton(self.tr("解锁"))
        self.button.setObjectName("primary")
        self.button.clicked.connect(self.try_unlock)
        box.addWidget(self.button, 0, Qt.AlignmentFlag.AlignRight)
        forgotten = QLabel(self.tr("忘记密码无法找回，也无法绕过；请联系设置密码的同志。"))
        forgotten.setObjectName("hint")
        forgotten.setWordWrap(True)
        box.addWidget(forgotten)
        middle = QHBoxLayout()  # (no alignment flag: an aligned item gets its size hint, not its height for width)
        middle.addStretch(1)
        middle.addWidget(card)
        middle.addStretch(1)
        outer.addLayout(middle)
        outer.addStretch(3)
        self._fit_card()

    def _fit_card(self) -> None:
        """The card about 23 lines of text wide (440 pixels at 100 %), narrower when the window is, and as high as
        its wrapped lines need at that width — in Chinese and English, at every text size."""
        width = 23 * self.fontMetrics().height()
        if self.width() > 0 and self.isVisible():
            width = min(width, self.width() - 2 * 24)
        width = max(width, 280)
        self.card.setFixedWidth(width)
        self.card.setFixedHeight(self.card.layout().totalHeightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        return QSize(280 + 2 * 24, 0)  # the card narrows to the window's width (_fit_card)

    def changeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.LanguageChange):
            self._fit_card()

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        self._fit_card()

    def _say(self, text: str) -> None:
        """The line under the password (checking, wrong password, the database's message); hidden when empty."""
        self.error.setText(text)
        self.error.setVisible(bool(text))
        self._fit_card()

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        self._fit_card()
        self.password.setFocus()

    def try_unlock(self) -> None:
        text = self.password.text()
        if not text or not self.button.isEnabled():
            return
        self.button.setEnabled(False)
        self.password.setEnabled(False)
        self._say(self.tr("正在验证密码…"))
        from models import keys

        database = self.database
        self.jobs.run(lambda: keys.unlock(database, text), lambda _key: self._done(), self._refused)

    def _done(self) -> None:
        self._say("")
        self.password.clear()
        self.unlocked.emit()

    def _refused(self, error: Exception) -> None:
        from models import keys

        self.button.setEnabled(True)
        self.password.setEnabled(True)
        self.password.clear()
        self.password.setFocus()
        if isinstance(error, keys.WrongPassword):
            self._say(self.tr("密码不正确，请重新输入（注意大小写和输入法）。"))
        elif isinstance(error, keys.DatabaseError):
            self._say(told(error))
        else:
            from ui.errors import show_error

            self._say("")
            show_error(self, error)
