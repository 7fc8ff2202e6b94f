"""A person's standing on a date, committee roles, who should attend, and the periods of a year."""

from __future__ import annotations

from datetime import date

import pytest

from models.domain import Branch, BranchData, CommitteeRole, Person
from models.rules import (
    FULL_MEMBER,
    PROBATIONARY,
    Roster,
    committee_on,
    expected_attendees,
    has_vote,
    in_branch,
    in_branch_during,
    is_full_member,
    is_probationary,
    parse_period,
    period_of,
    periods_of_year,
    roles_on,
    secretaries_on,
    secretary_on,
    standing,
)

D = date

NEWCOMER = Person("p", "赵倩", joined_on=D(2024, 6, 25), full_member_on=D(2025, 6, 25), group="g2")
TRANSFERRED = Person(
    "t", "李娜", joined_on=D(2010, 1, 1), full_member_on=D(2011, 1, 1), entered_on=D(2025, 7, 1), group="g1"
)
LEFT = Person("l", "吴芳", joined_on=D(1999, 12, 1), full_member_on=D(2000, 12, 1), left_on=D(2025, 3, 1), group="g2")
ACTIVIST = Person("a", "周婷", kind="activist", group="g1")


def test_probationary_until_full_member_day() -> None:
    assert not is_probationary(NEWCOMER, D(2024, 6, 24)) and standing(NEWCOMER, D(2024, 6, 24)) is None
    assert is_probationary(NEWCOMER, D(2024, 6, 25)) and standing(NEWCOMER, D(2024, 6, 25)) == PROBATIONARY
    assert is_probationary(NEWCOMER, D(2025, 6, 24)) and not is_full_member(NEWCOMER, D(2025, 6, 24))
    assert is_full_member(NEWCOMER, D(2025, 6, 25)) and not is_probationary(NEWCOMER, D(2025, 6, 25))
    assert standing(NEWCOMER, D(2025, 6, 25)) == FULL_MEMBER


def test_still_probationary_without_full_member_date() -> None:
    pending = Person("x", "甲", joined_on=D(2020, 1, 1))
    assert is_probationary(pending, D(2030, 1, 1)) and not has_vote(pending, D(2030, 1, 1))


def test_vote_only_for_full_member_in_branch() -> None:
    assert not has_vote(NEWCOMER, D(2025, 6, 24)) and has_vote(NEWCOMER, D(2025, 6, 25))
    assert has_vote(LEFT, D(2025, 2, 28)) and not has_vote(LEFT, D(2025, 3, 1))
    assert is_full_member(LEFT, D(2025, 3, 1))  # still a 正式党员, only no longer here
    assert not has_vote(TRANSFERRED, D(2025, 6, 30)) and has_vote(TRANSFERRED, D(2025, 7, 1))
    assert not has_vote(ACTIVIST, D(2025, 7, 1)) and standing(ACTIVIST, D(2025, 7, 1)) is None


def test_in_branch_boundaries() -> None:
    assert in_branch(NEWCOMER, D(2024, 6, 25)) and not in_branch(NEWCOMER, D(2024, 6, 24))
    assert in_branch(LEFT, D(2025, 2, 28)) and not in_branch(LEFT, D(2025, 3, 1))
    assert not in_branch(TRANSFERRED, D(2025, 6, 30)) and in_branch(TRANSFERRED, D(2025, 7, 1))
    assert not in_branch(ACTIVIST, D(2025, 7, 1))
    # entered_on says from when a person is in this branch (INTERCHANGE.md), joined_on only when it is empty
    early = Person("e", "乙", joined_on=D(2024, 6, 1), entered_on=D(2020, 1, 1))
    assert in_branch(early, D(2024, 5, 31)) and not in_branch(early, D(2019, 12, 31))
    assert not in_branch(Person("n", "丙"), D(2025, 1, 1))  # a member without joined_on


