"""`ORGLIFE_PROBE=FOLDER`: a real start of the program, watched from outside (the packaged program's smoke test and
its start-up benchmark, which cannot reach inside a frozen program).

The program writes `FOLDER/start.txt`: `usable S` when the page it opens on shows the branch's data and takes every
click, `ready S` when the store is open and the page filled, S in seconds since `ORGLIFE_PROBE_T0` (the watcher's
`time.time()` just before it started the program). Then it keeps the window on screen `ORGLIFE_PROBE_SECONDS`
(default 0), saves a picture of the screen as `FOLDER/window.png` and quits as if the clerk had closed it.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

VARIABLE = "ORGLIFE_PROBE"  # read by ui/app.py's run_gui


def watch(launcher) -> None:
    """Report the start of `launcher` (a `ui.app.Launcher`, before `start()`), then picture the window and quit."""
    folder = Path(os.environ[VARIABLE])
    folder.mkdir(parents=True, exist_ok=True)
    t0 = float(os.environ.get("ORGLIFE_PROBE_T0") or time.time())
    log = folder / "start.txt"
    log.write_text("", encoding="utf-8")

    def note(point: str) -> None:
        QApplication.processEvents()  # painted, as a clerk sees it
        with log.open("a", encoding="utf-8") as out:
            out.write(f"{point} {time.time() - t0:.4f}\n")

    def picture(window) -> None:
        screen = QGuiApplication.primaryScreen()
        shot = screen.grabWindow(0) if screen is not None else None
        if shot is None or shot.isNull():  # a platform without a screen to grab (offscreen): the window itself
            shot = window.grab()
        shot.save(str(folder / "window.png"))
        QApplication.instance().exit(0)

    def ready(window) -> None:
        note("ready")
        seconds = float(os.environ.get("ORGLIFE_PROBE_SECONDS") or 0)
        QTimer.singleShot(round(seconds * 1000), lambda: picture(window))

    launcher.usable.connect(lambda window: note("usable"))
    launcher.ready.connect(ready)
    launcher.failed.connect(lambda message: note(f"failed {message}"))
