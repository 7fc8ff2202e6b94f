"""设置 → 备份与恢复: the backups with what they hold, a backup now into the chosen folder, the daily backup and the
one at exit; a second copy of the program on the same file is told where the file is open."""

from __future__ import annotations

from pathlib import Path

from models.backup import list_backups
from ui import options
from ui.auto_backup import backup_on_exit


def test_a_backup_now_into_the_chosen_folder_is_listed(window, store, qtbot, tmp_path: Path) -> None:
    stick = tmp_path / "U盘" / "备份"
    stick.parent.mkdir()  # the stick is plugged in; the folder on it is made by the first backup
    page = window.show_page("settings")
    backups = page.section("backups")
    backups.folder.setText(str(stick))
    assert page.save_now() and options.BACKUP_FOLDER.get() == str(stick)
    backups.backup_now()
    window.ctx.writes.settle()
    qtbot.waitUntil(lambda: bool(backups.shown), timeout=10000)
    found = list_backups(stick)
    assert len(found) == 1 and found[0].meetings == len(store.meeting_summaries())
    assert f"会议 {found[0].meetings} 次" in backups.list.item(0).text() and "（手动）" in backups.list.item(0).text()


def test_a_folder_on_a_missing_stick_is_refused_in_words(window, notices, tmp_path: Path) -> None:
    page = window.show_page("settings")
    page.section("backups").folder.setText(str(tmp_path / "没有插入的U盘" / "备份"))
    assert not page.save_now()
    assert "请检查 U 盘是否已插好" in notices.texts()


def test_the_daily_backup_and_the_one_at_exit(window, store, db_path: Path, tmp_path: Path) -> None:
    folder = tmp_path / "auto"
    options.BACKUP_FOLDER.set(str(folder))
    window.auto_backup.take_if_due()
    window.ctx.writes.settle()
    assert len(list_backups(folder)) == 1
    window.auto_backup.take_if_due()  # not due again the same day
    window.ctx.writes.settle()
    assert len(list_backups(folder)) == 1
    first = list_backups(folder)[0].path
    backup_on_exit(db_path)  # on exit always, even within the same second: the day keeps its newest
    newest = list_backups(folder)[0]
    assert newest.path != first and newest.automatic and newest.meetings == len(store.meeting_summaries())


def test_a_second_copy_of_the_program_is_told_where_the_file_is_open(app, qtbot, tmp_path: Path, monkeypatch) -> None:
    import subprocess
    import sys

    from models.domain import Branch
    from models.services import Store
    from ui.app import Launcher

    db = tmp_path / "shared.sqlite3"
    first = Store.open(db)
    first.create_branch(Branch("中共某某局机关支部委员会"))
    first.close()
    holder = subprocess.Popen([sys.executable, "-c", (
        "import sys, time; from pathlib import Path; from models.services import Store; "
        "s = Store.open(Path(sys.argv[1])); print('open', flush=True); time.sleep(60)"), str(db)],
        cwd=Path(__file__).resolve().parents[2], stdout=subprocess.PIPE, text=True)
    told: list[str] = []
    monkeypatch.setattr(Launcher, "_open_failed", lambda self, error: told.append(str(error)))
    try:
        assert holder.stdout.readline().strip() == "open"
        launcher = Launcher(str(db))
        launcher.start()
        qtbot.addWidget(launcher.window)
        qtbot.waitUntil(lambda: bool(told), timeout=10000)
    finally:
        holder.kill()
        holder.communicate()
    assert "正在本机另一个组织生活记录本窗口" in told[0] and "请先在那里关闭程序" in told[0]


def test_a_backup_now_that_fails_is_told_in_words_not_as_a_crash(window, notices, tmp_path: Path) -> None:
    not_a_folder = tmp_path / "U盘"
    not_a_folder.write_text("一个文件，不是文件夹")
    page = window.show_page("settings")
    backups = page.section("backups")
    backups.folder.setText(str(not_a_folder / "备份"))
    backups.backup_now()
    window.ctx.writes.settle()
    assert "无法完成操作: 无法创建备份文件夹" in notices.texts() and notices.crashes == []
