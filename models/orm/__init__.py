"""The database tables (SQLAlchemy 2 typed ORM). Records belong to a branch; one database may hold several."""

from models.orm.base import Base
from models.orm.meetings import (
    AgendaItemRow,
    AmendmentRow,
    AttachmentRow,
    AttendanceRow,
    CriticismReceivedRow,
    CriticismRow,
    GuestRow,
    MeetingDutyRow,
    MeetingRow,
    OpinionRow,
    ResolutionRow,
    SelfExaminationRow,
    SpeechRow,
)
from models.orm.people import (
    BranchRow,
    CommitteeChangeRow,
    CommitteeRoleRow,
    DutyRuleRow,
    GroupRow,
    PersonRow,
    YearLockRow,
)
from models.orm.records import EvaluationResultRow, EvaluationRow, RectificationRow, TalkRow

__all__ = [
    "AgendaItemRow",
    "AmendmentRow",
    "AttachmentRow",
    "AttendanceRow",
    "Base",
    "BranchRow",
    "CommitteeChangeRow",
    "CommitteeRoleRow",
    "CriticismReceivedRow",
    "CriticismRow",
    "DutyRuleRow",
    "EvaluationResultRow",
    "EvaluationRow",
    "GroupRow",
    "GuestRow",
    "MeetingDutyRow",
    "MeetingRow",
    "OpinionRow",
    "PersonRow",
    "RectificationRow",
    "ResolutionRow",
    "SelfExaminationRow",
    "SpeechRow",
    "TalkRow",
    "YearLockRow",
]
