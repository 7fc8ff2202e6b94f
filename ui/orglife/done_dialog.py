"""销号: marking a rectification item done asks for the day and the result (整改结果)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QWidget

from models.domain import Rectification
from ui.widgets.buttons import ok_cancel
from ui.widgets.date_field import DateField
from ui.widgets.text_box import TextBox


class DoneDialog(QDialog):
    def __init__(self, parent: QWidget | None, item: Rectification) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("整改销号"))
        self.day = DateField(optional=False)
        self.result_text = TextBox(item.result)
        self.result_text.setPlaceholderText(self.tr("整改采取了哪些措施，取得了什么效果"))
        self.result_text.setMinimumHeight(110)
        self.error = QLabel()
        self.error.setObjectName("verdictBad")
        problem = QLabel(item.problem or self.tr("（未填写问题）"))
        problem.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("问题"), problem)
        form.addRow(self.tr("完成日期"), self.day)
        form.addRow(self.tr("整改结果 *"), self.result_text)
        form.addRow(self.error)
        buttons = ok_cancel(self)
        form.addRow(buttons)
        self.resize(480, 280)

    def accept(self) -> None:
        if not self.result_text.toPlainText().strip():
            self.error.setText(self.tr("销号前请填写整改结果"))
            return
        super().accept()

    def value(self) -> tuple[date, str]:
        return self.day.value() or date.today(), self.result_text.toPlainText().strip()

    @classmethod
    def ask(cls, parent: QWidget | None, item: Rectification) -> tuple[date, str] | None:
        """(done on, result), or None when the clerk cancels."""
        dialog = cls(parent, item)
        return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None
