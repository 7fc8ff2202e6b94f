"""The hand-in on the command line: the branch writes its year's file, the 党委 imports the files it receives."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from models.commands import UserError, backup_before, open_store, write_text_atomically
from models.db import read_transaction
from models.handin.apply import HandInResult, import_hand_ins
from models.handin.plan import REFUSED, HandInPlan, plan_hand_in, read_hand_in
from models.handin.year import year_interchange
from models.services import Store


def hand_in_file(db: str | None, year: int, out: str | None) -> str:
    """本年度报送文件: the year's interchange data, as the year's archive holds it."""
    store = open_store(db, create=False, read_only=True)
    try:
        data = store.load_all()
    finally:
        store.close()
    path = Path(out) if out else Path(f"{data.branch.short_name or data.branch.name}{year}年度报送文件.orglife.json")
    write_text_atomically(path, year_interchange(data, year))
    return f"已写出 {year} 年度报送文件：{path}"


def plan_files(store: Store, files: list[str], year: int | None = None) -> list[HandInPlan]:
    with read_transaction(store.engine) as conn:
        return [plan_hand_in(conn, read_hand_in(Path(f)), year) for f in files]


def run_hand_ins(store: Store, plans: list[HandInPlan], confirmed: bool,
                 step: Callable[[int, HandInResult], None] | None = None,
                 as_new: frozenset[int] = frozenset()) -> list[HandInResult]:
    """A verified backup first (when anything will be written), then each file in its own transaction."""
    if any(p.action != REFUSED for p in plans):
        backup_before(store, "before-import")
    return import_hand_ins(store.engine, plans, confirmed, step, as_new)


def hand_in(db: str | None, files: list[str], yes: bool, year: int | None = None,
            say: Callable[[str], None] = print) -> bool:
    """Import the branches' hand-ins; without `yes` only what needs no confirmation. True when all went in."""
    store = open_store(db)
    try:
        plans = plan_files(store, files, year)
        for p in plans:
            say(p.summary())
        waiting = [p for p in plans if p.needs_confirmation and p.action != REFUSED]
        if waiting and not yes:
            raise UserError(f"{len(waiting)} 个文件需要确认（替换年度或按全称对应党支部），什么也没有写入；"
                            "确认无误后加 --yes 再运行")
        results = run_hand_ins(store, plans, yes)
    finally:
        store.close()
    for r in results:
        say(r.message)
    return all(r.done for r in results)
