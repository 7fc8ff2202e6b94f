"""Faults of the environment — a full disk, a read-only file or medium, a database locked by another program —
get one Chinese sentence with what to do, never a traceback, and lose nothing committed."""

from __future__ import annotations

import dataclasses
import errno
import json
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import event

from models import db as dbmodule
from models import health, logbook
from models.backup import BackupError, take_backup
from models.db import is_read_only
from models.domain import Speech
from models.faults import DatabaseBusy, DiskFull, ReadOnlyDatabase
from models.interchange import read_branch, write_branch
from models.resources import sample_branch_path
from models.services import Store

FULL_WORDS = "磁盘空间已满"


@pytest.fixture
def db(tmp_path: Path, sample_text: str) -> Path:
    path = tmp_path / "orglife.sqlite3"
    store = Store.open(path)
    store.import_data(read_branch(sample_text))
    store.close()
    return path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    import main

    code = main.main(list(args))
    out = capsys.readouterr()
    return code, out.out + out.err


def no_room_to_grow(monkeypatch: pytest.MonkeyPatch) -> None:
    """SQLite's own full-disk error: every connection may not grow the file by a single page."""
    real = dbmodule.make_engine

    def full_engine(url: str, read_only: bool = False):
        engine = real(url, read_only)

        @event.listens_for(engine, "connect")
        def _full(dbapi_connection, _record) -> None:
            pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
            dbapi_connection.execute(f"PRAGMA max_page_count = {max(pages, 1)}")

        return engine

    monkeypatch.setattr(dbmodule, "make_engine", full_engine)


def test_a_save_on_a_full_disk_is_told_and_loses_nothing_committed(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    no_room_to_grow(monkeypatch)
    store = Store.open(db)
    try:
        before = write_branch(store.load_all())
        meeting = store.meeting("mt01")
        long_speech = Speech("发言" * 400_000, speaker_name="列席领导")
        with pytest.raises(DiskFull) as full:
            store.save_meeting(dataclasses.replace(meeting, id="new", status="draft", finalized_at=None,
                                                   amendments=(), speeches=(long_speech,), version=None))
        assert FULL_WORDS in str(full.value) and "SQL" not in str(full.value)
        assert write_branch(store.load_all()) == before
    finally:
        store.close()
    assert health.examine(db).ok


def test_an_import_on_a_full_disk_writes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                  capsys: pytest.CaptureFixture[str], sample_doc: dict) -> None:
    for speech in sample_doc["meetings"][0]["speeches"]:
        speech["content"] = "发言内容" * 20_000  # a file larger than the room left
    source = tmp_path / "large.json"
    source.write_text(json.dumps(sample_doc, ensure_ascii=False), encoding="utf-8")
    target = tmp_path / "new.sqlite3"
    Store.open(target).close()
    no_room_to_grow(monkeypatch)
    code, text = run(capsys, "--db", str(target), "import-json", str(source))
    assert code == 1 and FULL_WORDS in text and "Traceback" not in text
    monkeypatch.undo()
    store = Store.open(target)
    assert not store.has_branch()  # all or nothing
    store.close()


