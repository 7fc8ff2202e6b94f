"""The packaged program (`make package`): start-up against the program from source, and the installed size.

    python -m bench.bench_package [BUNDLE]      (default build/dist/orglife; skipped with a message when not built)

Targets (issue: installed like any office program): start-up to a usable window at most 1.3x the program from source
in the same run; installed size under 250 MB. Prints figures; not a test.

Both are started the same way and watched the same way, through `ORGLIFE_PROBE` (ui/probe.py): from just before the
process starts (`time.time()`, passed as ORGLIFE_PROBE_T0) to the moment the window's first page shows the branch's
data and takes every click ("usable", as in bench_ui), and to "ready" (the store open, the page filled). Offscreen,
alternating the two, on the sample branch; the median of the runs. The sources are compiled to bytecode first, as an
installed program has them.
"""

from __future__ import annotations

import compileall
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from statistics import median

from bench.measure import line

REPO = Path(__file__).resolve().parents[1]
RUNS = 9
BUILD = REPO / "build"


def start(command: list[str], db: Path, folder: Path) -> dict[str, float]:
    """Seconds to each point the program reports."""
    probe = folder / "probe"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ORGLIFE_DATA_DIR=str(folder / "data"),
               ORGLIFE_PROBE=str(probe), ORGLIFE_PROBE_T0=repr(time.time()))
    subprocess.run([*command, "--db", str(db)], env=env, capture_output=True, timeout=120, check=True)
    points = {}
    for text in (probe / "start.txt").read_text(encoding="utf-8").splitlines():
        name, seconds = text.split()[:2]
        points[name] = float(seconds)
    return points


def size_mb(path: Path) -> float:
    files = [path] if path.is_file() else [p for p in path.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.stat().st_size for p in files) / 1e6


def what_takes_the_space(bundle: Path) -> list[tuple[str, float]]:
    inside = bundle / "_internal"
    qt = inside / "PySide6"
    parts = [("Noto CJK fonts (PDFs)", size_mb(inside / "resources" / "fonts")),
             ("Qt libraries without ICU", size_mb(qt) - sum(size_mb(p) for p in qt.rglob("libicu*"))),
             ("ICU data and libraries (Qt's text)", sum(size_mb(p) for p in qt.rglob("libicu*"))),
             ("Python (interpreter, stdlib)", size_mb(inside / "python3.11") + sum(
                 size_mb(p) for p in inside.glob("libpython*")) + size_mb(inside / "base_library.zip")),
             ("the executable with all Python code (program, SQLAlchemy…)",
              sum(size_mb(p) for p in bundle.glob("orglife*"))),
             ("lxml, pikepdf/qpdf, Pillow (documents, PDF/A)", sum(size_mb(p) for p in inside.glob("*") if p.name in (
                 "lxml", "pikepdf", "pikepdf.libs", "PIL", "pillow.libs"))),
             ("manual, template, sample, icon", size_mb(inside / "docs") + size_mb(inside / "resources")
              - size_mb(inside / "resources" / "fonts"))]
    rest = size_mb(bundle) - sum(mb for _, mb in parts)
    parts.append(("everything else (OpenSSL, SQLite, pypinyin's tables, libraries)", rest))
    return parts


def main(argv: list[str]) -> int:
    bundle = Path(argv[1]) if len(argv) > 1 else BUILD / "dist" / "orglife"
    program = bundle / ("orglife.exe" if sys.platform == "win32" else "orglife")
    if not program.is_file():
        print(f"skipped: no packaged program at {bundle} (make package builds it)")
        return 0
    compileall.compile_dir(str(REPO), quiet=1, rx=re.compile(r"[\\/](\.venv|build|tests)[\\/]"))
    source = [sys.executable, str(REPO / "main.py")]
    with tempfile.TemporaryDirectory(prefix="orglife-bench-") as name:
        folder = Path(name)
        db = folder / "sample.sqlite3"
        subprocess.run([*source, "--db", str(db), "import-json", str(REPO / "resources" / "samples" /
                        "sample-branch.json")], env=dict(os.environ, ORGLIFE_DATA_DIR=str(folder / "data")),
                       capture_output=True, check=True, timeout=120)
        start(source, db, folder), start([str(program)], db, folder)  # first starts: caches, the settings file
        frozen, plain = [], []
        for _ in range(RUNS):
            plain.append(start(source, db, folder))
            frozen.append(start([str(program)], db, folder))
    for point in ("usable", "ready"):
        a, b = median(p[point] for p in frozen), median(p[point] for p in plain)
        target = "target <= 1.3x" if point == "usable" else "information"
        line(f"start-up to {point}: packaged / from source", f"{a:.3f} / {b:.3f} s", f"{a / b:.2f}x  {target}")
    total = size_mb(bundle)
    mib = total * 1e6 / 2**20
    line("installed size (the program's folder)", f"{total:.0f} MB", f"= {mib:.0f} MiB; target < 250 MB")
    for part, mb in what_takes_the_space(bundle):
        line(f"  {part}", f"{mb:.0f} MB")
    for deb in sorted(BUILD.glob("*.deb")):
        line(f".deb ({deb.name})", f"{size_mb(deb):.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
