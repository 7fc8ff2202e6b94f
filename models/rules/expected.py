"""Who should attend (应到) a new meeting: the list the UI fills the attendance template with."""

from __future__ import annotations

from datetime import date

from models.domain import MEETING_TYPES, BranchData
from models.rules.status import Roster, as_roster, in_branch


def expected_attendees(
    data: BranchData | Roster, meeting_type: str, day: date, group: str | None = None
) -> tuple[str, ...]:
    """Ids of the people expected at a meeting of `meeting_type` on `day`.

    - committee_meeting: everyone holding a committee role that day who is in the branch that day;
    - group_meeting: the members in the branch that day whose group is `group` (nobody without a group);
    - every other type: every Party member in the branch that day.

    Ordered by committee rank on `day` (书记 first), then join date, then the members' list order.
    """
    roster = as_roster(data)
    if meeting_type not in MEETING_TYPES:
        raise ValueError(f"unknown meeting type: {meeting_type!r}")
    if meeting_type == "committee_meeting":
        return roster.committee_on(day)
    members = [p for p in roster.data.members if in_branch(p, day)]
    if meeting_type == "group_meeting":
        members = [p for p in members if group is not None and p.group == group]
    return tuple(roster.sort_for_roster((p.id for p in members), day))
