"""民主评议党员: who is evaluated, and the live checks of the tally (测评汇总).

A row's votes never exceed the voters; 优秀 (the grade decided) should be at most one third of those evaluated
— the same rule as the compliance report's `excellent_within_third` and models.rules.evaluation_warnings.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from models.domain import BranchData, Evaluation, EvaluationResult, Meeting, new_id
from models.rules.status import Roster, in_branch

EVALUATION_TYPES = ("democratic_evaluation", "org_life_meeting")


@dataclass(frozen=True)
class RowCheck:
    member: str
    total: int
    over: bool  # the votes add up to more than the voters


@dataclass(frozen=True)
class TallyCheck:
    rows: tuple[RowCheck, ...]
    evaluated: int
    excellent: int

    @property
    def excellent_over_third(self) -> bool:
        return self.excellent * 3 > self.evaluated

    @property
    def rows_over(self) -> tuple[RowCheck, ...]:
        return tuple(r for r in self.rows if r.over)

    @property
    def ok(self) -> bool:
        return not self.rows_over and not self.excellent_over_third


def check_tally(evaluation: Evaluation) -> TallyCheck:
    rows = tuple(
        RowCheck(r.member, sum(r.votes.as_tuple()), sum(r.votes.as_tuple()) > evaluation.voters)
        for r in evaluation.results
    )
    excellent = sum(1 for r in evaluation.results if r.grade == "优秀")
    return TallyCheck(rows, len(evaluation.results), excellent)


def evaluation_meeting(meetings: Iterable[Meeting], year: int) -> Meeting | None:
    """The year's 民主评议党员 meeting, else its 组织生活会 (often held together); the latest of them."""
    for kind in EVALUATION_TYPES:
        found = [m for m in meetings if m.date.year == year and kind in m.duties]
        if found:
            return max(found, key=lambda m: (m.date, m.id))
    return None


def evaluation_day(meetings: Iterable[Meeting], year: int, today: date) -> date:
    """The day whose members are evaluated: the evaluation's meeting, else today within the year, else 31 Dec."""
    meeting = evaluation_meeting(meetings, year)
    if meeting is not None:
        return meeting.date
    if today.year == year:
        return today
    return date(year, 12, 31)


def members_to_evaluate(data: BranchData, day: date) -> list[str]:
    """Every Party member in the branch on `day`, 书记 and committee first, then by join date."""
    roster = Roster(data)
    return roster.sort_for_roster((p.id for p in data.members if in_branch(p, day)), day)


def new_evaluation(data: BranchData, year: int, today: date) -> Evaluation:
    """A new evaluation of `year`: a row for every member in the branch on the evaluation's day.

    Voters default to those present at the evaluation's meeting, else to the number evaluated.
    """
    meeting = evaluation_meeting(data.meetings, year)
    day = evaluation_day(data.meetings, year, today)
    members = members_to_evaluate(data, day)
    present = sum(1 for a in meeting.attendance if a.status in ("present", "late", "left_early")) if meeting else 0
    return Evaluation(
        id=new_id(),
        year=year,
        voters=present or len(members),
        meeting=meeting.id if meeting is not None else None,
        results=tuple(EvaluationResult(m) for m in members),
    )


def add_missing_members(data: BranchData, evaluation: Evaluation, day: date) -> Evaluation:
    """The evaluation with a row added for each member in the branch on `day` who has none yet."""
    have = {r.member for r in evaluation.results}
    extra = tuple(EvaluationResult(m) for m in members_to_evaluate(data, day) if m not in have)
    return dataclasses.replace(evaluation, results=(*evaluation.results, *extra))
