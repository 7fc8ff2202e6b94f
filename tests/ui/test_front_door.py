"""A second start on the same database brings the running window to the front (ui.front_door): the pieces —
a door in one process and the knock of a second start in another, without a QApplication — and two real starts of
the program. (Not threads of one process: PySide6's blocking socket calls keep Python's lock while they wait.)"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from models.domain import Branch
from models.services import Store
from ui.front_door import FrontDoor, door_name, knock

REPO = Path(__file__).resolve().parents[2]


def knock_from_another_process(database: Path) -> subprocess.Popen:
    """The second start's side: blocking, without an event loop or a QApplication, as at the start."""
    code = "import sys; from pathlib import Path; from ui.front_door import knock; print(knock(Path(sys.argv[1])))"
    return subprocess.Popen([sys.executable, "-c", code, str(database)], cwd=REPO, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def answer_of(qtbot, child: subprocess.Popen) -> str:
    """What the knocking process was told, while this process's event loop lets the door answer."""
    qtbot.waitUntil(lambda: child.poll() is not None, timeout=20000)
    out, err = child.communicate()
    assert child.returncode == 0, err
    return out.strip()


DOOR_IN_A_CHILD = (
    "import sys; from pathlib import Path; from PySide6.QtCore import QCoreApplication, QTimer\n"
    "app = QCoreApplication([]); from ui.front_door import FrontDoor\n"
    "door = FrontDoor(Path(sys.argv[1]), lambda: (print('front', flush=True), QTimer.singleShot(200, app.quit)))\n"
    "print(door.is_open(), flush=True); QTimer.singleShot(30000, app.quit); app.exec()")


def test_a_knock_on_the_door_of_the_database_is_answered_and_brings_the_window(app, qtbot, tmp_path: Path) -> None:
    database = tmp_path / "orglife.sqlite3"
    knocked: list[str] = []
    door = FrontDoor(database, lambda: knocked.append("front"))
    try:
        assert door.is_open()
        assert answer_of(qtbot, knock_from_another_process(database)) == "True" and knocked == ["front"]
        other = knock_from_another_process(tmp_path / "another.sqlite3")  # another database: nobody there
        assert answer_of(qtbot, other) == "False" and knocked == ["front"]
    finally:
        door.close()
    assert knock(database) is False  # the window closed: nobody answers


def test_a_knock_from_this_process_on_a_door_in_another(tmp_path: Path) -> None:
    database = tmp_path / "orglife.sqlite3"
    child = subprocess.Popen([sys.executable, "-c", DOOR_IN_A_CHILD, str(database)], cwd=REPO,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "True"
        assert knock(database) is True  # blocking here; the child's loop answers
        assert child.stdout.readline().strip() == "front"
    finally:
        _out, err = child.communicate(timeout=30)
    assert child.returncode == 0, err


def test_the_door_has_one_name_per_file_and_user(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    database = tmp_path / "orglife.sqlite3"
    database.touch()
    (tmp_path / "sub").mkdir()
    assert door_name(database) == door_name(tmp_path / "sub" / ".." / "orglife.sqlite3")
    assert door_name(database) != door_name(tmp_path / "other.sqlite3")
    mine = door_name(database)
    monkeypatch.setenv("USER", "someone-else")
    monkeypatch.setenv("USERNAME", "someone-else")
    assert door_name(database) != mine


@pytest.mark.skipif(sys.platform == "win32", reason="a left socket file is a Unix matter")
def test_a_socket_file_left_by_a_killed_window_does_not_keep_the_door_shut(app, qtbot, tmp_path: Path) -> None:
    import signal

    database = tmp_path / "orglife.sqlite3"
    code = ("import sys; from pathlib import Path; from PySide6.QtCore import QCoreApplication; "
            "app = QCoreApplication([]); from ui.front_door import FrontDoor; "
            "door = FrontDoor(Path(sys.argv[1]), lambda: None); print(door.is_open(), flush=True); "
            "import time; time.sleep(60)")
    killed = subprocess.Popen([sys.executable, "-c", code, str(database)], cwd=REPO, stdout=subprocess.PIPE, text=True)
    assert killed.stdout.readline().strip() == "True"
    killed.send_signal(signal.SIGKILL)
    killed.communicate()
    knocked: list[bool] = []
    door = FrontDoor(database, lambda: knocked.append(True))
    try:
        assert door.is_open()
        assert answer_of(qtbot, knock_from_another_process(database)) == "True" and knocked == [True]
    finally:
        door.close()


def test_a_second_start_of_the_program_brings_the_running_window_to_the_front(app, qtbot, tmp_path: Path,
                                                                              monkeypatch) -> None:
    from ui.app import Launcher
    from ui.main_window import MainWindow

    db = tmp_path / "orglife.sqlite3"
    first = Store.open(db)
    first.create_branch(Branch("中共某某局机关支部委员会"))
    first.close()
    fronted: list[bool] = []
    original = MainWindow.bring_to_front
    monkeypatch.setattr(MainWindow, "bring_to_front", lambda self: (fronted.append(True), original(self)))
    launcher = Launcher(str(db))
    ready: list[object] = []
    launcher.ready.connect(ready.append)
    launcher.start()
    qtbot.addWidget(launcher.window)
    qtbot.waitUntil(lambda: bool(ready), timeout=20000)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    second = subprocess.Popen([sys.executable, "main.py", "--db", str(db)], cwd=REPO, env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        qtbot.waitUntil(lambda: second.poll() is not None, timeout=60000)  # the test's loop answers the knock
    finally:
        if second.poll() is None:
            second.kill()
        _out, err = second.communicate()
    assert second.returncode == 0, err
    assert fronted == [True]
    assert "这个数据库就在这个窗口中" in launcher.window.statusBar().currentMessage()
    assert "正在本机另一个" not in err  # no message: the window it already had came to the front
    launcher.window.ctx.writes.settle()
    launcher.window.close()
    qtbot.waitUntil(lambda: launcher.window.closed, timeout=5000)


def test_when_nobody_answers_the_second_start_says_where_the_file_is_open(app, tmp_path: Path) -> None:
    from models.dblock import DatabaseInUse, this_host
    from ui.app import Launcher

    launcher = Launcher(str(tmp_path / "orglife.sqlite3"))  # the file held by a command: no window, no door
    error = DatabaseInUse(tmp_path / "orglife.sqlite3", this_host(), 4242, None)
    assert not launcher._sent_to_the_running_window(error)
    elsewhere = DatabaseInUse(tmp_path / "orglife.sqlite3", "另一台电脑", 4242, None)
    assert not launcher._sent_to_the_running_window(elsewhere) and "另一台计算机（另一台电脑）" in str(elsewhere)
