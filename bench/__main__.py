"""`python -m bench`: every benchmark in turn, figures printed."""

import importlib
import sys

MODULES = ("bench.bench_core", "bench.bench_documents", "bench.bench_ui")

for name in MODULES:
    try:
        module = importlib.import_module(name)
    except ModuleNotFoundError as error:
        print(f"== {name}: not available ({error})")
        continue
    print(f"== {name}")
    module.main()
    sys.stdout.flush()
