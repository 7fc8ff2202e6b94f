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
    """Watches the application's input events; `timer` runs out after the idle minutes (0: never)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._idle)
        QApplication.instance().installEventFilter(self)
        self.configure()

    def configure(self, minutes: int | None = None) -> None:
        """(Re)start with the idle minutes of the settings, or `minutes`; 0 turns the idle lock off."""
        minutes = options.LOCK_IDLE_MINUTES.get() if minutes is None else minutes
        self.timer.stop()
        if minutes > 0:
            self.timer.setInterval(minutes * 60_000)
            self.timer.start()

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
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
