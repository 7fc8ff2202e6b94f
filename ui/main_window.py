"""The main window: navigation on the left, one page at a time, a search box, menus and a status bar."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCoreApplication, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from ui import options
from ui.actions import build_menus
from ui.branch_pages import READER_HIDES, BranchPages
from ui.errors import Notice
from ui.navigation import KEYS, NAV, NavigationList
from ui.pages.home import HomePage
from ui.settings import use_database
from ui.style import apply_style_sheet
from ui.widgets.waiting_page import WaitingPage
from ui.window_lock import WindowLock

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent

    from models.glance import Glance
    from models.server.login import Login
    from models.services import Store
    from ui.context import AppContext
    from ui.front_door import FrontDoor
    from ui.operations import (
        Changes,  # models.services brings SQLAlchemy: imported when the store is opened, not before the window
    )
    from ui.pages.base import Page
    from ui.pages.search import SearchPage



class Pages(dict):
    """The pages by key, each made on first use and added to the stack; iterating gives only those made."""

    def __init__(self, stack: QStackedWidget, make: Callable[[str], Page]) -> None:
        super().__init__()
        self.stack = stack
        self.make = make
        self.views: dict[str, object] = {}  # what a page showed before it was built again (ui.language_switch)

    def __missing__(self, key: str) -> Page:
        page = self.make(key)
        self[key] = page
        if self.stack.indexOf(page) < 0:  # the home page is in the stack from the frame on
            self.stack.addWidget(page)
        page.restore_state()
        if key in self.views:
            page.show_view_state(self.views.pop(key))
        return page


class MainWindow(BranchPages, WindowLock, QMainWindow):
    """`MainWindow()` is the frame, shown at once while the database opens; `attach(store)` completes it.

    Before `attach` the home page can already show the branch (`show_glance`, read from the file) and the clerk
    can use everything: pages chosen in the navigation open once the store is there, and what needs the store
    (new, print, search, open a record, the roster's Excel) is done as soon as it is — the last request wins.
    """

    def __init__(self, store: Store | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx: AppContext | None = None
        self.pages: dict[str, Page] = {}  # a `Pages` from `attach` on
        self.search_page: SearchPage | None = None
        self.closed = False
        self.front_door: FrontDoor | None = None  # from `open_front_door`
        self._pending: Callable[[], object] | None = None  # asked for before the store was open
        self._lock_screen: QWidget | None = None  # the unlock prompt, while the password lock holds the window
        self._content: QWidget | None = None  # the window's content, taken away while it is locked
        self.idle_lock = None
        self.login: Login | None = None  # who is logged in (from `attach`): a file, a server's clerk or reader …
        self.setWindowTitle(self.tr("组织生活记录本"))
        self.setMinimumSize(1000, 640)
        self.nav = NavigationList()  # as wide as its longest label, at the text size in use (设置 › 显示)
        for _, title in NAV:
            self.nav.addItem(self.tr(title))
        self.nav.item(KEYS.index("party")).setHidden(True)  # until the login is known (`attach`)
        self.stack = QStackedWidget()
        self.waiting = WaitingPage("", self.tr("正在打开数据库，请稍候…"))
        self.stack.addWidget(self.waiting)
        self.home = HomePage(None, self)
        self.stack.addWidget(self.home)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._make_toolbar()
        self._make_status_bar()
        self.actions_by_key = build_menus(self)
        self.nav.currentRowChanged.connect(self._nav_changed)
        self._restore_geometry()
        apply_style_sheet()  # now that the widgets are made: each is polished once, when it first shows
        last = options.WINDOW_PAGE.get()
        self.nav.setCurrentRow(KEYS.index(last if last in KEYS else "home"))  # the page it will open on
        if store is None:
            self.statusBar().showMessage(self.tr("正在打开数据库…"))
        else:
            self.attach(store)

    def attach(self, store: Store, login: Login | None = None) -> None:
        """Complete the frame with the open store: context, title, pages, menus, the last page and record.
        `login`: who is logged in and which branches it sees (read here when not given)."""
        if self.ctx is not None:
            raise RuntimeError("the main window is already attached to a store")
        from models.server.login import login_kind
        from ui.context import AppContext  # with the store: not needed to show the frame

        self.login = login if login is not None else login_kind(store.engine)
        self.ctx = AppContext(store, self)
        use_database(_settings_name(store), store.is_encrypted())  # its own filters, last record …
        store.clerk_name = options.CLERK_NAME.get()  # who finalises and amends here (on a server: the login)
        from ui.idle_lock import IdleLock

        self.idle_lock = IdleLock(self)
        from ui.auto_backup import AutoBackup

        self.auto_backup = AutoBackup(self.ctx)
        self.ctx.auto_backup = self.auto_backup
        branch = store.branch()
        self._show_branch(branch.name, branch.short_name)
        self._offer_pages_of_the_login()
        if not self.is_party_reader():  # a reader's window has no home page of one branch: it reads them all
            self.home.attach(self.ctx)
        self._make_pages()
        self.ctx.jobs.busy_changed.connect(self.busy.setVisible)
        self.ctx.message.connect(lambda text: self.statusBar().showMessage(text, 20000))
        self.ctx.saved.connect(self._show_saved)
        self.ctx.did_execute.connect(self._changed)
        self.statusBar().clearMessage()
        self.busy.setVisible(False)
        self._restore_pages()  # the home page keeps the glance read from the file, if it has one
        self.home.glance_from_file = False  # from now on it reads through the store each time it is shown
        self.stack.removeWidget(self.waiting)
        self.waiting.deleteLater()
        pending, self._pending = self._pending, None
        if pending is not None:
            pending()

    def show_glance(self, glance: Glance) -> None:
        """Before `attach`: the branch's name and the home page from the glance the start read from the file."""
        if self.ctx is None:
            self._show_branch(glance.branch_name, glance.short_name)
            self.home.show_glance(glance)
            self.home.glance_from_file = True

    def database_file(self) -> Path | None:
        """The SQLite file the window works on (None on a server, or before the store is open)."""
        from models.db import sqlite_path

        if self.ctx is None or self.sample_action.isVisible():
            return None  # 示例数据 is not backed up: its copies would stand among the clerk's own
        return sqlite_path(self.ctx.store.engine.url)

    def open_front_door(self) -> None:
        """A second start on this window's database brings this window to the front (ui.front_door); only while
        it holds the database's lock (a read-only window does not: another copy may have the file)."""
        from models import dblock

        database = self.database_file()
        if database is not None and dblock.holders_in_process(database) > 0:
            try:
                from ui.front_door import FrontDoor
            except ImportError as error:  # a package without Qt's network module: a second start is told instead
                from models import logbook

                logbook.bug(error, "front door")
                return
            self.front_door = FrontDoor(database, self.bring_to_front, self)

    def bring_to_front(self) -> None:
        """Another start of the program on this database: this window is shown in front instead."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()
        QApplication.alert(self)  # Windows lets no other program take the focus: the taskbar button flashes
        self.statusBar().showMessage(self.tr("程序已经打开：这个数据库就在这个窗口中。"), 10000)

    def show_sample_note(self) -> None:
        """The window works on 示例数据: say so where the clerk always sees it."""
        self.sample_label.setText(self.tr("示例数据 · 试用中的修改不影响正式数据，下次启动时可填写本支部信息"))
        self.sample_action.setVisible(True)
        self.auto_backup.stop()
        self.setWindowTitle(self.tr("示例数据"))  # Qt adds " — 组织生活记录本"

    def _with_store(self, action: Callable[[], object]) -> None:
        """Do `action` now, or — before the store is open — as soon as it is (the clerk's last request wins)."""
        if self.ctx is not None:
            action()
            return
        self._pending = action
        self.statusBar().showMessage(self.tr("正在打开数据库，稍候即自动继续…"))

    def is_attached(self) -> bool:
        return self.ctx is not None

    def stop_waiting(self, note: str) -> None:
        """The store will not come (it failed, or the first-start wizard comes first): say so, stop the bar."""
        if self.ctx is not None:
            return
        self.busy.setVisible(False)
        self.statusBar().showMessage(note)
        self.waiting.set_note(note)

    # --- construction -------------------------------------------------------------------------------------
    def _make_pages(self) -> None:
        """Pages are built the first time they are shown (start-up builds only the one it opens on)."""
        from ui.pages.registry import page_class
        from ui.pages.search import SearchPage

        ctx = self.ctx

        def make(key: str) -> Page:
            if key == "home":
                return self.home
            page = page_class(key)(ctx)
            if key == "settings" and self.is_party_reader():
                page.hide_sections(READER_HIDES)  # type: ignore[attr-defined]
            return page

        self.pages = Pages(self.stack, make)
        self.search_page = SearchPage(ctx, self)
        self.stack.addWidget(self.search_page)

    def _make_toolbar(self) -> None:
        bar = QToolBar(self.tr("搜索"))
        bar.setMovable(False)
        bar.setObjectName("mainToolbar")
        self.branch_label = QLabel()
        self.branch_label.setStyleSheet("font-weight:600; padding-left:8px;")
        bar.addWidget(self.branch_label)
        self.sample_label = QLabel()
        self.sample_label.setObjectName("sampleNote")
        self.sample_action = bar.addWidget(self.sample_label)  # a toolbar shows or hides its widget by the action
        self.sample_action.setVisible(False)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addWidget(spacer)
        self.back_to_search_button = QPushButton(self.tr("← 返回搜索结果"))
        self.back_to_search_button.clicked.connect(self.back_to_search)
        self.back_to_search_action = bar.addWidget(self.back_to_search_button)
        self.back_to_search_action.setVisible(False)  # shown while a record opened from the results is on screen
        self.switch_button = QPushButton(self.tr("切换党支部…"))
        self.switch_button.setToolTip(self.tr("这个数据库中有多个党支部：选择要打开的党支部"))
        self.switch_button.clicked.connect(self.switch_branch)
        self.switch_action = bar.addWidget(self.switch_button)
        self.switch_action.setVisible(False)  # on a database of several branches, for a clerk
        self.search_box = QLineEdit()
        self.search_box.setObjectName("search")
        self.search_box.setPlaceholderText(self.tr("搜索姓名、会议、发言内容…（Ctrl+F）"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setMaximumWidth(480)  # the same width before and after the branch's name appears
        self.search_box.returnPressed.connect(self.run_search)
        bar.addWidget(self.search_box)
        self.addToolBar(bar)  # at the top

    def _make_status_bar(self) -> None:
        self.saved_label = QLabel()
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(140)
        self.statusBar().addPermanentWidget(self.saved_label)
        self.statusBar().addPermanentWidget(self.busy)

    def _restore_geometry(self) -> None:
        geometry = options.WINDOW_GEOMETRY.get()
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1240, 780)

    def _restore_pages(self) -> None:
        """The record that was open, then the page the navigation shows (the last one, or the clerk's choice)."""
        if options.OPEN_MEETING.get() and self.offers("meetings"):
            self.pages["meetings"]  # built now: it reopens the record that was open
        row = self.nav.currentRow()
        self.show_page(KEYS[row] if row >= 0 else "home")

    # --- navigation ---------------------------------------------------------------------------------------
    def page_titles(self) -> list[tuple[str, str]]:
        return [(k, self.tr(t)) for k, t in NAV]

    def current_page(self) -> Page:
        """The page on screen (after `attach`; before it the home page or the waiting page)."""
        return self.stack.currentWidget()  # type: ignore[return-value]

    def go_to(self, key: str) -> None:
        """Select the page in the navigation; before `attach` it is remembered and opened then."""
        row = KEYS.index(key)
        if self.nav.currentRow() != row:
            self.nav.setCurrentRow(row)
        else:
            self._nav_changed(row)

    def show_page(self, key: str) -> Page:
        if self.ctx is None:
            raise RuntimeError("pages need the store: call attach(store) first")
        self.go_to(key)
        return self.pages[key]

    def _nav_changed(self, row: int) -> None:
        if row < 0:
            return
        if self.ctx is None:
            self.waiting.set_title(self.tr(NAV[row][1]))
            self.stack.setCurrentWidget(self.home if NAV[row][0] == "home" else self.waiting)
            return
        self.back_to_search_action.setVisible(False)
        previous = self.current_page()
        if previous is not None and previous is not self.waiting:
            previous.save_now()
        self.ctx.writes.settle()  # the page shown next shows what the page left has just written
        key = NAV[row][0]
        self.stack.setCurrentWidget(self.pages[key])
        self.pages[key].activate()
        options.WINDOW_PAGE.set(key)

    # --- actions ------------------------------------------------------------------------------------------
    def new_record(self) -> None:
        self._with_store(self._new_record)

    def _new_record(self) -> None:
        page = self.current_page()
        if page in (self.pages.get("home"), self.search_page) or page.key in ("archive", "settings", "orglife"):
            self.new_meeting()
        else:
            page.new_record()

    def new_meeting(self) -> None:
        self._with_store(lambda: self.show_page("meetings").new_record())

    def save_now(self) -> None:
        if self.ctx is not None and self.current_page().save_now():  # before the store nothing is being edited
            self.statusBar().showMessage(self.tr("已保存"), 3000)

    def print_current(self) -> None:
        self._with_store(lambda: self.current_page().print_current())

    def import_roster(self) -> None:
        self._with_store(lambda: self.show_page("roster").import_excel())  # type: ignore[attr-defined]

    def export_roster(self) -> None:
        self._with_store(lambda: self.show_page("roster").export_excel())  # type: ignore[attr-defined]

    def focus_search(self) -> None:
        self.search_box.setFocus()
        self.search_box.selectAll()

    def run_search(self) -> None:
        text = self.search_box.text().strip()
        if text:
            self._with_store(lambda: self._search(text))

    def _search(self, text: str) -> None:
        assert self.search_page is not None
        self.current_page().save_now()
        self.nav.blockSignals(True)
        self.nav.clearSelection()
        self.nav.setCurrentRow(-1)
        self.nav.blockSignals(False)
        self.stack.setCurrentWidget(self.search_page)
        self.search_page.search(text)

    def open_search_hit(self, kind: str, ident: str) -> None:
        """A result opened from 搜索结果: the record, with a way back to the results as they were (the words, the
        list, the row chosen)."""
        if kind == "meeting":  # the editor's own “←” leads back
            page = self.show_page("meetings")
            page.open_meeting(ident, self.back_to_search, self.tr("← 返回搜索结果"))  # type: ignore[attr-defined]
            return
        if kind == "person":
            self._open_person(ident)
        else:
            self.show_page("talks").show_talk(ident)  # type: ignore[attr-defined]
        self.back_to_search_action.setVisible(True)

    def back_to_search(self) -> None:
        if self.ctx is None or self.search_page is None:
            return
        page = self.current_page()
        if page is not self.search_page and not page.save_now():
            return  # what is being edited could not be saved: it stays on screen
        self.ctx.writes.settle()
        self.nav.blockSignals(True)
        self.nav.clearSelection()
        self.nav.setCurrentRow(-1)
        self.nav.blockSignals(False)
        self.back_to_search_action.setVisible(False)
        self.stack.setCurrentWidget(self.search_page)
        self.search_page.table.setFocus()

    def open_meeting(self, meeting_id: str) -> None:
        self._with_store(lambda: self.show_page("meetings").open_meeting(meeting_id))  # type: ignore[attr-defined]

    def open_talk_coverage(self, year: int) -> None:
        self._with_store(lambda: self.show_page("talks").show_coverage(year))  # type: ignore[attr-defined]

    def open_person(self, person_id: str) -> None:
        self._with_store(lambda: self._open_person(person_id))

    def _open_person(self, person_id: str) -> None:
        self.show_page("roster").show_person(person_id)  # type: ignore[attr-defined]

    def about(self) -> None:
        Notice.info(self, self.tr("关于"), self.tr(
            "组织生活记录本 OrgLife\n党支部“三会一课”、主题党日、组织生活会和谈心谈话的记录工具。\n"
            "所有数据保存在本机，不联网。"))

    def _show_saved(self, text: str) -> None:
        self.saved_label.setText(text)

    def _changed(self, changes: Changes, _initiator: object) -> None:
        if (changes.branch or changes.everything) and self.ctx is not None:
            branch = self.ctx.store.branch()
            self._show_branch(branch.name, branch.short_name)
        if changes.everything and self.ctx is not None:  # an import may have brought another branch
            from models.server.login import login_kind

            engine = self.ctx.store.engine
            self.ctx.jobs.run(lambda: login_kind(engine), self._login_read)

    # --- after a restore ----------------------------------------------------------------------------------
    def reload_pages(self) -> None:
        """After a restore: every page is built again from the database as it is now, when next shown (with the
        record that was open, if the restored file has it); the page on screen and the home page reload now."""
        assert self.ctx is not None
        for _round in range(5):  # the reads the pages started (hearing of the restore) reach them while they live
            if not self.ctx.jobs.is_busy():
                break
            self.ctx.jobs.wait(10000)
            QCoreApplication.sendPostedEvents()
        current = self.current_page()
        for key, page in list(self.pages.items()):
            if page is self.home or page is current:
                continue
            del self.pages[key]
            self.stack.removeWidget(page)
            page.deleteLater()
        self.home.activate()
        if self.search_page is not None and self.search_page is not current:
            self.search_page.activate()  # the last results, from the restored file
        if current is not self.home:
            current.activate()

    # --- closing ------------------------------------------------------------------------------------------
    def _may_close_with_unsaved(self) -> bool:
        """Edits the database did not take: the clerk may save them to a file elsewhere (as often as wanted),
        stay in the program (it tries again), or quit (the recovery file keeps what it can)."""
        from ui.dialogs.unsaved_on_close import QUIT, SAVE_ELSEWHERE, UnsavedOnClose

        while any(page.unsaved() for page in self.pages.values()):
            choice = UnsavedOnClose.ask(self, self.tr("有内容未能保存"), self.tr(
                "有内容未能保存到数据库（例如磁盘已满、文件只读或被其他程序锁定）。\n"
                "这些内容已暂存在本机的恢复文件中，下次打开这条记录时可以恢复；也可以另存到文件（例如 U 盘上）。\n\n"
                "选“留在程序中”，解决问题后会自动重试保存。"))
            if choice == QUIT:
                return True
            if choice != SAVE_ELSEWHERE:
                return False
            self._save_unsaved_elsewhere()
        return True

    def _save_unsaved_elsewhere(self) -> None:
        from ui.dialogs.unsaved_on_close import UnsavedOnClose
        from ui.errors import show_error
        from ui.unsaved_text import unsaved_text

        assert self.ctx is not None
        path = UnsavedOnClose.ask_path(self)
        if not path:
            return
        records = [r for page in self.pages.values() for r in page.unsaved_records()]
        try:  # with a BOM: Notepad and WPS of older Windows read it as UTF-8
            Path(path).write_text(unsaved_text(self.ctx, records), encoding="utf-8-sig")
        except OSError as error:
            show_error(self, error)
            return
        Notice.info(self, self.tr("已另存"), self.tr(
            "未能保存的内容已另存到：{0}\n它们仍未写入数据库；问题解决后，可以把这些内容粘贴回程序。").format(path))

    def closeEvent(self, event: QCloseEvent) -> None:
        for page in self.pages.values():
            page.save_now()
        if self.ctx is not None:
            self.ctx.writes.settle(60000)  # every edit is written before the store closes
            if not self._may_close_with_unsaved():
                event.ignore()
                return
        options.WINDOW_GEOMETRY.set(self.saveGeometry())
        self.closed = True
        if self.idle_lock is not None:
            self.idle_lock.stop()
        if self.front_door is not None:
            self.front_door.close()  # a start from now on opens the database itself
        if self.ctx is None:  # closed while the database was opening: the launcher closes the store it gets
            super().closeEvent(event)
            return
        self.ctx.jobs.wait(10000)
        super().closeEvent(event)
        QTimer.singleShot(0, self.ctx.store.close)


def _settings_name(store: Store) -> str:
    """The name the per-database settings go by: the file's plain SQLite URL (the same with the lock on or off),
    else the server's URL without its password."""
    from models.db import database_url, sqlite_path

    path = sqlite_path(store.engine.url)
    if path is not None:
        return database_url(path)
    return store.engine.url.render_as_string(hide_password=True)
