"""Whether the branch has a 支部委员会 on a day (《中国共产党支部工作条例（试行）》第六章).

A branch with 7 or more full members (正式党员) sets up a committee; one with fewer has no committee, only a 书记
and, if needed, a 副书记. The branch records the change by date (`CommitteeChange`); with none recorded it has a
committee all along, which is how every version-1 file is read, so their reports stay as they were.

While the branch has no committee:
- no 支委会 is owed: a period of the 支委会 duty owes one only when the branch had a committee on one of its days;
- no pair of committee members is owed a talk (there are no 委员), and the 书记 and 副书记 are not owed a talk with
  "another committee member": they are the ones who talk with every member;
- a member's talk counts when it is with the 书记 or the 副书记.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING

from models.words import QT_TRANSLATE_NOOP, Words, say

if TYPE_CHECKING:
    from models.domain import CommitteeChange

FULL_MEMBERS_FOR_COMMITTEE = 7  # 有正式党员7人以上的党支部，应当设立党支部委员会
LEADERS_WITHOUT_COMMITTEE = frozenset({"书记", "副书记"})  # 不设支部委员会的党支部，设书记，必要时设副书记

Interval = tuple[date, date]


def ordered(changes: Iterable[CommitteeChange]) -> list[CommitteeChange]:
    """The changes by date; of two on one day the later listed wins."""
    return sorted(changes, key=lambda c: c.since)


def has_committee_on(changes: Sequence[CommitteeChange], day: date) -> bool:
    """Whether the branch has a committee on `day`: the latest change on or before it, else yes."""
    state = True
    for change in ordered(changes):
        if change.since > day:
            break
        state = change.has_committee
    return state


def committee_intervals(changes: Sequence[CommitteeChange], first: date, last: date) -> list[Interval]:
    """The stretches from `first` to `last` (inclusive) on which the branch has a committee."""
    cuts = [c for c in ordered(changes) if first < c.since <= last]
    spans: list[Interval] = []
    start: date | None = first if has_committee_on(changes, first) else None
    for change in cuts:
        if change.has_committee and start is None:
            start = change.since
        elif not change.has_committee and start is not None:
            spans.append((start, change.since - timedelta(days=1)))
            start = None
    if start is not None:
        spans.append((start, last))
    return spans


def has_committee_during(changes: Sequence[CommitteeChange], first: date, last: date) -> bool:
    """Whether the branch has a committee on at least one day from `first` to `last`."""
    return bool(committee_intervals(changes, first, last))


def clip(spans: Iterable[Interval], within: Sequence[Interval]) -> list[Interval]:
    """The parts of `spans` that fall within `within`."""
    return [(max(a, c), min(b, d)) for a, b in spans for c, d in within if max(a, c) <= min(b, d)]


def committee_suggestion(has_committee: bool, full_members: int) -> Words | None:
    """What to suggest when the recorded setting no longer fits the number of full members today."""
    if has_committee and full_members < FULL_MEMBERS_FOR_COMMITTEE:
        return say(QT_TRANSLATE_NOOP(
            "rules", "本支部现有正式党员 {0} 人，不足 {1} 人：按《中国共产党支部工作条例（试行）》，不设支部委员会，"
                     "只设书记（必要时设副书记）。如属此情况，请在“设置 → 支部信息”中注明，"
                     "支委会和支委之间的谈心谈话就不再计为应开展。"), full_members, FULL_MEMBERS_FOR_COMMITTEE)
    if not has_committee and full_members >= FULL_MEMBERS_FOR_COMMITTEE:
        return say(QT_TRANSLATE_NOOP(
            "rules", "本支部现有正式党员 {0} 人，已达 {1} 人：按《中国共产党支部工作条例（试行）》，"
                     "应当设立支部委员会。选出支部委员会后，请在“设置 → 支部信息”中注明设立的日期。"),
            full_members, FULL_MEMBERS_FOR_COMMITTEE)
    return None
