"""UI test fixtures: a store with a small branch, the main window, and message boxes that never block."""

from __future__ import annotations

import weakref
from pathlib import Path

import pytest

from models.services import Store
from tests.ui.data import build_branch

OFFSCREEN_ONLY = ("This plugin does not support",)  # the offscreen platform cannot raise or grab popups


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/ui" in str(item.path).replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_ignore(*OFFSCREEN_ONLY))


class Notices:
    """Replaces every message box: records what the clerk would have read, answers questions with `answer`."""

    def __init__(self) -> None:
        self.shown: list[tuple[str, str]] = []
        self.answer = True
        self.saved_file_choice: str | None = None  # after a file is saved: "file", "folder" or None (关闭)
        self.close_choices: list[str | None] = []  # closing with unsaved edits: "save", "quit", None; else `answer`
        self.unsaved_path: str | None = None  # where 另存到文件… writes
        self.crashes: list[BaseException] = []

    def texts(self) -> str:
        return "\n".join(f"{t}: {x}" for t, x in self.shown)


@pytest.fixture(autouse=True)
def notices(monkeypatch: pytest.MonkeyPatch) -> Notices:
    from ui.dialogs.crash import CrashDialog
    from ui.errors import Notice

    n = Notices()
    monkeypatch.setattr(Notice, "warn", classmethod(lambda cls, parent, title, text: n.shown.append((title, text))))
    monkeypatch.setattr(Notice, "info", classmethod(lambda cls, parent, title, text: n.shown.append((title, text))))

    def confirm(cls, parent, title, text) -> bool:
        n.shown.append((title, text))
        return n.answer

    monkeypatch.setattr(Notice, "confirm", classmethod(confirm))

    from ui.dialogs.saved_file import SavedFile

    def saved_file(cls, parent, title, text, folder=False):
        n.shown.append((title, text))
        return n.saved_file_choice

    monkeypatch.setattr(SavedFile, "ask", classmethod(saved_file))

    from ui.dialogs.unsaved_on_close import QUIT, UnsavedOnClose

    def unsaved_on_close(cls, parent, title, text):
        n.shown.append((title, text))
        if n.close_choices:
            return n.close_choices.pop(0)
        return QUIT if n.answer else None

    monkeypatch.setattr(UnsavedOnClose, "ask", classmethod(unsaved_on_close))
    monkeypatch.setattr(UnsavedOnClose, "ask_path", classmethod(lambda cls, parent: n.unsaved_path))

    def crash(cls, parent, error) -> None:
        n.crashes.append(error)
        raise error

    monkeypatch.setattr(CrashDialog, "report", classmethod(crash))
    return n


@pytest.fixture
def app(qapp):
    from ui.app import load_qt_translation
    from ui.style import apply_style

    if not getattr(qapp, "_orglife_ready", False):
        load_qt_translation(qapp)
        apply_style(qapp)
        qapp._orglife_ready = True
    return qapp


def fill_store(s: Store, data) -> None:
    """The branch written through the same calls the program makes (not the bulk importer)."""
    import dataclasses

    s.create_branch(data.branch)
    for g in data.groups:
        s.save_group(dataclasses.replace(g, leader=None))
    s.save_people(list(data.members))
    for g in data.groups:
        s.save_group(g)
    s.set_committee(list(data.committee))
    for m in data.meetings:
        s.save_meeting(m)
        if m.status == "final":
            s.finalize_meeting(m.id)
    for t in data.talks:
        s.save_talk(t)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "orglife.sqlite3"


class SettledStore:
    """The test's view of the program's store: before each call, the writes the program has queued are written
    and their outcomes delivered (ui.operations), as a clerk who looks after the program saved would see it."""

    def __init__(self, store: Store, writers: weakref.WeakSet) -> None:
        self._store = store
        self._writers = writers

    def __getattr__(self, name: str):
        value = getattr(self._store, name)
        if not callable(value):
            return value

        def settled(*args, **kwargs):
            for writes in list(self._writers):
                writes.settle()
            return value(*args, **kwargs)

        return settled


@pytest.fixture
def writers(monkeypatch: pytest.MonkeyPatch) -> weakref.WeakSet:
    """Every write queue the program makes during the test."""
    from ui.operations import Writes

    made: weakref.WeakSet = weakref.WeakSet()
    original = Writes.__init__

    def init(self, *args, **kwargs) -> None:
        original(self, *args, **kwargs)
        made.add(self)

    monkeypatch.setattr(Writes, "__init__", init)
    return made


@pytest.fixture
def store(db_path: Path, writers: weakref.WeakSet):
    s = Store.open(db_path)
    fill_store(s, build_branch())
    yield SettledStore(s, writers)
    for writes in list(writers):
        writes.settle()
    s.close()


@pytest.fixture
def window(app, qtbot, store):
    from ui.main_window import MainWindow

    w = MainWindow(store._store)
    qtbot.addWidget(w)
    w.show()
    yield w
    w.ctx.writes.settle()
    w.ctx.jobs.wait()


def type_text(widget, text: str) -> None:
    """Type `text` the way a Chinese input method delivers it: a committed string per word."""
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtWidgets import QApplication, QComboBox

    if isinstance(widget, QComboBox):
        widget = widget.lineEdit()
    widget.setFocus()
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)
