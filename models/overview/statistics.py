"""The year's statistics (统计): meetings per kind and month, attendance per member and per kind, talks per
committee member. The archive's 党员出席统计 and the statistics page both read these figures.

Attendance: each meeting's attendance list is what was expected (应到) — a member listed twice counts once, a
member left out of 应到 with approval on that day not at all — and present (实到) are those marked present, late or
left early.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date

from models.domain import MEETING_TYPES, PRESENT_STATUSES, BranchData, Meeting
from models.rules.compliance import role_spans
from models.rules.status import Roster, in_branch_during


def meetings_of_year(data: BranchData, year: int) -> list[Meeting]:
    return [m for m in data.meetings if m.date.year == year]


def meetings_per_month(data: BranchData, year: int) -> dict[str, tuple[int, ...]]:
    """For each meeting type (MEETING_TYPES' order) with a meeting in `year`: how many in each month (12 values).
    Every recorded meeting counts, draft or final, by its own type."""
    counts: Counter[tuple[str, int]] = Counter((m.type, m.date.month) for m in meetings_of_year(data, year))
    kinds = [k for k in MEETING_TYPES if any(kind == k for kind, _ in counts)]
    return {k: tuple(counts[k, month] for month in range(1, 13)) for k in kinds}


def rate(present: int, expected: int) -> float | None:
    """present / expected, rounded to 4 places (None when nobody was expected)."""
    return round(present / expected, 4) if expected else None


@dataclass(frozen=True)
class MemberAttendance:  # one member's attendance over a year
    member: str
    name: str
    per_kind: dict[str, tuple[int, int]]  # type → (present, expected), for every kind of the year
    expected: int
    present: int
    late: int  # 迟到 or 早退
    leave: int  # 请假
    absent: int  # 缺席

    @property
    def rate(self) -> float | None:
        return rate(self.present, self.expected)


@dataclass(frozen=True)
class KindAttendance:  # attendance at one kind of meeting over a year
    type: str
    meetings: int
    expected: int
    present: int

    @property
    def rate(self) -> float | None:
        return rate(self.present, self.expected)


@dataclass(frozen=True)
class Attendance:
    year: int
    kinds: tuple[str, ...]  # the meeting types held in the year, in MEETING_TYPES' order
    members: tuple[MemberAttendance, ...]
    per_kind: tuple[KindAttendance, ...]


def _people(data: BranchData, meetings: list[Meeting], year: int) -> list[str]:
    """Members in the branch during the year, then anyone else on an attendance list, in the file's order."""
    first, last = date(year, 1, 1), date(year, 12, 31)
    listed = {a.member for m in meetings for a in m.attendance}
    return [p.id for p in data.members if in_branch_during(p, first, last) or p.id in listed]


def attendance(data: BranchData, year: int) -> Attendance:
    """Attendance per member (members in the branch during the year, then others listed) and per kind."""
    meetings = meetings_of_year(data, year)
    kinds = tuple(k for k in MEETING_TYPES if any(m.type == k for m in meetings))
    expected: Counter[tuple[str, str]] = Counter()
    present: Counter[tuple[str, str]] = Counter()
    status: Counter[tuple[str, str]] = Counter()
    roster = Roster(data)
    for meeting in meetings:
        for entry in {a.member: a for a in meeting.attendance}.values():
            if roster.exclusion(entry.member, meeting.date) is not None:
                continue  # left out of 应到 with approval: not counted, whatever the list says
            expected[entry.member, meeting.type] += 1
            present[entry.member, meeting.type] += entry.status in PRESENT_STATUSES
            status[entry.member, entry.status] += 1
    names = {p.id: p.name for p in data.members}
    members = tuple(
        MemberAttendance(
            member, names[member], {k: (present[member, k], expected[member, k]) for k in kinds},
            sum(expected[member, k] for k in kinds), sum(present[member, k] for k in kinds),
            status[member, "late"] + status[member, "left_early"], status[member, "leave"], status[member, "absent"])
        for member in _people(data, meetings, year)
    )
    per_kind = tuple(
        KindAttendance(k, sum(m.type == k for m in meetings), sum(n for (_, t), n in expected.items() if t == k),
                       sum(n for (_, t), n in present.items() if t == k))
        for k in kinds
    )
    return Attendance(year, kinds, members, per_kind)


@dataclass(frozen=True)
class CommitteeTalks:  # 谈心谈话 of one committee member over a year
    member: str
    name: str
    with_committee: int  # talks with another committee member, both holding a role that day
    with_members: int  # talks with someone not on the committee that day
    as_committee: int  # every talk they took part in while holding a role (the sum of the two above)


def talks_per_committee_member(data: BranchData, year: int) -> tuple[CommitteeTalks, ...]:
    """For everyone who held a committee role during the year (roster order on the year's last day): the talks of
    the year they took part in, either side, while holding a role on the talk's date."""
    roster = Roster(data)
    spans = role_spans(roster, year)  # the 书记 of a branch without a committee too
    with_committee: Counter[str] = Counter()
    with_members: Counter[str] = Counter()
    for talk in data.talks:
        if talk.date.year != year or talk.talker == talk.talkee:
            continue
        sides = (talk.talker, talk.talkee)
        on = [roster.is_committee(p, talk.date) for p in sides]
        for person, other_on, me_on in ((sides[0], on[1], on[0]), (sides[1], on[0], on[1])):
            if me_on:
                (with_committee if other_on else with_members)[person] += 1
    order = roster.sort_for_roster(spans, date(year, 12, 31))
    return tuple(
        CommitteeTalks(m, roster.name(m), with_committee[m], with_members[m], with_committee[m] + with_members[m])
        for m in order
    )
