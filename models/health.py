"""Is a SQLite file an intact database of this program? Checked before it is opened for writing.

The check reads only (SQLite `mode=ro`), so a damaged file, or a `-wal` beside it left from another database,
is never written to: a read-write connection would, on closing, copy the `-wal` into the file for good.
It costs one `PRAGMA quick_check` — about 30–60 ms on the 10-year branch's 31 MB file (bench/bench_core.py).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from models import keys, sqlfile
from models.faults import DatabaseDamaged, DatabaseError
from models.revision import SCHEMA_HEAD
from models.words import ERRORS, QT_TRANSLATE_NOOP, say

SQLITE_HEADER = b"SQLite format 3\x00"
MAX_PROBLEMS = 20
CHECK_CACHE_KIB = 131_072  # the quick check of an encrypted file: up to 128 MiB of decrypted pages, freed after


@dataclass(frozen=True)
class Health:
    """What the check found. `kind`: ok, empty (0 bytes), blank (SQLite without tables), foreign (another
    program's database), not_sqlite, damaged."""

    kind: str
    problems: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return self.kind == "ok"


def examine(path: Path, quick: bool = True) -> Health:
    """The state of the database file at `path` (which exists), read without writing anything.

    An encrypted file (with the password lock, `models.keys`) is read with its key; keys.Locked when it has not
    been unlocked in this program yet."""
    try:
        with open(path, "rb") as handle:
            header = handle.read(100)
    except OSError as error:
        raise DatabaseError(say(QT_TRANSLATE_NOOP(
            "errors", "无法读取数据库文件：{0}（{1}）"),
            path, error.strerror, context=ERRORS)) from error
    if not header:
        return Health("empty")
    encrypted = keys.is_encrypted(path)
    if not encrypted and (not header.startswith(SQLITE_HEADER) or len(header) < 100):
        return Health("not_sqlite", ("文件开头不是 SQLite 数据库的标志",))
    try:
        connection = sqlfile.connect(path, reader_uri(path), timeout=5)
    except sqlfile.errors() as error:
        return Health("damaged", (str(error),))
    try:
        tables = {r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        revision = None
        if "alembic_version" in tables:
            revision = connection.execute("SELECT max(version_num) FROM alembic_version").fetchone()[0]
        problems: list[str] = []
        if quick:
            if encrypted:  # every page is decrypted once: a cache that holds them all, not SQLCipher's 2000 pages
                connection.execute(f"PRAGMA cache_size = -{CHECK_CACHE_KIB}")
            problems = [r[0] for r in connection.execute(f"PRAGMA quick_check({MAX_PROBLEMS})")]
            if problems == ["ok"]:
                problems = []
    except sqlfile.errors() as error:
        return Health("damaged", (str(error),))
    finally:
        connection.close()
    if problems:
        return Health("damaged", tuple(problems))
    if not tables:
        return Health("blank")
    if "alembic_version" not in tables:
        return Health("foreign")
    if revision == SCHEMA_HEAD:
        missing = sorted(_our_tables() - tables)
        if missing:
            return Health("damaged", tuple(f"缺少数据表 {name}" for name in missing))
    return Health("ok")


def _our_tables() -> set[str]:
    from models.orm import Base

    return set(Base.metadata.tables)


def reader_uri(path: Path) -> str:
    """The URI that reads `path` without writing anything: SQLite's `mode=ro`; where even that cannot work
    because the disk is full or read-only (a WAL database's reader needs its `-shm`), `immutable=1` — but only
    when no `-wal` with committed changes lies beside it, which `immutable` would not see."""
    uri = f"{path.as_uri()}?mode=ro"
    try:
        probe = sqlfile.connect(path, uri, timeout=5)
        try:
            probe.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            probe.close()
    except sqlfile.errors() as error:
        from models.faults import DatabaseDamaged as Damaged
        from models.faults import classify

        wal = path.with_name(path.name + "-wal")
        if classify(error) is Damaged or (wal.exists() and wal.stat().st_size > 0):
            return uri
        return uri + "&immutable=1"
    return uri


def refuse_unless_usable(path: Path, allow_empty: bool = False) -> None:
    """Raise DatabaseDamaged (with the newest good backups) unless `path` is an intact database of ours.

    With `allow_empty` (only `init`), a file that holds nothing yet — zero bytes, or SQLite without tables — is
    accepted, to be given the schema.
    """
    state = examine(path)
    if state.ok or (allow_empty and state.kind in ("empty", "blank")):
        return
    raise damaged(path, state)


def damaged(path: Path, state: Health) -> DatabaseDamaged:
    """The error for a file that is not usable, naming the newest good backup."""
    from models.backup import good_backups_for

    backups = good_backups_for(path)
    message = damage_message(path, state)
    if backups:
        message += f"可以从最近的完好备份恢复：{backups[0].path}（{backups[0].taken_text}）。"
    else:
        message += "没有找到完好的备份；请检查 --db 路径，或联系技术人员。"
    return DatabaseDamaged(message, path, list(state.problems), backups)


def damage_message(path: Path, state: Health) -> str:
    """What is wrong with the file, in one or two plain sentences."""
    wal = path.with_name(path.name + "-wal")
    if state.kind == "empty":
        message = f"无法打开数据库：数据库文件是空的（0 字节）：{path}。它不是组织生活记录本的数据库，程序没有改动它。"
    elif state.kind == "blank":
        message = f"无法打开数据库：该文件是空的 SQLite 数据库，不是组织生活记录本的数据库：{path}。程序没有改动它。"
    elif state.kind == "foreign":
        message = f"无法打开数据库：该文件是其他程序的数据库，不是组织生活记录本的数据库：{path}。程序没有改动它。"
    elif state.kind == "not_sqlite":
        message = f"无法打开数据库：该文件不是数据库文件，或开头已损坏：{path}。程序没有改动它。"
    else:
        message = f"无法打开数据库：数据库文件已损坏：{path}。程序没有对它做任何修改。"
        if wal.exists() and wal.stat().st_size > 0:
            message += f"（旁边的 {wal.name} 文件可能来自另一个数据库或已损坏。）"
    if state.kind in ("empty", "blank"):
        message += "如要在这里新建数据库，请用 init 命令；"
    return message


def writable(path: Path) -> bool:
    """Whether the database at `path` (or, when missing, its folder) can be written, with its `-wal`."""
    if path.exists() and not os.access(path, os.W_OK):
        return False
    folder = path.parent
    return not folder.exists() or os.access(folder, os.W_OK)
