"""Starting the desktop program: the application, Qt's Chinese translation, the database, then the first window."""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from models.resources import resource
from ui.errors import Notice, install_excepthook, show_error
from ui.jobs import Jobs
from ui.language import LANGUAGES, install_language, qt_translation_folders
from ui.main_window import KEYS, MainWindow
from ui.style import apply_look, apply_style, apply_style_sheet, style_arguments

if TYPE_CHECKING:
    from models.glance import Glance
    from models.server.login import Login
    from models.services import Store


def make_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with Qt's own Chinese strings (确定/取消), our fonts and style."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(style_arguments(argv if argv is not None else sys.argv))
        apply_look(app)
        QTimer.singleShot(0, apply_style_sheet)  # with the main window (it sets it sooner); for any other first window
    else:  # made elsewhere (tests)
        apply_style(app)
    app.setApplicationName("OrgLife")
    app.setOrganizationName("OrgLife")
    app.setWindowIcon(QIcon(str(resource("icon", "orglife-256.png"))))  # the taskbar's and the title bar's
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    load_qt_translation(app)  # after the organisation's name: the 界面语言 setting is read under it
    app.setApplicationDisplayName(QApplication.translate("MainWindow", "组织生活记录本"))
    return app


def load_qt_translation(app: QApplication, language: str | None = None) -> bool:
    """The translators of the 界面语言 setting (or `language`), before any dialog is shown (ui.language)."""
    return install_language(app, language)


