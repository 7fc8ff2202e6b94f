"""A damaged database is recognised, never written to, and told in plain Chinese at every entry point."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from models.backup import take_backup
from models.db import DatabaseDamaged, DatabaseError
from models.interchange import read_branch
from models.services import Store

REPO = Path(__file__).resolve().parents[2]
PAGE = 4096
RAW_ENGLISH = ("malformed", "disk image", "not a database", "no such table", "Traceback", "sqlite3.", "Error:")


def overwrite(path: Path, offset: int, data: bytes) -> None:
    raw = bytearray(path.read_bytes())
    raw[offset:offset + len(data)] = data
    path.write_bytes(bytes(raw))


def pages(path: Path) -> int:
    return path.stat().st_size // PAGE


def zero_bytes(path: Path, _other: Path) -> None:
    path.write_bytes(b"")


def blank_sqlite(path: Path, _other: Path) -> None:
    path.unlink()
    con = sqlite3.connect(path)
    con.execute("PRAGMA user_version = 7")  # another program's empty database: a header, no table
    con.commit()
    con.close()


def foreign_tables(path: Path, _other: Path) -> None:
    path.unlink()
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE songs (title TEXT)")
    con.commit()
    con.close()


def text_file(path: Path, _other: Path) -> None:
    path.write_text("这不是数据库\n" * 500, encoding="utf-8")


def truncated_half(path: Path, _other: Path) -> None:
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])


def truncated_header(path: Path, _other: Path) -> None:
    path.write_bytes(path.read_bytes()[:60])


def header_overwritten(path: Path, _other: Path) -> None:
    overwrite(path, 0, b"\x00" * 16)


def schema_page_overwritten(path: Path, _other: Path) -> None:
    overwrite(path, 100, b"\xff" * (PAGE - 100))


def middle_page_random(path: Path, _other: Path) -> None:
    import random

    overwrite(path, pages(path) // 2 * PAGE, random.Random(7).randbytes(PAGE))


def middle_page_zeroed(path: Path, _other: Path) -> None:
    overwrite(path, pages(path) // 2 * PAGE, b"\x00" * PAGE)


def last_page_cut(path: Path, _other: Path) -> None:
    path.write_bytes(path.read_bytes()[:-PAGE])


def bits_flipped(path: Path, _other: Path) -> None:
    raw = bytearray(path.read_bytes())
    for i in range(PAGE * 2, len(raw), 997):
        raw[i] ^= 0x10
    path.write_bytes(bytes(raw))


def pages_swapped(path: Path, _other: Path) -> None:
    """Page 4 and a later page of other content change places (two empty tables' pages are alike: no damage)."""
    raw = bytearray(path.read_bytes())
    a = 3 * PAGE
    b = next(p * PAGE for p in range(pages(path) - 2, 3, -1) if raw[p * PAGE:(p + 1) * PAGE] != raw[a:a + PAGE]
             and raw[p * PAGE:p * PAGE + 1] != raw[a:a + 1])  # another kind of page, not only other rows
    raw[a:a + PAGE], raw[b:b + PAGE] = raw[b:b + PAGE], raw[a:a + PAGE]
    path.write_bytes(bytes(raw))


def foreign_wal(path: Path, other: Path) -> None:
    """A -wal left from another database (copied beside it), with its -shm."""
    con = sqlite3.connect(other)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA wal_autocheckpoint=0")
    con.execute("CREATE TABLE noise (x BLOB)")
    for _ in range(40):
        con.execute("INSERT INTO noise VALUES (randomblob(3000))")
    con.commit()
    shutil.copyfile(other.with_name(other.name + "-wal"), path.with_name(path.name + "-wal"))
    con.close()


def missing_table(path: Path, _other: Path) -> None:
    con = sqlite3.connect(path)
    con.execute("PRAGMA foreign_keys=OFF")
    con.execute("DROP TABLE talk")
    con.commit()
    con.close()


def newer_program(path: Path, _other: Path) -> None:
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = '0999'")
    con.commit()
    con.close()


DAMAGE: dict[str, Callable[[Path, Path], None]] = {f.__name__: f for f in (
    zero_bytes, blank_sqlite, foreign_tables, text_file, truncated_half, truncated_header, header_overwritten,
    schema_page_overwritten, middle_page_random, middle_page_zeroed, last_page_cut, bits_flipped, pages_swapped,
    foreign_wal, missing_table, newer_program,
)}


@pytest.fixture
def good(tmp_path_factory: pytest.TempPathFactory, sample_text: str) -> Path:
    """A database with the sample branch, made once per test (copied, never opened again meanwhile)."""
    path = tmp_path_factory.mktemp("good") / "orglife.sqlite3"
    store = Store.open(path)
    store.import_data(read_branch(sample_text))
    store.close()
    return path


def damaged_copy(good: Path, tmp_path: Path, kind: str) -> Path:
    path = tmp_path / "orglife.sqlite3"
    shutil.copyfile(good, path)
    take_backup(path, tmp_path / "backups")  # the good backup the clerk is offered
    DAMAGE[kind](path, tmp_path / "other.sqlite3")
    return path


def files(folder: Path) -> dict[str, bytes]:
    """The database and its -wal (the -shm is SQLite's index of the -wal in shared memory, rebuilt by any reader;
    an empty -wal, which a reader may leave, holds nothing)."""
    return {p.name: p.read_bytes() for p in folder.iterdir()
            if p.is_file() and p.name.startswith("orglife.sqlite3") and not p.name.endswith("-shm")
            and not (p.name.endswith("-wal") and p.stat().st_size == 0)}


@pytest.mark.parametrize("kind", DAMAGE)
def test_opening_a_damaged_file_is_refused_in_chinese_and_writes_nothing(good: Path, tmp_path: Path,
                                                                         kind: str) -> None:
    path = damaged_copy(good, tmp_path, kind)
    before = files(tmp_path)
    with pytest.raises(DatabaseError) as refused:
        store = Store.open(path)
        try:  # a damage the quick check cannot see shows at the first read
            store.load_all()
        finally:
            store.close()
    message = str(refused.value)
    assert not any(word in message for word in RAW_ENGLISH), message
    assert "无法打开数据库" in message or "更新版本" in message or "损坏" in message
    if isinstance(refused.value, DatabaseDamaged) and kind not in ("zero_bytes", "blank_sqlite", "foreign_tables",
                                                                   "text_file"):
        assert refused.value.backups and "完好备份" in message
    assert files(tmp_path) == before  # not a byte written, no -wal applied, no schema given


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    """The command as `main.py` runs it, in this process (an exception that escapes fails the test)."""
    import main

    code = main.main(list(args))
    out = capsys.readouterr()
    return code, out.out + out.err


ENTRY_POINTS = {
    "check": lambda db, tmp: ["--db", str(db), "check"],
    "import-json": lambda db, tmp: ["--db", str(db), "import-json", str(REPO / "resources/samples/sample-branch.json")],
    "export-json": lambda db, tmp: ["--db", str(db), "export-json", str(tmp / "out.json")],
    "backup": lambda db, tmp: ["--db", str(db), "backup", str(tmp / "more-backups")],
    "minutes": lambda db, tmp: ["--db", str(db), "minutes", "mt01", "--out", str(tmp / "mt01.docx")],
}


@pytest.mark.parametrize("entry", ENTRY_POINTS)
@pytest.mark.parametrize("kind", DAMAGE)
def test_every_command_on_a_damaged_file_says_so_in_chinese(good: Path, tmp_path: Path, kind: str, entry: str,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    path = damaged_copy(good, tmp_path, kind)
    before = files(tmp_path)
    code, text = cli(capsys, *ENTRY_POINTS[entry](path, tmp_path))
    assert code != 0 or (entry, kind) == ("backup", "newer_program")  # a copy of it harms nothing
    assert "Traceback" not in text, text
    assert not any(word in text for word in RAW_ENGLISH), text
    assert files(tmp_path) == before
    if entry == "check" and kind not in ("newer_program",):
        assert "最近的完好备份" in text, text
    assert not (tmp_path / "out.json").exists() and not (tmp_path / "mt01.docx").exists()


def test_a_wal_without_a_valid_header_holds_nothing_and_is_ignored(good: Path, tmp_path: Path) -> None:
    """Not damage: SQLite applies no frame of a -wal whose header checksum fails; the records are all there."""
    import random

    path = tmp_path / "orglife.sqlite3"
    shutil.copyfile(good, path)
    before = path.read_bytes()
    path.with_name(path.name + "-wal").write_bytes(b"\x37\x7f\x06\x82" + random.Random(3).randbytes(PAGE * 4))
    store = Store.open(path)
    assert len(store.meeting_summaries()) == 9
    store.close()
    assert path.read_bytes() == before
