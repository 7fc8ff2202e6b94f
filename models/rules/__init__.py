"""The Party's rules as pure functions of the domain values (no database, no Qt).

- status: a person's standing on a date, committee roles, who was 书记;
- expected: who should attend (应到) a new meeting;
- votes: whether a vote was valid and passed, and the 支委会's own attendance rule;
- periods: months, quarters and years as periods;
- compliance: the year's compliance report (INTERCHANGE.md);
- warnings: rule warnings for `check` and the UI;
- term: the committee's term (任期) and the warning before it ends.

The names below are loaded on first use (PEP 562), so that `models.rules.status` and `models.rules.term` can be
used on their own — the start-up glance does, before the domain's records and the report are loaded.
"""

from __future__ import annotations

from types import ModuleType
from typing import Any

_HOMES: dict[str, str] = {  # module: the names it gives the package
    "compliance": "compliance_json compliance_report",
    "expected": "expected_attendees",
    "periods": "Period parse_period period_index period_of periods_of_year",
    "status": (
        "FULL_MEMBER PROBATIONARY Roster committee_on has_vote holds_role in_branch in_branch_during "
        "is_full_member is_probationary roles_on secretaries_on secretary_on standing"
    ),
    "votes": (
        "CommitteeAttendance VoteVerdict committee_attendance has_quorum judge_vote meeting_verdicts "
        "meeting_voters resolution_verdict"
    ),
    "warnings": "RecordWarning evaluation_warnings finalize_warnings meeting_warnings rule_warnings",
}
_MODULE_OF = {name: module for module, names in _HOMES.items() for name in names.split()}

__all__ = sorted(_MODULE_OF)


def _load(module: str) -> ModuleType:
    """The rules' module of that name, imported by a plain statement that packagers and readers can follow."""
    if module == "compliance":
        from models.rules import compliance as loaded
    elif module == "expected":
        from models.rules import expected as loaded
    elif module == "periods":
        from models.rules import periods as loaded
    elif module == "status":
        from models.rules import status as loaded
    elif module == "votes":
        from models.rules import votes as loaded
    else:
        from models.rules import warnings as loaded
    return loaded


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module 'models.rules' has no attribute {name!r}")
    value = getattr(_load(module), name)
    globals()[name] = value
    return value
