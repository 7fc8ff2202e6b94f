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

from models import health, keys, rules
from models.backup import BackupError, default_backup_folder, good_backups_for, list_backups, take_backup
from models.db import DatabaseError, database_url, open_database, sqlite_path
from models.domain import Branch, BranchData
from models.faults import file_write_message
from models.interchange import VERSION, InterchangeError, VersionMisfit, read_branch, version1_notes, write_branch
from models.reports import compliance_text
from models.roster import RosterFileError
from models.roster import import_members as import_members_from
from models.services import Store
from models.services.base import branches
from models.storage.errors import RecordConflict, RecordLocked, RecordNotFound
from models.storage.importer import NEW_BRANCH

FIXABLE = (DatabaseError, InterchangeError, RecordConflict, RecordLocked, RecordNotFound, BackupError)


class UserError(Exception):
    """Something the clerk can fix; the message says what and how."""


def environment_message(error: BaseException) -> str | None:
    """One Chinese sentence for an error of the environment that escaped a command (disk full, read-only,
    locked by another program, damaged); None for a bug."""
    from models.faults import describe

    if isinstance(error, OSError) and error.filename and describe(error):
        return f"{describe(error)}（{error.filename}）"
    return describe(error)


def open_store(db: str | None, create: bool = True, read_only: bool = False, new: bool = False) -> Store:
    try:
        return Store(open_database(db, create=create, read_only=read_only, new=new))
    except DatabaseError as error:
        raise UserError(str(error)) from error


def database_path(db: str | None) -> Path | None:
    """The SQLite file `--db` names (None for a server database)."""
    return sqlite_path(database_url(db))


def init(db: str | None, name: str) -> str:
    if not name.strip():
        raise UserError("支部名称不能为空")
    store = open_store(db, new=True)  # the one command that may give an empty file the schema
    try:
        if store.has_branch():
            raise UserError(f"该数据库中已有党支部：{store.branch().name}")
        store.create_branch(Branch(name=name.strip()))
    finally:
        store.close()
    return f"已创建党支部：{name.strip()}"


def import_json(db: str | None, file: str, branch: str | None = None, new_branch: bool = False) -> str:
    """Import a whole file: into the database's one branch, `branch` (its full name, uid or id) or a new one."""
    try:
        raw = Path(file).read_bytes()
    except OSError as error:
        raise UserError(f"无法读取文件 {file}：{error.strerror}") from error
    with collection_paused():
        data = read_branch(raw)  # raises InterchangeError listing every problem; nothing is written
        store = open_store(db)
        try:
            into = NEW_BRANCH if new_branch else (chosen_branch(store, branch) if branch else None)
            backup_before(store, "before-import")
            summary = store.import_data(data, into)
        finally:
            store.close()
    counts = summary.counts
    return (
        f"已导入：党员及其他人员 {counts['members']} 人，会议 {counts['meetings']} 次，谈心谈话 {counts['talks']} 次，"
        f"整改事项 {counts['rectifications']} 项，民主评议 {counts['evaluations']} 次"
    )


def chosen_branch(store: Store, wanted: str) -> int:
    """The branch `--branch` names: by its full name, its uid or its id."""
    entries = branches(store.engine)
    found = [e.id for e in entries if wanted.strip() in (e.name, e.uid, str(e.id))]
    if len(found) == 1:
        return found[0]
    names = "、".join(f"{e.name}（编号 {e.id}）" for e in entries)
    said = "有多个党支部叫这个名称，请用编号" if found else "数据库中没有这个党支部"
    raise UserError(f"{said}：{wanted}；数据库中的党支部：{names or '无'}")


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


def backup_before(store: Store, label: str) -> None:
    """A verified backup before a change of many records (import), when the database holds any."""
    path = sqlite_path(store.engine.url)
    if path is None or not store.has_branch():
        return
    folder = default_backup_folder(path)
    assert folder is not None
    take_backup(path, folder, label)


