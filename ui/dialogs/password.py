"""Asking for a password to set, change or remove the password lock (设置 → 密码锁)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

MODES = {
    "set": QT_TRANSLATE_NOOP("PasswordDialog", "设置密码锁"),
    "change": QT_TRANSLATE_NOOP("PasswordDialog", "更改密码"),
    "remove": QT_TRANSLATE_NOOP("PasswordDialog", "取消密码锁"),
    "zip": QT_TRANSLATE_NOOP("PasswordDialog", "压缩包的密码"),
}


class PasswordDialog(QDialog):
    """`mode`: set (new twice), change (current, new twice), remove (current), or zip (the password of the
    archive's protected zip, twice). `answer()` gives
    (current, new) once accepted — "" where a field is not asked."""

    def __init__(self, mode: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from models.keys import FORGOTTEN, MIN_PASSWORD

        self.mode = mode
        self.min_length = MIN_PASSWORD
        self.setWindowTitle(self.tr(MODES[mode]))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.current = self._field()
        self.new = self._field()
        self.repeat = self._field()
        if mode in ("change", "remove"):
            form.addRow(self.tr("现在的密码"), self.current)
        if mode in ("set", "change", "zip"):
            form.addRow(self.tr("新密码") if mode != "zip" else self.tr("压缩包的密码"), self.new)
            form.addRow(self.tr("再输入一次"), self.repeat)
        layout.addLayout(form)
        if mode == "remove":
            text = self.tr("取消后，数据库和以后的备份都不再加密，任何能打开这台电脑的人都能读到记录。")
        elif mode == "zip":
            text = self.tr("接收人打开压缩包时要输入这个密码。请另行告诉对方（例如电话），不要和压缩包放在一起。"
                           "密码至少 {0} 个字符。").format(MIN_PASSWORD)
        else:
            text = self.tr(FORGOTTEN) + self.tr("密码至少 {0} 个字符。").format(MIN_PASSWORD)
        self.warning = QLabel(text)
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color:#b42318; font-weight:600;")
        layout.addWidget(self.warning)
        self.problem = QLabel()
        self.problem.setStyleSheet("color:#b42318;")
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr(MODES[mode]) if mode != "zip" else self.tr("确定"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)

    def _field(self) -> QLineEdit:
        field = QLineEdit()
        field.setEchoMode(QLineEdit.EchoMode.Password)
        return field

    def check(self) -> str | None:
        if self.mode in ("change", "remove") and not self.current.text():
            return self.tr("请输入现在的密码。")
        if self.mode in ("set", "change", "zip"):
            if len(self.new.text()) < self.min_length:
                return self.tr("新密码太短：至少要 {0} 个字符。").format(self.min_length)
            if self.new.text() != self.repeat.text():
                return self.tr("两次输入的新密码不一样，请重新输入。")
        return None

    def _accept(self) -> None:
        problem = self.check()
        if problem is not None:
            self.problem.setText(problem)
            return
        self.accept()

    def answer(self) -> tuple[str, str]:
        return self.current.text(), self.new.text()

    @classmethod
    def ask(cls, parent: QWidget | None, mode: str) -> tuple[str, str] | None:
        dialog = cls(mode, parent)
        try:
            return dialog.answer() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