class Launcher(QObject):
    """Shows the main window at once, its home page already filled from the database file (the glance, read
    with the standard library in a few milliseconds); opens the store in the background (importing SQLAlchemy
    takes longer than the window takes to appear), then completes the window — or first shows the first-start
    wizard when the database has no branch yet.

    Signals, in order:
    - `shown(window)`: the window is on screen and the event loop has turned;
    - `usable(window)`: the page the window opens on shows the branch's data, and every click and key is taken
      (what needs the store is done the moment it is open): with `shown` when the window opens on 首页 and the
      glance could be read, else together with `ready`;
    - `ready(window)`: the window is attached to the store and its first page is filled (its background reads
      have finished).
    """

    shown = Signal(object)
    usable = Signal(object)
    ready = Signal(object)
    failed = Signal(str)

    def __init__(self, db_target: str | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db_target = db_target
        self.jobs = Jobs(self)
        self.window: MainWindow | None = None
        self._usable_told = False
        self._password: str | None = None  # the server's password typed at this start (never written to a file)
        self._login: Login | None = None  # who the opened store is logged in as, and the branches it sees

    def start(self) -> None:
        window = MainWindow()
        self.window = window
        locked = self._locked_database()
        if locked is not None:  # the password lock: the unlock prompt first, nothing read from the file before
            screen = window.lock(locked)
            screen.unlocked.connect(self._unlocked)
            window.show()
            QTimer.singleShot(0, lambda: self.shown.emit(window))
            return
        glance = self._read_glance()
        if glance is not None:
            window.show_glance(glance)
        window.show()
        # once the event loop has turned: the window is laid out and on screen
        QTimer.singleShot(0, lambda: self._frame_shown(glance is not None))

    def _locked_database(self) -> Path | None:
        """The database file, when it has the password lock on and has not been unlocked in this program."""
        from models.paths import database_file, has_key_note

        path = database_file(self.db_target)
        if path is None or not has_key_note(path):  # no lock: nothing more is loaded for it at the start
            return None
        from models import keys

        if not keys.is_encrypted(path) or keys.is_unlocked(path):
            return None
        return path

    def _unlocked(self) -> None:
        """The password was right (the window has taken its content back): now the start goes on as usual."""
        window = self.window
        assert window is not None
        glance = self._read_glance()
        if glance is not None:
            window.show_glance(glance)
        QTimer.singleShot(0, lambda: self._frame_shown(glance is not None, told=True))

    def _read_glance(self) -> Glance | None:
        """On the UI thread, before the window shows: one paint of a filled page instead of an empty one first.
        It never waits for a lock (`glance_of_file`), and whatever goes wrong only means no glance: the home page
        reads the same glance through the store a moment later, which reports any error."""
        from models.glance import glance_of_file
        from ui import options

        try:
            return glance_of_file(self.db_target, date.today(), options.CHOSEN_BRANCH.get())
        except Exception as error:  # told on stderr; the store's reading reports it to the clerk
            print(f"OrgLife: 首页一览未能读取：{error!r}", file=sys.stderr)
            return None

    def _frame_shown(self, glanced: bool, told: bool = False) -> None:
        """The window is on screen and the event loop runs: now open the store, in the background.

        Not earlier: the worker holds Python's GIL while it imports and would slow down the window's first paint.
        `told`: `shown` was emitted already (with the unlock prompt).
        """
        window = self.window
        assert window is not None
        if not told:
            self.shown.emit(window)
        if glanced and window.current_page() is window.home:
            self._tell_usable(window)
        self.jobs.run(self._open_store, self._opened, self._open_failed)

    def _tell_usable(self, window: MainWindow) -> None:
        if not self._usable_told:
            self._usable_told = True
            self.usable.emit(window)

    def _open_store(self):
        """On the worker thread: the data layer (SQLAlchemy, our ORM) is imported here, not on the UI thread."""
        from models.services import Store

        target = self.db_target
        if target is not None and target.startswith("postgresql"):  # the password kept in the credential store
            from models.connection import with_password, with_stored_password

            target = with_password(target, self._password) if self._password else with_stored_password(target)
        store = Store.open(target)
        from models.server.login import login_kind

        self._login = login_kind(store.engine)  # here, off the UI thread: on a server it is a round trip
        if self._password:  # accepted: kept where the system has a credential store we trust
            from models.connection import keep_password_of

            keep_password_of(target)
        _import_first_page()
        return store

    def _open_failed(self, error: Exception) -> None:
        gc.enable()
        window = self.window
        if window is not None and window.closed:  # the clerk closed the program before the database opened
            return
        if self._sent_to_the_running_window(error) or self._restored_from_a_backup(error):
            return
        if self._password_asked(error):
            return
        if window is not None:
            window.stop_waiting(self.tr("无法打开数据库"))
        if not self._server_unreachable(error):
            show_error(window, error)
        self.failed.emit(str(error))
        QApplication.instance().exit(1)

    def _password_asked(self, error: Exception) -> bool:
        """The server wants a password the system does not keep (or refused the kept one): asked in a small
        dialog, then the database is opened again with it (and it is kept where a credential store is usable)."""
        from models import connection as servers

        target = self.db_target or ""
        if not target.startswith("postgresql") or not servers.login_refused(error):
            return False
        from ui.dialogs.server_password import ServerPassword

        reason = self.tr("密码不正确。") if self._password is not None else self.tr("本机没有保存这个账号的密码。")
        password = ServerPassword.ask(self.window, servers.account_of(target), reason)
        if password is None:
            return False
        self._password = password
        self.jobs.run(self._open_store, self._opened, self._open_failed)
        return True

    def _server_unreachable(self, error: Exception) -> bool:
        """The 党委 server cannot be reached or refused the login: told in words with what to do, no traceback."""
        if not (self.db_target or "").startswith("postgresql"):
            return False
        from models.connection import unreachable

        message = unreachable(error)
        if message is None:
            return False
        Notice.warn(self.window, self.tr("无法连接服务器"), self.tr(message))
        return True

    def _sent_to_the_running_window(self, error: Exception) -> bool:
        """The database is open in a window of this computer: that window comes to the front and this start
        ends quietly (ui.front_door). False when nobody answered: the error is told as it is."""
        from models.dblock import DatabaseInUse

        if not isinstance(error, DatabaseInUse) or not error.same_host:
            return False
        try:
            from ui.front_door import knock
        except ImportError as bug:  # a package without Qt's network module: the error is told as it is
            from models import logbook

            logbook.bug(bug, "front door")
            return False
        if not knock(error.path):
            return False
        if self.window is not None:
            self.window.close()
        self.failed.emit(str(error))
        QApplication.instance().exit(0)
        return True

    def _restored_from_a_backup(self, error: Exception) -> bool:
        """The file is damaged and a good backup of it exists: offered, and if the clerk agrees, put in place (the
        damaged file kept aside, never deleted) and the database opened again. False when not offered or declined:
        the error is told as it is (it names the backup)."""
        from models.faults import DatabaseDamaged

        if not isinstance(error, DatabaseDamaged) or not error.backups or error.path is None:
            return False
        best, path, window = error.backups[0], error.path, self.window
        if not Notice.confirm(window, self.tr("数据库已损坏"), self.tr(
                "{0}\n\n现在用这份备份恢复吗？备份：{1}\n损坏的文件会改名留在原文件夹，不会删除。").format(
                    error, best.describe())):
            return False
        from models.restore import restore

        if window is not None:
            window.stop_waiting(self.tr("正在从备份恢复…"))
        self.jobs.run(lambda: restore(best.path, path), lambda _done: self.jobs.run(
            self._open_store, self._opened, self._open_failed), self._open_failed)
        return True

    def _opened(self, store: Store) -> None:
        # `main` turned the cycle collector off for the start (it took a tenth of the time). What the start made
        # (modules, classes, the window) lives as long as the program: frozen, the first collection does not walk
        # it all on the UI thread while the home page's figures are being read. Only at the start: a store opened
        # again (after a restore) leaves garbage behind that must stay collectable.
        if not gc.isenabled():
            gc.freeze()
        gc.enable()
        window = self.window
        assert window is not None
        if window.closed:
            store.close()
            return
        if store.has_branch():
            if self._branch_chosen(store):
                self._attach(store, login=self._login)
            return
        from ui.dialogs.first_start import FirstStartWizard

        window.stop_waiting(self.tr("第一次使用：请先填写党支部的信息"))
        answer = FirstStartWizard.ask(window)
        while answer is None and not Notice.confirm(window, self.tr("退出程序"), self.tr(
                "还没有填写党支部的信息，程序需要它才能开始记录。\n现在退出吗？（下次打开时再填写）")):
            answer = FirstStartWizard.ask(window)
        if answer is None:
            store.close()
            window.close()
            QApplication.instance().exit(0)
            return
        if answer.roster == "sample":
            store.close()  # the clerk's own file stays as it is, without a branch: the wizard comes again
            window.stop_waiting(self.tr("正在打开示例数据…"))
            self.jobs.run(_open_sample, lambda sample: self._attach(sample, sample=True), self._open_failed)
            return

        def create() -> Store:  # written off the UI thread, like every write
            store.create_branch(answer.branch)
            return store

        self.jobs.run(create, lambda created: self._attach(created, answer.after), self._open_failed)

    def _branch_chosen(self, store: Store) -> bool:
        """On a database of several branches the store works with one: the one chosen last time (its uid in the
        settings), else the clerk chooses it by full name (remembered); a 党委 reader's window opens on the
        overview, with the first branch behind it. False when the clerk chose none and quits."""
        from ui import options

        login, window = self._login, self.window
        if login is None or not login.several:
            return True
        remembered = options.CHOSEN_BRANCH.get()
        entry = next((b for b in login.branches if remembered and b.uid == remembered), None)
        if entry is None and login.is_reader:
            entry = login.branches[0]
        while entry is None:
            from ui.dialogs.branch_chooser import BranchChooser

            if window is not None:
                window.stop_waiting(self.tr("请选择要打开的党支部"))
            entry = BranchChooser.ask(window, list(login.branches))
            if entry is None and Notice.confirm(window, self.tr("退出程序"), self.tr(
                    "还没有选择党支部，程序需要知道打开哪个党支部。\n现在退出吗？")):
                store.close()
                if window is not None:
                    window.close()
                QApplication.instance().exit(0)
                return False
            if entry is not None:
                options.CHOSEN_BRANCH.set(entry.uid)
        store.choose_branch(entry.id)
        return True

    def _attach(self, store: Store, after: Callable[[MainWindow], None] | None = None, sample: bool = False,
                login: Login | None = None) -> None:
        window = self.window
        assert window is not None
        if window.closed:
            store.close()
            return
        window.attach(store, login)
        if sample:
            window.show_sample_note()
        if after is not None:
            after(window)
        self._ready_when_filled(window, front_door=not sample)

    def _ready_when_filled(self, window: MainWindow, front_door: bool = False) -> None:
        """`ready` once the first page's background reads are done, so the window is usable, not just drawn; then
        the front door for a second start opens (after the first page is painted: it loads Qt's local sockets)."""
        jobs = window.ctx.jobs

        def filled() -> None:
            self._tell_usable(window)
            self.ready.emit(window)
            if front_door:
                QTimer.singleShot(FRONT_DOOR_AFTER_MS, lambda: window.closed or window.open_front_door())

        def idle(busy: bool) -> None:
            if not busy:
                jobs.busy_changed.disconnect(idle)
                filled()

        if jobs.is_busy():
            jobs.busy_changed.connect(idle)
        else:
            filled()


def _open_sample() -> Store:
    """On the worker thread: a fresh copy of the sample branch in a database of its own."""
    from models.sample import open_sample_store

    return open_sample_store()


FRONT_DOOR_AFTER_MS = 200  # the front door opens this long after the first page is filled


def _import_first_page() -> None:
    """Import the modules of the page the window opens on, so attaching does not wait for them; those 首页 reads
    and shows its grid and reminders with, read as soon as the window is attached whichever page it opens on; and
    Qt's local sockets for the front door, which opens once the window is ready."""
    import models.overview.home  # noqa: F401 - imported for the side effect: loaded before the window needs it
    import ui.home.duty_grid  # the same
    import ui.home.reminder_list  # the same
    import ui.pages.search  # the same

    try:
        import ui.front_door  # noqa: F401 - the same
    except ImportError:  # a package without Qt's network module: told when the door is opened
        pass
    from ui import options
    from ui.pages.registry import page_class

    key = options.WINDOW_PAGE.get()
    page_class(key if key in KEYS else "home")  # home: already, with the frame


def chosen_server() -> str | None:
    """The 党委 server chosen in 设置 → 数据库 (its URL, without the password), or None for this PC's file."""
    from ui import options

    if options.DATABASE_SOURCE.get() != "server" or not options.SERVER_HOST.get():
        return None
    from models.connection import Server

    return Server(options.SERVER_HOST.get(), options.SERVER_PORT.get(), options.SERVER_DATABASE.get(),
                  options.SERVER_USER.get(), options.SERVER_SSLMODE.get(), options.SERVER_SSLROOTCERT.get()).url()


def run_gui(db_target: str | None) -> int:
    """Run the desktop program on the database `db_target` (a path or URL; None = the default file)."""
    app = make_application()
    install_excepthook()
    launcher = Launcher(db_target or chosen_server())
    if os.environ.get("ORGLIFE_PROBE"):  # the packaged program's smoke test and start-up benchmark (ui/probe.py)
        from ui.probe import watch

        watch(launcher)
    launcher.start()
    code = app.exec()
    launcher.jobs.wait()  # a store still opening (the window was closed first) is finished and closed
    QApplication.sendPostedEvents()
    window = launcher.window
    database = window.database_file() if window is not None else None
    if window is not None:
        window.deleteLater()
    if code == 0:
        from ui.auto_backup import backup_on_exit

        backup_on_exit(database)  # the window is gone: the clerk does not wait for it
    return code


__all__ = ["LANGUAGES", "Launcher", "Notice", "make_application", "qt_translation_folders", "run_gui"]
