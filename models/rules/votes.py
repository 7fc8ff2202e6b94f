"""Whether a vote was valid and passed (Art. 11–12), and whether a 支委会 had enough of the committee.

Voters are judged on the meeting's date: the voters expected are the 正式党员 in the branch that day who are
on the meeting's attendance list (应到); those present are the ones among them marked present, late or left
early. A 预备党员 on the list attends without a vote. Quorum needs more than half of the expected voters
present (elections: more than four fifths); a motion passes when the yes-votes exceed half of the expected
voters — not of those present. Votes cast (赞成 + 反对 + 弃权) above the voters present make the vote invalid
(表决无效), whatever the counts: typically a 预备党员's or a guest's hand was counted.

Who is not a voter although on the list: a member the superior body approved to leave out of 应到 (Exclusion:
患病不能参加、出国出境半年以上 …) on the meeting's date, and a member under 留党察看, who has no vote.

书面意见 (《中国共产党发展党员工作细则》): on admitting a 预备党员 and on 转正, a voter who cannot attend and hands in a
written opinion before the meeting is counted in the votes — not among those present (the quorum is of voters in
the room), and the rule on votes cast applies to the votes cast in the room. Written opinions above the voters
absent make the vote invalid. On any other matter written opinions are not counted.
"""

from __future__ import annotations

from dataclasses import dataclass

from models.domain import PRESENT_STATUSES, BranchData, Meeting, Resolution, Vote
from models.rules.status import Roster, as_roster
from models.words import QT_TRANSLATE_NOOP, say

WRITTEN_COUNTS = frozenset({"admission", "full_membership"})  # the matters on which 书面意见 are counted


@dataclass(frozen=True)
class VoteVerdict:
    """The judgement on one resolution's vote, with the sentence the minutes print."""

    expected_voters: int  # 应到会有表决权党员
    present_voters: int  # 实到有表决权党员
    quorum: bool
    passed: bool | None  # None: no quorum, nobody with a vote, or more votes cast than voters present
    message: str
    cast: int = 0  # 赞成 + 反对 + 弃权

    @property
    def overcounted(self) -> bool:
        """More votes were cast than voters were present: the vote is invalid."""
        return self.cast > self.present_voters


@dataclass(frozen=True)
class CommitteeAttendance:
    """支委会: more than half of the committee members must be present."""

    committee: int  # committee members in office on the meeting's date
    present: int  # of them, marked present / late / left early
    quorum: bool
    message: str


@dataclass(frozen=True)
class VotingQuorum:
    """Before the vote: are enough voters present to vote (more than half) and to elect (more than four fifths)?"""

    expected: int  # 应到会有表决权党员
    present: int  # 实到有表决权党员
    quorum: bool  # an ordinary motion may be voted on
    election_quorum: bool  # an election may be held
    message: str


def least_present(expected: int, kind: str = "general") -> int:
    """The fewest voters present for a quorum: more than half, for an election more than four fifths."""
    return expected * 4 // 5 + 1 if kind == "election" else expected // 2 + 1


def has_quorum(expected: int, present: int, kind: str = "general") -> bool:
    """More than half present; for an election (`kind` "election") more than four fifths."""
    if kind == "election":
        return present * 5 > expected * 4
    return present * 2 > expected


def voters_word(meeting_type: str) -> str:
    """Who votes, in the minutes' words: a 支委会's members (委员), else the members with a vote."""
    return say(QT_TRANSLATE_NOOP("rules", "委员")) if meeting_type == "committee_meeting" else say(
        QT_TRANSLATE_NOOP("rules", "有表决权党员"))


def judge_vote(expected: int, present: int, vote: Vote, kind: str = "general",
               voters: str = "", written: Vote | None = None) -> VoteVerdict:
    """The verdict on `vote` (cast in the room) given the counts of expected and present voters (`voters`: see
    `voters_word`), with the written opinions of absent voters where `kind` counts them."""
    voters = voters or voters_word("general_meeting")
    cast = vote.yes + vote.against + vote.abstain
    counted = written if written is not None and kind in WRITTEN_COUNTS else None
    if expected <= 0:
        nobody = say(QT_TRANSLATE_NOOP("rules", "应到会{0} 0 人，不能进行表决"), voters)
        return VoteVerdict(expected, present, False, None, nobody, cast)
    quorum = has_quorum(expected, present, kind)
    if kind == "election":
        judged = (QT_TRANSLATE_NOOP("rules", "超过应到会人数的五分之四，符合规定") if quorum
                  else QT_TRANSLATE_NOOP("rules", "未超过应到会人数的五分之四，表决无效"))
    else:
        judged = (QT_TRANSLATE_NOOP("rules", "超过半数，符合规定") if quorum
                  else QT_TRANSLATE_NOOP("rules", "未超过半数，表决无效"))
    head = say(QT_TRANSLATE_NOOP("rules", "应到会{0} {1} 人，实到 {2} 人，{3}"), voters, expected, present, say(judged))
    if cast > present:  # a 预备党员's or a guest's hand was counted
        over = say(QT_TRANSLATE_NOOP("rules", "赞成、反对、弃权合计 {0} 票，超过实到{1} {2} 人"), cast, voters, present)
        message = (say(QT_TRANSLATE_NOOP("rules", "{0}；但{1}，表决无效"), head, over) if quorum
                   else say(QT_TRANSLATE_NOOP("rules", "{0}；且{1}"), head, over))
        return VoteVerdict(expected, present, quorum, None, message, cast)
    if not quorum:
        return VoteVerdict(expected, present, False, None, head, cast)
    yes, among = vote.yes, say("")
    if counted is not None:
        handed = counted.yes + counted.against + counted.abstain
        if handed > expected - present:
            over = say(QT_TRANSLATE_NOOP("rules", "书面意见 {0} 份，超过未到会的{1} {2} 人，表决无效"), handed, voters,
                       expected - present)
            return VoteVerdict(expected, present, True, None, say(QT_TRANSLATE_NOOP("rules", "{0}；但{1}"), head, over),
                               cast)
        yes += counted.yes
        among = say(QT_TRANSLATE_NOOP("rules", "（其中书面意见 {0} 票）"), counted.yes) if handed else say("")
    passed = yes * 2 > expected
    result = say(
        QT_TRANSLATE_NOOP("rules", "赞成 {0} 票{1}，超过应到会{2}半数，决议通过")
        if passed
        else QT_TRANSLATE_NOOP("rules", "赞成 {0} 票{1}，未超过应到会{2}半数，决议未通过"),
        yes, among, voters,
    )
    return VoteVerdict(expected, present, True, passed, say(QT_TRANSLATE_NOOP("rules", "{0}；{1}"), head, result), cast)


