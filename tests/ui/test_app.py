"""Starting the program: Qt's Chinese buttons, the first-start wizard, the main window's pages and shortcuts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QWizard

from models.domain import Branch
from models.services import Store
from ui.dialogs.first_start import FirstStart, FirstStartWizard
from ui.main_window import NAV


def test_qt_buttons_read_chinese(app) -> None:
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"


def test_main_window_pages_and_shortcuts(window) -> None:
    assert [window.nav.item(i).text() for i in range(window.nav.count())] == [t for _, t in NAV]
    keys = {k: a.shortcut() for k, a in window.actions_by_key.items()}
    assert keys["new"] == QKeySequence("Ctrl+N") and keys["search"] == QKeySequence("Ctrl+F")
    assert keys["print"] == QKeySequence("Ctrl+P") and keys["save"] == QKeySequence("Ctrl+S")
    for key, _ in NAV:
        page = window.show_page(key)
        assert window.stack.currentWidget() is page and page.isVisible()


def test_window_reopens_on_the_last_page(app, qtbot, store) -> None:
    from ui.main_window import MainWindow

    first = MainWindow(store._store)
    qtbot.addWidget(first)
    first.show()
    first.show_page("roster")
    first.resize(1111, 700)
    first.close()
    second = MainWindow(store._store)
    qtbot.addWidget(second)
    second.show()
    assert second.current_page().key == "roster"
    from ui import options

    assert not options.WINDOW_GEOMETRY.get().isEmpty()  # (offscreen screens clamp the size)


def test_wizard_asks_for_the_branch(app, qtbot) -> None:
    wizard = FirstStartWizard()
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.branch_page.name.setText("中共某某局机关支部委员会")
    wizard.branch_page.parent_org.setText("中共某某市直属机关工作委员会")
    assert wizard.branch_page.isComplete()
    wizard.next()
    wizard.archive_page.fonds.setText("J099")
    wizard.next()
    wizard.roster_page.choice.button(1).setChecked(True)
    value = wizard.value()
    assert value.branch == Branch("中共某某局机关支部委员会", "", "中共某某市直属机关工作委员会", "J099", "DZB")
    assert value.roster == "manual"


def test_first_start_creates_the_branch_and_opens_the_window(app, qtbot, tmp_path, monkeypatch) -> None:
    from ui.app import Launcher
    from ui.roster.person_dialog import PersonDialog

    answer = FirstStart(Branch("中共某某局机关支部委员会"), "manual")
    monkeypatch.setattr(FirstStartWizard, "ask", classmethod(lambda cls, parent: answer))
    asked = []
    monkeypatch.setattr(PersonDialog, "ask", classmethod(lambda cls, *a: asked.append(a) or None))
    launcher = Launcher(str(tmp_path / "new.sqlite3"))
    with qtbot.waitSignal(launcher.ready, timeout=10000) as ready:
        launcher.start()
    window = ready.args[0]
    qtbot.addWidget(window)
    assert window.current_page().key == "roster" and asked  # “enter by hand” opened the person dialog
    store = Store.open(tmp_path / "new.sqlite3")
    assert store.branch().name == "中共某某局机关支部委员会"
    store.close()


def test_the_sample_branch_can_be_tried_without_touching_the_clerks_file(app, qtbot, tmp_path, monkeypatch) -> None:
    """示例数据 in the first-start wizard: the sample opens in a database of its own; the clerk's file gets no branch,
    so the next start asks for the branch again."""
    from models.sample import sample_database_path
    from ui.app import Launcher

    wizard = FirstStartWizard()
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.mouseClick(wizard.branch_page.sample_button, Qt.MouseButton.LeftButton)
    assert wizard.result() == QWizard.DialogCode.Accepted and wizard.value().roster == "sample"
    monkeypatch.setattr(FirstStartWizard, "ask", classmethod(lambda cls, parent: wizard.value()))
    own = tmp_path / "own.sqlite3"
    launcher = Launcher(str(own))
    with qtbot.waitSignal(launcher.ready, timeout=20000) as ready:
        launcher.start()
    window = ready.args[0]
    qtbot.addWidget(window)
    assert window.windowTitle() == "示例数据" and window.sample_action.isVisible()
    assert window.ctx.store.engine.url.database == str(sample_database_path())
    assert len(window.ctx.store.meeting_summaries()) == 9  # the whole sample, to try everything on
    window.close()
    window.ctx.writes.settle()
    clerks = Store.open(own)
    assert not clerks.has_branch()  # untouched: the wizard comes again at the next start
    clerks.close()
