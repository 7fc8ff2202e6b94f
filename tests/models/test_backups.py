"""Backups that exist without being asked for, rotation, and a restore that works (even next to a stale -wal)."""

from __future__ import annotations

import dataclasses
import shutil
import signal
import sqlite3
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from models import rotation
from models.backup import BackupError, BackupInfo, list_backups, read_contents, take_backup, verify_sqlite_file
from models.db import DatabaseInUse
from models.interchange import read_branch, write_branch
from models.restore import restore
from models.services import Store

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def db(tmp_path: Path, sample_text: str) -> Path:
    path = tmp_path / "data" / "orglife.sqlite3"
    store = Store.open(path)
    store.import_data(read_branch(sample_text))
    store.close()
    return path


def test_a_backup_says_what_it_holds_without_being_opened(db: Path, tmp_path: Path) -> None:
    info = take_backup(db, tmp_path / "stick", now=datetime(2026, 3, 2, 9, 30))
    assert (info.branch, info.people, info.meetings, info.talks) == ("中共示例市妇女联合会机关支部委员会", 8, 9, 2)
    listed = list_backups(tmp_path / "stick")
    assert [b.path for b in listed] == [info.path]
    assert listed[0].taken_text == "2026年3月2日 09:30"
    assert "会议 9 次" in listed[0].describe() and "谈话 2 次" in listed[0].describe()
    info.path.with_name(info.path.name + ".json").unlink()  # without its note it is read (immutable), not opened
    assert list_backups(tmp_path / "stick")[0].meetings == 9


def test_a_damaged_database_gives_no_backup_and_leaves_the_older_ones(db: Path, tmp_path: Path) -> None:
    folder = tmp_path / "bk"
    good = take_backup(db, folder)
    damage_a_table(db)
    with pytest.raises(BackupError, match="已损坏"):
        take_backup(db, folder)
    assert [b.path for b in list_backups(folder)] == [good.path]
    assert not list(folder.glob("*.part"))


