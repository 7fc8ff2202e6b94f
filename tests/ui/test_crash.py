"""Never lose a keystroke: the program is killed (SIGKILL) mid-edit; after the restart the text is there."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from ui.widgets.autosave import AUTOSAVE_MS

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_text_survives_a_kill_and_reopens(app, qtbot, store, db_path, monkeypatch) -> None:
    from models.db import open_database
    from models.services import Store

    text = "会议决定：下月开展“学习强国”知识竞赛。"
    store.close()  # one writer at a time: the child program takes the database's lock
    reader = Store(open_database(db_path, read_only=True))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(REPO))
    child = subprocess.Popen([sys.executable, "-m", "tests.ui.kill_child", str(db_path), "mt2", text], cwd=REPO,
                             env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = child.stdout.readline()
        assert line.strip() == "TYPED", child.stderr.read()
        # the promise is two seconds; a busy test machine gets some slack, but the program must save by itself
        deadline = time.monotonic() + AUTOSAVE_MS / 1000 + 8
        while text not in reader.meeting("mt2").summary and time.monotonic() < deadline:
            time.sleep(0.2)
        assert child.poll() is None  # still running, mid-edit
    finally:
        child.send_signal(signal.SIGKILL)
        child.communicate(timeout=10)  # reaped, and its pipes closed
    assert child.returncode == -signal.SIGKILL
    reader.close()
    reopened = Store.open(db_path)  # the lock of the killed program is not left stuck
    assert text in reopened.meeting("mt2").summary
    # the restart (same user folder): the meeting that was open opens again with the text
    from ui.main_window import MainWindow

    window = MainWindow(reopened)
    qtbot.addWidget(window)
    window.show()
    editor = window.pages["meetings"].editor
    assert editor is not None and editor.isVisible() and editor.meeting.id == "mt2"
    assert text in editor.summary.summary.toPlainText()
