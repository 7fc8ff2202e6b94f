"""Import, export and the compliance report on the 10-year branch (200 members, 8 groups).

Targets (issue: data core): import within 3x raw sqlite3.executemany of the same rows in one transaction;
export under 5 s; one year's compliance report under 100 ms; peak memory under 500 MB.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import tempfile
from datetime import date, time
from pathlib import Path

from bench.generate import generate_branch
from bench.measure import best_of, line, peak_rss_mb
from models import commands, health
from models.db import open_database
from models.interchange import read_branch, write_branch
from models.rules import compliance_report
from models.services import Store
from models.storage.importer import TABLE_ORDER, _build_rows

REPO = Path(__file__).resolve().parents[1]


def sql_value(value: object) -> object:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return value.strftime("%H:%M:%S.000000")
    return value


def raw_insert_seconds(folder: Path, data) -> tuple[float, int]:
    """The same rows the importer writes, inserted with plain sqlite3.executemany in one transaction."""
    path = folder / "raw.sqlite3"
    engine = open_database(path)
    with engine.connect() as conn:
        out, _ = _build_rows(conn, 1, data)
    engine.dispose()
    batches = []
    for name in ("branch", *TABLE_ORDER):
        rows = out.by_table.get(name) if name != "branch" else [
            {"id": 1, "name": "x", "short_name": "", "parent_org": "", "fonds_code": "", "unit_code": "DZB",
             "own_rules": 0, "talk_committee_pairs": 1, "talk_member_with_committee": 1}]
        if not rows:
            continue
        columns = list(rows[0])
        sql = f'INSERT INTO {name} ({", ".join(columns)}) VALUES ({", ".join("?" * len(columns))})'
        batches.append((sql, [tuple(sql_value(r[c]) for c in columns) for r in rows]))
    con = sqlite3.connect(path)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=FULL")
    import time as clock

    start = clock.perf_counter()
    with con:
        for sql, params in batches:
            con.executemany(sql, params)
    seconds = clock.perf_counter() - start
    con.close()
    return seconds, sum(len(p) for _, p in batches)


def main() -> None:
    data = generate_branch()
    text = write_branch(data)
    heaviest = max(range(2016, 2026), key=lambda y: sum(m.date.year == y for m in data.meetings))
    print(f"10-year branch: {len(data.members)} people, {len(data.meetings)} meetings, {len(data.talks)} talks, "
          f"{len(text.encode()) / 1e6:.1f} MB of JSON")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        source = folder / "branch.json"
        source.write_text(text, encoding="utf-8")
        counter = iter(range(100))

        def do_import() -> None:
            db = folder / f"import-{next(counter)}.sqlite3"
            commands.import_json(str(db), str(source))

        import_s, _ = best_of(3, do_import)
        raw_s, raw_rows = min(raw_insert_seconds(Path(tempfile.mkdtemp(dir=tmp)), data) for _ in range(3))
        line("import-json (read, validate, write; whole command)", f"{import_s:.2f} s")
        line(f"raw sqlite3.executemany of the same {raw_rows} rows", f"{raw_s:.2f} s")
        line("import / raw", f"{import_s / raw_s:.2f}x", "target <= 3x")

        db = str(folder / "import-0.sqlite3")
        out = folder / "out.json"
        export_s, _ = best_of(3, lambda: commands.export_json(db, str(out)))
        line("export-json (load, write canonical JSON, save)", f"{export_s:.2f} s", "target < 5 s")
        assert out.read_text(encoding="utf-8") == write_branch(read_branch(text)), "export differs from import"

        open_s, _ = best_of(7, lambda: Store.open(db).close())
        check_s, _ = best_of(7, lambda: health.examine(Path(db)))
        line("open the database (lock, quick check, schema at head) and close", f"{open_s * 1000:.0f} ms")
        line(f"of which the quick check of the {Path(db).stat().st_size / 1e6:.0f} MB file",
             f"{check_s * 1000:.0f} ms")

        store = Store.open(db)
        year_data = store.load_year(heaviest)
        as_of = date(heaviest, 12, 31)
        rules_s, _ = best_of(5, lambda: compliance_report(year_data, heaviest, as_of))
        line(f"compliance report {heaviest}, rules on loaded year", f"{rules_s * 1000:.1f} ms", "target < 100 ms")
        whole_s, _ = best_of(5, lambda: compliance_report(store.load_year(heaviest), heaviest, as_of))
        line(f"compliance report {heaviest}, with loading from the db", f"{whole_s * 1000:.1f} ms")
        store.close()
        import_mb = command_peak_mb("--db", str(folder / "mem.sqlite3"), "import-json", str(source))
        export_mb = command_peak_mb("--db", str(folder / "mem.sqlite3"), "export-json", str(folder / "m.json"))
    line("peak memory of `main.py import-json` (own process)", f"{import_mb:.0f} MB", "target < 500 MB")
    line("peak memory of `main.py export-json` (own process)", f"{export_mb:.0f} MB", "target < 500 MB")
    line("peak memory of this benchmark (generator included)", f"{peak_rss_mb():.0f} MB")


def command_peak_mb(*args: str) -> float:
    """Run the command line in a fresh process and return its peak resident memory (VmHWM; ru_maxrss would
    carry over this process's peak through fork and exec)."""
    script = (
        "import runpy, sys; sys.argv = ['main.py', *sys.argv[1:]]\n"
        "try:\n    runpy.run_path('main.py', run_name='__main__')\n"
        "except SystemExit as e:\n    code = e.code\n"
        "hwm = [l for l in open('/proc/self/status') if l.startswith('VmHWM')][0]\n"
        "print(hwm.split()[1], file=sys.stderr)"
    )
    done = subprocess.run([sys.executable, "-c", script, *args], cwd=REPO, capture_output=True, text=True)
    return int(done.stderr.strip().splitlines()[-1]) / 1024


if __name__ == "__main__":
    main()
