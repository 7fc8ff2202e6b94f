"""The program watched from outside (ui/probe.py), as the package's smoke test and start-up benchmark watch it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from models.resources import sample_branch_path

REPO = Path(__file__).resolve().parents[2]


def test_a_probed_start_reports_the_usable_window_pictures_it_and_quits(tmp_path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ORGLIFE_DATA_DIR=str(tmp_path / "data"),
               ORGLIFE_PROBE=str(tmp_path / "probe"))
    db = tmp_path / "sample.sqlite3"
    main = [sys.executable, str(REPO / "main.py"), "--db", str(db)]
    subprocess.run([*main, "import-json", str(sample_branch_path())], env=env, check=True, capture_output=True,
                   timeout=120)
    done = subprocess.run(main, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    points = [line.split()[0] for line in (tmp_path / "probe" / "start.txt").read_text(encoding="utf-8").splitlines()]
    assert points == ["usable", "ready"]
    picture = (tmp_path / "probe" / "window.png").read_bytes()
    assert picture.startswith(b"\x89PNG")


def test_the_program_has_its_icon(app) -> None:
    from ui.app import make_application

    icon = make_application([]).windowIcon()
    assert not icon.isNull()
    assert any(size.width() >= 256 for size in icon.availableSizes())