def export_json(db: str | None, file: str, version: int = VERSION) -> tuple[str | None, list[str]]:
    """The file written (or its text, for `-`), and what a version-1 file writes other than as recorded."""
    store = open_store(db, create=False, read_only=True)
    try:
        data = store.load_all()
    finally:
        store.close()
    try:
        document = write_branch(data, version)
    except VersionMisfit as misfit:  # version 1 would lose content: nothing is written
        raise UserError(str(misfit)) from misfit
    notes = version1_notes(data) if version == 1 else []
    if file == "-":
        return document, notes
    write_text_atomically(Path(file), document)
    return None, notes


def write_text_atomically(path: Path, content: str) -> None:
    partial = path.with_name(path.name + ".part")
    try:
        partial.write_text(content, encoding="utf-8", newline="\n")
        os.replace(partial, path)
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise UserError(file_write_message(path, error)
                        or f"无法写入 {path}：{error.strerror}。如文件已在其他程序中打开，请先关闭。") from error


def compliance(db: str | None, year: int, as_of: date | None, as_json: bool) -> str:
    store = open_store(db, create=False, read_only=True)
    try:
        data = store.load_year(year)
    finally:
        store.close()
    report = rules.compliance_report(data, year, as_of or date.today())
    if as_json:
        return rules.compliance_json(report).rstrip("\n")
    return compliance_text(report, data)


def warning_lines(data: BranchData) -> list[str]:
    """The rules' warnings, each naming its record as a clerk knows it: a meeting by date, name and title, a
    person by name, an evaluation by its year."""
    from models.reports import meeting_names

    names = meeting_names(data)
    names |= {p.id: p.name for p in data.members}
    names |= {e.id: f"{e.year}年度民主评议" for e in data.evaluations}
    return [f"提示：{names.get(record_id, record_id)}：{message}" for record_id, message in rules.rule_warnings(data)]


def check(db: str | None) -> tuple[bool, str]:
    """Integrity, foreign keys and rule warnings. Healthy = no integrity or key problem. A damaged file is
    described (with the newest good backups), never opened for writing."""
    path = database_path(db)
    if path is not None:
        if not path.exists():
            raise UserError(f"数据库文件不存在：{path}。请先用 init 创建，或检查 --db 路径。")
        state = health.examine(path, quick=False)
        if not state.ok:
            return False, _damage_report(path, state)
    store = open_store(db, create=False, read_only=True)
    lines: list[str] = []
    healthy = True
    try:
        with store.engine.connect() as conn:
            if conn.dialect.name == "sqlite":
                integrity = [r[0] for r in conn.execute(text("PRAGMA integrity_check"))]
                if integrity != ["ok"]:
                    healthy = False
                    lines.append(f"完整性检查发现 {len(integrity)} 处损坏。")
                broken = conn.execute(text("PRAGMA foreign_key_check")).all()
                if broken:
                    healthy = False
                    lines += [f"表 {r[0]} 第 {r[1]} 行引用了不存在的 {r[2]} 记录" for r in broken]
        data = store.load_all() if healthy and store.has_branch() else None
    finally:
        store.close()
    if data is not None:
        lines += warning_lines(data)
    if not healthy:
        lines.insert(0, "数据库有问题，请从备份恢复（restore 命令）。")
        lines += _backups_lines(path)
    else:
        lines.insert(0, "数据库完好。")
    return healthy, "\n".join(lines)


def _damage_report(path: Path, state: health.Health) -> str:
    lines = [health.damage_message(path, state)]
    if state.problems:
        more = "以上" if len(state.problems) >= health.MAX_PROBLEMS else ""
        lines.append(f"完整性检查发现 {len(state.problems)} 处{more}损坏。")
    lines += _backups_lines(path)
    return "\n".join(lines)


def _backups_lines(path: Path | None) -> list[str]:
    good = good_backups_for(path) if path is not None else []
    if not good:
        return ["没有找到完好的备份。"]
    return ["最近的完好备份（用 restore 命令恢复）："] + [f"  {b.path}　{b.describe()}" for b in good]


