"""The data commands of the command line, without a screen. Each returns the text to print; errors the clerk
can fix are raised as UserError with one clear line."""

from __future__ import annotations

import gc
import os
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

from sqlalchemy import text

from models import rules
from models.backup import BackupError, backup_database
from models.db import DatabaseError, sqlite_path
from models.domain import Branch
from models.interchange import InterchangeError, read_branch, write_branch
from models.paths import backup_dir
from models.reports import compliance_text
from models.roster import RosterFileError
from models.roster import import_members as import_members_from
from models.services import Store
from models.storage.errors import RecordConflict, RecordLocked, RecordNotFound

FIXABLE = (DatabaseError, InterchangeError, RecordConflict, RecordLocked, RecordNotFound, BackupError)


class UserError(Exception):
    """Something the clerk can fix; the message says what and how."""


def open_store(db: str | None, create: bool = True) -> Store:
    try:
        return Store.open(db, create=create)
    except DatabaseError as error:
        raise UserError(str(error)) from error


def init(db: str | None, name: str) -> str:
    if not name.strip():
        raise UserError("支部名称不能为空")
    store = open_store(db)
    try:
        if store.has_branch():
            raise UserError(f"该数据库中已有党支部：{store.branch().name}")
        store.create_branch(Branch(name=name.strip()))
    finally:
        store.close()
    return f"已创建党支部：{name.strip()}"


def import_json(db: str | None, file: str) -> str:
    try:
        raw = Path(file).read_bytes()
    except OSError as error:
        raise UserError(f"无法读取文件 {file}：{error.strerror}") from error
    with collection_paused():
        data = read_branch(raw)  # raises InterchangeError listing every problem; nothing is written
        store = open_store(db)
        try:
            summary = store.import_data(data)
        finally:
            store.close()
    counts = summary.counts
    return (
        f"已导入：党员及其他人员 {counts['members']} 人，会议 {counts['meetings']} 次，谈心谈话 {counts['talks']} 次，"
        f"整改事项 {counts['rectifications']} 项，民主评议 {counts['evaluations']} 次"
    )


@contextmanager
def collection_paused() -> Iterator[None]:
    """Python's cycle collector off while a large file becomes a million small objects, none of them cyclic:
    otherwise it walks them over and over (a fifth of the time of a large import)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def export_json(db: str | None, file: str) -> str | None:
    store = open_store(db, create=False)
    try:
        document = write_branch(store.load_all())
    finally:
        store.close()
    if file == "-":
        return document
    write_text_atomically(Path(file), document)
    return None


def write_text_atomically(path: Path, content: str) -> None:
    partial = path.with_name(path.name + ".part")
    try:
        partial.write_text(content, encoding="utf-8", newline="\n")
        os.replace(partial, path)
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise UserError(f"无法写入 {path}：{error.strerror}。如文件已在其他程序中打开，请先关闭。") from error


def compliance(db: str | None, year: int, as_of: date | None, as_json: bool) -> str:
    store = open_store(db, create=False)
    try:
        data = store.load_year(year)
    finally:
        store.close()
    report = rules.compliance_report(data, year, as_of or date.today())
    if as_json:
        return rules.compliance_json(report).rstrip("\n")
    return compliance_text(report, data)


def check(db: str | None) -> tuple[bool, str]:
    """Integrity, foreign keys and rule warnings. Healthy = no integrity or key problem."""
    store = open_store(db, create=False)
    lines: list[str] = []
    healthy = True
    try:
        with store.engine.connect() as conn:
            if conn.dialect.name == "sqlite":
                integrity = [r[0] for r in conn.execute(text("PRAGMA integrity_check"))]
                if integrity != ["ok"]:
                    healthy = False
                    lines += [f"数据库损坏：{row}" for row in integrity]
                broken = conn.execute(text("PRAGMA foreign_key_check")).all()
                if broken:
                    healthy = False
                    lines += [f"表 {r[0]} 第 {r[1]} 行引用了不存在的 {r[2]} 记录" for r in broken]
        data = store.load_all() if store.has_branch() else None
    finally:
        store.close()
    if data is not None:
        for record_id, message in rules.rule_warnings(data):
            lines.append(f"提示：{record_id}：{message}")
    lines.insert(0, "数据库完好。" if healthy else "数据库有问题，请从备份恢复（见 backup 命令）。")
    return healthy, "\n".join(lines)


def backup(db: str | None, target: str | None) -> str:
    store = open_store(db, create=False)
    try:
        path = sqlite_path(str(store.engine.url))
        with store.engine.connect() as conn:
            if path is not None and conn.dialect.name == "sqlite":
                conn.exec_driver_sql("PRAGMA wal_checkpoint(PASSIVE)")
    finally:
        store.close()
    if path is None:
        raise UserError("backup 只适用于本机的 SQLite 数据库文件；服务器数据库请用其自带的备份工具。")
    copy = backup_database(path, Path(target) if target else backup_dir())
    return f"已备份并校验：{copy}"


def import_members(db: str | None, file: str, skip_invalid: bool) -> tuple[bool, str]:
    """The roster from an Excel workbook: all rows or none, unless `skip_invalid`."""
    store = open_store(db, create=False)
    try:
        if not store.has_branch():
            raise UserError("数据库中还没有党支部，请先用 init 创建。")
        try:
            result = import_members_from(store, Path(file), skip_invalid=skip_invalid)
        except RosterFileError as error:
            raise UserError(str(error)) from error
    finally:
        store.close()
    return result.imported, result.message
