"""Reading `talks[]`, `rectifications[]`, `evaluations[]` and `rules` of an interchange file."""

from __future__ import annotations

from typing import Any

from models.domain import (
    GRADES,
    MEETING_TYPES,
    PERIODS,
    RECTIFICATION_STATUSES,
    DutyRule,
    Evaluation,
    EvaluationResult,
    GradeVotes,
    Rectification,
    Rules,
    Talk,
    TalkRules,
)
from models.interchange._checker import BAD, Checker, key_path
from models.interchange._schema import (
    DUTY_RULE,
    EVALUATION,
    EVALUATION_RESULT,
    GRADE_VOTES,
    RECTIFICATION,
    RULES,
    TALK,
    TALK_RULES,
)

Obj = dict[str, Any]


def read_talks(c: Checker, root: Obj) -> tuple[Talk, ...]:
    seen: dict[str, str] = {}
    return tuple(_talk(c, d, path, seen) for path, d in c.objects(root, "talks", "", TALK))


def _talk(c: Checker, d: Obj, path: str, seen: dict[str, str]) -> Talk:
    member = c.ref("member")
    talk = Talk(
        id=c.unique_id(d, path, seen),
        date=c.field(d, "date", path, c.as_date),
        location=c.text(d, "location", path),
        talker=c.field(d, "talker", path, member, ""),
        talkee=c.field(d, "talkee", path, member, ""),
        kind=c.line(d, "kind", path, default="谈心谈话"),
        topic=c.line(d, "topic", path),
        content=c.text(d, "content", path),
        talkee_views=c.text(d, "talkee_views", path),
        follow_up=c.text(d, "follow_up", path),
        created_at=c.field(d, "created_at", path, c.as_timestamp, ""),
        updated_at=c.field(d, "updated_at", path, c.as_timestamp, ""),
        version=c.revision(d, path),
    )
    if talk.talker and talk.talker == talk.talkee:
        c.error(key_path(path, "talkee"), "谈话双方不能是同一人")
    return talk


def read_rectifications(c: Checker, root: Obj) -> tuple[Rectification, ...]:
    seen: dict[str, str] = {}
    items = c.objects(root, "rectifications", "", RECTIFICATION)
    return tuple(_rectification(c, d, path, seen) for path, d in items)


def _rectification(c: Checker, d: Obj, path: str, seen: dict[str, str]) -> Rectification:
    member = c.ref("member")
    return Rectification(
        id=c.unique_id(d, path, seen),
        meeting=c.field(d, "meeting", path, c.ref("meeting"), nullable=True),
        member=c.field(d, "member", path, member, nullable=True),
        problem=c.text(d, "problem", path),
        measures=c.text(d, "measures", path),
        responsible=c.field(d, "responsible", path, member, nullable=True),
        due=c.field(d, "due", path, c.as_date, nullable=True),
        status=c.field(d, "status", path, c.choice(RECTIFICATION_STATUSES), "open"),
        done_on=c.field(d, "done_on", path, c.as_date, nullable=True),
        result=c.text(d, "result", path),
        version=c.revision(d, path),
    )


def read_evaluations(c: Checker, root: Obj) -> tuple[Evaluation, ...]:
    seen: dict[str, str] = {}
    return tuple(_evaluation(c, d, path, seen) for path, d in c.objects(root, "evaluations", "", EVALUATION))


def _evaluation(c: Checker, d: Obj, path: str, seen: dict[str, str]) -> Evaluation:
    ident = c.unique_id(d, path, seen)
    year = c.field(d, "year", path, lambda value, p: _year(c, value, p), 0)
    meeting = c.field(d, "meeting", path, c.ref("meeting"), nullable=True)
    voters = c.field(d, "voters", path, c.as_count, BAD)
    evaluated: dict[str, str] = {}
    results = tuple(
        _result(c, r, p, voters, evaluated) for p, r in c.objects(d, "results", path, EVALUATION_RESULT)
    )
    voters = 0 if voters is BAD else voters
    return Evaluation(id=ident, year=year, voters=voters, meeting=meeting, results=results,
                      version=c.revision(d, path))


def _year(c: Checker, value: Any, path: str) -> Any:
    year = c.as_count(value, path)
    if year is not BAD and not 1 <= year <= 9999:
        c.error(path, f"无效的年份 {year}")
        return BAD
    return year


def _result(c: Checker, r: Obj, path: str, voters: Any, evaluated: dict[str, str]) -> EvaluationResult:
    member = c.field(r, "member", path, c.ref("member"), "")
    if member in evaluated:
        c.error(key_path(path, "member"), f'人员 "{member}" 重复评议（与 {evaluated[member]} 相同）')
    elif member:
        evaluated[member] = path
    votes = c.field(r, "votes", path, lambda value, p: _grade_votes(c, value, p, voters), GradeVotes())
    return EvaluationResult(
        member=member,
        self_assessment=c.text(r, "self_assessment", path),
        votes=votes,
        grade=c.field(r, "grade", path, c.choice(GRADES), nullable=True),
        remarks=c.text(r, "remarks", path),
    )


def _grade_votes(c: Checker, value: Any, path: str, voters: Any) -> Any:
    d = c.obj(value, path, GRADE_VOTES)
    if d is None:
        return BAD
    votes = GradeVotes(*(c.field(d, grade, path, c.as_count, 0) for grade in GRADES))
    total = sum(votes.as_tuple())
    if voters is not BAD and total > voters:
        c.error(path, f"四项票数合计 {total}，超过参加评议人数 voters {voters}")
    return votes


def read_rules(c: Checker, root: Obj) -> Rules | None:
    if root.get("rules") is None:
        return None
    d = c.obj(root["rules"], "rules", RULES)
    if d is None:
        return None
    duties = tuple(
        DutyRule(
            duty=c.field(x, "duty", p, c.choice(MEETING_TYPES), ""),
            per=c.field(x, "per", p, c.choice(PERIODS), ""),
            at_least=c.field(x, "at_least", p, c.as_count, 1),
            per_group=c.field(x, "per_group", p, c.as_bool, False),
        )
        for p, x in c.objects(d, "duties", "rules", DUTY_RULE)
    )
    talks = c.field(d, "talks", "rules", lambda value, p: _talk_rules(c, value, p), TalkRules())
    return Rules(duties=duties, talks=talks)


def _talk_rules(c: Checker, value: Any, path: str) -> Any:
    d = c.obj(value, path, TALK_RULES)
    if d is None:
        return BAD
    return TalkRules(
        committee_pairs=c.field(d, "committee_pairs", path, c.as_bool, True),
        member_with_committee=c.field(d, "member_with_committee", path, c.as_bool, True),
    )
