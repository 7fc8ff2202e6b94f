"""Rule warnings for the `check` command and the UI: things a clerk should look at, in Chinese.

Each warning is (record id, message): a meeting's or an evaluation's id. Warnings never stop saving; the
record keeps what was typed.
"""

from __future__ import annotations

from collections import Counter

from models.domain import PRESENT_STATUSES, BranchData, Evaluation, Meeting
from models.rules.elections import election_problems, election_result
from models.rules.path import path_problems, probation_end
from models.rules.status import Roster, as_roster
from models.rules.votes import committee_attendance, judge_vote, meeting_voters, voters_word
from models.words import QT_TRANSLATE_NOOP, Day, Words, say

RecordWarning = tuple[str, str]  # (record id, a Words: Chinese, shown translated in the UI)


def _names(roster: Roster, ids: list[str]) -> str:
    return "、".join(roster.name(i) for i in ids)


def _host_warnings(roster: Roster, meeting: Meeting) -> list[Words]:
    if meeting.host is None or roster.in_branch(meeting.host, meeting.date):
        return []
    return [say(QT_TRANSLATE_NOOP("rules", "主持人{0}在会议当天不是本支部党员"), roster.name(meeting.host))]


def _attendance_warnings(roster: Roster, meeting: Meeting) -> list[Words]:
    counts = Counter(a.member for a in meeting.attendance)
    twice = [m for m, n in counts.items() if n > 1]
    gone = [
        m
        for m in counts
        if (p := roster.person(m)) is not None and p.kind == "member" and not roster.in_branch(m, meeting.date)
    ]
    found: list[Words] = []
    if twice:
        found.append(say(QT_TRANSLATE_NOOP("rules", "应到名单中{0}重复出现"), _names(roster, twice)))
    if gone:
        found.append(say(QT_TRANSLATE_NOOP("rules", "应到名单中{0}在会议当天不在本支部"), _names(roster, gone)))
    return found


def _group_warnings(roster: Roster, meeting: Meeting) -> list[Words]:
    if meeting.type != "group_meeting":
        return []
    if meeting.group is None:
        return [say(QT_TRANSLATE_NOOP("rules", "党小组会没有指定党小组"))]
    outsiders = list(
        dict.fromkeys(
            a.member for a in meeting.attendance
            if roster.person(a.member) is None or roster.group_on(a.member, meeting.date) != meeting.group
        )
    )
    if not outsiders:
        return []
    group_name = next((g.name for g in roster.data.groups if g.id == meeting.group), meeting.group)
    return [say(QT_TRANSLATE_NOOP("rules", "党小组会应到名单中{0}不是{1}的成员"), _names(roster, outsiders),
                group_name)]


def _committee_warnings(roster: Roster, meeting: Meeting) -> list[Words]:
    if meeting.type != "committee_meeting":
        return []
    if not roster.has_committee(meeting.date):
        return [say(QT_TRANSLATE_NOOP(
            "rules", "会议当天本支部未设支部委员会（见“设置 → 支部信息”）：支委会记录请核对会议类型或支部委员会的设立日期"))]  # noqa: E501
    check = committee_attendance(roster, meeting)
    if check.quorum:
        return []
    if check.committee == 0:
        return [check.message]
    return [say(QT_TRANSLATE_NOOP("rules", "支委会到会委员未超过半数：{0}"), check.message)]


def _vote_warnings(roster: Roster, meeting: Meeting) -> list[Words]:
    voting = [(i, r) for i, r in enumerate(meeting.resolutions) if r.vote is not None]
    if not voting:
        return []
    expected, present = (len(ids) for ids in meeting_voters(roster, meeting))
    found: list[Words] = []
    voters = voters_word(meeting.type)
    for index, resolution in voting:
        verdict = judge_vote(expected, present, resolution.vote, resolution.kind, voters,  # type: ignore[arg-type]
                             resolution.written)
        if not verdict.quorum:  # the message also names votes cast above those present
            found.append(say(QT_TRANSLATE_NOOP("rules", "第 {0} 项决议：{1}"), index + 1, verdict.message))
        elif verdict.overcounted:
            found.append(say(QT_TRANSLATE_NOOP(
                "rules", "第 {0} 项决议的表决票数合计 {1} 票，超过实到{2} {3} 人，表决无效"),
                             index + 1, verdict.cast, voters, present))
        elif verdict.passed is None:  # written opinions above the voters absent
            found.append(say(QT_TRANSLATE_NOOP("rules", "第 {0} 项决议：{1}"), index + 1, verdict.message))
    return found