def damage_a_table(path: Path) -> None:
    """Overwrite a page in the middle of the file (a table's data), as a failing disk would."""
    data = bytearray(path.read_bytes())
    page = 4096
    middle = (len(data) // page // 2) * page
    data[middle:middle + page] = b"\xa5" * page
    path.write_bytes(bytes(data))


def auto(taken: datetime, size: int = 1000, label: str = "auto") -> BackupInfo:
    return BackupInfo(Path(f"/b/{taken:%Y%m%d%H%M}-{label}"), taken, label, size, "支部", 1, 1, 1, "0004")


def test_rotation_keeps_7_daily_8_weekly_12_monthly_and_what_the_clerk_asked_for() -> None:
    now = datetime(2026, 12, 1, 18)
    daily = [auto(now - timedelta(days=d, hours=h)) for d in range(400) for h in (0, 5)]
    asked = auto(now - timedelta(days=300), label="")
    kept = rotation.keep([*daily, asked], now)
    kept_auto = sorted((b for b in daily if b.path in kept), key=lambda b: b.taken, reverse=True)
    assert asked.path in kept
    assert kept_auto[0].taken == now  # the newest
    days = {b.taken.date() for b in kept_auto}
    assert all((now - timedelta(days=d)).date() in days for d in range(7))
    months = {(b.taken.year, b.taken.month) for b in kept_auto}
    assert len(months) >= 12
    assert len(kept_auto) <= 7 + 8 + 12
    assert not any(b.taken < now - timedelta(days=400) for b in kept_auto)


def test_rotation_keeps_under_the_size_cap_but_never_drops_the_newest() -> None:
    now = datetime(2026, 12, 1)
    backups = [auto(now - timedelta(days=d), size=100) for d in range(30)]
    kept = rotation.keep(backups, now, rotation.Retention(max_bytes=350))
    assert len(kept) == 3 and backups[0].path in kept
    assert rotation.keep(backups[:1], now, rotation.Retention(max_bytes=10)) == {backups[0].path}


def test_automatic_backups_are_taken_daily_and_thinned(db: Path, tmp_path: Path) -> None:
    folder = tmp_path / "auto"
    start = datetime(2026, 1, 1, 9)
    for day in range(40):
        rotation.auto_backup(db, folder, start + timedelta(days=day))
        assert rotation.auto_backup(db, folder, start + timedelta(days=day, hours=2)) is None  # at most daily
    rotation.auto_backup(db, folder, start + timedelta(days=39, hours=3), force=True)  # on exit
    found = list_backups(folder)
    assert len(found) <= 7 + 8 + 12
    assert found[0].taken == start + timedelta(days=39, hours=3)
    for b in found:
        verify_sqlite_file(b.path)
    assert len(list(folder.glob("*.json"))) == len(found)  # every note goes with its backup


def test_backups_taken_in_the_same_second_each_keep_their_file_and_sort_in_the_order_taken(
        db: Path, tmp_path: Path) -> None:
    folder = tmp_path / "bk"
    second = datetime(2026, 12, 1, 20, 35)
    made = [take_backup(db, folder, label, now=second) for label in ("auto", "", "auto", "before-restore")]
    made += [take_backup(db, folder, "auto", now=second) for _ in range(8)]  # _10 and over: numbers, not letters
    assert len({b.path for b in made}) == 12 and all(b.path.exists() for b in made)
    assert [b.sequence for b in made] == list(range(1, 13))
    assert made[9].path.name == "orglife-20261201-203500_10-auto.sqlite3"
    listed = list_backups(folder)
    assert [b.path for b in listed] == [b.path for b in reversed(made)]  # newest first
    assert [b.label for b in listed][-4:] == ["before-restore", "auto", "", "auto"]
    for b in made:  # the notes lost: the names alone give the same order and the labels
        b.path.with_name(b.path.name + ".json").unlink()
    assert [(b.path, b.label) for b in list_backups(folder)] == [(b.path, b.label) for b in reversed(made)]


def test_the_rotation_keeps_the_last_of_several_backups_taken_in_the_same_second(db: Path, tmp_path: Path) -> None:
    folder = tmp_path / "bk"
    second = datetime(2026, 12, 1, 20, 35)
    made = [rotation.auto_backup(db, folder, second, force=True) for _ in range(3)]
    assert [b.path for b in list_backups(folder)] == [made[-1].path]  # the day keeps its newest


def test_backups_taken_at_once_by_several_writers_never_share_a_file(db: Path, tmp_path: Path) -> None:
    from concurrent.futures import ThreadPoolExecutor

    folder = tmp_path / "bk"
    folder.mkdir()
    second = datetime(2026, 12, 1, 20, 35)
    with ThreadPoolExecutor(6) as pool:
        made = list(pool.map(lambda _: take_backup(db, folder, "auto", now=second), range(12)))
    assert len({b.path for b in made}) == 12 and sorted(b.sequence for b in made) == list(range(1, 13))
    listed = list_backups(folder)
    assert len(listed) == 12 and [b.sequence for b in listed] == list(range(12, 0, -1))
    for b in listed:
        verify_sqlite_file(b.path)
    assert not list(folder.glob("*.part"))


def leave_a_stale_wal(path: Path, meetings: int) -> None:
    """Another session adds `meetings` meetings and is killed before SQLite copies its -wal into the file."""
    code = f"""
import dataclasses, os, signal, sqlite3, sys
from models.services import Store
store = Store.open({str(path)!r})
base = store.meeting("mt01")
raw = store.engine.raw_connection()
raw.driver_connection.execute("PRAGMA wal_autocheckpoint=0")
for i in range({meetings}):
    store.save_meeting(dataclasses.replace(base, id=f"extra{{i}}", status="draft", finalized_at=None,
                                           amendments=(), version=None))
os.kill(os.getpid(), signal.SIGKILL)
"""
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True)
    assert out.returncode == -signal.SIGKILL, out.stderr
    assert path.with_name(path.name + "-wal").stat().st_size > 0


def meetings_in(path: Path) -> int:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT count(*) FROM meeting").fetchone()[0]
    finally:
        con.close()


def test_copying_a_backup_over_a_database_with_a_stale_wal_is_what_breaks_it(db: Path, tmp_path: Path) -> None:
    """The hazard the restore avoids, shown: the -wal of the old file is applied to the copied backup."""
    backup = take_backup(db, tmp_path / "bk").path
    leave_a_stale_wal(db, 100)
    shutil.copyfile(backup, db)  # the naive restore
    con = sqlite3.connect(db)
    try:
        count = con.execute("SELECT count(*) FROM meeting").fetchone()[0]
        intact = con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    except sqlite3.DatabaseError:
        count, intact = None, False
    finally:
        con.close()
    assert count != 9 or not intact


