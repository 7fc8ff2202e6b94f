"""What importing a branch's hand-in (本年度报送文件) into the 党委's database will do, before anything is written.

Each file goes to its own branch: the one with the file's uid, else the one with its full name (the user
confirms that match), else a new branch. A file holds one year's records; when the branch already has records
of that year in the database, the import replaces that year (after confirmation).

Decisions where the inputs are awkward:
- a file whose uid differs from that of the branch with the same name is still offered that branch by name
  (the 党委's own branches were made there, with uids of their own), with a warning when that branch already has
  records: it may be another branch of the same name; the user chooses that branch or a new one;
- a file without any dated record (no meeting, talk, rectification or evaluation) has no year: its people are
  merged and nothing is replaced;
- a year locked (归档) in the 党委's database is not replaced nor added to: the file is refused.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Connection, select

from models.domain import BranchData
from models.handin.year import year_data
from models.interchange import InterchangeError, read_branch
from models.orm import Base
from models.storage import loader

T = Base.metadata.tables

NEW = "new"  # 新支部
APPEND = "append"  # 追加: the branch has no records of the year yet
REPLACE = "replace"  # 替换: the branch's records of the year are replaced
REFUSED = "refused"  # nothing is imported (the reason in `problem`)

RECORD_KINDS = (("meetings", "会议"), ("talks", "谈心谈话"), ("rectifications", "整改事项"),
                ("evaluations", "民主评议"))


@dataclass(frozen=True)
class HandIn:
    """One file read: its data, or why it cannot be read."""

    path: Path
    data: BranchData | None
    problem: str = ""

    @property
    def name(self) -> str:
        return self.path.name


def read_hand_in(path: Path) -> HandIn:
    try:
        raw = path.read_bytes()
    except OSError as error:
        return HandIn(path, None, f"无法读取文件：{error.strerror or error}")
    try:
        return HandIn(path, read_branch(raw))
    except InterchangeError as error:
        shown = error.errors[:3] + ([f"……共 {len(error.errors)} 处错误"] if len(error.errors) > 3 else [])
        return HandIn(path, None, "文件已损坏或不是报送文件：" + "；".join(shown))


@dataclass(frozen=True)
class HandInPlan:
    hand_in: HandIn
    action: str
    year: int | None = None
    branch_id: int | None = None  # the database's branch (None for a new one)
    branch_name: str = ""  # the database's branch, or the file's for a new one
    by_name: bool = False  # matched by full name only: the user confirms it
    file_counts: dict[str, int] = field(default_factory=dict)
    replaced: dict[str, int] = field(default_factory=dict)  # the database's records of the year it replaces
    problem: str = ""
    notes: tuple[str, ...] = ()

    @property
    def needs_confirmation(self) -> bool:
        return self.action == REPLACE or self.by_name

    def what_happens(self) -> str:
        """新支部 / 追加 / 替换 2025 年度, as the dialog and the command say it."""
        if self.action == NEW:
            return "新支部"
        if self.action == REFUSED:
            return "不导入"
        if self.action == REPLACE:
            return f"替换 {self.year} 年度"
        return f"追加 {self.year} 年度" if self.year else "追加（只合并人员）"

    def summary(self) -> str:
        counts = "，".join(f"{label} {self.file_counts.get(kind, 0)}" for kind, label in RECORD_KINDS)
        line = f"{self.hand_in.name}：{self.branch_name or '（未知党支部）'} — {self.what_happens()}"
        if self.action == REFUSED:
            return f"{line}：{self.problem}"
        line += f"（文件中人员 {self.file_counts.get('members', 0)}，{counts}）"
        if self.replaced:
            line += "；数据库中该年度的" + "，".join(
                f"{label} {self.replaced.get(kind, 0)}" for kind, label in RECORD_KINDS) + " 将被替换"
        return "；".join([line, *self.notes])


def years_of(data: BranchData) -> set[int]:
    """The years the file's dated records fall in (a rectification by its meeting, else its due or done day)."""
    years = {m.date.year for m in data.meetings} | {t.date.year for t in data.talks}
    years |= {e.year for e in data.evaluations}
    for r in data.rectifications:
        if r.meeting is None:
            years |= {d.year for d in (r.due, r.done_on) if d}
    return years


def plan_hand_in(conn: Connection, hand_in: HandIn, year: int | None = None) -> HandInPlan:
    """What importing the file will do; `year` when the caller knows it (a file without records has none)."""
    data = hand_in.data
    if data is None:
        return HandInPlan(hand_in, REFUSED, problem=hand_in.problem)
    counts = {"members": len(data.members)} | {kind: len(getattr(data, kind)) for kind, _ in RECORD_KINDS}
    years = years_of(data)
    if len(years) > 1 or (year is not None and years and years != {year}):
        shown = "、".join(str(y) for y in sorted(years))
        return HandInPlan(hand_in, REFUSED, branch_name=data.branch.name, file_counts=counts,
                          problem=f"文件含有 {shown} 年的记录，不是一个年度的报送文件；请用 import-json 导入整个文件")
    year = next(iter(years)) if years else year
    match, by_name = _match(conn, data)
    if match is None:
        return HandInPlan(hand_in, NEW, year, None, data.branch.name, file_counts=counts)
    branch_id, name = match
    notes: list[str] = []
    if by_name:
        notes.append(f"按全称与数据库中的“{name}”对应，请确认是同一个党支部")
        if data.branch.uid and not loader_is_empty(conn, branch_id):
            notes.append("该党支部已有记录且编号与文件不同，可能是另一个同名党支部")
    if year is not None and _locked(conn, branch_id, year):
        return HandInPlan(hand_in, REFUSED, year, branch_id, name, by_name, counts, problem=(
            f"{year} 年度在本数据库中已锁定（已归档），不能再导入或替换该年度的记录"))
    replaced = year_records(conn, branch_id, year) if year is not None else {}
    action = REPLACE if any(replaced.values()) else APPEND
    return HandInPlan(hand_in, action, year, branch_id, name, by_name, counts,
                      replaced if action == REPLACE else {}, notes=tuple(notes))


def _match(conn: Connection, data: BranchData) -> tuple[tuple[int, str] | None, bool]:
    t = T["branch"]
    if data.branch.uid:
        row = conn.execute(select(t.c.id, t.c.name).where(t.c.uid == data.branch.uid)).first()
        if row is not None:
            return (row[0], row[1]), False
    row = conn.execute(select(t.c.id, t.c.name).where(t.c.name == data.branch.name).order_by(t.c.id)).first()
    return ((row[0], row[1]), True) if row is not None else (None, False)


def _locked(conn: Connection, branch_id: int, year: int) -> bool:
    t = T["year_lock"]
    return conn.execute(select(t.c.year).where(t.c.branch_id == branch_id, t.c.year == year)).first() is not None


def loader_is_empty(conn: Connection, branch_id: int) -> bool:
    for table in ("person", "meeting", "talk"):
        if conn.execute(select(T[table].c.id).where(T[table].c.branch_id == branch_id).limit(1)).first():
            return False
    return True


def year_ids(conn: Connection, branch_id: int, year: int) -> dict[str, set[str]]:
    """The external ids of the branch's records of `year`, as the year's hand-in would hold them."""
    data = year_data(loader.load_branch(conn, branch_id, year, content=False), year)
    return {kind: {r.id for r in getattr(data, kind)} for kind, _ in RECORD_KINDS}


def year_records(conn: Connection, branch_id: int, year: int) -> dict[str, int]:
    return {kind: len(ids) for kind, ids in year_ids(conn, branch_id, year).items()}
