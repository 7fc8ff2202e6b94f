"""Votes (Art. 11–12): who votes on the meeting's date, quorum, passing against those who SHOULD attend."""

from __future__ import annotations

from datetime import date

import pytest

from models.domain import Attendance, Branch, BranchData, CommitteeRole, Meeting, Person, Resolution, Vote
from models.rules import (
    committee_attendance,
    has_quorum,
    judge_vote,
    meeting_verdicts,
    meeting_voters,
    resolution_verdict,
)

D = date


def full(pid: str, **kw: date) -> Person:
    return Person(pid, f"党员{pid}", joined_on=D(2000, 1, 1), full_member_on=D(2001, 1, 1), **kw)


# --- the arithmetic --------------------------------------------------------------------------------------


def test_the_minutes_sentence() -> None:
    verdict = judge_vote(22, 19, Vote(15, 3, 1))
    assert (verdict.expected_voters, verdict.present_voters, verdict.quorum, verdict.passed) == (22, 19, True, True)
    assert verdict.message == (
        "应到会有表决权党员 22 人，实到 19 人，超过半数，符合规定；赞成 15 票，超过应到会有表决权党员半数，决议通过"
    )


@pytest.mark.parametrize(
    ("expected", "present", "quorum"),
    [
        (22, 11, False),  # exactly half
        (22, 12, True),  # just over
        (23, 11, False),  # one short: 12 needed
        (23, 12, True),
    ],
)
def test_quorum_needs_more_than_half(expected: int, present: int, quorum: bool) -> None:
    verdict = judge_vote(expected, present, Vote(present))
    assert verdict.quorum is quorum
    if not quorum:
        assert verdict.passed is None
        assert verdict.message == f"应到会有表决权党员 {expected} 人，实到 {present} 人，未超过半数，表决无效"


def test_passed_is_judged_against_expected_not_present() -> None:
    # 12 of 22 present, all 11 who voted yes are a clear majority of those present, but not more than 22 / 2
    verdict = judge_vote(22, 12, Vote(11, 1, 0))
    assert verdict.quorum is True and verdict.passed is False
    assert verdict.message.endswith("赞成 11 票，未超过应到会有表决权党员半数，决议未通过")
    assert judge_vote(22, 12, Vote(12)).passed is True


@pytest.mark.parametrize(("present", "quorum"), [(8, False), (9, True), (10, True)])
def test_election_needs_more_than_four_fifths(present: int, quorum: bool) -> None:
    verdict = judge_vote(10, present, Vote(present), kind="election")
    assert verdict.quorum is quorum
    wording = "超过应到会人数的五分之四，符合规定" if quorum else "未超过应到会人数的五分之四，表决无效"
    assert verdict.message.startswith(f"应到会有表决权党员 10 人，实到 {present} 人，{wording}")
    # 8 of 10 would be plenty for an ordinary motion
    assert judge_vote(10, 8, Vote(8)).quorum is True


def test_election_exactly_four_fifths_of_five() -> None:
    assert judge_vote(5, 4, Vote(4), "election").passed is None
    assert judge_vote(5, 5, Vote(3), "election").passed is True


def test_nobody_with_a_vote() -> None:
    verdict = judge_vote(0, 0, Vote(0))
    assert (verdict.quorum, verdict.passed) == (False, None)
    assert "0 人" in verdict.message


@pytest.mark.parametrize(
    ("expected", "present", "vote"),
    [
        (6, 4, Vote(5)),  # 4 voters present, 5 yes-votes
        (8, 5, Vote(7, 0, 1)),  # 5 present, 7 yes and 1 abstention
        (6, 5, Vote(4, 1, 1)),  # one too many, though 4 yes alone would pass
    ],
)
def test_more_votes_cast_than_voters_present_is_invalid(expected: int, present: int, vote: Vote) -> None:
    verdict = judge_vote(expected, present, vote)
    cast = vote.yes + vote.against + vote.abstain
    assert (verdict.quorum, verdict.passed, verdict.overcounted) == (True, None, True)
    assert verdict.message == (
        f"应到会有表决权党员 {expected} 人，实到 {present} 人，超过半数，符合规定；"
        f"但赞成、反对、弃权合计 {cast} 票，超过实到有表决权党员 {present} 人，表决无效"
    )


def test_votes_cast_equal_to_those_present_count() -> None:
    assert judge_vote(6, 5, Vote(4, 0, 1)).passed is True
    assert judge_vote(6, 5, Vote(4, 0, 1)).overcounted is False


def test_too_many_votes_without_quorum_names_both_faults() -> None:
    verdict = judge_vote(10, 4, Vote(5))
    assert (verdict.quorum, verdict.passed) == (False, None)
    assert verdict.message == (
        "应到会有表决权党员 10 人，实到 4 人，未超过半数，表决无效；"
        "且赞成、反对、弃权合计 5 票，超过实到有表决权党员 4 人"
    )


def test_an_election_with_too_many_ballots_is_invalid() -> None:
    verdict = judge_vote(5, 5, Vote(5, 0, 1), "election")
    assert verdict.passed is None and verdict.message.endswith("合计 6 票，超过实到有表决权党员 5 人，表决无效")


@pytest.mark.parametrize("expected", range(1, 40))
def test_the_fewest_present_agree_with_the_quorum(expected: int) -> None:
    from models.rules.votes import least_present

    for kind in ("general", "election"):
        need = least_present(expected, kind)
        assert has_quorum(expected, need, kind) and not has_quorum(expected, need - 1, kind)


