"""The pages of 设置, in the order the clerk sees them."""

from __future__ import annotations

from ui.settings_pages.backups import BackupsPage
from ui.settings_pages.base import OptionsPage
from ui.settings_pages.branch import BranchPage
from ui.settings_pages.display import DisplayPage
from ui.settings_pages.folders import FoldersPage
from ui.settings_pages.password import PasswordPage
from ui.settings_pages.rules_page import RulesPage
from ui.settings_pages.server import ServerPage

PAGES: tuple[type[OptionsPage], ...] = (BranchPage, RulesPage, BackupsPage, PasswordPage, DisplayPage, FoldersPage,
                                        ServerPage)
