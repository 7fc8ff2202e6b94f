"""Autosave for every editor: after a pause in typing, at the latest every few seconds while the clerk types on,
and when focus leaves the editor. Saving itself is asynchronous (ui.operations): the editor starts a write and
reports its outcome back with `finished(ok)`."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

AUTOSAVE_MS = 1500  # a pause this long saves: edits reach the database within two seconds of the last key
LONGEST_WAIT_MS = 4000  # typing without a pause is saved at least this often


class Autosave(QObject):
    """`touch()` after every edit. `start_write()` (the editor's) is called when it is time to save: it starts a
    write and returns True, or returns False when the record cannot be saved yet (say, no 谈话对象 chosen); the
    editor then calls `finished(ok)` when that write is done. The writes of the program are queued in order
    (ui.operations), so a save asked while another is under way simply follows it."""

    def __init__(self, owner: QWidget, start_write: Callable[[], bool]) -> None:
        super().__init__(owner)
        self.owner = owner
        self._start_write = start_write
        self.dirty = False
        self.writing = 0  # writes started and not yet finished
        self.failed = False  # the last write failed: the edits are still only on screen (and in the recovery file)
        self.refused_for: str | None = None  # the limit the edits are over (a title too long …), told once
        self.pause = QTimer(self)
        self.pause.setSingleShot(True)
        self.pause.setInterval(AUTOSAVE_MS)
        self.pause.timeout.connect(self.flush)
        self.longest = QTimer(self)
        self.longest.setSingleShot(True)
        self.longest.setInterval(LONGEST_WAIT_MS)
        self.longest.timeout.connect(self.flush)
        QApplication.instance().focusChanged.connect(self._focus_changed)  # type: ignore[attr-defined]

    def touch(self) -> None:
        self.dirty = True
        self.pause.start()  # restarts with every key …
        if not self.longest.isActive():
            self.longest.start()  # … but this one does not: continuous typing is saved too

    def clear(self) -> None:
        """Forget pending edits (a record was just loaded or deleted)."""
        self._stop()
        self.dirty = False
        self.failed = False

    def flush(self) -> bool:
        """Save now if anything changed. False when the record cannot be saved yet (the edits stay, dirty)."""
        self._stop()
        if not self.dirty:
            return True
        self.dirty = False  # before writing: edits made while it runs make it dirty again
        self.writing += 1  # before: `start_write` may report `finished` at once
        if not self._start_write():
            self.writing -= 1
            self.dirty = True
            return False
        self.refused_for = None
        return True

    def refuse(self, problem: str) -> bool:
        """The edits are over a limit (`models.record_limits`): nothing is written, the text stays on screen; the
        clerk is told once for each problem (what comes before the first “：”, 标题过长 — not its count of
        characters, which grows with typing), not at every pause. Returns False for `start_write`."""
        kind = problem.split("：", 1)[0]
        self.failed = True  # not in the database: closing the window or a restore asks first
        if kind != self.refused_for:
            self.refused_for = kind
            from ui.errors import Notice
            from ui.words import sentence

            Notice.warn(self.owner, self.tr("内容过长，未能保存"), self.tr(
                "{0}。改好之前这些修改不会写入数据库，但仍保留在屏幕上。").format(sentence(problem)))
        return False

    def finished(self, ok: bool) -> None:
        """A write started by `start_write` is done."""
        self.writing = max(0, self.writing - 1)
        self.failed = not ok
        if not ok:
            self.dirty = True  # kept: tried again a little later, and with the next edit
            self.longest.start()

    def write_failed(self, error: Exception) -> None:
        """A write started by `start_write` failed (disk full, read-only, locked): the edits stay and are tried
        again shortly; the clerk is told once, not at every try."""
        told = self.failed
        self.finished(False)
        if not told:
            from ui.errors import show_error

            show_error(self.owner, error)

    def is_saved(self) -> bool:
        return not self.dirty and not self.writing and not self.failed

    def _stop(self) -> None:
        self.pause.stop()
        self.longest.stop()

    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        """Focus leaving a field of the editor (to another field or out of it) saves what was typed there."""
        try:
            inside = old is not None and self.owner.isAncestorOf(old)
        except RuntimeError:  # the owner is being destroyed
            return
        if self.dirty and inside:
            self.flush()
