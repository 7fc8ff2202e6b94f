"""民主评议: who is evaluated on the day, the voters, and the tally's checks (hand-worked)."""

from __future__ import annotations

from datetime import date

from models.domain import (
    Attendance,
    Branch,
    BranchData,
    CommitteeRole,
    Evaluation,
    EvaluationResult,
    GradeVotes,
    Meeting,
    Person,
)
from models.orglife import check_tally, evaluation_day, new_evaluation
from models.rules import compliance_report, evaluation_warnings

D = date


def result(member: str, votes: tuple[int, int, int, int], grade: str | None = "合格") -> EvaluationResult:
    return EvaluationResult(member, votes=GradeVotes(*votes), grade=grade)


def test_a_row_over_the_voters_and_too_many_excellent() -> None:
    ev = Evaluation("e", 2025, voters=6, results=(
        result("m1", (4, 2, 0, 0), "优秀"),
        result("m2", (1, 5, 0, 0)),
        result("m3", (0, 6, 1, 0)),  # 7 votes from 6 voters
        result("m4", (3, 3, 0, 0), "优秀"),
    ))
    check = check_tally(ev)
    assert [(r.member, r.total, r.over) for r in check.rows] == [
        ("m1", 6, False), ("m2", 6, False), ("m3", 7, True), ("m4", 6, False)]
    assert (check.evaluated, check.excellent, check.excellent_over_third) == (4, 2, True)  # 2 > 4 / 3
    assert not check.ok
    # the same verdicts as the rules' warnings and the compliance report
    assert len(evaluation_warnings(BranchData(Branch("b")), ev)) == 2
    data = BranchData(Branch("b"), evaluations=(ev,))
    assert compliance_report(data, 2025, D(2025, 12, 31))["evaluations"][0]["excellent_within_third"] is False


def test_exactly_one_third_is_allowed() -> None:
    ev = Evaluation("e", 2025, voters=3, results=(
        result("a", (3, 0, 0, 0), "优秀"), result("b", (0, 3, 0, 0)), result("c", (0, 3, 0, 0))))
    assert check_tally(ev).ok


def member(pid: str, **kw: object) -> Person:
    kw.setdefault("joined_on", D(2000, 1, 1))
    kw.setdefault("full_member_on", D(2001, 1, 1))
    return Person(pid, pid, **kw)  # type: ignore[arg-type]


PEOPLE = (
    member("x"),
    member("s"),  # secretary: first
    member("p", joined_on=D(2025, 6, 1), full_member_on=None),  # probationary: evaluated too
    member("late", joined_on=D(2025, 12, 20), full_member_on=None),  # joins after the meeting
    member("left", left_on=D(2025, 10, 1)),
    Person("act", "积极分子", kind="activist"),
)
MEETING = Meeting("ev", "democratic_evaluation", "2025年度民主评议党员", D(2025, 12, 18),
                  attendance=(Attendance("s"), Attendance("x"), Attendance("p", "leave", "病假")))


def test_every_member_in_the_branch_on_the_meetings_day() -> None:
    data = BranchData(Branch("b"), members=PEOPLE, committee=(CommitteeRole("s", "书记", D(2020, 1, 1)),),
                      meetings=(MEETING,))
    ev = new_evaluation(data, 2025, D(2026, 1, 5))
    assert [r.member for r in ev.results] == ["s", "x", "p"]
    assert (ev.meeting, ev.voters, ev.year) == ("ev", 2, 2025)  # two present at the meeting


def test_without_a_meeting_the_day_is_today_or_the_years_end() -> None:
    assert evaluation_day((), 2025, D(2025, 11, 1)) == D(2025, 11, 1)
    assert evaluation_day((), 2025, D(2026, 2, 1)) == D(2025, 12, 31)
    data = BranchData(Branch("b"), members=PEOPLE)
    ev = new_evaluation(data, 2025, D(2026, 2, 1))
    assert [r.member for r in ev.results] == ["x", "s", "p", "late"] and ev.voters == 4 and ev.meeting is None