def backup(db: str | None, target: str | None) -> str:
    path = database_path(db)
    if path is None:
        raise UserError("backup 只适用于本机的 SQLite 数据库文件；服务器数据库请用其自带的备份工具。")
    if not path.exists():
        raise UserError(f"数据库文件不存在：{path}")
    state = health.examine(path)
    if not state.ok:
        raise UserError(health.damage_message(path, state) + "没有备份（以前的备份都保留着）。")
    folder = Path(target) if target else default_backup_folder(path)
    assert folder is not None
    info = take_backup(path, folder)
    return f"已备份并校验：{info.path}\n{info.describe()}"


def backups(db: str | None, folder: str | None) -> str:
    """The backups of the database, newest first, with what each holds."""
    path = database_path(db)
    where = Path(folder) if folder else default_backup_folder(path)
    found = list_backups(where) if where is not None else []
    if not found:
        return f"{where} 中没有备份。"
    return f"{where} 中的备份（共 {len(found)} 个，最新的在前）：\n" + "\n".join(
        f"  {b.path.name}　{b.describe()}{'　已加密' if keys.is_encrypted(b.path) else ''}" for b in found)


def restore(db: str | None, file: str) -> str:
    """Put the backup `file` in place of the database; the current file is kept aside first."""
    from models.restore import restore as restore_file

    path = database_path(db)
    if path is None:
        raise UserError("restore 只适用于本机的 SQLite 数据库文件；服务器数据库请用其自带的恢复工具。")
    source = Path(file)
    if not source.is_file():
        raise UserError(f"找不到备份文件：{file}")
    if keys.is_encrypted(source) and not keys.is_unlocked(source):
        keys.unlock(source, ask_password("该备份用另一个密码加密，请输入它的密码：", "ORGLIFE_BACKUP_PASSWORD",
                                         "该备份用另一个密码加密"))
    was_locked = path.exists() and keys.is_encrypted(path)
    done = restore_file(source, path)
    lines = [f"已从备份恢复：{path}"]
    if was_locked and not keys.is_encrypted(path):
        lines.append("注意：恢复的备份没有加密，数据库现在没有密码锁；如需要，请用 set-password 重新设置密码。")
    elif keys.is_encrypted(path) and not was_locked:
        lines.append("注意：恢复的备份设置了密码锁，以后打开数据库要输入该备份的密码。")
    if done.safety_backup is not None:
        lines.append(f"恢复前的数据库已另存为备份：{done.safety_backup.path}")
    if done.kept_aside is not None:
        lines.append(f"原来的数据库文件已移到一旁（没有删除）：{done.kept_aside}")
    return "\n".join(lines)


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


# --- the password lock -----------------------------------------------------------------------------------

OLD_BACKUPS = ("encrypt", "remove", "keep")


def unlock(db: str | None) -> None:
    """With the password lock on, ask for the password (or read ORGLIFE_PASSWORD) before anything is read.
    A wrong password: WrongPassword, one sentence, nothing opened."""
    path = database_path(db)
    if path is None or not keys.is_encrypted(path) or keys.is_unlocked(path):
        return
    keys.unlock(path, ask_password("数据库已加密，请输入密码："))


def ask_password(prompt: str, variable: str = keys.PASSWORD_VARIABLE, what: str = "数据库已加密",
                 twice: bool = False) -> str:
    """A password from the environment variable, else typed in the terminal (twice: a new one, checked)."""
    given = os.environ.get(variable)
    if given:
        return given
    if not _interactive():
        raise UserError(f"{what}：请在终端中运行并输入密码，或用环境变量 {variable} 给出密码。")
    import getpass

    first = getpass.getpass(prompt)
    if twice and getpass.getpass("再输入一次：") != first:
        raise UserError("两次输入的密码不一样，请重新运行。")
    return first


def _interactive() -> bool:
    import sys

    return bool(sys.stdin and sys.stdin.isatty())


