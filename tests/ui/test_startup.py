"""Start-up: the main window's frame shows before the data layer is imported, and is completed by the store."""

from __future__ import annotations

import gc

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from tests.loaded_modules import loaded_of
from tests.ui.conftest import type_text
from ui.main_window import KEYS, NAV


@pytest.fixture
def exits(app, monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The codes the program would quit with: a real `exit` outside `exec` would end every later event loop."""
    codes: list[int] = []
    monkeypatch.setattr(app, "exit", lambda code=0: codes.append(code), raising=False)
    return codes


def click_nav(qtbot, window, key: str) -> None:
    """Click the page's entry in the navigation list, the way the clerk does."""
    item = window.nav.item(KEYS.index(key))
    point = window.nav.visualItemRect(item).center()
    qtbot.mouseClick(window.nav.viewport(), Qt.MouseButton.LeftButton, pos=point)


def test_importing_the_window_does_not_import_the_data_layer() -> None:
    heavy = loaded_of("import ui.app, ui.main_window", packages=("sqlalchemy", "alembic", "openpyxl", "docx"),
                      prefixes=("models.services", "models.orm", "models.db", "models.domain", "exports"))
    assert heavy == [], heavy


def test_the_frame_before_the_store_takes_every_request_and_does_it_then(app, qtbot, store, db_path) -> None:
    from datetime import date

    from models.glance import glance_of_file
    from ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert [window.nav.item(i).text() for i in range(window.nav.count())] == [t for _, t in NAV]
    assert window.statusBar().currentMessage() == "正在打开数据库…" and window.busy.isVisible()
    assert window.branch_label.text() == "" and window.stack.currentWidget() is window.home
    # the glance read from the file fills the home page and the title before the store is there
    window.show_glance(glance_of_file(db_path, date.today()))
    branch = store.branch()
    assert window.branch_label.text() == branch.name and window.windowTitle() == branch.short_name
    assert "正式党员 21 人" in window.home.people_text.text() and window.home.recent.count() == 2
    assert not window.is_attached()
    window.actions_by_key["go_talks"].trigger()
    assert window.stack.currentWidget() is window.waiting and window.waiting.title_label.text() == "谈心谈话"
    click_nav(qtbot, window, "roster")
    assert window.nav.currentRow() == KEYS.index("roster") and window.waiting.title_label.text() == "党员名册"
    click_nav(qtbot, window, "home")
    assert window.stack.currentWidget() is window.home
    # a search typed now is kept and run when the store is open (the last request wins over an earlier Ctrl+N)
    window.actions_by_key["new"].trigger()
    window.actions_by_key["search"].trigger()
    type_text(window.search_box, "李娜")
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    assert "稍候即自动继续" in window.statusBar().currentMessage()
    window.attach(store)
    assert window.current_page() is window.search_page
    qtbot.waitUntil(lambda: "“李娜”：找到" in window.search_page.status.text(), timeout=5000)
    assert window.statusBar().currentMessage() == ""
    qtbot.waitUntil(lambda: not window.busy.isVisible())
    from ui import options

    assert options.WINDOW_PAGE.get() == "home"
    window.ctx.jobs.wait()


def test_new_meeting_asked_before_the_store_opens_its_dialog_then(app, qtbot, store, monkeypatch) -> None:
    from ui.main_window import MainWindow
    from ui.meetings.new_dialog import NewMeetingDialog

    asked = []
    monkeypatch.setattr(NewMeetingDialog, "ask", classmethod(lambda cls, parent, groups: asked.append(groups)))
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    buttons = [b for b in window.home.findChildren(QPushButton) if b.text() == "新建会议记录"]
    qtbot.mouseClick(buttons[0], Qt.MouseButton.LeftButton)
    assert asked == [] and not window.is_attached()
    window.attach(store)
    assert len(asked) == 1 and [g.name for g in asked[0]] == ["第一党小组", "第二党小组"]
    assert window.current_page().key == "meetings"
    window.ctx.jobs.wait()


def test_closing_the_frame_before_the_store_comes(app, qtbot) -> None:
    from ui import options
    from ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    window.close()
    assert window.closed and not options.WINDOW_GEOMETRY.get().isEmpty()


def test_launcher_shows_the_home_page_filled_from_the_file_before_the_store_opens(app, qtbot, store, db_path) -> None:
    from ui.app import Launcher

    launcher = Launcher(str(db_path))
    seen = []
    launcher.shown.connect(lambda w: seen.append(("shown", w.is_attached())))
    launcher.usable.connect(lambda w: seen.append(("usable", w.is_attached(), w.home.people_text.text(),
                                                   w.home.recent.count(), w.branch_label.text())))
    gc.disable()  # as `main` does for the start; the launcher turns it on again when the store is open
    try:
        with qtbot.waitSignal(launcher.ready, timeout=10000) as ready:
            launcher.start()
        assert gc.isenabled()
    finally:
        gc.enable()
    window = ready.args[0]
    qtbot.addWidget(window)
    people = "正式党员 21 人，预备党员 2 人\n发展对象 0 人，入党积极分子 1 人"
    assert seen == [("shown", False), ("usable", False, people, 2, store.branch().name)]
    assert window.is_attached() and window.current_page() is window.home and not window.ctx.jobs.is_busy()
    assert window.home.people_text.text() == people and window.home.recent.count() == 2  # unchanged once attached
    window.close()


def test_the_program_starts_with_the_cycle_collector_off(monkeypatch: pytest.MonkeyPatch) -> None:
    import main
    import ui.app

    seen = []
    monkeypatch.setattr(ui.app, "run_gui", lambda db: seen.append((db, gc.isenabled())) or 0)
    try:
        assert main.main(["--db", "x.sqlite3"]) == 0
    finally:
        gc.enable()
    assert seen == [("x.sqlite3", False)]


def test_launcher_on_another_last_page_is_usable_with_the_store(app, qtbot, store, db_path) -> None:
    from ui.app import Launcher

    launcher = Launcher(str(db_path))
    seen = []

    def shown(window) -> None:
        seen.append(("shown", window.is_attached(), window.statusBar().currentMessage()))
        click_nav(qtbot, window, "meetings")  # the clerk does not wait for the database

    launcher.shown.connect(shown)
    launcher.usable.connect(lambda w: seen.append(("usable", w.is_attached(), w.current_page().key)))
    with qtbot.waitSignal(launcher.ready, timeout=10000) as ready:
        launcher.start()
    window = ready.args[0]
    qtbot.addWidget(window)
    assert window is launcher.window
    assert seen == [("shown", False, "正在打开数据库…"), ("usable", True, "meetings")]
    page = window.current_page()
    assert page.key == "meetings" and page.isVisible() and not window.ctx.jobs.is_busy()
    assert page.list.model.rowCount() == len(store.meeting_summaries())  # the list is filled, not just drawn
    window.show_page("home")
    qtbot.waitUntil(lambda: window.pages["home"].recent.count() > 0)
    assert "正式党员" in window.pages["home"].people_text.text()
    window.close()


def test_launcher_tells_when_the_database_cannot_be_opened(app, qtbot, tmp_path, notices, exits) -> None:
    from ui.app import Launcher

    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"not a database, just text\n" * 200)
    launcher = Launcher(str(bad))
    with qtbot.waitSignal(launcher.failed, timeout=10000):
        launcher.start()
    qtbot.addWidget(launcher.window)
    assert "无法打开数据库" in notices.texts()
    assert not launcher.window.is_attached() and not launcher.window.busy.isVisible()
    assert launcher.window.statusBar().currentMessage() == "无法打开数据库" and exits == [1]


