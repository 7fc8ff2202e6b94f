"""本支部的要求 in a dialog of its own, opened from the home page's grid (until the settings dialog holds it)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from ui.settings_pages.rules_page import RulesPage
from ui.widgets.buttons import ok_cancel

if TYPE_CHECKING:
    from ui.context import AppContext


class RulesDialog(QDialog):
    def __init__(self, parent: QWidget | None, ctx: AppContext) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("本支部的要求"))
        layout = QVBoxLayout(self)
        self.page = RulesPage(ctx, self)
        self.page.load()
        layout.addWidget(self.page)
        layout.addWidget(ok_cancel(self))

    def accept(self) -> None:
        if self.page.check() is not None:  # said on the page; the dialog stays open with what was chosen
            return
        self.page.save()  # written in the background; a failure is told to the clerk
        super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None, ctx: AppContext) -> bool:
        """True when the clerk saved the rules."""
        return cls(parent, ctx).exec() == QDialog.DialogCode.Accepted
