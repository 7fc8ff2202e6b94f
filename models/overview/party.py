"""The 党委's overview: for one year, every branch of the database against the duties, each cell in the state
the home grid gives it (已落实 / 缺 / 本期待办 / 待开展 / 无需开展, the same words and symbols).

A branch's cell for a duty sums up that duty's row (all its Party groups' rows for a per-group rule) of the
branch's home grid: 缺 when any period is missing, else 本期待办 when one is under way, else 待开展 while one is
still to come, else 已落实 — or 无需开展 when no period owes anything. Each branch is read with only that year's
meetings (in outline), talks and evaluations: the same reading the home page does, for all branches at once
(`models.storage.outlines`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import Connection, Engine, func, select

from models.db import read_transaction
from models.domain import BranchData
from models.overview.grid import DUE, EXEMPT, STATE_WORDS, GridRow, duty_label, year_grid
from models.rules.compliance import MET, MISSING, UPCOMING
from models.storage.loader import T
from models.storage.outlines import load_outlines

ORDER = (MISSING, DUE, UPCOMING, MET)  # the first state any period is in names the whole row


@dataclass(frozen=True)
class BranchListing:
    id: int
    name: str


@dataclass(frozen=True)
class DutyCell:
    state: str  # met / missing / upcoming / due / exempt
    met: int  # periods met
    owed: int  # periods that owe something

    @property
    def words(self) -> str:
        return STATE_WORDS[self.state]

    @property
    def text(self) -> str:
        """What a table cell says: the state, with the periods met of those owed when there are several."""
        return self.words if self.owed <= 1 else f"{self.words} {self.met}/{self.owed}"


@dataclass(frozen=True)
class BranchLine:
    branch: BranchListing
    cells: dict[str, DutyCell]  # duty key → cell

    @property
    def missing(self) -> int:
        return sum(1 for c in self.cells.values() if c.state == MISSING)


@dataclass(frozen=True)
class PartyOverview:
    year: int
    as_of: date
    duties: tuple[tuple[str, str], ...]  # (key, label) in the home grid's order
    lines: tuple[BranchLine, ...]


def list_branches(engine: Engine) -> list[BranchListing]:
    """The branches the database (and the login) shows, by name (sorted here: a server's collation may order
    Chinese otherwise than a file does)."""
    with read_transaction(engine) as conn:
        return _listing(conn)


def _listing(conn: Connection) -> list[BranchListing]:
    b = T["branch"]
    rows = conn.execute(select(b.c.id, b.c.name)).all()
    return sorted((BranchListing(r.id, r.name) for r in rows), key=lambda r: (r.name, r.id))


def party_years(engine: Engine) -> list[int]:
    """The years any branch the login sees has a meeting or a talk in, newest first (the overview's year box)."""
    years: set[int] = set()
    with read_transaction(engine) as conn:
        for name in ("meeting", "talk"):
            t = T[name]
            lo, hi = conn.execute(select(func.min(t.c.date), func.max(t.c.date))).one()
            if lo is not None:
                years.update(range(lo.year, hi.year + 1))
    return sorted(years, reverse=True)


def duty_cell(rows: list[GridRow]) -> DutyCell:
    cells = [c for r in rows for c in r.cells if c.state != EXEMPT]
    if not cells:
        return DutyCell(EXEMPT, 0, 0)
    states = {c.state for c in cells}
    state = next(s for s in ORDER if s in states)
    return DutyCell(state, sum(1 for c in cells if c.state == MET), len(cells))


def branch_line(data: BranchData, branch: BranchListing, year: int, as_of: date) -> tuple[BranchLine, list]:
    grid = year_grid(data, year, as_of)
    by_key: dict[str, list[GridRow]] = {}
    for row in grid.rows:
        by_key.setdefault(row.key, []).append(row)
    cells = {key: duty_cell(rows) for key, rows in by_key.items()}
    labels = [(key, duty_label(key) if rows[0].group else rows[0].label) for key, rows in by_key.items()]
    return BranchLine(branch, cells), labels


def party_overview(engine: Engine, year: int, as_of: date, branches: list[BranchListing] | None = None
                   ) -> PartyOverview:
    """Every branch (or those given) against the duties of `year`, judged on `as_of`."""
    lines, duties = [], {}
    with read_transaction(engine) as conn:  # one reading: the branches as of one moment
        wanted = None if branches is None else [b.id for b in branches]  # None: every branch, no filter
        if branches is None:
            branches = _listing(conn)
        outlines = load_outlines(conn, year, wanted, rectifications=False)  # one query a table
    for branch in branches:
        if branch.id not in outlines:  # removed since the list was read
            continue
        line, labels = branch_line(outlines[branch.id], branch, year, as_of)
        lines.append(line)
        for key, label in labels:
            duties.setdefault(key, label)
    return PartyOverview(year, as_of, tuple(duties.items()), tuple(lines))


def cell_of(line: BranchLine, key: str) -> DutyCell:
    """A branch's cell for a duty; a duty its rules do not have is 无需开展."""
    return line.cells.get(key, DutyCell(EXEMPT, 0, 0))
