"""A person's standing on a given day: in the branch, 预备党员 or 正式党员, vote, committee roles.

Every rule is judged on a date (DOMAIN.md: "what counts is the status on the meeting's date").

Conventions, both ends stated once here:
- In the branch: a person of kind `member` from `entered_on`, or from `joined_on` when `entered_on` is
  empty (INTERCHANGE.md: "`null` = since `joined_on`"), up to the day *before* `left_on` (`left_on` is the
  first day they are no longer in the branch). A member without `joined_on` is never in the branch (the
  interchange format requires it).
- 预备党员 from `joined_on` up to the day before `full_member_on`; 正式党员 from `full_member_on` on.
- A committee role holds from `start` ("from") to `end` ("to") *inclusive*: a role "to 2025-06-30" is still
  held on 30 June. `end` None = still in office.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import TYPE_CHECKING, Any

from models.rules.committee import LEADERS_WITHOUT_COMMITTEE, has_committee_on
from models.vocabulary import COMMITTEE_ROLES
from models.words import QT_TRANSLATE_NOOP

if TYPE_CHECKING:  # only the words are needed to run: the glance at start-up uses these rules on plain rows
    from models.domain import BranchData, CommitteeRole, Exclusion, Person

PROBATIONARY = QT_TRANSLATE_NOOP("vocabulary", "预备党员")
FULL_MEMBER = QT_TRANSLATE_NOOP("vocabulary", "正式党员")
SECRETARY = "书记"

ROLE_RANK: dict[str, int] = {role: rank for rank, role in enumerate(COMMITTEE_ROLES)}
NO_ROLE_RANK = len(COMMITTEE_ROLES)  # ranks after every committee role


def branch_start(person: Person) -> date | None:
    """The first day `person` is in the branch as a Party member, or None if never."""
    if person.kind != "member" or person.joined_on is None:
        return None
    return person.entered_on if person.entered_on is not None else person.joined_on


def in_branch(person: Person, day: date) -> bool:
    """Whether `person` is a Party member of this branch on `day`."""
    start = branch_start(person)
    return start is not None and start <= day and (person.left_on is None or day < person.left_on)


def in_branch_during(person: Person, first: date, last: date) -> bool:
    """Whether `person` is in the branch on at least one day from `first` to `last` (inclusive)."""
    start = branch_start(person)
    return start is not None and start <= last and (person.left_on is None or person.left_on > first)


def is_probationary(person: Person, day: date) -> bool:
    """预备党员 on `day` (whether or not in this branch)."""
    if person.kind != "member" or person.joined_on is None or day < person.joined_on:
        return False
    return person.full_member_on is None or day < person.full_member_on


def is_full_member(person: Person, day: date) -> bool:
    """正式党员 on `day` (whether or not in this branch)."""
    return person.kind == "member" and person.full_member_on is not None and person.full_member_on <= day


def standing(person: Person, day: date) -> str | None:
    """ "正式党员", "预备党员" or None (not a Party member yet, or not a member at all) on `day`."""
    if is_full_member(person, day):
        return FULL_MEMBER
    if is_probationary(person, day):
        return PROBATIONARY
    return None


def has_vote(person: Person, day: date) -> bool:
    """表决权 on `day`: a 正式党员 in the branch."""
    return is_full_member(person, day) and in_branch(person, day)


def holds_role(role: CommitteeRole, day: date) -> bool:
    """Whether `role` is held on `day` (both ends inclusive)."""
    return role.start <= day and (role.end is None or day <= role.end)


def role_overlaps(role: CommitteeRole, first: date, last: date) -> bool:
    """Whether `role` is held on at least one day from `first` to `last`."""
    return role.start <= last and (role.end is None or role.end >= first)


def role_rank(role: str) -> int:
    """The role's place in COMMITTEE_ROLES (书记 first); unknown roles rank with 委员's followers."""
    return ROLE_RANK.get(role, NO_ROLE_RANK)


def roles_on(committee: Iterable[CommitteeRole], member_id: str, day: date) -> tuple[str, ...]:
    """The roles `member_id` holds on `day`, by rank."""
    held = {r.role for r in committee if r.member == member_id and holds_role(r, day)}
    return tuple(sorted(held, key=role_rank))


def committee_on(committee: Iterable[CommitteeRole], day: date) -> tuple[str, ...]:
    """Ids of everyone holding a committee role on `day`, by their best rank, then first listed."""
    best: dict[str, int] = {}
    for role in committee:
        if holds_role(role, day):
            rank = role_rank(role.role)
            if rank < best.get(role.member, NO_ROLE_RANK + 1):
                best[role.member] = rank
    return tuple(sorted(best, key=best.__getitem__))


def secretaries_on(committee: Iterable[CommitteeRole], day: date) -> tuple[str, ...]:
    """Everyone holding 书记 on `day`: usually one; two on a handover day when the old term's `end`
    equals the new term's `start`. Latest start first."""
    holders = [r for r in committee if r.role == SECRETARY and holds_role(r, day)]
    holders.sort(key=lambda r: r.start, reverse=True)
    return tuple(dict.fromkeys(r.member for r in holders))