def test_a_backup_on_a_full_disk_says_so_and_leaves_no_half_file(db: Path, tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    from models import backup

    def full(_source: Path, partial: Path, *_key: object) -> None:
        partial.write_bytes(b"half")
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(backup, "_copy", full)
    with pytest.raises(BackupError, match=FULL_WORDS):
        take_backup(db, tmp_path / "bk")
    assert list((tmp_path / "bk").iterdir()) == []


def enospc(*_args: object, **_kwargs: object) -> None:
    raise OSError(errno.ENOSPC, "No space left on device")


def test_an_export_on_a_full_disk_says_so(db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    from models import commands

    monkeypatch.setattr(commands.os, "replace", enospc)
    code, text = run(capsys, "--db", str(db), "export-json", str(tmp_path / "out.json"))
    assert code == 1 and FULL_WORDS in text and "关闭" not in text
    assert not list(tmp_path.glob("out.json*"))


def test_minutes_on_a_full_disk_do_not_blame_word(db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    from exports import atomic

    monkeypatch.setattr(atomic.os, "replace", enospc)
    code, text = run(capsys, "--db", str(db), "minutes", "mt01", "--out", str(tmp_path / "mt01.docx"))
    assert code == 1 and FULL_WORDS in text and "Word" not in text
    assert not list(tmp_path.glob("*.docx")) and not list(tmp_path.glob(".~*"))


def test_a_database_that_cannot_be_written_opens_for_reading(db: Path, tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    """A backup on a CD: root may write anything, so the check of the file's permission is what is stood in for."""
    monkeypatch.setattr(health, "writable", lambda path: False)
    before = db.read_bytes()
    store = Store.open(db)
    try:
        assert is_read_only(store.engine)
        assert len(store.meeting_summaries()) == 9 and store.search("支部")  # reading and searching
        with pytest.raises(ReadOnlyDatabase) as refused:
            store.save_meeting(dataclasses.replace(store.meeting("mt01"), id="x", version=None))
        assert "只读" in str(refused.value) and "复制到可写的位置" in str(refused.value)
    finally:
        store.close()
    code, text = run(capsys, "--db", str(db), "export-json", str(tmp_path / "out.json"))
    assert code == 0 and (tmp_path / "out.json").exists()
    code, text = run(capsys, "--db", str(db), "minutes", "mt01", "--out", str(tmp_path / "mt01.docx"))
    assert code == 0 and (tmp_path / "mt01.docx").exists()
    assert db.read_bytes() == before


def test_a_database_locked_by_another_program_is_told(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dbmodule, "BUSY_TIMEOUT_MS", 200)
    store = Store.open(db)
    other = sqlite3.connect(db, isolation_level=None)  # a sync tool holding the file
    try:
        other.execute("BEGIN EXCLUSIVE")
        with pytest.raises(DatabaseBusy) as busy:
            store.save_meeting(dataclasses.replace(store.meeting("mt01"), id="x", version=None))
        assert "正被其他程序占用" in str(busy.value) and "稍后重试" in str(busy.value)
        other.execute("ROLLBACK")
        store.save_meeting(dataclasses.replace(store.meeting("mt01"), id="x", status="draft", finalized_at=None,
                                               amendments=(), version=None))  # once it lets go, saving works
        assert store.meeting("x").title
    finally:
        other.close()
        store.close()


def mount_tmpfs(folder: Path, size: str) -> bool:
    folder.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)], capture_output=True)
    return done.returncode == 0


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A real 1 MB disk (tmpfs) where the machine allows mounting one."""
    folder = tmp_path / "disk"
    if shutil.which("mount") is None or not mount_tmpfs(folder, "1m"):
        pytest.skip("cannot mount a small tmpfs here (needs root); the injected errors above cover it")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True)


def fill(folder: Path) -> None:
    import os

    fd = os.open(folder / "filler", os.O_WRONLY | os.O_CREAT)
    try:
        while True:
            os.write(fd, b"\0" * 4096)
    except OSError:
        pass
    finally:
        os.close(fd)


def test_a_real_full_disk(small_disk: Path, db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = small_disk / "orglife.sqlite3"
    shutil.copyfile(db, path)
    fill(small_disk)
    store = Store.open(path)  # opens (for reading, at worst)
    try:
        assert len(store.meeting_summaries()) == 9
        with pytest.raises(DiskFull if not is_read_only(store.engine) else ReadOnlyDatabase):
            store.save_meeting(dataclasses.replace(store.meeting("mt01"), id="x", status="draft", finalized_at=None,
                                                   amendments=(), version=None,
                                                   speeches=(Speech("长" * 300_000, speaker_name="某"),)))
    finally:
        store.close()
    code, text = run(capsys, "--db", str(path), "export-json", str(tmp_path / "elsewhere.json"))
    assert code == 0, text  # an export to another drive works
    code, text = run(capsys, "--db", str(path), "backup")
    assert code == 1 and FULL_WORDS in text and "Traceback" not in text
    code, text = run(capsys, "--db", str(path), "minutes", "mt01", "--out", str(small_disk / "mt01.docx"))
    assert code == 1 and FULL_WORDS in text and "Word" not in text
    (small_disk / "filler").unlink()
    assert health.examine(path).ok and sqlite3.connect(path).execute("SELECT count(*) FROM meeting").fetchone() == (9,)


def test_a_real_read_only_medium(small_disk: Path, db: Path, tmp_path: Path,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    path = small_disk / "orglife.sqlite3"
    shutil.copyfile(db, path)
    remount = subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], capture_output=True)
    if remount.returncode != 0:
        pytest.skip("cannot remount read-only here")
    store = Store.open(path)
    try:
        assert is_read_only(store.engine) and len(store.meeting_summaries()) == 9
        with pytest.raises(ReadOnlyDatabase):
            store.save_meeting(dataclasses.replace(store.meeting("mt01"), id="x", version=None))
    finally:
        store.close()
    code, text = run(capsys, "--db", str(path), "export-json", str(tmp_path / "out.json"))
    assert code == 0, text
    code, text = run(capsys, "--db", str(path), "import-json", str(sample_branch_path()))
    assert code == 1 and "只读" in text and "Traceback" not in text


def test_the_log_rotates_in_the_data_folder_without_record_text(db: Path, tmp_path: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    secret = "对照检查材料里的一句批评"
    run(capsys, "--db", str(db), "export-json", str(tmp_path / "out.json"))
    run(capsys, "--db", str(tmp_path / "missing.sqlite3"), "export-json", str(tmp_path / "x.json"))
    try:
        raise ValueError(secret)
    except ValueError as error:
        logbook.bug(error, "test")
    path = logbook.log_file()
    text = path.read_text(encoding="utf-8")
    assert "command export-json" in text and "ValueError" in text and "test_faults.py" in text
    assert secret not in text
    for _ in range(3000):
        logbook.log.info("filler %s", "x" * 500)
    assert path.with_name("orglife.log.1").exists() and path.stat().st_size <= logbook.MAX_BYTES
