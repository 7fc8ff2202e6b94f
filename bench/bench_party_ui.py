"""Opening one branch in the desktop program: on the 党委's shared PostgreSQL database of 50 branches × 10 years,
logged in as that branch's clerk, against the same branch alone in a SQLite file.

Target (issue 15): within 2× of the SQLite file. Each start is a fresh process (`bench.bench_ui --child program`,
the program as `main` starts it) timed until the home page has drawn this year's duties grid; the two kinds of
start alternate so that both see the same machine. PostgreSQL with ORGLIFE_BENCH_POSTGRES_URL (or
ORGLIFE_TEST_POSTGRES_URL), a superuser URL: a database and a clerk login of their own are made and dropped.
"""

from __future__ import annotations

import os
import tempfile
import uuid
from pathlib import Path
from statistics import median

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from bench.bench_party import BRANCHES
from bench.bench_ui import REPO, start_seconds
from bench.measure import line
from bench.party import add_branch, party_branch
from models.db import open_database
from models.server.security import add_clerk

RUNS = int(os.environ.get("ORGLIFE_BENCH_RUNS", "7"))
CLERK_PASSWORD = "bench-" + uuid.uuid4().hex[:12]


def shared_database(admin_url: str, name: str, branches) -> tuple[str, str]:
    """The 党委's database of `branches` and a clerk login tied to the middle one; (the clerk's URL, the role)."""
    engine = open_database(admin_url.rsplit("/", 1)[0] + "/" + name, new=True)
    ids = [add_branch(engine, data) for data in branches]
    role = f"{name}_clerk"
    with engine.begin() as conn:
        add_clerk(conn, role, ids[len(ids) // 2], CLERK_PASSWORD)
    engine.dispose()
    url = make_url(admin_url).set(username=role, password=CLERK_PASSWORD, database=name)
    return url.render_as_string(hide_password=False), role


def main() -> int:
    admin_url = os.environ.get("ORGLIFE_BENCH_POSTGRES_URL") or os.environ.get("ORGLIFE_TEST_POSTGRES_URL")
    if not admin_url:
        print("PostgreSQL: skipped (set ORGLIFE_BENCH_POSTGRES_URL to a superuser URL)")
        return 0
    branches = [party_branch(n) for n in range(1, BRANCHES + 1)]
    name = f"orglife_bench_{uuid.uuid4().hex[:8]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    role = f"{name}_clerk"
    try:
        clerk_url, role = shared_database(admin_url, name, branches)
        with tempfile.TemporaryDirectory() as folder:
            alone = Path(folder) / "alone.sqlite3"
            engine = open_database(alone, new=True)
            add_branch(engine, branches[len(branches) // 2])
            engine.dispose()
            env = dict(os.environ, ORGLIFE_DATA_DIR=str(Path(folder) / "user"), PYTHONPATH=str(REPO))
            for target in (str(alone), clerk_url):  # the first start of each makes its settings
                start_seconds(["--child", "program", target], env)
            on_file, on_server = [], []
            for _ in range(RUNS):
                on_file.append(start_seconds(["--child", "program", str(alone)], env)["GRID"])
                on_server.append(start_seconds(["--child", "program", clerk_url], env)["GRID"])
        file_s, server_s = median(on_file), median(on_server)
        line(f"opening one branch until its home grid is drawn: SQLite file, alone ({RUNS} runs, median)",
             f"{file_s * 1000:.0f} ms")
        line(f"the same on the shared PostgreSQL database of {BRANCHES} branches, as its clerk (median)",
             f"{server_s * 1000:.0f} ms")
        ratio = server_s / file_s
        line("ratio (server ÷ file)", f"{ratio:.2f}x", "target ≤ 2x " + ("✓" if ratio <= 2 else "✗"))
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
            for group in ("clerks", "readers", "clerk"):  # roles are the cluster's, not the database's
                conn.execute(text(f'DROP ROLE IF EXISTS "{name}_{group}"'))
        admin.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
