"""`python -m bench`: every benchmark in turn, each in a process of its own, figures printed.

Own processes: a benchmark of the documents makes a QGuiApplication, the one of the window a QApplication, and Qt
allows one application object per process; each also starts as a clerk's program would, from a cold process.
"""

import subprocess
import sys

# (module, arguments): the documents are measured on the 10-year branch, with its heaviest year's archive
BENCHMARKS = (
    ("bench.bench_core", []),
    ("bench.bench_documents", ["--generated", "--archive"]),
    ("bench.bench_ui", []),
    ("bench.bench_lock", []),
    ("bench.bench_party", []),
    ("bench.bench_package", []),  # skipped with a message when `make package` has not been run
)


def main() -> int:
    failed = []
    for name, args in BENCHMARKS:
        print(f"== {name}", flush=True)
        if subprocess.run([sys.executable, "-m", name, *args]).returncode != 0:
            failed.append(name)
    if failed:
        print("failed: " + ", ".join(failed), file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
