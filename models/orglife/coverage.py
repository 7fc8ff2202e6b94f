"""谈心谈话 coverage of a year (Art. 19): every pair of committee members, every member with a committee member.

What is owed comes from the compliance report's own function (`talk_gaps`), so the coverage view and the
report's `talks` section cannot disagree; this module adds which talks closed each pair and member.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from models.domain import BranchData, Talk
from models.rules.compliance import committee_spans, talk_gaps
from models.rules.periods import year_period
from models.rules.status import Roster, in_branch_during


@dataclass(frozen=True)
class PairCoverage:
    """Two committee members (ids sorted) who sat on the committee together during the year."""

    first: str
    second: str
    talks: tuple[str, ...]  # ids of the talks, in date order, held while both held a role
    owed: bool


@dataclass(frozen=True)
class MemberCoverage:
    member: str
    talks: tuple[str, ...]  # talks with someone holding a committee role on the talk's date
    owed: bool


@dataclass(frozen=True)
class Coverage:
    year: int
    committee: tuple[str, ...]  # committee members of the year, in roster order
    pairs: tuple[PairCoverage, ...]
    members: tuple[MemberCoverage, ...]
    pairs_required: bool
    members_required: bool

    @property
    def missing_pairs(self) -> list[list[str]]:
        """As the compliance report writes them: [[a, b], ...] sorted."""
        return [[p.first, p.second] for p in self.pairs if p.owed]

    @property
    def missing_members(self) -> list[str]:
        return sorted(m.member for m in self.members if m.owed)

    def pair(self, a: str, b: str) -> PairCoverage | None:
        key = (min(a, b), max(a, b))
        return next((p for p in self.pairs if (p.first, p.second) == key), None)

    def member(self, member_id: str) -> MemberCoverage | None:
        return next((m for m in self.members if m.member == member_id), None)


def _pair_talks(roster: Roster, talks: Sequence[Talk], a: str, b: str) -> tuple[str, ...]:
    return tuple(
        t.id
        for t in talks
        if {t.talker, t.talkee} == {a, b} and roster.is_committee_member(a, t.date)
        and roster.is_committee_member(b, t.date)
    )


def _member_talks(roster: Roster, talks: Sequence[Talk], member: str) -> tuple[str, ...]:
    found = []
    for t in talks:
        if t.talker == t.talkee:
            continue
        other = t.talkee if t.talker == member else t.talker if t.talkee == member else None
        if other is not None and roster.is_talk_partner(other, t.date):
            found.append(t.id)
    return tuple(found)


def talk_coverage(data: BranchData, year: int) -> Coverage:
    """The coverage of `year` from the branch's people, committee and talks (talks of other years ignored)."""
    roster = Roster(data)
    talks = sorted((t for t in data.talks if t.date.year == year), key=lambda t: (t.date, t.id))
    rules = data.effective_rules.talks
    gaps = talk_gaps(roster, talks, year, rules)
    owed_pairs = {tuple(p) for p in gaps["missing_committee_pairs"]}
    owed_members = set(gaps["members_without_committee_talk"])
    spans = committee_spans(roster, year)
    ids = sorted(spans)
    pairs = tuple(
        PairCoverage(a, b, found, (a, b) in owed_pairs)
        for i, a in enumerate(ids)
        for b in ids[i + 1 :]
        if (found := _pair_talks(roster, talks, a, b)) or (a, b) in owed_pairs
    )
    period = year_period(year)
    people = [p.id for p in data.members if in_branch_during(p, period.first, period.last)]
    members = tuple(
        MemberCoverage(m, _member_talks(roster, talks, m), m in owed_members)
        for m in roster.sort_for_roster(people, period.last)
    )
    committee = tuple(roster.sort_for_roster(ids, period.last))
    return Coverage(year, committee, pairs if rules.committee_pairs else (), members,
                    rules.committee_pairs, rules.member_with_committee)
