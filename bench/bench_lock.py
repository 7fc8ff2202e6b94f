"""What the password lock costs: the key derivation once per unlock, then open, import of the 10-year file,
loading a year and the year's archive — each with encryption (SQLCipher, raw key) as a ratio to the same without,
in the same run. `python -m bench.bench_lock [--no-archive]`

Targets (issue: nothing lost, nothing leaked): the derivation about half a second; open under 0.3 s with the
lock (the derivation not counted); the rest within 1.5x.
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
from pathlib import Path

from bench.generate import generate_branch
from bench.measure import best_of, line
from models import commands, keys, password
from models.interchange import write_branch
from models.services import Store

PASSWORD = "基准测试用的密码2026"


def copy_database(template: Path, target: Path) -> Path:
    shutil.copyfile(template, target)
    if keys.note_path(template).exists():
        shutil.copyfile(keys.note_path(template), keys.note_path(target))
    return target


def empty_database(path: Path, encrypted: bool) -> Path:
    Store.open(path).close()  # the schema, no branch
    if encrypted:
        password.set_password(path, PASSWORD, None)
    return path


def ratio(name: str, plain: float, locked: float, target: str, unit: str = "s") -> None:
    scale, fmt = (1000, "{:.0f} ms") if unit == "ms" else (1, "{:.2f} s")
    line(f"{name}, plain", fmt.format(plain * scale))
    line(f"{name}, with the lock", fmt.format(locked * scale))
    line(f"{name}: with / without", f"{locked / plain:.2f}x", target)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--no-archive", action="store_true", help="leave out the archive (the slowest part)")
    args = parser.parse_args(argv)
    data = generate_branch()
    heaviest = max(range(2016, 2026), key=lambda y: sum(m.date.year == y for m in data.meetings))
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        source = folder / "branch.json"
        source.write_text(write_branch(data), encoding="utf-8")
        templates = {kind: empty_database(folder / f"empty-{kind}.sqlite3", kind == "locked")
                     for kind in ("plain", "locked")}
        note = keys.read_note(templates["locked"])
        assert note is not None
        import time

        cpu = time.process_time()
        derive_s, _ = best_of(3, lambda: keys.derive(PASSWORD, note))
        cpu_s = (time.process_time() - cpu) / 3  # one thread: its CPU time is its wall time on an idle machine
        line(f"key derivation, Argon2id t={note.time_cost} m={note.memory_kib // 1024} MiB p={note.parallelism}",
             f"{derive_s:.2f} s", f"once per unlock; about 0.5 s (CPU time {cpu_s:.2f} s)")

        counter = iter(range(100))
        made: dict[str, Path] = {}

        def do_import(kind: str) -> None:
            db = copy_database(templates[kind], folder / f"{kind}-{next(counter)}.sqlite3")
            commands.import_json(str(db), str(source))
            made[kind] = db

        seconds = {kind: best_of(2, lambda kind=kind: do_import(kind))[0] for kind in ("plain", "locked")}
        ratio("import-json of the 10-year file", seconds["plain"], seconds["locked"], "target <= 1.5x")

        opened = {kind: best_of(7, lambda kind=kind: Store.open(made[kind]).close())[0] for kind in made}
        ratio("open the database (lock, quick check, schema) and close", opened["plain"], opened["locked"],
              f"target < 300 ms with the lock: {'met' if opened['locked'] < 0.3 else 'NOT met'}", unit="ms")

        loaded = {}
        for kind, db in made.items():
            store = Store.open(db)
            loaded[kind] = best_of(5, lambda store=store: store.load_year(heaviest))[0]
            store.close()
        ratio(f"load the year {heaviest}", loaded["plain"], loaded["locked"], "target <= 1.5x", unit="ms")

        if not args.no_archive:
            from exports.commands import archive

            built = {}
            for kind, db in made.items():
                out = folder / f"archive-{kind}"
                built[kind] = best_of(1, lambda db=db, out=out: archive(str(db), heaviest, str(out), False))[0]
            ratio(f"archive of {heaviest} (read from the file, documents, zip)", built["plain"], built["locked"],
                  "target <= 1.5x")
        for kind, db in made.items():
            line(f"database file, {kind}", f"{db.stat().st_size / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
