"""设置 → 备份与恢复 → 恢复所选备份…: confirmed with what the backup holds, the current file kept aside, run on the
write path; the store works on the restored file and every page shows it; refused when another copy has the file."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt

from models.backup import list_backups, take_backup
from tests.ui.conftest import type_text
from tests.ui.test_meetings import new_meeting

REPO = Path(__file__).resolve().parents[2]


def meetings_in(path: Path) -> list[str]:
    con = sqlite3.connect(path)
    try:
        return sorted(row[0] for row in con.execute("SELECT title FROM meeting"))
    finally:
        con.close()


def backups_section(window, qtbot, folder: Path):
    page = window.show_page("settings")
    section = page.section("backups")
    page.list.setCurrentRow(page.sections.index(section))
    section.folder.setText(str(folder))
    section.shown = []
    section.reload()
    qtbot.waitUntil(lambda: bool(section.shown), timeout=15000)
    return page, section


def click_row(qtbot, widget, row: int) -> None:
    rect = widget.visualItemRect(widget.item(row))
    qtbot.mouseClick(widget.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_a_backup_is_restored_from_the_window_and_every_page_shows_it(window, store, db_path: Path, qtbot,
                                                                      monkeypatch, notices, tmp_path: Path) -> None:
    folder = tmp_path / "备份"
    backup = take_backup(db_path, folder)  # two meetings
    editor = new_meeting(window, monkeypatch, "theme_day")  # a third, after the backup …
    type_text(editor.basics.title, "（备份之后）")  # … still being typed when the clerk restores
    after = editor.basics.title.text()
    window.search_box.setText("备份之后")
    window.run_search()
    qtbot.waitUntil(lambda: len(window.search_page.hits) == 1, timeout=10000)  # found, before the restore
    page, section = backups_section(window, qtbot, folder)
    assert not section.restore_button.isEnabled()  # nothing selected yet
    click_row(qtbot, section.list, 0)
    assert section.restore_button.isEnabled()
    qtbot.mouseClick(section.restore_button, Qt.MouseButton.LeftButton)
    asked = notices.shown[0][1]
    assert "用这份备份替换当前的数据库吗" in asked and backup.describe() in asked
    assert "会议 2 次" in asked and "当前的数据库不会删除" in asked and "orglife.sqlite3.before-restore-" in asked
    qtbot.waitUntil(lambda: "已恢复" in notices.texts(), timeout=20000)
    assert window.isEnabled()
    assert meetings_in(db_path) == sorted(["研究部署年度党建工作", "学习贯彻全会精神"])  # the backup's
    kept = list(db_path.parent.glob("orglife.sqlite3.before-restore-*"))
    assert [p.name for p in kept if not p.name.endswith(("-wal", "-shm"))] and after in meetings_in(
        next(p for p in kept if not p.name.endswith(("-wal", "-shm"))))  # what was typed is in the file kept aside
    assert "原来的数据库文件保留为“orglife.sqlite3.before-restore-" in notices.texts()
    safety = [b for b in list_backups(folder) if b.label == "before-restore"]
    assert len(safety) == 1 and safety[0].meetings == 3
    qtbot.waitUntil(lambda: "会议 3 次" in section.list.item(0).text(), timeout=5000)  # the list shows it first
    # every page: the search results and the meetings page, from the restored file
    qtbot.waitUntil(lambda: window.search_page.hits == [], timeout=10000)
    meetings = window.show_page("meetings")
    meetings.show_list()
    qtbot.waitUntil(lambda: meetings.list.model.rowCount() == 2, timeout=5000)
    titles = {meetings.list.model.index(r, 2).data() for r in range(2)}
    assert titles == {"研究部署年度党建工作", "学习贯彻全会精神"}
    assert window.windowTitle().startswith("示例市妇联机关党支部")
    # and the window goes on writing into the restored file
    new_meeting(window, monkeypatch, "committee_meeting")
    window.ctx.writes.settle()
    assert len(meetings_in(db_path)) == 3


def test_nothing_happens_when_the_clerk_says_no(window, store, db_path: Path, qtbot, notices,
                                                tmp_path: Path) -> None:
    folder = tmp_path / "备份"
    take_backup(db_path, folder)
    before = db_path.read_bytes()
    _page, section = backups_section(window, qtbot, folder)
    click_row(qtbot, section.list, 0)
    notices.answer = False
    qtbot.mouseClick(section.restore_button, Qt.MouseButton.LeftButton)
    window.ctx.writes.settle()
    assert not list(db_path.parent.glob("*.before-restore-*")) and db_path.read_bytes() == before
    assert len(list_backups(folder)) == 1


def test_a_restore_is_refused_in_words_while_another_copy_has_the_file_open(app, qtbot, notices, tmp_path: Path,
                                                                            sample_text: str) -> None:
    """A window that holds no lock (opened read-only) and a second copy of the program holding the file."""
    from models.db import open_database
    from models.interchange import read_branch
    from models.services import Store
    from ui.main_window import MainWindow

    db = tmp_path / "共用.sqlite3"
    first = Store.open(db)
    first.import_data(read_branch(sample_text))
    first.close()
    folder = tmp_path / "备份"
    take_backup(db, folder)
    holder = subprocess.Popen([sys.executable, "-c", (
        "import sys, time\nfrom models.services import Store\nStore.open(sys.argv[1])\nprint('open', flush=True)\n"
        "time.sleep(60)"), str(db)], cwd=REPO, stdout=subprocess.PIPE, text=True)
    store = Store(open_database(db, read_only=True))
    window = MainWindow(store)
    qtbot.addWidget(window)
    try:
        assert holder.stdout.readline().strip() == "open"
        _page, section = backups_section(window, qtbot, folder)
        click_row(qtbot, section.list, 0)
        qtbot.mouseClick(section.restore_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "没有恢复" in notices.texts(), timeout=20000)
        assert "没有恢复：该数据库正在本机另一个组织生活记录本窗口（或命令）中打开" in notices.texts()
        assert window.isEnabled() and len(store.meeting_summaries()) == 9  # the window still reads its file
    finally:
        holder.kill()
        holder.communicate()
        window.ctx.writes.settle()
        window.ctx.jobs.wait()
        window.close()
        store.close()
    assert not list(db.parent.glob("*.before-restore-*"))


def test_no_restore_into_the_sample_data(window, store, db_path: Path, qtbot, tmp_path: Path) -> None:
    folder = tmp_path / "备份"
    take_backup(db_path, folder)
    window.show_sample_note()  # the window works on 示例数据: the clerk's backups are not put into it
    _page, section = backups_section(window, qtbot, folder)
    click_row(qtbot, section.list, 0)
    assert not section.restore_button.isEnabled()
    section.restore_selected()
    window.ctx.writes.settle()
    assert not list(db_path.parent.glob("*.before-restore-*"))