def test_in_branch_during_a_year() -> None:
    first, last = D(2025, 1, 1), D(2025, 12, 31)
    assert in_branch_during(LEFT, first, last) and in_branch_during(TRANSFERRED, first, last)
    assert not in_branch_during(LEFT, D(2026, 1, 1), D(2026, 12, 31))
    gone_on_new_year = Person("g", "丁", joined_on=D(2000, 1, 1), left_on=D(2025, 1, 1))
    assert not in_branch_during(gone_on_new_year, first, last)
    arrives_last_day = Person("h", "戊", joined_on=D(2000, 1, 1), entered_on=D(2025, 12, 31))
    assert in_branch_during(arrives_last_day, first, last)
    assert not in_branch_during(arrives_last_day, D(2024, 1, 1), D(2024, 12, 31))


# --- committee roles ------------------------------------------------------------------------------------

COMMITTEE = (
    CommitteeRole("c1", "书记", D(2023, 3, 1), D(2025, 6, 30)),
    CommitteeRole("c2", "组织委员", D(2023, 3, 1)),
    CommitteeRole("c2", "纪检委员", D(2024, 1, 1)),
    CommitteeRole("c3", "委员", D(2023, 3, 1)),
    CommitteeRole("c4", "书记", D(2025, 7, 1)),
)


def test_role_end_is_inclusive() -> None:
    assert roles_on(COMMITTEE, "c1", D(2025, 6, 30)) == ("书记",)
    assert roles_on(COMMITTEE, "c1", D(2025, 7, 1)) == ()
    assert roles_on(COMMITTEE, "c2", D(2025, 7, 1)) == ("组织委员", "纪检委员")
    assert roles_on(COMMITTEE, "c2", D(2023, 2, 28)) == ()


def test_secretary_on_date_and_handover() -> None:
    assert secretary_on(COMMITTEE, D(2025, 6, 30)) == "c1"
    assert secretary_on(COMMITTEE, D(2025, 7, 1)) == "c4"
    assert secretary_on(COMMITTEE, D(2023, 2, 28)) is None
    overlap = (*COMMITTEE, CommitteeRole("c5", "书记", D(2025, 6, 30), D(2025, 6, 30)))
    assert secretaries_on(overlap, D(2025, 6, 30)) == ("c5", "c1")
    assert secretary_on(overlap, D(2025, 6, 30)) == "c5"


def test_committee_on_by_rank() -> None:
    assert committee_on(COMMITTEE, D(2025, 6, 30)) == ("c1", "c2", "c3")
    assert committee_on(COMMITTEE, D(2025, 7, 1)) == ("c4", "c2", "c3")
    roster = Roster(BranchData(Branch("支部"), committee=COMMITTEE))
    assert roster.is_secretary("c1", D(2025, 6, 30)) and not roster.is_secretary("c1", D(2025, 7, 1))
    assert roster.is_committee("c3", D(2025, 7, 1)) and not roster.is_committee("c1", D(2025, 7, 1))


# --- who should attend ------------------------------------------------------------------------------------


def _branch() -> BranchData:
    def member(pid: str, joined: date, group: str, **kw: date) -> Person:
        return Person(
            pid, pid, joined_on=joined, full_member_on=joined.replace(year=joined.year + 1), group=group, **kw
        )

    members = (
        member("m1", D(1995, 6, 20), "g1"),
        member("m2", D(2003, 7, 1), "g1"),
        member("m3", D(2008, 5, 10), "g2"),
        member("m6", D(1990, 7, 1), "g2"),
        NEWCOMER,
        TRANSFERRED,
        LEFT,
        ACTIVIST,
    )
    committee = (
        CommitteeRole("m3", "宣传委员", D(2023, 3, 1)),
        CommitteeRole("m2", "组织委员", D(2023, 3, 1)),
        CommitteeRole("m1", "书记", D(2023, 3, 1), D(2025, 6, 30)),
        CommitteeRole("ghost", "委员", D(2023, 3, 1)),  # an id not among the members
        CommitteeRole("l", "纪检委员", D(2023, 3, 1)),  # never closed, but l left on 1 March
    )
    return BranchData(Branch("支部"), members=members, committee=committee)


