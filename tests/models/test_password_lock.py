"""The password lock: the database, its -wal and its backups encrypted; set, change and remove keep every record."""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

import pytest

from models import keys, password, recovery
from models.backup import list_backups, take_backup, verify_sqlite_file
from models.db import DatabaseDamaged
from models.domain import Speech
from models.interchange import read_branch, write_branch
from models.restore import restore
from models.services import Store

SPEECH = "今年要把党建和妇联业务同谋划、同部署，重点抓好三会一课质量。"


@pytest.fixture
def db(tmp_path: Path, sample_text: str) -> Path:
    path = tmp_path / "data" / "orglife.sqlite3"
    store = Store.open(path)
    store.import_data(read_branch(sample_text))
    store.close()
    return path


def every_byte(folder: Path) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def plain_holders(folder: Path, text: str = SPEECH) -> list[Path]:
    needle = text.encode("utf-8")
    return sorted(p for p, data in every_byte(folder).items() if needle in data)


def stored(db: Path) -> str:
    store = Store.open(db)
    try:
        return write_branch(store.load_all())
    finally:
        store.close()


def test_set_password_encrypts_the_database_and_keeps_every_record(db: Path) -> None:
    before = stored(db)
    done = password.set_password(db, "党支部密码123", db.parent / "backups")
    assert done.encrypted and done.backup is not None
    assert not db.read_bytes().startswith(b"SQLite format 3")
    assert keys.note_path(db).exists()
    keys.forget_all()
    with pytest.raises(keys.Locked):
        Store.open(db)
    with pytest.raises(keys.WrongPassword):
        keys.unlock(db, "党支部密码124")
    keys.unlock(db, "党支部密码123")
    store = Store.open(db)
    try:
        assert write_branch(store.load_all()) == before
    finally:
        store.close()


def test_nothing_plain_is_left_in_the_database_its_wal_or_new_backups(db: Path, tmp_path: Path) -> None:
    folder = tmp_path / "stick"
    take_backup(db, folder)  # a plain backup, made before the lock
    password.set_password(db, "党支部密码123", folder)
    old = password.other_backups(folder, db)
    assert len(old) == 2  # the one before, and the one the change itself took first
    assert password.encrypt_backups(old, db) == [b.path for b in old]
    assert password.other_backups(folder, db) == []
    store = Store.open(db)  # writes go to the -wal: encrypted as the file is
    try:
        first = store.load_all().meetings[0]
        store.save_meeting(dataclasses.replace(first, id="new-draft", status="draft", finalized_at=None,
                                               version=None, speeches=(Speech("新的发言：" + SPEECH),)))
        assert db.with_name(db.name + "-wal").stat().st_size > 0
        assert plain_holders(tmp_path) == []
        assert plain_holders(tmp_path, "新的发言") == []
        info = take_backup(db, folder)
    finally:
        store.close()
    verify_sqlite_file(info.path)
    assert keys.read_note(info.path) == keys.read_note(db)
    assert all(b.path.read_bytes()[:16] != b"SQLite format 3\x00" for b in list_backups(folder))
    assert plain_holders(tmp_path) == []
    assert plain_holders(tmp_path, "新的发言") == []


def test_remove_password_makes_a_plain_file_with_every_record(db: Path) -> None:
    before = stored(db)
    password.set_password(db, "党支部密码123", None)
    password.remove_password(db, db.parent / "backups")
    assert db.read_bytes().startswith(b"SQLite format 3") and not keys.note_path(db).exists()
    keys.forget_all()
    store = Store.open(db)
    try:
        assert write_branch(store.load_all()) == before
    finally:
        store.close()
    assert len(list_backups(db.parent / "backups")) == 1  # taken first, still under the password
    assert keys.read_note(list_backups(db.parent / "backups")[0].path) is not None


def test_change_password(db: Path) -> None:
    password.set_password(db, "第一个密码abc", None)
    password.set_password(db, "第二个密码abc", None)
    keys.forget_all()
    with pytest.raises(keys.WrongPassword):
        keys.unlock(db, "第一个密码abc")
    keys.unlock(db, "第二个密码abc")
    Store.open(db).close()


def test_a_short_password_is_refused(db: Path) -> None:
    with pytest.raises(Exception, match="至少要"):
        password.set_password(db, "12345", None)
    assert db.read_bytes().startswith(b"SQLite format 3")


def test_an_encrypted_backup_restores_with_its_note(db: Path, tmp_path: Path) -> None:
    password.set_password(db, "党支部密码123", None)
    info = take_backup(db, tmp_path / "bk")
    password.remove_password(db, None)
    restore(info.path, db, tmp_path / "bk")
    assert keys.note_path(db).exists()
    store = Store.open(db)
    try:
        assert len(store.load_all().meetings) == 9
    finally:
        store.close()


def test_an_encrypted_file_without_its_note_is_not_taken_for_a_plain_one(db: Path, tmp_path: Path) -> None:
    password.set_password(db, "党支部密码123", None)
    copy = tmp_path / "copy.sqlite3"
    shutil.copyfile(db, copy)
    with pytest.raises(DatabaseDamaged):
        Store.open(copy)


def test_recovery_files_are_encrypted_when_the_lock_is_set(db: Path) -> None:
    store = Store.open(db)
    meeting = store.load_all().meetings[0]
    store.close()
    recovery.keep(meeting)
    assert SPEECH.encode() in recovery.path_of(meeting.id).read_bytes() or not meeting.speeches
    password.set_password(db, "党支部密码123", None)
    assert SPEECH.encode() not in recovery.path_of(meeting.id).read_bytes()
    assert recovery.recovered(meeting.id) == meeting


def test_a_damaged_encrypted_file_is_refused_in_words(db: Path, capfd: pytest.CaptureFixture[str]) -> None:
    from models import commands

    password.set_password(db, "党支部密码123", None)
    data = bytearray(db.read_bytes())
    middle = (len(data) // 4096 // 2) * 4096
    data[middle + 100:middle + 200] = bytes(100)
    db.write_bytes(bytes(data))
    with pytest.raises(DatabaseDamaged, match="已损坏"):
        Store.open(db)
    with pytest.raises(commands.UserError, match="已损坏"):  # `check` says so as for a plain file: exit 1
        commands.check(str(db))
    assert db.read_bytes() == bytes(data)  # never written to
    assert "ERROR" not in capfd.readouterr().err  # SQLCipher's own log stays quiet
