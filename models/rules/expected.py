"""Who should attend (应到) a new meeting: the list the UI fills the attendance template with."""

from __future__ import annotations

from datetime import date

from models.domain import MEETING_TYPES, BranchData, Exclusion, Meeting
from models.rules.status import Roster, as_roster, in_branch


def expected_attendees(
    data: BranchData | Roster, meeting_type: str, day: date, group: str | None = None
) -> tuple[str, ...]:
    """Ids of the people expected at a meeting of `meeting_type` on `day`.

    - committee_meeting: everyone holding a committee role that day who is in the branch that day;
    - group_meeting: the members in the branch that day who were in `group` that day (nobody without a group);
    - every other type: every Party member in the branch that day;
    - never a member left out of 应到 that day with the superior body's approval (`Exclusion`).

    Ordered by committee rank on `day` (书记 first), then join date, then the members' list order.
    """
    roster = as_roster(data)
    if meeting_type not in MEETING_TYPES:
        raise ValueError(f"unknown meeting type: {meeting_type!r}")
    if meeting_type == "committee_meeting":
        return tuple(m for m in roster.committee_on(day) if roster.exclusion(m, day) is None)
    members = [p for p in roster.data.members if in_branch(p, day) and roster.exclusion(p.id, day) is None]
    if meeting_type == "group_meeting":
        members = [p for p in members if group is not None and roster.group_on(p.id, day) == group]
    return tuple(roster.sort_for_roster((p.id for p in members), day))


def left_out(data: BranchData | Roster, meeting: Meeting) -> list[tuple[str, Exclusion]]:
    """The members who would be expected at `meeting` but were left out of 应到 on its date, with the exclusion
    (the minutes say who was not counted and why), in roster order."""
    roster = as_roster(data)
    day = meeting.date
    if meeting.type == "committee_meeting":
        candidates = list(roster.committee_on(day))
    else:
        candidates = [p.id for p in roster.data.members if in_branch(p, day)
                      and (meeting.type != "group_meeting" or roster.group_on(p.id, day) == meeting.group)]
    found = [(m, x) for m in candidates if (x := roster.exclusion(m, day)) is not None]
    order = {m: i for i, m in enumerate(roster.sort_for_roster((m for m, _ in found), day))}
    return sorted(found, key=lambda pair: order[pair[0]])


def without_vote(data: BranchData | Roster, meeting: Meeting) -> list[str]:
    """Members on the attendance list under 留党察看 on the meeting's date: they attend without a vote."""
    roster = as_roster(data)
    listed = dict.fromkeys(a.member for a in meeting.attendance)
    day = meeting.date
    return [m for m in listed if roster.on_party_probation(m, day) and roster.exclusion(m, day) is None]