def test_the_quorum_before_the_vote() -> None:
    from models.rules.votes import voting_quorum

    assert voting_quorum(10, 8).message == (
        "应到会有表决权党员 10 人，实到 8 人，超过半数，可以表决；选举须超过五分之四（至少 9 人），还差 1 人"
    )
    assert voting_quorum(10, 5).message == (
        "应到会有表决权党员 10 人，实到 5 人，未超过半数，不能表决（至少须到会 6 人）；"
        "选举须超过五分之四（至少 9 人），还差 4 人"
    )
    assert (voting_quorum(10, 9).quorum, voting_quorum(10, 9).election_quorum) == (True, True)
    assert voting_quorum(0, 0).message == "应到会有表决权党员 0 人，不能进行表决"


# --- voters by date --------------------------------------------------------------------------------------

PROBATIONER = Person("p", "赵倩", joined_on=D(2024, 6, 1), full_member_on=D(2025, 6, 1))
MEMBERS = (full("a"), full("b"), full("c"), full("d"), PROBATIONER, Person("x", "周婷", kind="activist"))
ROLL = (
    Attendance("a", "present"),
    Attendance("b", "late"),
    Attendance("c", "absent"),
    Attendance("d", "leave", "病假"),
    Attendance("p", "present"),
    Attendance("x", "present"),
)
MOTION = Resolution("接收某某为预备党员", "admission", Vote(3))


def test_probationary_member_votes_once_full() -> None:
    data = BranchData(Branch("支部"), members=MEMBERS)
    before = Meeting("m1", "general_meeting", "五月大会", D(2025, 5, 31), attendance=ROLL, resolutions=(MOTION,))
    after = Meeting("m2", "general_meeting", "六月大会", D(2025, 6, 1), attendance=ROLL, resolutions=(MOTION,))
    assert meeting_voters(data, before) == (("a", "b", "c", "d"), ("a", "b"))
    assert meeting_voters(data, after) == (("a", "b", "c", "d", "p"), ("a", "b", "p"))
    no_vote = resolution_verdict(data, before, MOTION)
    assert no_vote is not None and (no_vote.expected_voters, no_vote.present_voters) == (4, 2)
    assert no_vote.quorum is False and no_vote.passed is None  # 2 of 4: exactly half
    valid = resolution_verdict(data, after, MOTION)
    assert valid is not None and (valid.expected_voters, valid.present_voters) == (5, 3)
    assert valid.quorum is True and valid.passed is True  # 3 yes of 5 expected


def test_left_early_counts_present_and_leaver_is_no_voter() -> None:
    gone = full("g", left_on=D(2025, 4, 1))
    data = BranchData(Branch("支部"), members=(*MEMBERS, gone))
    roll = (Attendance("a", "left_early"), Attendance("g", "present"), Attendance("a", "present"))
    meeting = Meeting("m", "general_meeting", "大会", D(2025, 4, 1), attendance=roll)
    assert meeting_voters(data, meeting) == (("a",), ("a",))
    earlier = Meeting("m", "general_meeting", "大会", D(2025, 3, 31), attendance=roll)
    assert meeting_voters(data, earlier) == (("a", "g"), ("a", "g"))


def test_meeting_verdicts_by_resolution_index() -> None:
    data = BranchData(Branch("支部"), members=MEMBERS)
    resolutions = (Resolution("不表决"), MOTION, Resolution("选举支部委员", "election", Vote(4)))
    meeting = Meeting("m", "general_meeting", "大会", D(2025, 6, 1), attendance=ROLL, resolutions=resolutions)
    verdicts = meeting_verdicts(data, meeting)
    assert [i for i, _ in verdicts] == [1, 2]
    assert verdicts[1][1].quorum is False  # 3 of 5 is not more than four fifths
    assert resolution_verdict(data, meeting, resolutions[0]) is None


# --- the committee's own attendance rule -----------------------------------------------------------------

COMMITTEE = (
    CommitteeRole("a", "书记", D(2023, 1, 1)),
    CommitteeRole("b", "组织委员", D(2023, 1, 1)),
    CommitteeRole("c", "宣传委员", D(2023, 1, 1)),
    CommitteeRole("d", "纪检委员", D(2023, 1, 1), D(2025, 5, 31)),
)


def _committee_meeting(day: date, *present: str) -> Meeting:
    roll = tuple(Attendance(m, "present" if m in present else "leave") for m in "abcdp")
    return Meeting("cm", "committee_meeting", "支委会", day, attendance=roll)


def test_committee_needs_more_than_half_present() -> None:
    data = BranchData(Branch("支部"), members=MEMBERS, committee=COMMITTEE)
    half = committee_attendance(data, _committee_meeting(D(2025, 5, 31), "a", "b", "p"))
    assert (half.committee, half.present, half.quorum) == (4, 2, False)  # p holds no role: not counted
    assert half.message == "应到支部委员 4 人，实到 2 人，未超过半数，不符合规定"
    # the day after d's term ended, the committee is three
    over = committee_attendance(data, _committee_meeting(D(2025, 6, 1), "a", "b"))
    assert (over.committee, over.present, over.quorum) == (3, 2, True)
    assert over.message == "应到支部委员 3 人，实到 2 人，超过半数，符合规定"


def test_committee_attendance_without_a_committee() -> None:
    data = BranchData(Branch("支部"), members=MEMBERS)
    check = committee_attendance(data, _committee_meeting(D(2025, 6, 1), "a"))
    assert (check.committee, check.quorum) == (0, False)
    assert "没有在任的支部委员" in check.message