def test_first_start_cancelled_closes_the_window(app, qtbot, tmp_path, monkeypatch, exits) -> None:
    from ui.app import Launcher
    from ui.dialogs.first_start import FirstStartWizard

    asked = []
    monkeypatch.setattr(FirstStartWizard, "ask", classmethod(lambda cls, parent: asked.append(parent) or None))
    launcher = Launcher(str(tmp_path / "new.sqlite3"))
    launcher.start()
    qtbot.addWidget(launcher.window)
    qtbot.waitUntil(lambda: bool(exits), timeout=10000)
    assert asked == [launcher.window] and launcher.window.closed and not launcher.window.is_attached()
    assert exits == [0]


def test_cancelling_the_first_start_asks_before_quitting(app, qtbot, tmp_path, monkeypatch, exits, notices) -> None:
    """A clerk who pressed 取消 by mistake is asked, and gets the wizard back when they say 否."""
    from models.domain import Branch
    from ui.app import Launcher
    from ui.dialogs.first_start import FirstStart, FirstStartWizard

    answers = [None, FirstStart(Branch("中共某某局机关支部委员会"), "later")]
    monkeypatch.setattr(FirstStartWizard, "ask", classmethod(lambda cls, parent: answers.pop(0)))
    notices.answer = False  # 否: do not quit
    launcher = Launcher(str(tmp_path / "new.sqlite3"))
    with qtbot.waitSignal(launcher.ready, timeout=10000) as ready:
        launcher.start()
    qtbot.addWidget(ready.args[0])
    assert "现在退出吗" in notices.texts() and answers == [] and exits == []
    assert ready.args[0].ctx.store.branch().name == "中共某某局机关支部委员会"


def test_the_main_window_brings_the_style_sheet_before_it_shows(app, qtbot) -> None:
    """The program's application has fonts only (make_application); the window sets the sheet once its widgets are
    made, so they are polished once, when they first show — and the window is styled on its first paint."""
    from ui.main_window import MainWindow
    from ui.style import STYLE_SHEET

    app.setStyleSheet("")
    window = MainWindow()
    qtbot.addWidget(window)
    assert app.styleSheet() == STYLE_SHEET
    window.show()
    nav = window.nav.grab().toImage()
    assert nav.pixelColor(nav.width() - 5, nav.height() - 5).name() == "#2f3a45"  # the navigation's dark grey
    window.close()