def secretary_on(committee: Iterable[CommitteeRole], day: date) -> str | None:
    """Who was 书记 on `day` (the newer one on a handover day), or None."""
    found = secretaries_on(committee, day)
    return found[0] if found else None


class Roster:
    """The branch's people and committee indexed by member id, built once per BranchData.

    Rules that look at many meetings use one Roster instead of scanning the lists for every question.
    """

    def __init__(self, data: BranchData) -> None:
        self.data = data
        self.people: dict[str, Person] = {p.id: p for p in data.members}
        self.order: dict[str, int] = {p.id: i for i, p in enumerate(data.members)}
        self._roles: dict[str, list[CommitteeRole]] = {}
        for role in data.committee:
            self._roles.setdefault(role.member, []).append(role)
        self._memberships = _by_member(data.group_memberships)
        self._exclusions = _by_member(data.exclusions)
        self._probations = _by_member(data.party_probations)
        # (first day in the branch, left_on, full_member_on) of everyone ever in it: the hot path of votes
        self._spans: dict[str, tuple[date, date | None, date | None]] = {}
        for person in data.members:
            start = branch_start(person)
            if start is not None:
                self._spans[person.id] = (start, person.left_on, person.full_member_on)

    def person(self, member_id: str) -> Person | None:
        return self.people.get(member_id)

    def name(self, member_id: str) -> str:
        """The person's name, or the id itself for an unknown id."""
        person = self.people.get(member_id)
        return person.name if person is not None else member_id

    def roles_of(self, member_id: str) -> tuple[CommitteeRole, ...]:
        return tuple(self._roles.get(member_id, ()))

    def roles_on(self, member_id: str, day: date) -> tuple[str, ...]:
        return roles_on(self._roles.get(member_id, ()), member_id, day)

    def is_committee(self, member_id: str, day: date) -> bool:
        """Whether `member_id` holds any committee role on `day`."""
        return any(holds_role(r, day) for r in self._roles.get(member_id, ()))

    def group_on(self, member_id: str, day: date) -> str | None:
        """The member's 党小组 on `day`: by the recorded memberships (both ends inclusive), else `Person.group`."""
        periods = self._memberships.get(member_id)
        if not periods:
            person = self.people.get(member_id)
            return person.group if person is not None else None
        return next((m.group for m in periods if _during(m, day)), None)

    def exclusion(self, member_id: str, day: date) -> Exclusion | None:
        """The member's approved exclusion from 应到 in force on `day` (both ends inclusive), or None."""
        return next((x for x in self._exclusions.get(member_id, ()) if _during(x, day)), None)

    def on_party_probation(self, member_id: str, day: date) -> bool:
        """留党察看 on `day` (both ends inclusive): no vote, no election rights."""
        return any(_during(p, day) for p in self._probations.get(member_id, ()))

    def counts_as_voter(self, member_id: str, day: date) -> bool:
        """On an attendance list: a voter (may_vote), not left out of 应到, not under 留党察看."""
        return (self.may_vote(member_id, day) and self.exclusion(member_id, day) is None
                and not self.on_party_probation(member_id, day))

    def has_committee(self, day: date) -> bool:
        """Whether the branch has a 支部委员会 on `day` (models.rules.committee); with no change recorded, always."""
        changes = self.data.committee_changes
        return not changes or has_committee_on(changes, day)

    def is_committee_member(self, member_id: str, day: date) -> bool:
        """A 支部委员 on `day`: holds a role while the branch has a committee."""
        return self.is_committee(member_id, day) and self.has_committee(day)

    def is_talk_partner(self, member_id: str, day: date) -> bool:
        """Someone a member's 谈心谈话 counts with (Art. 19): a committee member on `day`, or, while the branch
        has no committee, its 书记 or 副书记."""
        if self.has_committee(day):
            return self.is_committee(member_id, day)
        return any(r.role in LEADERS_WITHOUT_COMMITTEE and holds_role(r, day) for r in self._roles.get(member_id, ()))

    def is_secretary(self, member_id: str, day: date) -> bool:
        return any(r.role == SECRETARY and holds_role(r, day) for r in self._roles.get(member_id, ()))

    def rank_on(self, member_id: str, day: date) -> int:
        """The member's best committee rank on `day`; NO_ROLE_RANK without a role."""
        ranks = [role_rank(r.role) for r in self._roles.get(member_id, ()) if holds_role(r, day)]
        return min(ranks, default=NO_ROLE_RANK)

    def in_branch(self, member_id: str, day: date) -> bool:
        span = self._spans.get(member_id)
        return span is not None and span[0] <= day and (span[1] is None or day < span[1])

    def may_vote(self, member_id: str, day: date) -> bool:
        """A 正式党员 on `day` who has not left by then: a voter when on a meeting's attendance list."""
        person = self.people.get(member_id)
        if person is None or not is_full_member(person, day):
            return False
        return person.left_on is None or day < person.left_on

    def has_vote(self, member_id: str, day: date) -> bool:
        span = self._spans.get(member_id)
        if span is None or span[2] is None or day < span[2]:
            return False
        return span[0] <= day and (span[1] is None or day < span[1])

    def committee_on(self, day: date) -> tuple[str, ...]:
        """The committee on `day`: role holders who are in the branch that day, in roster order."""
        ids = [m for m in committee_on(self.data.committee, day) if self.in_branch(m, day)]
        return tuple(self.sort_for_roster(ids, day))

    def sort_for_roster(self, member_ids: Iterable[str], day: date) -> list[str]:
        """Committee rank on `day` (书记 first), then join date, then the members' list order."""

        def key(member_id: str) -> tuple[int, date, int]:
            person = self.people.get(member_id)
            joined = person.joined_on if person is not None and person.joined_on else date.max
            return (self.rank_on(member_id, day), joined, self.order.get(member_id, len(self.order)))

        return sorted(member_ids, key=key)


def _by_member(periods: Iterable[Any]) -> dict[str, list[Any]]:
    """Records with a `member`, grouped by it (exclusions, 留党察看, group memberships)."""
    found: dict[str, list[Any]] = {}
    for period in periods:
        found.setdefault(period.member, []).append(period)
    return found


def _during(period: Any, day: date) -> bool:
    """A period with `start` and an inclusive, optional `end` holds `day`."""
    return period.start <= day and (period.end is None or day <= period.end)


def as_roster(data: BranchData | Roster) -> Roster:
    """Accept either the data or a Roster already built for it."""
    return data if isinstance(data, Roster) else Roster(data)
