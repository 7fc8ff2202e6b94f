"""设置: its pages (ui/settings_pages) in a list on the left; each loads, checks and saves its own options."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QPushButton, QStackedWidget, QWidget

from ui.context import AppContext
from ui.errors import Notice
from ui.pages.base import Page
from ui.settings_pages.base import OptionsPage
from ui.settings_pages.registry import PAGES
from ui.style import scaled


class SettingsPage(Page):
    key = "settings"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.sections: list[OptionsPage] = [page(ctx) for page in PAGES]
        self.list = QListWidget()
        self.list.setObjectName("settingsNav")
        self.list.setFixedWidth(scaled(170))
        self.stack = QStackedWidget()
        for section in self.sections:
            item = QListWidgetItem(section.tr(section.TITLE))
            item.setSizeHint(QSize(0, scaled(36)))
            self.list.addItem(item)
            self.stack.addWidget(section)
        self.list.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.list.setCurrentRow(0)
        body = QHBoxLayout()
        body.addWidget(self.list)
        body.addWidget(self.stack, 1)
        self.outer.addLayout(body, 1)
        self.save_button = QPushButton(self.tr("保存设置"))
        self.save_button.setObjectName("primary")
        self.save_button.clicked.connect(self.save_now)
        self.header.addWidget(self.save_button)

    def page_title(self) -> str:
        return self.tr("设置")

    def section(self, name: str) -> OptionsPage:
        return next(s for s in self.sections if s.NAME == name)

    def show_section(self, name: str) -> OptionsPage:
        section = self.section(name)
        self.list.setCurrentRow(self.sections.index(section))
        return section

    def hide_sections(self, names: tuple[str, ...]) -> None:
        """Offer the other sections only (a 党委 reader's window: the branch's own settings are not its to change)."""
        for row, section in enumerate(self.sections):
            self.list.item(row).setHidden(section.NAME in names)
        if self.list.item(self.list.currentRow()).isHidden():
            self.list.setCurrentRow(next(r for r in range(self.list.count()) if not self.list.item(r).isHidden()))

    def view_state(self) -> object:
        return self.sections[max(0, self.list.currentRow())].NAME

    def show_view_state(self, state: object) -> None:
        if any(s.NAME == state for s in self.sections):
            self.show_section(str(state))

    def activate(self) -> None:
        for section in self.sections:
            section.load()

    def save_now(self) -> bool:
        """Every page checked first; nothing is saved while one of them is wrong."""
        for index, section in enumerate(self.sections):
            problem = section.check()
            if problem is not None:
                self.list.setCurrentRow(index)
                Notice.warn(self, self.tr("设置"), problem)
                return False
        for section in self.sections:
            section.save()
        return True