def voting_quorum(expected: int, present: int) -> VotingQuorum:
    """The quorum as the attendance stands, in the clerk's words, e.g. 应到会有表决权党员 21 人，实到 18 人，…"""
    if expected <= 0:
        nobody = say(QT_TRANSLATE_NOOP("rules", "应到会有表决权党员 0 人，不能进行表决"))
        return VotingQuorum(0, present, False, False, nobody)
    quorum, election = has_quorum(expected, present), has_quorum(expected, present, "election")
    need = least_present(expected)
    judged = (say(QT_TRANSLATE_NOOP("rules", "超过半数，可以表决")) if quorum
              else say(QT_TRANSLATE_NOOP("rules", "未超过半数，不能表决（至少须到会 {0} 人）"), need))
    head = say(QT_TRANSLATE_NOOP("rules", "应到会有表决权党员 {0} 人，实到 {1} 人，{2}"), expected, present, judged)
    need = least_present(expected, "election")
    tail = (
        say(QT_TRANSLATE_NOOP("rules", "选举须超过五分之四（至少 {0} 人），已达到"), need)
        if election
        else say(QT_TRANSLATE_NOOP("rules", "选举须超过五分之四（至少 {0} 人），还差 {1} 人"), need, need - present)
    )
    return VotingQuorum(expected, present, quorum, election, say(QT_TRANSLATE_NOOP("rules", "{0}；{1}"), head, tail))


def meeting_voters(data: BranchData | Roster, meeting: Meeting) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(expected voters, present voters) of `meeting` as member ids in attendance order, each once.

    Expected voters are the 正式党员 on the meeting's date in its attendance list (INTERCHANGE.md), less
    whoever had left by then (DOMAIN.md: "whoever left is no longer expected"), was left out of 应到 with approval,
    or was under 留党察看."""
    roster = as_roster(data)
    expected: list[str] = []
    present: list[str] = []
    seen: set[str] = set()
    for entry in meeting.attendance:
        if entry.member in seen or not roster.counts_as_voter(entry.member, meeting.date):
            continue
        seen.add(entry.member)
        expected.append(entry.member)
        if entry.status in PRESENT_STATUSES:
            present.append(entry.member)
    return tuple(expected), tuple(present)


def resolution_verdict(data: BranchData | Roster, meeting: Meeting, resolution: Resolution) -> VoteVerdict | None:
    """The verdict on `resolution` of `meeting`; None when it has no vote."""
    if resolution.vote is None:
        return None
    expected, present = meeting_voters(data, meeting)
    return judge_vote(len(expected), len(present), resolution.vote, resolution.kind, voters_word(meeting.type),
                      resolution.written)


def meeting_verdicts(data: BranchData | Roster, meeting: Meeting) -> list[tuple[int, VoteVerdict]]:
    """(0-based resolution index, verdict) for every resolution of `meeting` that has a vote."""
    voting = [(i, r) for i, r in enumerate(meeting.resolutions) if r.vote is not None]
    if not voting:
        return []
    expected, present = meeting_voters(data, meeting)
    voters = voters_word(meeting.type)
    return [(i, judge_vote(len(expected), len(present), r.vote, r.kind, voters, r.written))  # type: ignore[arg-type]
            for i, r in voting]


def committee_attendance(data: BranchData | Roster, meeting: Meeting) -> CommitteeAttendance:
    """How much of the committee in office on the meeting's date was present (for a 支委会).

    The committee is everyone holding a role that day and in the branch, whatever the attendance list says;
    someone on the list without a role does not count.
    """
    roster = as_roster(data)
    committee = set(roster.committee_on(meeting.date))
    present = {a.member for a in meeting.attendance if a.member in committee and a.status in PRESENT_STATUSES}
    if not committee:
        nobody = say(QT_TRANSLATE_NOOP("rules", "会议当天没有在任的支部委员，无法核对到会人数"))
        return CommitteeAttendance(0, 0, False, nobody)
    quorum = len(present) * 2 > len(committee)
    verdict = say(QT_TRANSLATE_NOOP("rules", "超过半数，符合规定") if quorum
                  else QT_TRANSLATE_NOOP("rules", "未超过半数，不符合规定"))
    message = say(QT_TRANSLATE_NOOP("rules", "应到支部委员 {0} 人，实到 {1} 人，{2}"), len(committee), len(present),
                  verdict)
    return CommitteeAttendance(len(committee), len(present), quorum, message)
