"""A 党委's SQLite file of two branches for the UI tests, and starting the program on a database."""

from __future__ import annotations

from pathlib import Path

from bench.party import add_branch
from models.db import open_database
from tests.server.party_server import busy_branch, idle_branch


def party_file(folder: Path) -> Path:
    """Two branches in one file (as the 党委 has them after importing hand-ins): 第一 held three 党员大会 in 2025."""
    path = folder / "party.sqlite3"
    engine = open_database(path, new=True)
    for data in (busy_branch(), idle_branch()):
        add_branch(engine, data)
    engine.dispose()
    return path


def start(qtbot, target: str):  # type: ignore[no-untyped-def]
    """The program started on `target` the way `run_gui` starts it; the window once it is ready."""
    from ui.app import Launcher

    launcher = Launcher(target)
    with qtbot.waitSignal(launcher.ready, timeout=30000) as ready:
        launcher.start()
    window = ready.args[0]
    qtbot.addWidget(window)
    return window


def close(window) -> None:  # type: ignore[no-untyped-def]
    window.ctx.jobs.wait()
    window.close()
