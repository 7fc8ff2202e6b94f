"""The year's most sensitive records as pure logic (no Qt): talk coverage (谈心谈话), the rectification list
(整改清单) with its carry-over, the democratic evaluation's tally checks (民主评议) and the 组织生活会 dossier."""

from models.orglife.coverage import Coverage, MemberCoverage, PairCoverage, talk_coverage
from models.orglife.dossier import Step, dossier_steps, missing_before_meeting
from models.orglife.rectifications import (
    YearList,
    carried_into,
    is_overdue,
    item_year,
    mark_done,
    year_list,
)
from models.orglife.tally import (
    RowCheck,
    TallyCheck,
    check_tally,
    evaluation_day,
    new_evaluation,
)

__all__ = [
    "Coverage",
    "MemberCoverage",
    "PairCoverage",
    "RowCheck",
    "Step",
    "TallyCheck",
    "YearList",
    "carried_into",
    "check_tally",
    "dossier_steps",
    "evaluation_day",
    "is_overdue",
    "item_year",
    "mark_done",
    "missing_before_meeting",
    "new_evaluation",
    "talk_coverage",
    "year_list",
]
