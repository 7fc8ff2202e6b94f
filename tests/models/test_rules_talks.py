"""谈心谈话 in the compliance report: committee pairs, and every member with a committee member."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from models.domain import Branch, BranchData, CommitteeRole, Person, Rules, Talk, TalkRules
from models.rules import compliance_report

D = date
YEAR_END = D(2025, 12, 31)


def member(pid: str, **kw: date) -> Person:
    return Person(pid, pid, joined_on=kw.pop("joined_on", D(2000, 1, 1)), full_member_on=D(2001, 1, 1), **kw)


PEOPLE = (
    member("c1"),
    member("c2"),
    member("c3"),
    member("c4"),
    member("a"),
    member("b", entered_on=D(2025, 7, 1)),  # transferred in mid-year
    member("d", left_on=D(2025, 3, 1)),  # left in March: was here during the year
    member("f", left_on=D(2025, 1, 1)),  # gone from the year's first day
    member("e", joined_on=D(2026, 1, 5)),  # joins next year
    member("h"),
    member("k"),
    Person("x", "积极分子", kind="activist"),
)
COMMITTEE = (
    CommitteeRole("c1", "书记", D(2023, 3, 1)),
    CommitteeRole("c2", "组织委员", D(2023, 3, 1)),
    CommitteeRole("c3", "宣传委员", D(2023, 3, 1), D(2025, 6, 30)),
    CommitteeRole("c4", "宣传委员", D(2025, 7, 1)),
)
TALKS = (
    Talk("t1", D(2025, 5, 1), "c1", "c2"),  # pair c1–c2
    Talk("t2", D(2025, 7, 15), "c1", "c3"),  # c3 is off the committee by then: not a committee pair
    Talk("t3", D(2025, 8, 1), "c4", "c1"),  # pair c1–c4, the other direction
    Talk("t4", D(2024, 12, 31), "c2", "a"),  # last year: does not count for 2025
    Talk("t5", D(2025, 9, 1), "c4", "b"),  # b, after transferring in
    Talk("t6", D(2025, 8, 1), "h", "c3"),  # c3 held no role on 1 August: h still owes a talk
    Talk("t7", D(2025, 3, 3), "k", "c3"),  # k talked to c3 while c3 was on the committee
    Talk("t8", D(2025, 4, 1), "x", "c1"),  # an activist's talk changes nothing
)


def report(data: BranchData, as_of: date = YEAR_END) -> dict[str, list]:
    return compliance_report(data, 2025, as_of)["talks"]


def branch(**changes: object) -> BranchData:
    data = BranchData(Branch("支部"), members=PEOPLE, committee=COMMITTEE, talks=TALKS)
    return replace(data, **changes)


def test_pairs_of_members_on_the_committee_together() -> None:
    # c3 (to 30 June) and c4 (from 1 July) never sat together: no pair is owed between them
    assert report(branch())["missing_committee_pairs"] == [["c1", "c3"], ["c2", "c3"], ["c2", "c4"]]


def test_members_without_a_talk_with_a_committee_member() -> None:
    # committee members (c1–c4) are left to the pairs check; e and f were not here in 2025
    assert report(branch())["members_without_committee_talk"] == ["a", "d", "h"]


def test_transferred_member_is_in_the_year_list_until_talked_to() -> None:
    without_t5 = tuple(t for t in TALKS if t.id != "t5")
    assert "b" in report(branch(talks=without_t5))["members_without_committee_talk"]
    # and the same member is not listed for the year before they came
    assert "b" not in compliance_report(branch(), 2024, YEAR_END)["talks"]["members_without_committee_talk"]


def test_a_talk_in_either_direction_closes_a_pair() -> None:
    closing = (*TALKS, Talk("t9", D(2025, 6, 30), "c3", "c2"), Talk("t10", D(2025, 12, 31), "c2", "c4"))
    assert report(branch(talks=closing))["missing_committee_pairs"] == [["c1", "c3"]]


def test_member_who_left_the_committee_is_a_pair_only_for_their_months() -> None:
    # c3 talked with c1 on 15 July, after leaving the committee: the pair stays open
    assert ["c1", "c3"] in report(branch())["missing_committee_pairs"]
    on_time = tuple(replace(t, date=D(2025, 6, 30)) if t.id == "t2" else t for t in TALKS)
    assert ["c1", "c3"] not in report(branch(talks=on_time))["missing_committee_pairs"]


def test_committee_member_who_left_the_branch_owes_no_pair_afterwards() -> None:
    people = tuple(replace(p, left_on=D(2025, 1, 1)) if p.id == "c2" else p for p in PEOPLE)
    found = report(branch(members=people))
    assert all("c2" not in pair for pair in found["missing_committee_pairs"])
    assert "c2" not in found["members_without_committee_talk"]


def test_single_member_committee() -> None:
    data = branch(committee=(CommitteeRole("c1", "书记", D(2023, 3, 1)),))
    found = report(data)
    assert found["missing_committee_pairs"] == []
    # c2–c4 are ordinary members here, each talked with the secretary (t1, t2, t3); the secretary has no other
    # committee member to talk with and is listed as the spec says; b, h and k talked only with people who
    # hold no role in this branch's committee
    assert found["members_without_committee_talk"] == ["a", "b", "c1", "d", "h", "k"]


def test_disabled_checks_give_empty_lists() -> None:
    no_pairs = Rules(duties=(), talks=TalkRules(committee_pairs=False, member_with_committee=True))
    assert report(branch(rules=no_pairs)) == {
        "missing_committee_pairs": [],
        "members_without_committee_talk": ["a", "d", "h"],
    }
    no_members = Rules(duties=(), talks=TalkRules(committee_pairs=True, member_with_committee=False))
    found = report(branch(rules=no_members))
    assert found["members_without_committee_talk"] == [] and len(found["missing_committee_pairs"]) == 3


def test_ids_sort_by_code_point() -> None:
    people = (member("m10"), member("m9"), member("M1"), member("成员"))
    committee = (CommitteeRole("m9", "书记", D(2023, 1, 1)), CommitteeRole("m10", "委员", D(2023, 1, 1)))
    data = BranchData(Branch("支部"), members=people, committee=committee)
    assert report(data) == {
        "missing_committee_pairs": [["m10", "m9"]],
        # committee members owe a talk with a committee member as well
        "members_without_committee_talk": ["M1", "m10", "m9", "成员"],
    }
