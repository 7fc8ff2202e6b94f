"""What every page shares: the store, the background jobs, and the roster as the rules need it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from ui.jobs import Jobs
from ui.operations import Changes, Writes

if TYPE_CHECKING:  # the data layer is imported when the store is opened, not when the window's modules are
    from models.domain import Group, Person
    from models.rules import Roster
    from models.services import Store
    from ui.auto_backup import AutoBackup


class AppContext(QObject):
    """Pages talk to the Store through here: reads in `jobs` (or directly when quick), every write through
    `writes` (ui.operations), whose `did_execute(changes, initiator)` tells every page what changed."""

    saved = Signal(str)  # a short note for the status bar ("已自动保存 16:40")
    message = Signal(str)  # a longer note shown in the status bar for a while ("已导出到 …")

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.jobs = Jobs(self)
        self.writes = Writes(store, self)
        self.did_execute = self.writes.did_execute
        self._roster: Roster | None = None
        self.did_execute.connect(self._forget_roster)
        self.auto_backup: AutoBackup | None = None  # the window's (ui.auto_backup), for a backup before an import

    def _forget_roster(self, changes: Changes, _initiator: object) -> None:
        if changes.touches_roster() or changes.branch:
            self._roster = None

    def roster(self) -> Roster:
        """The people and committee (no meetings) as the rules want them, cached until the roster changes."""
        if self._roster is None:
            from models.domain import BranchData
            from models.rules import Roster

            data = BranchData(self.store.branch(), tuple(self.store.groups()), tuple(self.store.people()),
                              tuple(self.store.committee()),
                              committee_changes=tuple(self.store.committee_changes()),
                              exclusions=tuple(self.store.exclusions()),
                              party_probations=tuple(self.store.party_probations()),
                              group_memberships=tuple(self.store.group_memberships()))
            self._roster = Roster(data)
        return self._roster

    def people(self) -> list[Person]:
        return list(self.roster().data.members)

    def groups(self) -> list[Group]:
        return list(self.roster().data.groups)

    def name(self, person_id: str | None) -> str:
        return self.roster().name(person_id) if person_id else ""

    def group_name(self, group_id: str | None) -> str:
        for g in self.roster().data.groups:
            if g.id == group_id:
                return g.name
        return ""
