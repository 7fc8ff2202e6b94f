"""The 党委's overview on 50 branches × 10 years (30 members, 3 groups each) in one database.

Target (issue 15): the overview of one year under 1 s on PostgreSQL. Also measured: opening one branch's year
(the home page's reading) in the 党委's database against the same branch alone in a SQLite file, and importing
one branch's year (a generated one-year file) into the database of all branches.
PostgreSQL with ORGLIFE_BENCH_POSTGRES_URL (or ORGLIFE_TEST_POSTGRES_URL), a superuser URL: a database of its own
is made and dropped.
"""

from __future__ import annotations

import dataclasses
import os
import sys
import tempfile
import time
import uuid
from datetime import date
from pathlib import Path

from sqlalchemy import create_engine, text

from bench.measure import best_of, line, peak_rss_mb
from bench.party import add_branch, party_branch
from models.db import open_database
from models.domain import Branch, BranchData
from models.overview.party import party_overview
from models.services import Store
from models.storage.importer import NEW_BRANCH

BRANCHES = int(os.environ.get("ORGLIFE_BENCH_BRANCHES", "50"))
YEAR, AS_OF = 2020, date(2020, 12, 31)


def fill(engine, branches) -> float:
    start = time.perf_counter()
    for data in branches:
        add_branch(engine, data)
    return time.perf_counter() - start


def measure(label: str, engine, branches) -> None:
    line(f"{label}: {BRANCHES} branches added", f"{fill(engine, branches):.1f} s")
    seconds, table = best_of(3, lambda: party_overview(engine, YEAR, AS_OF))
    assert len(table.lines) == BRANCHES
    line(f"{label}: overview of {YEAR}", f"{seconds * 1000:.0f} ms", "target < 1000 ms")
    middle = table.lines[len(table.lines) // 2].branch.id
    seconds, _ = best_of(3, lambda: Store(engine, middle).year_outline(YEAR))
    line(f"{label}: one branch's year (home page reading)", f"{seconds * 1000:.0f} ms")
    line(f"{label}: importing one branch's year (a new branch)", f"{import_year(engine) * 1000:.0f} ms",
         "best of 3")


def one_year(data: BranchData, year: int) -> BranchData:
    """`data` with the meetings, talks and evaluations of `year` only (and the rectifications of those meetings)."""
    meetings = tuple(m for m in data.meetings if m.date.year == year)
    kept = {m.id for m in meetings}
    return dataclasses.replace(
        data, meetings=meetings, talks=tuple(t for t in data.talks if t.date.year == year),
        evaluations=tuple(e for e in data.evaluations if e.year == year),
        rectifications=tuple(r for r in data.rectifications if r.meeting is None or r.meeting in kept))


def import_year(engine) -> float:
    """The best time of importing a generated branch's one year (its file) into the database of all branches, as
    a new branch each time: the import a clerk's or the 党委's file takes on the shared database."""
    best = float("inf")
    for n in (1, 2, 3):
        whole = party_branch(BRANCHES + n, years=2)
        data = one_year(whole, max(m.date.year for m in whole.meetings))  # its second year: the people all there
        data = dataclasses.replace(data, branch=Branch(f"中共某某市直属机关第{BRANCHES + n}党支部委员会（一年）"))
        start = time.perf_counter()
        Store(engine).import_data(data, NEW_BRANCH)
        best = min(best, time.perf_counter() - start)
    return best


def measure_hand_in(label: str, engine) -> None:
    """A branch's hand-in of a year (本年度报送文件) imported again into the 党委's database: read, planned, the
    year replaced in one transaction (the verified backup before it is a file copy, measured by bench_backup)."""
    from models.db import read_transaction
    from models.handin.apply import import_hand_in
    from models.handin.plan import REPLACE, HandIn, plan_hand_in
    from models.handin.year import year_interchange
    from models.interchange import read_branch

    middle = BRANCHES // 2 + 1
    text_of_year = year_interchange(Store(engine, middle).load_all(), YEAR)
    line(f"{label}: hand-in file of one branch's year", f"{len(text_of_year.encode()) / 1e6:.1f} MB")
    seconds, data = best_of(3, lambda: read_branch(text_of_year))
    line(f"{label}: hand-in read and checked", f"{seconds * 1000:.0f} ms")
    hand_in = HandIn(Path(f"{YEAR}.orglife.json"), data)

    def planned():
        with read_transaction(engine) as conn:
            return plan_hand_in(conn, hand_in)

    seconds, plan = best_of(3, planned)
    assert plan.action == REPLACE and plan.branch_id == middle
    line(f"{label}: hand-in planned (matched, the year's records counted)", f"{seconds * 1000:.0f} ms")
    seconds, result = best_of(3, lambda: import_hand_in(engine, plan, confirmed=True))
    assert result.done, result.message
    line(f"{label}: hand-in imported (year {YEAR} replaced)", f"{seconds * 1000:.0f} ms")


def postgres(branches) -> None:
    url = os.environ.get("ORGLIFE_BENCH_POSTGRES_URL") or os.environ.get("ORGLIFE_TEST_POSTGRES_URL")
    if not url:
        print("PostgreSQL: skipped (set ORGLIFE_BENCH_POSTGRES_URL to a superuser URL)")
        return
    name = f"orglife_bench_{uuid.uuid4().hex[:8]}"
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        engine = open_database(url.rsplit("/", 1)[0] + "/" + name, new=True)
        measure("PostgreSQL", engine, branches)
        measure_hand_in("PostgreSQL", engine)
        engine.dispose()
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
            for group in ("clerks", "readers"):  # the migration's group roles are the cluster's
                conn.execute(text(f'DROP ROLE IF EXISTS "{name}_{group}"'))
        admin.dispose()


def main() -> int:
    branches = [party_branch(n) for n in range(1, BRANCHES + 1)]
    with tempfile.TemporaryDirectory() as folder:
        engine = open_database(Path(folder) / "party.sqlite", new=True)
        measure("SQLite", engine, branches)
        measure_hand_in("SQLite", engine)
        engine.dispose()
        alone = open_database(Path(folder) / "alone.sqlite", new=True)
        add_branch(alone, branches[BRANCHES // 2])
        seconds, _ = best_of(3, lambda: Store(alone).year_outline(YEAR))
        line("SQLite: the same branch's year, alone in a file", f"{seconds * 1000:.0f} ms")
        alone.dispose()
    postgres(branches)
    line("peak memory", f"{peak_rss_mb():.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
