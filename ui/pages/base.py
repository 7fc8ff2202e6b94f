"""What every page of the main window offers the menus: new record, save now, print, and its state to keep."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from ui.context import AppContext


class Page(QWidget):
    key = ""

    def __init__(self, ctx: AppContext | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx  # None only for the home page of the frame, before the store is open
        self.outer = QVBoxLayout(self)
        self.outer.setContentsMargins(22, 16, 22, 16)
        self.header = QHBoxLayout()
        self.title_label = QLabel(self.page_title())
        self.title_label.setObjectName("pageTitle")
        self.header.addWidget(self.title_label)
        self.header.addStretch(1)
        self.outer.addLayout(self.header)

    def page_title(self) -> str:
        return ""

    def activate(self) -> None:
        """Called when the page is shown: reload what may have changed."""

    def new_record(self) -> None:
        """Ctrl+N on this page."""

    def save_now(self) -> bool:
        """Ctrl+S: write what is being edited. False when it could not be saved."""
        return True

    def unsaved(self) -> bool:
        """Edits that could not be written (a failed save): closing the window asks first."""
        return False

    def unsaved_records(self) -> list[object]:
        """The records as shown whose edits could not be written, for the clerk to save elsewhere."""
        return []

    def print_current(self) -> None:
        """Ctrl+P: the print preview of the current record (documents come from exports/)."""
        from ui.errors import Notice

        translate = QCoreApplication.translate  # in this class's name: self.tr would use the page's own
        Notice.info(self, translate("Page", "打印"), translate("Page", "请先打开一条会议记录，再使用打印预览。"))

    def restore_state(self) -> None:
        """Bring back the last filter or the open record (settings)."""

    def view_state(self) -> object:
        """What the clerk is looking at (a tab, a section, a record), for a page built again (界面语言)."""
        return None

    def show_view_state(self, state: object) -> None:
        """Show again what `view_state` gave, on the page built again."""