def test_whole_branch_expected_in_rank_then_join_order() -> None:
    data = _branch()
    # committee rank first (书记 m1, 组织委员 m2, 宣传委员 m3, 纪检委员 l), then join date
    assert expected_attendees(data, "general_meeting", D(2025, 2, 1)) == ("m1", "m2", "m3", "l", "m6", "p")
    # after l left and t transferred in (probationary p is expected, the activist never)
    assert expected_attendees(data, "theme_day", D(2025, 7, 1)) == ("m2", "m3", "m6", "m1", "t", "p")
    for kind in ("party_lecture", "org_life_meeting", "democratic_evaluation", "other"):
        assert expected_attendees(data, kind, D(2025, 7, 1)) == ("m2", "m3", "m6", "m1", "t", "p")


def test_transferred_member_expected_only_from_entry() -> None:
    data = _branch()
    assert "t" not in expected_attendees(data, "general_meeting", D(2025, 6, 30))
    assert "t" in expected_attendees(data, "general_meeting", D(2025, 7, 1))


def test_committee_meeting_expects_role_holders_in_branch() -> None:
    data = _branch()
    assert expected_attendees(data, "committee_meeting", D(2025, 2, 28)) == ("m1", "m2", "m3", "l")
    assert expected_attendees(data, "committee_meeting", D(2025, 6, 30)) == ("m1", "m2", "m3")
    assert expected_attendees(data, "committee_meeting", D(2025, 7, 1)) == ("m2", "m3")


def test_group_meeting_expects_the_group() -> None:
    data = _branch()
    assert expected_attendees(data, "group_meeting", D(2025, 2, 1), "g2") == ("m3", "l", "m6", "p")
    assert expected_attendees(data, "group_meeting", D(2025, 7, 1), "g2") == ("m3", "m6", "p")
    assert expected_attendees(data, "group_meeting", D(2025, 7, 1), "g1") == ("m2", "m1", "t")
    assert expected_attendees(data, "group_meeting", D(2025, 7, 1)) == ()


def test_unknown_meeting_type_is_an_error() -> None:
    with pytest.raises(ValueError, match="party_day"):
        expected_attendees(_branch(), "party_day", D(2025, 7, 1))


# --- periods ---------------------------------------------------------------------------------------------


def test_periods_of_year() -> None:
    months = periods_of_year(2024, "month")
    assert [p.label for p in months[:2]] == ["2024-01", "2024-02"] and len(months) == 12
    assert (months[1].first, months[1].last) == (D(2024, 2, 1), D(2024, 2, 29))
    assert months[11].last == D(2024, 12, 31)
    quarters = periods_of_year(2025, "quarter")
    assert [(q.label, q.first, q.last) for q in quarters] == [
        ("2025-Q1", D(2025, 1, 1), D(2025, 3, 31)),
        ("2025-Q2", D(2025, 4, 1), D(2025, 6, 30)),
        ("2025-Q3", D(2025, 7, 1), D(2025, 9, 30)),
        ("2025-Q4", D(2025, 10, 1), D(2025, 12, 31)),
    ]
    (year,) = periods_of_year(2025, "year")
    assert (year.label, year.first, year.last) == ("2025", D(2025, 1, 1), D(2025, 12, 31))
    with pytest.raises(ValueError):
        periods_of_year(2025, "week")


def test_period_of_and_parse() -> None:
    assert period_of(D(2025, 8, 31), "month").label == "2025-08"
    assert period_of(D(2025, 9, 30), "quarter").label == "2025-Q3"
    assert period_of(D(2025, 10, 1), "quarter").label == "2025-Q4"
    assert parse_period("2025-Q3") == period_of(D(2025, 8, 1), "quarter")
    assert parse_period("2025-08").last == D(2025, 8, 31)
    assert parse_period("2025").first == D(2025, 1, 1)
    assert D(2025, 9, 30) in parse_period("2025-Q3") and D(2025, 10, 1) not in parse_period("2025-Q3")
    for bad in ("2025-13", "2025-Q5", "25-01", "2025-8"):
        with pytest.raises(ValueError):
            parse_period(bad)
