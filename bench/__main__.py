"""`python -m bench`: every benchmark in turn, figures printed."""

import importlib
import sys

# (module, arguments of its main): the documents are measured on the 10-year branch, with its heaviest year's archive
BENCHMARKS = (
    ("bench.bench_core", None),
    ("bench.bench_documents", ["--generated", "--archive"]),
    ("bench.bench_ui", None),
)

for name, args in BENCHMARKS:
    module = importlib.import_module(name)
    print(f"== {name}", flush=True)
    module.main() if args is None else module.main(args)
    sys.stdout.flush()
