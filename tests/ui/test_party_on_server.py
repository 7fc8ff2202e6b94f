"""党委总览 on a PostgreSQL server, logged in as a real 党委 reader's role and as a clerk's (tests/server/party_server):
the reader's window is the overview, read-only; the clerk's is its one branch, as before."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.server.party_server import BUSY, IDLE
from tests.ui.party_support import close, start
from ui.main_window import KEYS
from ui.party.overview_table import STATE_ROLE


def test_a_reader_sees_every_branch_read_only(app, qtbot, party_server) -> None:
    window = start(qtbot, party_server.url("reader"))
    assert window.is_party_reader() and "只读" in window.windowTitle()
    assert [k for k in KEYS if window.offers(k)] == ["party", "settings"]
    assert window.current_page().key == "party"
    for key in ("new", "new_meeting", "save", "import_roster"):
        assert not window.actions_by_key[key].isEnabled(), key
    assert not window.switch_action.isVisible() and not window.search_box.isEnabled()
    settings = window.show_page("settings")
    offered = [s.NAME for row, s in enumerate(settings.sections) if not settings.list.item(row).isHidden()]
    assert "branch" not in offered and "rules" not in offered and "server" in offered
    window.go_to("party")
    page = window.pages["party"]
    if page.overview is None or page.overview.year != 2025:
        with qtbot.waitSignal(page.overview_shown, timeout=30000):
            page.year.setCurrentIndex(page.year.findData(2025))
    table = page.table
    assert [table.item(r, 0).text() for r in range(table.rowCount())] == [BUSY, IDLE]
    assert not page.hand_in_button.isVisible()  # a reader writes nothing: no hand-ins into the server
    general = next(c for c in range(table.columnCount()) if table.horizontalHeaderItem(c).text() == "支部党员大会")
    assert (table.item(0, general).text(), table.item(0, general).data(STATE_ROLE)) == ("缺 3/4", "missing")
    point = table.visualItemRect(table.item(1, 0)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=point)  # a double-click's first press
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=point)
    view = page.views[0]
    qtbot.waitUntil(lambda: view.reading is not None, timeout=30000)
    assert view.windowTitle() == f"{IDLE}（只读）" and view.model.rowCount() == 0
    view.close()
    close(window)


def test_a_clerk_sees_its_branch_as_before(app, qtbot, party_server, monkeypatch) -> None:
    from ui.dialogs.branch_chooser import BranchChooser

    monkeypatch.setattr(BranchChooser, "ask", classmethod(lambda *a, **k: pytest_fail()))
    window = start(qtbot, party_server.url("clerk"))
    assert window.branch_label.text() == BUSY and not window.is_party_reader()
    assert not window.offers("party") and not window.switch_action.isVisible()
    assert window.actions_by_key["new"].isEnabled()
    close(window)


def test_the_owner_who_sees_both_chooses_one(app, qtbot, party_server, monkeypatch) -> None:
    from ui.dialogs.branch_chooser import BranchChooser

    monkeypatch.setattr(BranchChooser, "ask", classmethod(lambda cls, parent, entries, current="": entries[1]))
    window = start(qtbot, party_server.url("owner"))
    assert window.branch_label.text() == IDLE and window.offers("party") and window.switch_action.isVisible()
    close(window)


def pytest_fail():  # type: ignore[no-untyped-def]
    raise AssertionError("a clerk who sees one branch is not asked which")
