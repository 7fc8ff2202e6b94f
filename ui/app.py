"""Starting the desktop program: the application, Qt's Chinese translation, the database, then the first window."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QLibraryInfo, QLocale, QObject, Qt, QTimer, QTranslator, Signal
from PySide6.QtWidgets import QApplication

from ui.errors import Notice, install_excepthook, show_error
from ui.jobs import Jobs
from ui.main_window import KEYS, MainWindow
from ui.style import apply_style

if TYPE_CHECKING:
    from models.services import Store


def make_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with Qt's own Chinese strings (确定/取消), our fonts and style."""
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    app.setApplicationName("OrgLife")
    app.setApplicationDisplayName("组织生活记录本")
    app.setOrganizationName("OrgLife")
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    load_qt_translation(app)
    apply_style(app)
    return app


def load_qt_translation(app: QApplication) -> bool:
    translator = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if translator.load("qtbase_zh_CN", folder):
        app.installTranslator(translator)
        return True
    return False


FIRST_PAINT_WAIT_MS = 500


class Launcher(QObject):
    """Shows the main window's frame at once, opens the store in the background, then completes the window
    (or first shows the first-start wizard when the database has no branch yet).

    `shown(window)` is emitted once the frame is on screen and the event loop has turned; `ready(window)` once
    the window is attached to the store and its first page is filled (its background reads have finished).
    """

    shown = Signal(object)
    ready = Signal(object)
    failed = Signal(str)

    def __init__(self, db_target: str | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db_target = db_target
        self.jobs = Jobs(self)
        self.window: MainWindow | None = None
        self._opening = False

    def start(self) -> None:
        window = MainWindow()
        self.window = window
        # Queued: runs when the event loop turns again after the first paint, i.e. the frame is on screen.
        window.first_painted.connect(self._frame_shown, Qt.ConnectionType.QueuedConnection)
        window.show()
        QTimer.singleShot(FIRST_PAINT_WAIT_MS, self._frame_shown)  # never painted (started minimised): go on

    def _frame_shown(self) -> None:
        """The frame is on screen and the event loop runs: now open the store, in the background.

        Not earlier: the worker's imports hold Python's GIL and would slow down the frame's first paint.
        """
        if self._opening:
            return
        self._opening = True
        self.shown.emit(self.window)
        self.jobs.run(self._open_store, self._opened, self._open_failed)

    def _open_store(self):  # noqa: ANN202
        """On the worker thread: the data layer (SQLAlchemy, our ORM) is imported here, not on the UI thread."""
        from models.services import Store

        store = Store.open(self.db_target)
        _import_first_page()
        return store

    def _open_failed(self, error: Exception) -> None:
        window = self.window
        if window is not None and window.closed:  # the clerk closed the program before the database opened
            return
        if window is not None:
            window.stop_waiting(self.tr("无法打开数据库"))
        show_error(window, error)
        self.failed.emit(str(error))
        QApplication.instance().exit(1)

    def _opened(self, store: Store) -> None:
        window = self.window
        assert window is not None
        if window.closed:
            store.close()
            return
        after = None
        if not store.has_branch():
            from ui.dialogs.first_start import FirstStartWizard

            window.stop_waiting(self.tr("第一次使用：请先填写党支部的信息"))
            answer = FirstStartWizard.ask(window)
            if answer is None:
                store.close()
                window.close()
                QApplication.instance().exit(0)
                return
            store.create_branch(answer.branch)
            after = answer.after
        window.attach(store)
        if after is not None:
            after(window)
        self._ready_when_filled(window)

    def _ready_when_filled(self, window: MainWindow) -> None:
        """`ready` once the first page's background reads are done, so the window is usable, not just drawn."""
        jobs = window.ctx.jobs

        def idle(busy: bool) -> None:
            if not busy:
                jobs.busy_changed.disconnect(idle)
                self.ready.emit(window)

        if jobs.is_busy():
            jobs.busy_changed.connect(idle)
        else:
            self.ready.emit(window)


def _import_first_page() -> None:
    """Import the modules of the page the window opens on, so attaching does not wait for them."""
    import importlib

    from ui import settings

    key = settings.get_str("window/page", "home")
    importlib.import_module("ui.pages.search")
    importlib.import_module(f"ui.pages.{key if key in KEYS else 'home'}")


def run_gui(db_target: str | None) -> int:
    """Run the desktop program on the database `db_target` (a path or URL; None = the default file)."""
    app = make_application()
    install_excepthook()
    launcher = Launcher(db_target)
    launcher.start()
    code = app.exec()
    launcher.jobs.wait()  # a store still opening (the window was closed first) is finished and closed
    QApplication.sendPostedEvents()
    if launcher.window is not None:
        launcher.window.deleteLater()
    return code


__all__ = ["Launcher", "Notice", "make_application", "run_gui"]
