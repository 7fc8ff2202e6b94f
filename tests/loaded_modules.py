"""Which modules a piece of code loads, run in a fresh interpreter (this one has loaded everything already)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def loaded_of(code: str, packages: tuple[str, ...] = (), prefixes: tuple[str, ...] = ()) -> list[str]:
    """The modules from `packages` (top-level names) or starting with `prefixes` loaded after running `code`."""
    probe = (f"{code}\nimport sys\nprint(' '.join(m for m in sys.modules\n"
             f"               if m.split('.')[0] in {packages!r} or m.startswith({prefixes!r})))")
    env = dict(os.environ, PYTHONPATH=str(REPO))
    out = subprocess.run([sys.executable, "-c", probe], cwd=REPO, env=env, capture_output=True, text=True,
                         timeout=60, check=True)
    return out.stdout.split()
