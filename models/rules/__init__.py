"""The Party's rules as pure functions of the domain values (no database, no Qt).

- status: a person's standing on a date, committee roles, who was 书记;
- expected: who should attend (应到) a new meeting;
- votes: whether a vote was valid and passed, and the 支委会's own attendance rule;
- periods: months, quarters and years as periods;
- compliance: the year's compliance report (INTERCHANGE.md);
- warnings: rule warnings for `check` and the UI.
"""

from models.rules.compliance import compliance_json, compliance_report
from models.rules.expected import expected_attendees
from models.rules.periods import Period, parse_period, period_index, period_of, periods_of_year
from models.rules.status import (
    FULL_MEMBER,
    PROBATIONARY,
    Roster,
    committee_on,
    has_vote,
    holds_role,
    in_branch,
    in_branch_during,
    is_full_member,
    is_probationary,
    roles_on,
    secretaries_on,
    secretary_on,
    standing,
)
from models.rules.votes import (
    CommitteeAttendance,
    VoteVerdict,
    committee_attendance,
    has_quorum,
    judge_vote,
    meeting_verdicts,
    meeting_voters,
    resolution_verdict,
)
from models.rules.warnings import RecordWarning, evaluation_warnings, meeting_warnings, rule_warnings

__all__ = [
    "FULL_MEMBER",
    "PROBATIONARY",
    "CommitteeAttendance",
    "Period",
    "RecordWarning",
    "Roster",
    "VoteVerdict",
    "committee_attendance",
    "committee_on",
    "compliance_json",
    "compliance_report",
    "evaluation_warnings",
    "expected_attendees",
    "has_quorum",
    "has_vote",
    "holds_role",
    "in_branch",
    "in_branch_during",
    "is_full_member",
    "is_probationary",
    "judge_vote",
    "meeting_verdicts",
    "meeting_voters",
    "meeting_warnings",
    "parse_period",
    "period_index",
    "period_of",
    "periods_of_year",
    "resolution_verdict",
    "roles_on",
    "rule_warnings",
    "secretaries_on",
    "secretary_on",
    "standing",
]