def test_restore_next_to_a_stale_wal_gives_the_backup_and_keeps_the_current_file(db: Path, tmp_path: Path) -> None:
    backup = take_backup(db, tmp_path / "bk").path
    leave_a_stale_wal(db, 100)
    done = restore(backup, db, now=datetime(2026, 12, 1, 20, 0))
    assert meetings_in(db) == 9
    verify_sqlite_file(db)
    store = Store.open(db)
    assert store.branch().name == "中共示例市妇女联合会机关支部委员会" and len(store.meeting_summaries()) == 9
    store.close()
    # the file that was in place is kept aside with its -wal: nothing of it is lost
    assert done.kept_aside is not None and done.kept_aside.name == "orglife.sqlite3.before-restore-20261201-200000"
    assert done.kept_aside.with_name(done.kept_aside.name + "-wal").exists()
    assert meetings_in(done.kept_aside) == 9 + 100
    assert done.safety_backup is not None and done.safety_backup.meetings == 9 + 100


def test_a_damaged_database_is_kept_aside_by_the_restore(db: Path, tmp_path: Path) -> None:
    backup = take_backup(db, tmp_path / "bk").path
    damage_a_table(db)
    before = db.read_bytes()
    done = restore(backup, db)
    assert done.safety_backup is None  # a damaged file is not backed up, but kept as it was
    assert done.kept_aside is not None and done.kept_aside.read_bytes() == before
    assert meetings_in(db) == 9


def test_restore_is_refused_while_the_database_is_open(db: Path, tmp_path: Path) -> None:
    backup = take_backup(db, tmp_path / "bk").path
    holder = subprocess.Popen([sys.executable, "-c", (
        "import sys, time\nfrom models.services import Store\nStore.open(sys.argv[1])\nprint('open', flush=True)\n"
        "time.sleep(60)"), str(db)], cwd=REPO, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "open"
        with pytest.raises(DatabaseInUse):
            restore(backup, db)
    finally:
        holder.kill()
        holder.communicate()
    store = Store.open(db)  # open in this program: refused too
    try:
        with pytest.raises(BackupError, match="请先关闭"):
            restore(backup, db)
    finally:
        store.close()
    assert not list(db.parent.glob("*.before-restore-*"))


def test_the_store_a_window_has_open_is_restored_in_place_and_works_on_the_restored_file(db: Path,
                                                                                       tmp_path: Path) -> None:
    from models import dblock
    from models.restore import restore_store

    store = Store.open(db)
    try:
        backup = take_backup(db, tmp_path / "bk").path
        base = store.meeting("mt01")
        store.save_meeting(dataclasses.replace(base, id="after", status="draft", finalized_at=None, amendments=(),
                                               version=None))
        assert len(store.meeting_summaries()) == 10
        done = restore_store(store, backup, tmp_path / "bk")
        assert len(store.meeting_summaries()) == 9  # the same store object, on the restored file
        assert done.safety_backup is not None and done.safety_backup.meetings == 10
        assert meetings_in(done.kept_aside) == 10
        assert dblock.holders_in_process(db) == 1  # the reopened store's, nothing left behind
        store.save_meeting(dataclasses.replace(base, id="next", status="draft", finalized_at=None, amendments=(),
                                               version=None))  # and it writes
        assert meetings_in(db) == 10
    finally:
        store.close()
    assert dblock.holders_in_process(db) == 0


def test_a_restored_file_that_cannot_be_opened_again_says_so(db: Path, tmp_path: Path, monkeypatch) -> None:
    import models.db
    from models.faults import DiskFull
    from models.restore import restore_store

    store = Store.open(db)
    backup = take_backup(db, tmp_path / "bk").path

    def full(*_args, **_kwargs):
        raise DiskFull("磁盘已满。")

    monkeypatch.setattr(models.db, "open_database", full)
    try:
        with pytest.raises(BackupError, match="数据库已恢复，但无法重新打开：磁盘已满。请关闭程序后重新打开"):
            restore_store(store, backup, tmp_path / "bk")
    finally:
        store.close()
    monkeypatch.undo()
    assert meetings_in(db) == 9 and list(db.parent.glob("orglife.sqlite3.before-restore-*"))


def test_a_restore_of_a_read_only_store_is_refused_while_another_copy_holds_the_file(db: Path,
                                                                                    tmp_path: Path) -> None:
    from models.db import open_database
    from models.restore import restore_store

    backup = take_backup(db, tmp_path / "bk").path
    holder = subprocess.Popen([sys.executable, "-c", (
        "import sys, time\nfrom models.services import Store\nStore.open(sys.argv[1])\nprint('open', flush=True)\n"
        "time.sleep(60)"), str(db)], cwd=REPO, stdout=subprocess.PIPE, text=True)
    store = Store(open_database(db, read_only=True))  # a window that holds no lock (a read-only open)
    try:
        assert holder.stdout.readline().strip() == "open"
        with pytest.raises(BackupError, match="没有恢复：该数据库正在本机另一个组织生活记录本窗口"):
            restore_store(store, backup, tmp_path / "bk")
        assert len(store.meeting_summaries()) == 9  # the store still reads its file
    finally:
        holder.kill()
        holder.communicate()
        store.close()
    assert not list(db.parent.glob("*.before-restore-*"))


def test_a_file_that_is_not_a_backup_of_ours_is_not_restored(db: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.sqlite3"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE things (x)")
    con.commit()
    con.close()
    before = db.read_bytes()
    with pytest.raises(BackupError, match="不是组织生活记录本"):
        restore(other, db)
    assert db.read_bytes() == before


def cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "main.py", *args], cwd=REPO, capture_output=True, text=True)


