"""The main window: navigation on the left, one page at a time, a search box, menus and a status bar."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QProgressBar,
    QSizePolicy,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from models.services import Store
from ui import settings
from ui.actions import build_menus
from ui.context import AppContext
from ui.errors import Notice
from ui.pages.base import Page

NAV = (
    ("home", "首页"),
    ("meetings", "会议记录"),
    ("talks", "谈心谈话"),
    ("orglife", "组织生活会与民主评议"),
    ("roster", "党员名册"),
    ("archive", "年度归档"),
    ("settings", "设置"),
)


class Pages(dict):
    """The pages by key, each made on first use and added to the stack; iterating gives only those made."""

    def __init__(self, stack: QStackedWidget, factories: dict) -> None:
        super().__init__()
        self.stack = stack
        self.factories = factories

    def __missing__(self, key: str) -> Page:
        page = self.factories[key]()
        self[key] = page
        self.stack.addWidget(page)
        page.restore_state()
        return page


class MainWindow(QMainWindow):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = AppContext(store, self)
        self.setWindowTitle(self.tr("组织生活记录本 — {0}").format(store.branch().short_name or store.branch().name))
        self.setMinimumSize(1000, 640)
        self.nav = QListWidget()
        self.nav.setObjectName("nav")
        self.nav.setFixedWidth(210)
        self.stack = QStackedWidget()
        self._make_pages()
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
        self.ctx.saved.connect(self._show_saved)
        self._restore()

    # --- construction -------------------------------------------------------------------------------------
    def _make_pages(self) -> None:
        """Pages are built the first time they are shown (start-up builds only the one it opens on)."""
        from ui.pages.search import SearchPage

        ctx = self.ctx

        def home() -> Page:
            from ui.pages.home import HomePage

            return HomePage(ctx, self)

        def meetings() -> Page:
            from ui.pages.meetings import MeetingsPage

            return MeetingsPage(ctx)

        def talks() -> Page:
            from ui.pages.talks import TalksPage

            return TalksPage(ctx)

        def roster() -> Page:
            from ui.pages.roster import RosterPage

            return RosterPage(ctx)

        def settings_page() -> Page:
            from ui.pages.settings import SettingsPage

            return SettingsPage(ctx)

        def orglife() -> Page:
            from ui.pages.orglife import OrgLifePage

            return OrgLifePage(ctx)

        def archive() -> Page:
            from ui.pages.archive import ArchivePage

            return ArchivePage(ctx)

        self.pages = Pages(self.stack, {"home": home, "meetings": meetings, "talks": talks, "orglife": orglife,
                                        "roster": roster, "archive": archive, "settings": settings_page})
        for _, title in NAV:
            self.nav.addItem(self.tr(title))
        self.search_page = SearchPage(ctx, self)
        self.stack.addWidget(self.search_page)

    def _make_toolbar(self) -> None:
        bar = QToolBar(self.tr("搜索"))
        bar.setMovable(False)
        bar.setObjectName("mainToolbar")
        self.branch_label = QLabel(self.ctx.store.branch().name)
        self.branch_label.setStyleSheet("font-weight:600; color:#1f2933; padding-left:8px;")
        bar.addWidget(self.branch_label)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addWidget(spacer)
        self.search_box = QLineEdit()
        self.search_box.setObjectName("search")
        self.search_box.setPlaceholderText(self.tr("搜索姓名、会议、发言内容…（Ctrl+F）"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.returnPressed.connect(self.run_search)
        bar.addWidget(self.search_box)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)

    def _make_status_bar(self) -> None:
        self.saved_label = QLabel()
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(140)
        self.busy.setVisible(False)
        self.statusBar().addPermanentWidget(self.saved_label)
        self.statusBar().addPermanentWidget(self.busy)
        self.ctx.jobs.busy_changed.connect(self.busy.setVisible)
        self.ctx.message.connect(lambda text: self.statusBar().showMessage(text, 20000))

    def _restore(self) -> None:
        geometry = settings.app_settings().value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1240, 780)
        if settings.get_str("meetings/open", ""):
            self.pages["meetings"]  # noqa: B018  (built now: it reopens the record that was open)
        last = settings.get_str("window/page", "home")
        self.show_page(last if last in self.pages.factories else "home")

    # --- navigation ---------------------------------------------------------------------------------------
    def page_titles(self) -> list[tuple[str, str]]:
        return [(k, self.tr(t)) for k, t in NAV]

    def current_page(self) -> Page:
        return self.stack.currentWidget()  # type: ignore[return-value]

    def show_page(self, key: str) -> Page:
        row = [k for k, _ in NAV].index(key)
        if self.nav.currentRow() != row:
            self.nav.setCurrentRow(row)
        else:
            self._nav_changed(row)
        return self.pages[key]

    def _nav_changed(self, row: int) -> None:
        if row < 0:
            return
        previous = self.current_page()
        if previous is not None:
            previous.save_now()
        key = NAV[row][0]
        self.stack.setCurrentWidget(self.pages[key])
        self.pages[key].activate()
        settings.set_value("window/page", key)

    # --- actions ------------------------------------------------------------------------------------------
    def new_record(self) -> None:
        page = self.current_page()
        if page in (self.pages.get("home"), self.search_page) or page.key in ("archive", "settings", "orglife"):
            self.new_meeting()
        else:
            page.new_record()

    def new_meeting(self) -> None:
        self.show_page("meetings").new_record()

    def save_now(self) -> None:
        if self.current_page().save_now():
            self.statusBar().showMessage(self.tr("已保存"), 3000)

    def print_current(self) -> None:
        self.current_page().print_current()

    def import_roster(self) -> None:
        self.show_page("roster").import_excel()  # type: ignore[attr-defined]

    def export_roster(self) -> None:
        self.show_page("roster").export_excel()  # type: ignore[attr-defined]

    def focus_search(self) -> None:
        self.search_box.setFocus()
        self.search_box.selectAll()

    def run_search(self) -> None:
        text = self.search_box.text().strip()
        if not text:
            return
        self.current_page().save_now()
        self.nav.blockSignals(True)
        self.nav.clearSelection()
        self.nav.setCurrentRow(-1)
        self.nav.blockSignals(False)
        self.stack.setCurrentWidget(self.search_page)
        self.search_page.search(text)

    def open_meeting(self, meeting_id: str) -> None:
        self.show_page("meetings").open_meeting(meeting_id)  # type: ignore[attr-defined]

    def open_person(self, person_id: str) -> None:
        page = self.show_page("roster")
        page.tabs.setCurrentWidget(page.people)  # type: ignore[attr-defined]
        page.people.presence_filter.setCurrentIndex(2)  # type: ignore[attr-defined]
        page.people.select(person_id)  # type: ignore[attr-defined]

    def about(self) -> None:
        Notice.info(self, self.tr("关于"), self.tr(
            "组织生活记录本 OrgLife\n党支部“三会一课”、主题党日、组织生活会和谈心谈话的记录工具。\n"
            "所有数据保存在本机，不联网。"))

    def _show_saved(self, text: str) -> None:
        self.saved_label.setText(text)

    # --- closing ------------------------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        for page in self.pages.values():
            page.save_now()
        settings.set_value("window/geometry", self.saveGeometry())
        self.ctx.jobs.wait(10000)
        super().closeEvent(event)
        QTimer.singleShot(0, self.ctx.store.close)
