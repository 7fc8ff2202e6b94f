"""The 组织生活会 dossier: the steps in order, what each has, and what is still missing before the meeting.

Steps: 征求意见 → 谈心谈话 → 对照检查材料 → the meeting with 批评和自我批评 → 整改清单. The first three are
the preparation; they must be complete before the meeting can be held.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date

from models.domain import BranchData, Meeting, Talk
from models.orglife.coverage import talk_coverage
from models.rules.expected import expected_attendees
from models.rules.status import Roster
from models.words import QT_TRANSLATE_NOOP, Day, Words, listed, say

OPINIONS, TALKS, SELF_EXAMINATIONS, MEETING, RECTIFICATIONS = (
    "opinions", "talks", "self_examinations", "meeting", "rectifications")
STEP_TITLES = {
    OPINIONS: QT_TRANSLATE_NOOP("vocabulary", "征求意见"),
    TALKS: QT_TRANSLATE_NOOP("vocabulary", "谈心谈话"),
    SELF_EXAMINATIONS: QT_TRANSLATE_NOOP("vocabulary", "对照检查材料"),
    MEETING: QT_TRANSLATE_NOOP("vocabulary", "召开会议（批评和自我批评）"),
    RECTIFICATIONS: QT_TRANSLATE_NOOP("vocabulary", "整改清单"),
}
PREPARATION_STEPS = (OPINIONS, TALKS, SELF_EXAMINATIONS)


@dataclass(frozen=True)
class Step:
    key: str
    title: str  # a word of the vocabulary (STEP_TITLES)
    done: bool
    summary: Words  # what is there, e.g. 已征求意见 3 条（来自：…）
    missing: tuple[Words, ...]  # what is still to do, one sentence each


def participants(data: BranchData, meeting: Meeting) -> list[str]:
    """Who takes part: the meeting's attendance list, else every member in the branch on its date."""
    if meeting.attendance:
        return [a.member for a in meeting.attendance]
    return list(expected_attendees(data, "org_life_meeting", meeting.date))


def _opinions(meeting: Meeting) -> Step:
    opinions = meeting.preparation.opinions if meeting.preparation else ()
    sources = listed(dict.fromkeys(o.source for o in opinions if o.source.strip()))
    summary = (say(QT_TRANSLATE_NOOP("rules", "已征求意见 {0} 条（来自：{1}）"), len(opinions), sources) if sources
               else say(QT_TRANSLATE_NOOP("rules", "已征求意见 {0} 条"), len(opinions)))
    missing = () if opinions else (say(QT_TRANSLATE_NOOP("rules", "尚未登记征求到的意见")),)
    return Step(OPINIONS, STEP_TITLES[OPINIONS], bool(opinions), summary, missing)


def _talks(data: BranchData, meeting: Meeting, roster: Roster) -> Step:
    before = tuple(t for t in data.talks if t.date.year == meeting.date.year and t.date <= meeting.date)
    coverage = talk_coverage(_with_talks(data, before), meeting.date.year)
    pairs = [roster.sort_for_roster(pair, meeting.date) for pair in coverage.missing_pairs]
    missing = [say(QT_TRANSLATE_NOOP("rules", "{0}与{1}（支委委员之间）尚未谈话"), roster.name(a), roster.name(b))
               for a, b in pairs]
    missing += [say(QT_TRANSLATE_NOOP("rules", "{0}尚未与支委委员谈话"), roster.name(m))
                for m in (c.member for c in coverage.members if c.owed)]
    summary = say(QT_TRANSLATE_NOOP("rules", "会前已谈话 {0} 次"), len(before))
    return Step(TALKS, STEP_TITLES[TALKS], not missing, summary, tuple(missing))


def _with_talks(data: BranchData, talks: tuple[Talk, ...]) -> BranchData:
    return dataclasses.replace(data, talks=talks)


def _self_examinations(data: BranchData, meeting: Meeting, roster: Roster) -> Step:
    written = {s.member for s in (meeting.preparation.self_examinations if meeting.preparation else ())
               if s.content.strip()}
    people = participants(data, meeting)
    lacking = [m for m in people if m not in written]
    summary = say(QT_TRANSLATE_NOOP("rules", "已提交 {0} 人，共 {1} 人"), len(people) - len(lacking), len(people))
    missing = (say(QT_TRANSLATE_NOOP("rules", "尚未提交对照检查材料：{0}"), listed(roster.name(m) for m in lacking)),
               ) if lacking else ()
    return Step(SELF_EXAMINATIONS, STEP_TITLES[SELF_EXAMINATIONS], not lacking, summary, missing)


def _meeting(data: BranchData, meeting: Meeting, roster: Roster, today: date) -> Step:
    spoke = {c.member for c in meeting.criticisms if c.self_criticism.strip()}
    people = participants(data, meeting)
    lacking = [m for m in people if m not in spoke]
    missing: list[Words] = []
    if meeting.date > today:
        missing.append(say(QT_TRANSLATE_NOOP("rules", "会议定于{0}召开"), Day.of(meeting.date)))
    if lacking:
        missing.append(say(QT_TRANSLATE_NOOP("rules", "尚未记录自我批评：{0}"),
                           listed(roster.name(m) for m in lacking)))
    received = sum(len(c.received) for c in meeting.criticisms)
    summary = say(QT_TRANSLATE_NOOP("rules", "已记录自我批评 {0} 人，相互批评意见 {1} 条"), len(people) - len(lacking),
                  received)
    return Step(MEETING, STEP_TITLES[MEETING], not missing, summary, tuple(missing))


def _rectifications(data: BranchData, meeting: Meeting) -> Step:
    items = [r for r in data.rectifications if r.meeting == meeting.id]
    done = sum(1 for r in items if r.status == "done")
    summary = say(QT_TRANSLATE_NOOP("rules", "整改事项 {0} 项，已销号 {1} 项"), len(items), done)
    missing = () if items else (say(QT_TRANSLATE_NOOP("rules", "尚未列出整改清单")),)
    return Step(RECTIFICATIONS, STEP_TITLES[RECTIFICATIONS], bool(items), summary, missing)


def dossier_steps(data: BranchData, meeting: Meeting, today: date) -> list[Step]:
    """The five steps of `meeting`'s dossier in order; `data` holds the roster, talks and rectifications."""
    roster = Roster(data)
    return [
        _opinions(meeting),
        _talks(data, meeting, roster),
        _self_examinations(data, meeting, roster),
        _meeting(data, meeting, roster, today),
        _rectifications(data, meeting),
    ]


def missing_before_meeting(steps: list[Step]) -> list[Words]:
    """What the preparation still lacks: the meeting can be held when this is empty."""
    return [line for step in steps if step.key in PREPARATION_STEPS for line in step.missing]
