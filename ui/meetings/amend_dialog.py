"""Why a finalised record is changed, and what changed: kept with the record as an amendment."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QLineEdit, QWidget

from ui.widgets.buttons import ok_cancel
from ui.widgets.text_box import TextBox


class AmendDialog(QDialog):
    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("保存更正"))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("例如：记录人笔误，更正发言人姓名"))
        self.summary = TextBox()
        self.summary.setPlaceholderText(self.tr("改了什么"))
        self.summary.setMaximumHeight(90)
        self.error = QLabel()
        self.error.setObjectName("verdictBad")
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("此记录已定稿。更正会连同时间、理由一起保留在记录中。")))
        form.addRow(self.tr("更正理由 *"), self.reason)
        form.addRow(self.tr("更正内容摘要"), self.summary)
        form.addRow(self.error)
        buttons = ok_cancel(self)
        form.addRow(buttons)
        self.resize(460, 240)

    def accept(self) -> None:
        if not self.reason.text().strip():
            self.error.setText(self.tr("请填写更正理由"))
            return
        super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None) -> tuple[str, str] | None:
        dialog = cls(parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.reason.text().strip(), dialog.summary.toPlainText().strip()