def test_backup_backups_and_restore_on_the_command_line(db: Path, tmp_path: Path, sample_text: str) -> None:
    out = cli("--db", str(db), "backup")
    assert out.returncode == 0 and "已备份并校验" in out.stdout and "会议 9 次" in out.stdout
    listed = cli("--db", str(db), "backups")
    assert listed.returncode == 0 and "共 1 个" in listed.stdout and "人员 8 人" in listed.stdout
    backup = next((db.parent / "backups").glob("orglife-*.sqlite3"))
    store = Store.open(db)
    store.save_meeting(dataclasses.replace(store.meeting("mt01"), id="later", status="draft", finalized_at=None,
                                           amendments=(), version=None))
    store.close()
    out = cli("--db", str(db), "restore", str(backup))
    assert out.returncode == 0, out.stderr
    assert "已从备份恢复" in out.stdout and "移到一旁" in out.stdout
    exported = cli("--db", str(db), "export-json", "--format-version", "1", "-")
    assert exported.stdout == sample_text  # the backup, byte for byte through the interchange format
    assert "共 2 个" in cli("--db", str(db), "backups").stdout  # the backup taken before the restore


def test_an_import_into_a_database_with_records_is_backed_up_first(db: Path, tmp_path: Path) -> None:
    store = Store.open(db)
    data = store.load_all()
    store.close()
    file = tmp_path / "more.json"
    file.write_text(write_branch(data), encoding="utf-8")
    out = cli("--db", str(db), "import-json", str(file))  # refused: the ids exist; the backup was taken first
    assert out.returncode == 1
    found = list_backups(db.parent / "backups")
    assert [b.label for b in found] == ["before-import"] and found[0].meetings == 9
    assert read_contents(db)["meetings"] == 9


def test_the_store_of_a_locked_database_is_restored_in_place_and_stays_encrypted(db: Path, tmp_path: Path) -> None:
    from models import keys, password
    from models.restore import restore_store

    password.set_password(db, "党支部密码123", None)
    store = Store.open(db)
    try:
        backup = take_backup(db, tmp_path / "bk").path
        base = store.meeting("mt01")
        store.save_meeting(dataclasses.replace(base, id="after", status="draft", finalized_at=None, amendments=(),
                                               version=None))
        restore_store(store, backup, tmp_path / "bk")
        assert len(store.meeting_summaries()) == 9 and store.is_encrypted()
        assert keys.note_path(db).exists()
        assert b"SQLite format 3" not in db.read_bytes()[:16]  # still no plain file
    finally:
        store.close()
