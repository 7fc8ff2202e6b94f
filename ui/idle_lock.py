"""The idle lock: with the password lock on, after N minutes without a key or a mouse event the window saves
what is being typed and hides its content behind the unlock prompt (`MainWindow.lock`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from ui import options

if TYPE_CHECKING:
    from ui.main_window import MainWindow

ACTIVITY = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
            QEvent.Type.TouchBegin, QEvent.Type.InputMethod}


class IdleLock(QObject):
    """Watches the application's input events while the password lock is on (a filter on every event of the
    program costs time, so a plain database has none); `timer` runs out after the idle minutes (0: never)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._idle)
        self.watching = False
        self.configure()

    def configure(self, minutes: int | None = None) -> None:
        """(Re)start with the idle minutes of the settings, or `minutes`; 0 turns the idle lock off, and so does a
        database without the lock (call again when the lock is set or removed)."""
        minutes = options.LOCK_IDLE_MINUTES.get() if minutes is None else minutes
        self.timer.stop()
        self._watch(minutes > 0 and self.window.lock_on())
        if minutes > 0:
            self.timer.setInterval(minutes * 60_000)
            self.timer.start()

    def _watch(self, on: bool) -> None:
        app = QApplication.instance()
        if app is None or on == self.watching:
            return
        if on:
            app.installEventFilter(self)
        else:
            app.removeEventFilter(self)
        self.watching = on

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY and self.timer.interval() > 0 and not self.window.is_locked():
            self.timer.start()  # restarts the countdown
        return False

    def _idle(self) -> None:
        if self.window.closed or self.window.is_locked():
            return
        if self.window.lock_on():
            self.window.lock()

    def stop(self) -> None:
        self.timer.stop()
        self._watch(False)
