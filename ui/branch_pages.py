"""Which pages the login is offered and which branch the window works on: 党委总览 where several branches are in
sight, a 党委 reader's window that only reads, the clerk's switch between the branches of one database."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ui import options
from ui.navigation import KEYS

if TYPE_CHECKING:
    from models.server.login import Login
    from models.services.base import BranchEntry

translate = QCoreApplication.translate  # the main window's context: these are its words

PARTY_ONLY = ("party", "settings")  # what a 党委 reader's window offers: it reads every branch, writes none
WRITING_ACTIONS = ("new", "new_meeting", "save", "import_roster")
READER_HIDES = ("branch", "rules")  # 设置's sections that change a branch: not offered to a 党委 reader


class BranchPages:
    """Mixed into ui.main_window.MainWindow (with its `login`, `ctx`, `nav`, `actions_by_key`, `pages` …)."""

    def _show_branch(self, name: str, short_name: str) -> None:
        if self.is_party_reader():
            self.setWindowTitle(translate("MainWindow", "党委总览（只读）"))
            self.branch_label.setText(translate("MainWindow", "党委总览 · 只读（可查阅所有党支部）"))
            return
        self.setWindowTitle(short_name or name)  # Qt adds " — 组织生活记录本" (the application's display name)
        self.branch_label.setText(name)

    def is_party_reader(self) -> bool:
        """The login is a 党委 reader's: the window shows the overview and reads, never writes."""
        return self.login is not None and self.login.is_reader

    def _offer_pages_of_the_login(self) -> None:
        """党委总览 where several branches are in sight (or for a 党委 reader); a reader's window offers only it and
        设置, and nothing that writes; a clerk who sees several branches may switch between them."""
        login = self.login
        assert login is not None
        shown = {k for k in KEYS if k != "party"} | ({"party"} if login.sees_the_party else set())
        if login.is_reader:
            shown = set(PARTY_ONLY)
            for key in WRITING_ACTIONS:
                self.actions_by_key[key].setEnabled(False)
            self.search_box.setEnabled(False)  # it searches one branch; the reader looks at all of them
            self.actions_by_key["search"].setEnabled(False)
            self.search_box.setPlaceholderText(translate("MainWindow", "党委总览中双击一个支部，查看它的记录"))
        for row, key in enumerate(KEYS):
            self.nav.item(row).setHidden(key not in shown)
            self.actions_by_key[f"go_{key}"].setVisible(key in shown)
        self.switch_action.setVisible(login.must_choose)
        if self.nav.item(self.nav.currentRow()).isHidden():  # the last page is not offered to this login
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(KEYS.index("party" if login.is_reader else "home"))
            self.nav.blockSignals(False)

    def offers(self, key: str) -> bool:
        """Whether the navigation offers the page `key` to this login."""
        return not self.nav.item(KEYS.index(key)).isHidden()

    def switch_branch(self) -> None:
        """切换党支部…: another of the database's branches, chosen by full name, remembered; every page shows it."""
        from ui.dialogs.branch_chooser import BranchChooser

        if self.ctx is None or self.login is None:
            return
        entry = BranchChooser.ask(self, list(self.login.branches), options.CHOSEN_BRANCH.get())
        if entry is not None:
            self.open_branch(entry)

    def open_branch(self, entry: BranchEntry) -> None:
        """Work with `entry` from now on: what is being edited is written first, every page reads afresh."""
        from ui.operations import Changes

        assert self.ctx is not None
        for page in self.pages.values():
            page.save_now()
        self.ctx.writes.settle(60000)
        if self.ctx.store.branch_id == entry.id:
            return
        meetings = self.pages.get("meetings")
        if meetings is not None:
            meetings.show_list()  # type: ignore[attr-defined]  # no record of the branch left stays open
        self.go_to("home")
        self.ctx.store.choose_branch(entry.id)
        options.CHOSEN_BRANCH.set(entry.uid)
        options.OPEN_MEETING.set("")
        self.ctx.did_execute.emit(Changes(everything=True), None)
        self.reload_pages()
        self.statusBar().showMessage(translate("MainWindow", "已切换到：{0}").format(entry.name), 10000)

    def _login_read(self, login: Login) -> None:
        if self.closed or self.login is None or login == self.login:
            return
        self.login = login
        self._offer_pages_of_the_login()