def _path_warnings(roster: Roster, meeting: Meeting) -> list[Words]:
    """A 转正 voted on before the probation has ended (预备期满): the person the resolution is about."""
    found: list[Words] = []
    for index, resolution in enumerate(meeting.resolutions):
        person = roster.person(resolution.subject) if resolution.subject else None
        if resolution.kind != "full_membership" or person is None or person.joined_on is None:
            continue
        end = probation_end(person.joined_on)
        if meeting.date < end:
            found.append(say(QT_TRANSLATE_NOOP("rules", "第 {0} 项决议：{1}的预备期到 {2} 才届满，尚不能讨论转正"),
                             index + 1, person.name, Day.of(end)))
    return found


def _election_warnings(roster: Roster, meeting: Meeting) -> list[Words]:
    found: list[Words] = []
    for index, resolution in enumerate(meeting.resolutions):
        if resolution.election is None:
            continue
        where = say(QT_TRANSLATE_NOOP("rules", "第 {0} 项决议的选举"), index + 1)
        found.extend(say(QT_TRANSLATE_NOOP("rules", "{0}：{1}"), where, problem)
                     for problem in election_problems(resolution.election, roster))
        result = election_result(roster, meeting, resolution.election)
        if result.valid is None:
            found.append(say(QT_TRANSLATE_NOOP("rules", "{0}：{1}"), where, result.message))
    return found


def meeting_warnings(data: BranchData | Roster, meeting: Meeting) -> list[Words]:
    """Every warning about one meeting, in a fixed order (host, attendance, group, committee, votes)."""
    roster = as_roster(data)
    return [
        *_host_warnings(roster, meeting),
        *_attendance_warnings(roster, meeting),
        *_group_warnings(roster, meeting),
        *_committee_warnings(roster, meeting),
        *_vote_warnings(roster, meeting),
        *_election_warnings(roster, meeting),
        *_path_warnings(roster, meeting),
    ]


def evaluation_warnings(data: BranchData | Roster, evaluation: Evaluation) -> list[Words]:
    """优秀 over one third; a member's vote counts adding up to more than the voters."""
    roster = as_roster(data)
    found: list[Words] = []
    evaluated = len(evaluation.results)
    excellent = sum(1 for r in evaluation.results if r.grade == "优秀")
    if excellent * 3 > evaluated:
        found.append(say(QT_TRANSLATE_NOOP("rules", "评为优秀 {0} 人，超过参评党员 {1} 人的三分之一"), excellent,
                         evaluated))
    for result in evaluation.results:
        total = sum(result.votes.as_tuple())
        if total > evaluation.voters:
            name = roster.name(result.member)
            found.append(say(QT_TRANSLATE_NOOP("rules", "{0}的得票合计 {1} 票，超过参加评议的 {2} 人"), name, total,
                             evaluation.voters))
    return found


def rule_warnings(data: BranchData, year: int | None = None) -> list[RecordWarning]:
    """(record id, message) for every meeting, then every evaluation, in the file's order; of `year` only
    when given."""
    roster = Roster(data)
    found: list[RecordWarning] = []
    for meeting in data.meetings:
        if year is None or meeting.date.year == year:
            found.extend((meeting.id, text) for text in meeting_warnings(roster, meeting))
    for evaluation in data.evaluations:
        if year is None or evaluation.year == year:
            found.extend((evaluation.id, text) for text in evaluation_warnings(roster, evaluation))
    if year is None:  # the path into the Party is a person's, not a year's
        found.extend((person.id, text) for person in data.members for text in path_problems(person))
    return found


def _completeness_warnings(meeting: Meeting) -> list[Words]:
    found: list[Words] = []
    if not meeting.attendance:
        found.append(say(QT_TRANSLATE_NOOP("rules", "没有应到人员名单")))
    elif not any(a.status in PRESENT_STATUSES for a in meeting.attendance):
        found.append(say(QT_TRANSLATE_NOOP("rules", "出席情况还没有登记（实到 0 人）")))
    if meeting.host is None or meeting.recorder is None:
        found.append(say(QT_TRANSLATE_NOOP("rules", "没有填写主持人或记录人")))
    return found


def finalize_warnings(data: BranchData | Roster, meeting: Meeting) -> list[Words]:
    """What to look at before 定稿: what the minutes lack (no list of who should attend, no roll taken, no host
    or recorder), then every rule warning of the meeting (quorum, votes beyond the voters present …)."""
    roster = as_roster(data)
    return [*_completeness_warnings(meeting), *_speaker_warnings(roster, meeting), *meeting_warnings(roster, meeting)]


def _speaker_warnings(roster: Roster, meeting: Meeting) -> list[Words]:
    """A speaker written as a name not in the roster that is part of a member's name (孙, 王建): most likely the
    member, not a guest."""
    found: list[Words] = []
    names = [p.name for p in roster.data.members]
    for speech in meeting.speeches:
        typed = (speech.speaker_name or "").strip()
        if speech.speaker is None and typed and typed not in names and any(typed in n for n in names):
            found.append(say(QT_TRANSLATE_NOOP(
                "rules", "发言人“{0}”不在名册中：如是名册中的人员，请从列表中选择"), typed))
    return list(dict.fromkeys(found))
