"""Work that can take longer than ~100 ms runs on a worker thread and reports back on the UI thread.

Like Anki's background operations: `run(fn, on_done)` returns at once; `on_done(result)` or the error
handler runs later on the UI thread. The main window shows a busy bar while any job is running.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], signals: _Signals) -> None:
        super().__init__()
        self.fn = fn
        self.signals = signals

    def run(self) -> None:
        try:
            result = self.fn()
        except Exception as error:  # reported on the UI thread, never swallowed
            self.signals.failed.emit(error)
        else:
            self.signals.done.emit(result)


class Jobs(QObject):
    """Runs callables in a thread pool; `busy_changed(bool)` drives the progress indicator."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(2)
        self._running: set[_Signals] = set()

    def run(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[Exception], None] | None = None,
    ) -> None:
        # Made here, on the UI thread, so its signals are delivered here; a child of this object, so a result
        # that arrives after the window has closed is dropped with it instead of reaching deleted widgets.
        signals = _Signals(self)
        self._running.add(signals)

        def finish(_: object) -> None:
            self._running.discard(signals)
            signals.deleteLater()
            if not self._running:
                self.busy_changed.emit(False)

        signals.done.connect(on_done)
        signals.failed.connect(on_error or _report)
        signals.done.connect(finish)
        signals.failed.connect(finish)
        if len(self._running) == 1:
            self.busy_changed.emit(True)
        self.pool.start(_Job(fn, signals))

    def is_busy(self) -> bool:
        return bool(self._running)

    def wait(self, msecs: int = 30000) -> bool:
        return self.pool.waitForDone(msecs)


def _report(error: Exception) -> None:
    from ui.errors import show_error

    show_error(None, error)
