"""Work that can take longer than ~100 ms runs on a worker thread and reports back on the UI thread.

Like Anki's background operations: `run(fn, on_done)` returns at once; `on_done(result)` or the error
handler runs later on the UI thread. The main window shows a busy bar while any job is running.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

Progress = Callable[[int, int, str], None]  # progress(done, total, text), callable from the worker thread


class JobSignals(QObject):
    """The outcome of one job, delivered on the thread that made this object (the UI thread)."""

    done = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int, str)  # done, total, what is being done


class Job(QRunnable):
    """Runs `fn` on a pool thread and emits its result or its error; never swallows an error."""

    def __init__(self, fn: Callable[[], Any], signals: JobSignals) -> None:
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
        self._running: set[JobSignals] = set()

    def run(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[Exception], None] | None = None,
    ) -> None:
        self._start(lambda _signals: fn(), on_done, on_error)

    def run_with_progress(
        self,
        fn: Callable[[Progress], Any],
        on_progress: Callable[[int, int, str], None],
        on_done: Callable[[Any], None],
        on_error: Callable[[Exception], None] | None = None,
    ) -> None:
        """Like `run`; `fn(progress)` may call `progress(done, total, text)`, `on_progress` gets it on the UI thread."""
        self._start(lambda signals: fn(signals.progressed.emit), on_done, on_error, on_progress)

    def _start(
        self,
        fn: Callable[[JobSignals], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[Exception], None] | None,
        on_progress: Callable[[int, int, str], None] | None = None,
    ) -> None:
        # Made here, on the UI thread, so its signals are delivered here; a child of this object, so a result
        # that arrives after the window has closed is dropped with it instead of reaching deleted widgets.
        signals = JobSignals(self)
        self._running.add(signals)

        def finish(_: object) -> None:
            self._running.discard(signals)
            signals.deleteLater()
            if not self._running:
                self.busy_changed.emit(False)

        if on_progress is not None:
            signals.progressed.connect(on_progress)
        signals.done.connect(on_done)
        signals.failed.connect(on_error or _report)
        signals.done.connect(finish)
        signals.failed.connect(finish)
        if len(self._running) == 1:
            self.busy_changed.emit(True)
        self.pool.start(Job(lambda: fn(signals), signals))

    def is_busy(self) -> bool:
        return bool(self._running)

    def wait(self, msecs: int = 30000) -> bool:
        return self.pool.waitForDone(msecs)


def _report(error: Exception) -> None:
    from ui.errors import show_error

    show_error(None, error)
