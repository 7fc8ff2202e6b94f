"""Start-up: the main window's frame shows before the data layer is imported, and is completed by the store."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from ui.main_window import KEYS, NAV

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def exits(app, monkeypatch: pytest.MonkeyPatch) -> list[int]:  # noqa: ANN001
    """The codes the program would quit with: a real `exit` outside `exec` would end every later event loop."""
    codes: list[int] = []
    monkeypatch.setattr(app, "exit", lambda code=0: codes.append(code), raising=False)
    return codes


def click_nav(qtbot, window, key: str) -> None:  # noqa: ANN001
    """Click the page's entry in the navigation list, the way the clerk does."""
    item = window.nav.item(KEYS.index(key))
    point = window.nav.visualItemRect(item).center()
    qtbot.mouseClick(window.nav.viewport(), Qt.MouseButton.LeftButton, pos=point)


def test_importing_the_window_does_not_import_the_data_layer() -> None:
    code = ("import sys, ui.app, ui.main_window\n"
            "heavy = [m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'alembic', 'openpyxl', 'docx')\n"
            "         or m.startswith(('models.services', 'models.orm', 'models.db', 'models.domain', 'exports'))]\n"
            "print(' '.join(heavy) or 'none')\n")
    env = dict(os.environ, PYTHONPATH=str(REPO))
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, env=env, capture_output=True, text=True,
                         timeout=60, check=True)
    assert out.stdout.split() == ["none"], out.stdout


def test_the_frame_before_the_store_is_calm_and_remembers_the_page(app, qtbot, store) -> None:  # noqa: ANN001
    from ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert [window.nav.item(i).text() for i in range(window.nav.count())] == [t for _, t in NAV]
    assert window.statusBar().currentMessage() == "正在打开数据库…" and window.busy.isVisible()
    assert not window.search_box.isEnabled() and window.branch_label.text() == ""
    assert window.stack.currentWidget() is window.waiting and window.waiting.title_label.text() == "首页"
    for key in ("new", "save", "print", "search", "import_roster"):
        assert not window.actions_by_key[key].isEnabled(), key
    window.actions_by_key["new"].trigger()  # a disabled shortcut does nothing, and nothing crashes
    window.actions_by_key["go_talks"].trigger()
    assert window.waiting.title_label.text() == "谈心谈话"
    click_nav(qtbot, window, "roster")
    assert window.nav.currentRow() == KEYS.index("roster") and window.waiting.title_label.text() == "党员名册"
    window.attach(store)
    page = window.current_page()
    assert page.key == "roster" and page.isVisible()
    assert window.search_box.isEnabled() and window.actions_by_key["new"].isEnabled()
    branch = store.branch()
    assert window.branch_label.text() == branch.name and window.windowTitle() == f"组织生活记录本 — {branch.short_name}"
    assert window.statusBar().currentMessage() == ""
    qtbot.waitUntil(lambda: not window.busy.isVisible())
    from ui import settings

    assert settings.get_str("window/page") == "roster"
    window.ctx.jobs.wait()


def test_closing_the_frame_before_the_store_comes(app, qtbot) -> None:  # noqa: ANN001
    from ui import settings
    from ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    window.close()
    assert window.closed and not settings.app_settings().value("window/geometry").isEmpty()


def test_launcher_shows_the_frame_then_the_filled_first_page(app, qtbot, store, db_path) -> None:  # noqa: ANN001
    from ui.app import Launcher

    launcher = Launcher(str(db_path))
    seen = []

    def shown(window) -> None:  # noqa: ANN001
        seen.append((window.is_attached(), window.isVisible(), window.statusBar().currentMessage()))
        click_nav(qtbot, window, "meetings")  # the clerk does not wait for the database

    launcher.shown.connect(shown)
    with qtbot.waitSignal(launcher.ready, timeout=10000) as ready:
        launcher.start()
    window = ready.args[0]
    qtbot.addWidget(window)
    assert window is launcher.window and seen == [(False, True, "正在打开数据库…")]
    page = window.current_page()
    assert page.key == "meetings" and page.isVisible() and not window.ctx.jobs.is_busy()
    assert page.list.model.rowCount() == len(store.meeting_summaries())  # the list is filled, not just drawn
    window.show_page("home")
    qtbot.waitUntil(lambda: window.pages["home"].recent.count() > 0)
    assert "正式党员" in window.pages["home"].people_text.text()
    window.close()


def test_launcher_tells_when_the_database_cannot_be_opened(app, qtbot, tmp_path, notices, exits) -> None:  # noqa: ANN001
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


def test_first_start_cancelled_closes_the_window(app, qtbot, tmp_path, monkeypatch, exits) -> None:  # noqa: ANN001
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