def _new_password(encrypted: bool) -> str:
    """The new password: ORGLIFE_PASSWORD when the lock is not on yet (ORGLIFE_NEW_PASSWORD when changing it),
    else asked twice."""
    variable = NEW_PASSWORD_VARIABLE if encrypted else keys.PASSWORD_VARIABLE
    given = os.environ.get(variable)
    if given:
        return given
    if not _interactive():
        raise UserError(f"请在终端中运行并输入新密码，或用环境变量 {variable} 给出新密码。")
    import getpass

    first = getpass.getpass("新密码：")
    if getpass.getpass("再输入一次新密码：") != first:
        raise UserError("两次输入的密码不一样，密码没有更改。")
    return first


NEW_PASSWORD_VARIABLE = "ORGLIFE_NEW_PASSWORD"


def set_password(db: str | None, old_backups: str | None) -> str:
    """Turn the lock on (or change the password), a verified backup taken first; then the plain backups (or
    those under the old password) are encrypted, removed or kept as `old_backups` says (asked when not given)."""
    from models import password

    path = _local_file(db, "set-password")
    encrypted = keys.is_encrypted(path)
    new = _new_password(encrypted)
    folder = default_backup_folder(path)
    try:
        done = password.set_password(path, new, folder)
    except DatabaseError as error:
        raise UserError(str(error)) from error
    done_text = "已更改密码，数据库已用新密码重新加密。" if encrypted else \
        "已设置密码锁：数据库、它的日志和以后的备份都已加密。"
    lines = [done_text, keys.FORGOTTEN]
    if done.backup is not None:
        lines.append(f"更改前的数据库已备份：{done.backup.path}")
    lines += _old_backups(path, folder, old_backups)
    return "\n".join(lines)


def _old_backups(path: Path, folder: Path | None, choice: str | None) -> list[str]:
    from models import password

    old = password.other_backups(folder, path)
    if not old:
        return []
    if choice is None and _interactive():
        answer = input(f"有 {len(old)} 个以前的备份没有用现在的密码加密。加密(e) / 删除(d) / 保留(k)？[e] ").strip()
        choice = {"d": "remove", "k": "keep"}.get(answer.lower()[:1], "encrypt")
    if choice == "encrypt":
        done = password.encrypt_backups(old, path)
        left = len(old) - len(done)
        return [f"已加密以前的备份 {len(done)} 个。"] + (
            [f"另有 {left} 个备份用更早的密码加密，保留原样。"] if left else [])
    if choice == "remove":
        return [f"已删除以前的备份 {len(password.remove_backups(old))} 个。"]
    return [f"以前的 {len(old)} 个备份没有用现在的密码加密，仍保留在 {folder}；"
            "如要加密，请运行 encrypt-backups 命令（--remove 则删除它们）。"]


def encrypt_backups(db: str | None, remove: bool) -> str:
    """The backups not encrypted with the current password: encrypted with it (or removed)."""
    path = _local_file(db, "encrypt-backups")
    if not keys.is_encrypted(path):
        raise UserError("该数据库没有设置密码锁，备份不加密。请先用 set-password 设置密码。")
    lines = _old_backups(path, default_backup_folder(path), "remove" if remove else "encrypt")
    return "\n".join(lines) if lines else "所有备份都已用现在的密码加密。"


def remove_password(db: str | None) -> str:
    from models import password

    path = _local_file(db, "remove-password")
    if not keys.is_encrypted(path):
        raise UserError("该数据库没有设置密码锁。")
    try:
        done = password.remove_password(path, default_backup_folder(path))
    except DatabaseError as error:
        raise UserError(str(error)) from error
    lines = ["已取消密码锁：数据库现在是未加密的文件，以后的备份也不再加密。"]
    if done.backup is not None:
        lines.append(f"取消前的数据库已备份（仍用原密码加密）：{done.backup.path}")
    return "\n".join(lines)


def _local_file(db: str | None, command: str) -> Path:
    path = database_path(db)
    if path is None:
        raise UserError(f"{command} 只适用于本机的 SQLite 数据库文件；服务器数据库的加密由服务器负责。")
    if not path.exists():
        raise UserError(f"数据库文件不存在：{path}。请先用 init 创建，或检查 --db 路径。")
    return path
