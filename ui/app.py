"""Starting the desktop program: the application, Qt's Chinese translation, the database, then the first window."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QLibraryInfo, QLocale, QObject, QTranslator, Signal
from PySide6.QtWidgets import QApplication, QWidget

from ui.errors import Notice, install_excepthook, show_error
from ui.jobs import Jobs
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


class Launcher(QObject):
    """Opens the store in the background, then shows the first-start wizard or the main window.

    `ready(window)` is emitted once the main window is shown and usable.
    """

    ready = Signal(object)
    failed = Signal(str)

    def __init__(self, db_target: str | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db_target = db_target
        self.jobs = Jobs(self)
        self.window: QWidget | None = None

    def start(self) -> None:
        self.jobs.run(self._open_store, self._opened, self._open_failed)

    def _open_store(self):  # noqa: ANN202
        """On the worker thread: the database layer is imported here too, while the UI thread stays free."""
        from models.services import Store

        store = Store.open(self.db_target)
        import ui.main_window  # noqa: F401  (the pages' modules, ready when the window is built)

        return store

    def _open_failed(self, error: Exception) -> None:
        show_error(None, error)
        self.failed.emit(str(error))
        QApplication.instance().exit(1)

    def _opened(self, store) -> None:  # noqa: ANN001
        if not store.has_branch():
            from ui.dialogs.first_start import FirstStartWizard

            answer = FirstStartWizard.ask(None)
            if answer is None:
                store.close()
                QApplication.instance().exit(0)
                return
            store.create_branch(answer.branch)
            self._show_main(store, answer.after)
        else:
            self._show_main(store, None)

    def _show_main(self, store: Store, after: Callable[[QWidget], None] | None) -> None:
        from ui.main_window import MainWindow

        window = MainWindow(store)
        self.window = window
        window.show()
        if after is not None:
            after(window)
        self.ready.emit(window)


def run_gui(db_target: str | None) -> int:
    """Run the desktop program on the database `db_target` (a path or URL; None = the default file)."""
    app = make_application()
    install_excepthook()
    launcher = Launcher(db_target)
    launcher.start()
    code = app.exec()
    if launcher.window is not None:
        launcher.window.deleteLater()
    return code


__all__ = ["Launcher", "Notice", "make_application", "run_gui"]
