"""党委总览: offered only where several branches are in sight; the table of branches × duties; the Excel; the
archives of the branches; a branch opened read-only; the branch chosen at the start and remembered."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from tests.server.party_server import BUSY, IDLE
from tests.ui.party_support import close, party_file, start
from ui.party.overview_table import STATE_ROLE


@pytest.fixture
def chooser(monkeypatch: pytest.MonkeyPatch) -> list:
    """The branch chooser answers with the branch named in `answers[0]`; what it was offered is in `offered`."""
    from ui.dialogs.branch_chooser import BranchChooser

    seen: dict = {"answers": [IDLE], "offered": []}

    def ask(cls, parent, entries, current=""):  # type: ignore[no-untyped-def]
        seen["offered"].append([e.name for e in entries])
        name = seen["answers"].pop(0) if seen["answers"] else None
        return next((e for e in entries if e.name == name), None)

    monkeypatch.setattr(BranchChooser, "ask", classmethod(ask))
    return seen  # type: ignore[return-value]


def party_page(qtbot, window, year: int | None = None):  # type: ignore[no-untyped-def]
    """The 党委总览 as the clerk opens it from the navigation, with the year chosen in its box."""
    page = window.pages["party"]
    with qtbot.waitSignal(page.overview_shown, timeout=30000):
        window.go_to("party")
    if year is not None and page.year.year() != year:
        with qtbot.waitSignal(page.overview_shown, timeout=30000):
            page.year.setCurrentIndex(page.year.findData(year))
    return page


def cell(page, branch: str, duty: str):  # type: ignore[no-untyped-def]
    table = page.table
    row = table.row_of(branch)
    column = next(c for c in range(table.columnCount()) if table.horizontalHeaderItem(c).text() == duty)
    item = table.item(row, column)
    return item.text(), item.data(STATE_ROLE)


def test_a_file_of_one_branch_offers_no_overview_and_no_switch(window) -> None:
    assert not window.offers("party") and not window.actions_by_key["go_party"].isVisible()
    assert not window.switch_action.isVisible()
    assert window.offers("meetings") and window.actions_by_key["new"].isEnabled()


def test_a_file_of_several_branches_asks_which_remembers_it_and_shows_the_overview(
        app, qtbot, tmp_path, chooser) -> None:
    from ui import options

    path = party_file(tmp_path)
    window = start(qtbot, str(path))
    assert chooser["offered"] == [[BUSY, IDLE]]  # by full name
    assert window.branch_label.text() == IDLE and window.ctx.store.branch().name == IDLE
    assert window.offers("party") and window.switch_action.isVisible() and not window.is_party_reader()
    uid = options.CHOSEN_BRANCH.get()
    assert uid and uid == next(b.uid for b in window.login.branches if b.name == IDLE)
    close(window)
    again = start(qtbot, str(path))  # the next start opens the branch chosen, without asking
    assert chooser["offered"] == [[BUSY, IDLE]] and again.branch_label.text() == IDLE
    assert again.home.people_text.text().startswith("正式党员 4 人")
    chooser["answers"] = [BUSY]
    again.switch_button.click()
    assert again.branch_label.text() == BUSY and again.ctx.store.branch().name == BUSY
    qtbot.waitUntil(lambda: again.home.grid is not None and again.home.overview is not None)
    assert options.CHOSEN_BRANCH.get() == next(b.uid for b in again.login.branches if b.name == BUSY)
    close(again)


def test_the_table_shows_every_branch_in_the_home_grids_states(app, qtbot, tmp_path, chooser) -> None:
    window = start(qtbot, str(party_file(tmp_path)))
    page = party_page(qtbot, window, 2025)
    assert [page.table.item(r, 0).text() for r in range(page.table.rowCount())] == [BUSY, IDLE]
    assert cell(page, BUSY, "支部党员大会") == ("缺 3/4", "missing")  # three quarters of four, the year ended
    assert cell(page, IDLE, "支部党员大会") == ("缺 0/4", "missing")
    last = page.table.columnCount() - 1
    assert page.table.horizontalHeaderItem(last).text() == "缺项"
    counts = {page.table.item(r, 0).text(): int(page.table.item(r, last).text()) for r in range(2)}
    missing_cells = {name: sum(1 for c in range(1, last) if page.table.item(page.table.row_of(name), c)
                               .data(STATE_ROLE) == "missing") for name in (BUSY, IDLE)}
    assert counts == missing_cells and counts[IDLE] >= 1
    assert "2025 年度" in page.state.text() and "共 2 个党支部，其中 2 个有缺项" in page.state.text()
    close(window)


def test_the_table_goes_to_excel(app, qtbot, tmp_path, chooser, monkeypatch, notices) -> None:
    from ui.stats.save import SaveFileDialog

    target = tmp_path / "总览.xlsx"
    monkeypatch.setattr(SaveFileDialog, "ask", classmethod(lambda cls, parent, stem, kind: target))
    window = start(qtbot, str(party_file(tmp_path)))
    page = party_page(qtbot, window, 2025)
    qtbot.mouseClick(page.excel_button, Qt.MouseButton.LeftButton)
    rows = [[c.value for c in row] for row in load_workbook(BytesIO(target.read_bytes())).active.iter_rows()]
    assert rows[0][0].startswith("2025 年度各党支部组织生活落实情况")
    assert [r[0] for r in rows[2:]] == [BUSY, IDLE] and rows[2][1] == "✗ 缺 3/4"
    assert "已导出" in notices.texts()
    close(window)


def test_double_click_opens_the_branch_read_only(app, qtbot, tmp_path, chooser) -> None:
    window = start(qtbot, str(party_file(tmp_path)))
    page = party_page(qtbot, window, 2025)
    table = page.table
    row = table.row_of(BUSY)
    point = table.visualItemRect(table.item(row, 0)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=point)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert len(page.views) == 1
    view = page.views[0]
    qtbot.waitUntil(lambda: view.reading is not None, timeout=30000)
    assert view.windowTitle() == f"{BUSY}（只读）" and "只读" in view.note.text()
    assert view.reading.grid.year == 2025 and view.model.rowCount() == 3  # its three meetings, not the other's
    assert "共 3 条会议记录" in view.meeting_count.text()
    general = next(i for i, r in enumerate(view.grid.grid.rows) if r.key == "general_meeting")
    view.grid.choose(general, 0)
    assert view.cell_panel.isVisible() and not view.cell_panel.create_button.isVisible()
    writing = [b.text() for b in view.findChildren(QPushButton) if b.isVisible() and b.isEnabled()]
    assert writing == []  # nothing offers to make or change a record
    view.close()
    close(window)


def test_the_archives_of_all_branches_one_folder_and_zip_each(app, qtbot, tmp_path, chooser, monkeypatch,
                                                              notices) -> None:
    from ui.pages.archive import FolderChooser

    out = tmp_path / "档案"
    monkeypatch.setattr(FolderChooser, "ask", classmethod(lambda cls, parent, start: str(out)))
    window = start(qtbot, str(party_file(tmp_path)))
    page = party_page(qtbot, window, 2025)
    qtbot.mouseClick(page.archive_all_button, Qt.MouseButton.LeftButton)
    assert page.is_building()
    qtbot.waitUntil(lambda: not page.is_building(), timeout=120000)
    zips = sorted(p.name for p in out.glob("*.zip"))
    assert zips == ["第一党支部 2025年度归档.zip", "第二党支部 2025年度归档.zip"]
    assert all((out / Path(z).stem).is_dir() for z in zips)
    assert "已生成 2 个党支部的年度档案" in notices.texts()
    close(window)


def test_one_more_button_joins_the_row(app, qtbot, tmp_path, chooser) -> None:
    window = start(qtbot, str(party_file(tmp_path)))
    page = party_page(qtbot, window)
    clicked = []
    button = page.add_action_button("导入支部报送…", lambda: clicked.append(True))
    assert page.actions.indexOf(button) == page.actions.count() - 2  # before the row's stretch
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert clicked == [True]
    close(window)


def test_a_branch_imported_beside_the_first_brings_the_overview(window, qtbot) -> None:
    from bench.party import add_branch
    from tests.server.party_server import idle_branch
    from ui.operations import Changes

    assert not window.offers("party")
    add_branch(window.ctx.store.engine, idle_branch())  # as a hand-in imported into a branch of its own
    window.ctx.did_execute.emit(Changes(everything=True), None)  # what an import tells every page
    qtbot.waitUntil(lambda: window.offers("party"))
    assert window.actions_by_key["go_party"].isVisible() and window.switch_action.isVisible()
    assert window.ctx.store.branch().name != IDLE  # the branch worked on stays the one it was


def test_hand_ins_imported_from_the_page_come_into_the_table(app, qtbot, tmp_path, chooser, monkeypatch,
                                                             sample_text) -> None:
    from models.handin.year import year_interchange
    from models.interchange import read_branch
    from ui.party import hand_in

    handed = tmp_path / "报送.orglife.json"
    handed.write_text(year_interchange(read_branch(sample_text), 2025), encoding="utf-8")
    monkeypatch.setattr(hand_in, "choose_files", lambda parent: [str(handed)])
    window = start(qtbot, str(party_file(tmp_path)))
    page = party_page(qtbot, window, 2025)
    assert page.hand_in_button.isVisible() and page.table.rowCount() == 2
    qtbot.mouseClick(page.hand_in_button, Qt.MouseButton.LeftButton)
    dialog = next(w for w in page.findChildren(hand_in.HandInDialog))
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1 and dialog.start.isEnabled(), timeout=10000)
    with qtbot.waitSignal(page.overview_shown, timeout=30000):
        qtbot.mouseClick(dialog.start, Qt.MouseButton.LeftButton)
    name = read_branch(sample_text).branch.name
    qtbot.waitUntil(lambda: page.table.rowCount() == 3, timeout=30000)
    assert name in [page.table.item(r, 0).text() for r in range(page.table.rowCount())]
    dialog.close()
    close(window)
