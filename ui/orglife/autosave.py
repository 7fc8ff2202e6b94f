"""Autosave as the meeting editor does it: within two seconds of the last edit, and when focus leaves the editor."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

AUTOSAVE_MS = 1500  # edits reach the database within two seconds


class Autosave(QObject):
    """`touch()` after every edit; `save` runs after a pause or when focus moves out of `owner`."""

    def __init__(self, owner: QWidget, save: Callable[[], bool]) -> None:
        super().__init__(owner)
        self.owner = owner
        self._save = save
        self.dirty = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(AUTOSAVE_MS)
        self.timer.timeout.connect(self.flush)
        QApplication.instance().focusChanged.connect(self._focus_changed)  # type: ignore[attr-defined]

    def touch(self) -> None:
        self.dirty = True
        self.timer.start()

    def clear(self) -> None:
        """Forget pending edits (a record was just loaded or deleted)."""
        self.timer.stop()
        self.dirty = False

    def flush(self) -> bool:
        """Save now if anything changed; False when saving failed (the edits stay on screen, dirty)."""
        self.timer.stop()
        if not self.dirty:
            return True
        self.dirty = False  # before saving: what the save announces may ask to save again
        if self._save():
            return True
        self.dirty = True
        return False

    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        try:
            inside = old is not None and self.owner.isAncestorOf(old)
        except RuntimeError:  # the owner is being destroyed
            return
        if self.dirty and inside:
            self.flush()
