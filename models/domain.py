"""The branch's records as plain, frozen values.

These are what every other part of the program passes around: the interchange reader and writer, the
database's load and store, the rules, the documents and the UI. They mirror the interchange format
(shared/spec/INTERCHANGE.md) field for field, so nothing is lost between the file, the database and the screen.

Conventions:
- dates are `datetime.date`, times `datetime.time` (minutes only);
- timestamps stay ISO 8601 strings exactly as imported or recorded, their offset included;
- every list is a tuple, in the order the record keeps;
- `id` is the entity's stable external id (a string).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, time

from models.vocabulary import (  # noqa: F401  (re-exported: the domain's words)
    ATTENDANCE_STATUSES,
    COMMITTEE_ROLES,
    DATE_PRECISIONS,
    ELECTION_OFFICES,
    EXCLUSION_REASONS,
    GENDERS,
    GRADES,
    MEETING_STATUSES,
    MEETING_TYPES,
    PERIODS,
    PERSON_KINDS,
    PRESENT_STATUSES,
    RECTIFICATION_STATUSES,
    RESOLUTION_KINDS,
    RESOLUTION_KINDS_V1,
)


def new_id() -> str:
    """A fresh external id for an entity made in the program."""
    return str(uuid.uuid4())


def now_timestamp() -> str:
    """The current local time as an ISO 8601 timestamp with offset, to the second."""
    return datetime.now().astimezone().replace(microsecond=0).isoformat()


@dataclass(frozen=True)
class Branch:  # 党支部
    name: str
    short_name: str = ""
    parent_org: str = ""
    fonds_code: str = ""  # 全宗号
    unit_code: str = "DZB"  # 机构代码 in archive codes
    uid: str = ""  # the branch's own id across databases and files (version 2); "" = not known


@dataclass(frozen=True)
class Group:  # 党小组
    id: str
    name: str
    leader: str | None = None
    set_up_on: date | None = None  # 成立: None = as long as the records go back
    dissolved_on: date | None = None  # 撤销: the first day it no longer exists; None = still exists


@dataclass(frozen=True)
class GroupMembership:  # a member's 党小组 over a period
    """A member with no membership recorded is in `Person.group` all along (as a version-1 file is read); one
    with memberships is in the group of the period holding the day, and in none between periods."""

    member: str
    group: str
    start: date
    end: date | None = None  # the last day (inclusive); None = still in it


@dataclass(frozen=True)
class Person:  # 党员 / 发展对象 / 入党积极分子
    id: str
    name: str
    kind: str = "member"
    gender: str | None = None
    ethnicity: str | None = None
    birth_date: date | None = None  # with birth_precision "month": the month's first day stands for the month
    education: str | None = None
    joined_on: date | None = None  # 入党日期: became 预备党员
    full_member_on: date | None = None  # 转正日期
    group: str | None = None
    title: str | None = None
    phone: str | None = None
    entered_on: date | None = None  # 转入 this branch
    # 发展党员, the steps before 预备党员 (models.rules.path): 申请入党, 确定为入党积极分子, 列为发展对象
    applied_on: date | None = None
    activist_on: date | None = None
    candidate_on: date | None = None
    left_on: date | None = None
    left_reason: str | None = None
    notes: str = ""
    birth_precision: str = "day"  # "month": only the year and month of birth are known (出生年月 1988.02)

    @property
    def birth_month_only(self) -> bool:
        return self.birth_date is not None and self.birth_precision == "month"


@dataclass(frozen=True)
class CommitteeRole:  # 支委会职务 over time
    member: str
    role: str
    start: date  # "from" in the interchange format
    end: date | None = None  # "to"; None = still in office


@dataclass(frozen=True)
class Exclusion:  # 不计入应到会人数, with the superior body's approval
    """A member left out of 应到 for a stated reason and period (患病不能参加、出国出境半年以上 …): votes, quorum and
    attendance figures leave them out on those days, and the minutes say who was not counted and why."""

    member: str
    reason: str  # one of EXCLUSION_REASONS, or the words of 其他
    start: date
    end: date | None = None  # the last day (inclusive); None = until further notice
    approval: str = ""  # who approved it, when, the document number


@dataclass(frozen=True)
class PartyProbation:  # 留党察看
    """A member under 留党察看 has no vote and no election rights for its period (they still attend)."""

    member: str
    start: date
    end: date | None = None  # the last day (inclusive); None = not yet ended


@dataclass(frozen=True)
class CommitteeChange:  # 设立 / 不设支部委员会 from a day on
    """《中国共产党支部工作条例（试行）》第六章: a branch with 7 or more full members sets up a 支部委员会; one with
    fewer has only a 书记 (and, if needed, a 副书记). A branch grows and shrinks, so this is recorded by date;
    a branch with no change recorded has a committee (as every version-1 file is read)."""

    since: date
    has_committee: bool


@dataclass(frozen=True)
class Attendance:
    member: str
    status: str = "present"
    reason: str | None = None


@dataclass(frozen=True)
class Guest:  # 列席人员
    name: str
    title: str = ""


@dataclass(frozen=True)
class Speech:
    content: str
    speaker: str | None = None  # member id
    speaker_name: str | None = None  # free name, for a guest


@dataclass(frozen=True)
class Vote:
    yes: int  # "for"
    against: int = 0
    abstain: int = 0


@dataclass(frozen=True)
class Candidate:  # 候选人 (or 另选他人: a member voted for who was not a candidate) with the count
    member: str
    yes: int = 0  # 赞成
    against: int = 0  # 不赞成
    abstain: int = 0  # 弃权
    write_in: bool = False  # 另选他人


@dataclass(frozen=True)
class Election:  # 选举 (《中国共产党基层组织选举工作条例》), one ballot: one office, one round
    office: str  # one of ELECTION_OFFICES: committee (支部委员会委员), secretary (书记), deputy (副书记)
    seats: int  # 应选人数
    candidates: tuple[Candidate, ...]  # 候选人 then 另选他人, each with the votes counted
    ballots_issued: int  # 发出选票
    ballots_returned: int  # 收回选票
    ballots_invalid: int = 0  # 无效票 (more names marked than seats, …)
    scrutineers: tuple[str, ...] = ()  # 监票人 (member ids)
    tellers: tuple[str, ...] = ()  # 计票人 (member ids)
    round: int = 1  # 第一轮; a second round for a tie or the seats left


@dataclass(frozen=True)
class Resolution:  # 会议决议
    text: str
    kind: str = "general"
    vote: Vote | None = None  # the votes cast in the room
    written: Vote | None = None  # 书面意见: of voters absent, handed in before the meeting (admission, 转正)
    election: Election | None = None  # an election's ballot and count (kind "election")
    subject: str | None = None  # the person decided on (admission, 转正, 积极分子, 发展对象): a member id


@dataclass(frozen=True)
class ReceivedCriticism:  # 相互批评
    critic: str  # "from": member id
    content: str


@dataclass(frozen=True)
class Criticism:  # 批评和自我批评, one member's part at a 组织生活会
    member: str
    self_criticism: str = ""
    received: tuple[ReceivedCriticism, ...] = ()
    response: str = ""


@dataclass(frozen=True)
class Opinion:  # 征求意见
    source: str
    content: str


@dataclass(frozen=True)
class SelfExamination:  # 对照检查材料
    member: str
    content: str


@dataclass(frozen=True)
class Preparation:
    opinions: tuple[Opinion, ...] = ()
    self_examinations: tuple[SelfExamination, ...] = ()


@dataclass(frozen=True)
class Amendment:
    at: str  # timestamp
    reason: str
    summary: str
    author: str = ""  # who made it: the login on a server, else the clerk's name or the system's user name


@dataclass(frozen=True)
class Attachment:
    name: str
    media_type: str
    sha256: str
    data: bytes
    # when the file was attached (a 签到表 scanned after the meeting); None for files attached before this was kept
    added_at: str | None = None


@dataclass(frozen=True)
class Meeting:  # every kind of meeting
    id: str
    type: str
    title: str
    date: date
    also_counts_as: tuple[str, ...] = ()
    group: str | None = None
    start: time | None = None
    end: time | None = None
    location: str = ""
    host: str | None = None
    recorder: str | None = None
    lecturer: str | None = None
    lecturer_member: str | None = None
    lecture_title: str | None = None
    attendance: tuple[Attendance, ...] = ()
    guests: tuple[Guest, ...] = ()
    agenda: tuple[str, ...] = ()
    speeches: tuple[Speech, ...] = ()
    resolutions: tuple[Resolution, ...] = ()
    summary: str = ""
    notes: str = ""
    criticisms: tuple[Criticism, ...] = ()
    preparation: Preparation | None = None
    status: str = "draft"
    finalized_at: str | None = None
    finalized_by: str = ""  # who finalised it (as Amendment.author); "" when not known
    amendments: tuple[Amendment, ...] = ()
    attachments: tuple[Attachment, ...] = ()
    created_at: str = field(default_factory=now_timestamp)
    updated_at: str = field(default_factory=now_timestamp)
    # bookkeeping, not content: how many times the record was saved (None: not read from the database yet).
    # A save of an outdated version is refused (StaleRecord); the interchange format does not carry it.
    version: int | None = field(default=None, compare=False)
    # bookkeeping too: the running number in the year per kind (models.titles), stored at 定稿 or corrected by
    # the clerk in a draft; None: by date. The interchange format (version 1) leaves it out.
    number: int | None = field(default=None, compare=False)

    @property
    def duties(self) -> tuple[str, ...]:
        """Every duty this meeting counts for: its type, then the others."""
        return (self.type, *(c for c in self.also_counts_as if c != self.type))


@dataclass(frozen=True)
class Talk:  # 谈心谈话
    id: str
    date: date
    talker: str
    talkee: str
    location: str = ""
    kind: str = "谈心谈话"
    topic: str = ""
    content: str = ""
    talkee_views: str = ""
    follow_up: str = ""
    created_at: str = field(default_factory=now_timestamp)
    updated_at: str = field(default_factory=now_timestamp)
    version: int | None = field(default=None, compare=False)  # as Meeting.version


@dataclass(frozen=True)
class Rectification:  # 整改事项
    id: str
    problem: str
    meeting: str | None = None
    member: str | None = None
    measures: str = ""
    responsible: str | None = None
    due: date | None = None
    status: str = "open"
    done_on: date | None = None
    result: str = ""
    version: int | None = field(default=None, compare=False)  # as Meeting.version


@dataclass(frozen=True)
class GradeVotes:
    excellent: int = 0  # 优秀
    qualified: int = 0  # 合格
    basic: int = 0  # 基本合格
    unqualified: int = 0  # 不合格

    def as_tuple(self) -> tuple[int, int, int, int]:
        return (self.excellent, self.qualified, self.basic, self.unqualified)


@dataclass(frozen=True)
class EvaluationResult:
    member: str
    self_assessment: str = ""
    votes: GradeVotes = GradeVotes()
    grade: str | None = None
    remarks: str = ""


@dataclass(frozen=True)
class Evaluation:  # 民主评议党员, one year
    id: str
    year: int
    voters: int
    meeting: str | None = None
    results: tuple[EvaluationResult, ...] = ()
    version: int | None = field(default=None, compare=False)  # as Meeting.version


@dataclass(frozen=True)
class DutyRule:
    duty: str
    per: str  # month / quarter / year
    at_least: int = 1
    per_group: bool = False


@dataclass(frozen=True)
class TalkRules:
    committee_pairs: bool = True
    member_with_committee: bool = True


@dataclass(frozen=True)
class Rules:  # the branch's own frequency rules
    duties: tuple[DutyRule, ...]
    talks: TalkRules = TalkRules()


DEFAULT_RULES = Rules(
    duties=(
        DutyRule("general_meeting", "quarter", 1),
        DutyRule("committee_meeting", "month", 1),
        DutyRule("group_meeting", "month", 1, per_group=True),
        DutyRule("party_lecture", "quarter", 1),
        DutyRule("theme_day", "month", 1),
        DutyRule("org_life_meeting", "year", 1),
        DutyRule("democratic_evaluation", "year", 1),
    ),
    talks=TalkRules(committee_pairs=True, member_with_committee=True),
)


@dataclass(frozen=True)
class BranchData:
    """Everything one branch has recorded: one interchange file, or one branch in the database."""

    branch: Branch
    groups: tuple[Group, ...] = ()
    members: tuple[Person, ...] = ()
    committee: tuple[CommitteeRole, ...] = ()
    meetings: tuple[Meeting, ...] = ()
    talks: tuple[Talk, ...] = ()
    rectifications: tuple[Rectification, ...] = ()
    evaluations: tuple[Evaluation, ...] = ()
    rules: Rules | None = None  # None = the defaults (DEFAULT_RULES)
    committee_changes: tuple[CommitteeChange, ...] = ()  # by `since`; none = a committee all along
    exclusions: tuple[Exclusion, ...] = ()
    party_probations: tuple[PartyProbation, ...] = ()
    group_memberships: tuple[GroupMembership, ...] = ()

    @property
    def effective_rules(self) -> Rules:
        return self.rules if self.rules is not None else DEFAULT_RULES
