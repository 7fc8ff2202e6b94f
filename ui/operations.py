"""Every write of the program goes one way: off the UI thread, one after the other in the order asked, the outcome
reported on the UI thread together with what changed.

Like Anki's `CollectionOp` and its `operation_did_execute(changes, handler)`: a page asks

    ctx.writes.run(lambda store: store.save_meeting(m), Changes(meetings=frozenset({m.id})),
                   initiator=self, success=self._saved, failure=self._not_saved)

and every page hears `did_execute(changes, initiator)` and redraws only when the change concerns it (the initiator
usually ignores its own change, having shown it already). Writes never run on the UI thread, so a slow disk or a
shared server never freezes typing; they run one at a time, so a 定稿 queued after a save sees the save.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, Signal

from ui.jobs import Job, JobSignals

if TYPE_CHECKING:
    from models.services import Store


@dataclass(frozen=True)
class Changes:
    """What a write changed, for the pages to decide whether to redraw (Anki's OpChanges)."""

    roster: bool = False  # people, groups, the committee
    branch: bool = False  # the branch's name, codes and rules
    meetings: frozenset[str] = field(default_factory=frozenset)  # ids of meetings written or deleted
    talks: frozenset[str] = field(default_factory=frozenset)
    rectifications: bool = False
    evaluations: bool = False
    years: bool = False  # a year locked (its drafts finalised)
    everything: bool = False  # an import or a restore: every page reloads

    @classmethod
    def of_meeting(cls, meeting_id: str) -> Changes:
        return cls(meetings=frozenset({meeting_id}))

    @classmethod
    def of_talk(cls, talk_id: str) -> Changes:
        return cls(talks=frozenset({talk_id}))

    def touches_meetings(self) -> bool:
        return bool(self.meetings) or self.years or self.everything

    def touches_roster(self) -> bool:
        return self.roster or self.everything

    def touches_records(self) -> bool:
        """Anything the year's records or their figures depend on."""
        return self != Changes()


class Writes(QObject):
    """The one queue of writes to the store: a single worker thread, in order; `did_execute` after each."""

    did_execute = Signal(object, object)  # Changes, the initiator (or None)
    busy_changed = Signal(bool)

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)  # one writer: the order asked is the order written
        self._running: set[JobSignals] = set()

    def run(
        self,
        op: Callable[[Store], Any],
        changes: Changes | Callable[[Any], Changes] | None,
        *,
        initiator: object | None = None,
        success: Callable[[Any], None] | None = None,
        failure: Callable[[Exception], None] | None = None,
    ) -> None:
        """Queue `op(store)`; on the UI thread then `did_execute` and `success(result)`, or `failure(error)`
        (by default the error is told to the clerk). `changes` None: a read that must see every write asked
        before it (printing what was just typed), which changes nothing."""
        signals = JobSignals(self)  # made on the UI thread, so its signals are delivered there
        self._running.add(signals)
        store = self.store

        def done(result: object) -> None:
            self._finish(signals)
            if changes is not None:  # first: the pages have redrawn when `success` runs (selects a new row …)
                self.did_execute.emit(changes(result) if callable(changes) else changes, initiator)
            if success is not None:
                success(result)

        def failed(error: Exception) -> None:
            self._finish(signals)
            if failure is not None:
                failure(error)
            else:
                from ui.errors import show_error

                show_error(None, error)

        signals.done.connect(done)
        signals.failed.connect(failed)
        if len(self._running) == 1:
            self.busy_changed.emit(True)
        self.pool.start(Job(lambda: op(store), signals))

    def after(self, op: Callable[[Store], Any], success: Callable[[Any], None],
              failure: Callable[[Exception], None] | None = None) -> None:
        """A read queued behind the writes asked so far: it sees them (the document of a record just edited)."""
        self.run(op, None, success=success, failure=failure)

    def _finish(self, signals: JobSignals) -> None:
        self._running.discard(signals)
        signals.deleteLater()
        if not self._running:
            self.busy_changed.emit(False)

    def is_busy(self) -> bool:
        return bool(self._running)

    def settle(self, msecs: int = 30000) -> bool:
        """Wait for the writes asked so far and deliver their outcomes now: for a read that must see them and is
        made at once (opening another record, reloading a list, closing the window). The wait is for writes
        already queued — milliseconds on a local file — never for typing. True when all were done in time."""
        done = self.pool.waitForDone(msecs)
        if self._running:
            QCoreApplication.sendPostedEvents()  # their `done`/`failed`, queued to this thread
        return done
