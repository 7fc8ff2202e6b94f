"""谈心谈话 coverage: hand-worked pairs and members, and agreement with the compliance report's `talks`."""

from __future__ import annotations

import dataclasses
from datetime import date

from models.domain import Branch, BranchData, CommitteeRole, Person, Rules, Talk, TalkRules
from models.interchange import read_branch
from models.orglife import talk_coverage
from models.rules import compliance_report

D = date


def member(pid: str, **kw: date) -> Person:
    return Person(pid, f"名{pid}", joined_on=D(2000, 1, 1), full_member_on=D(2001, 1, 1), **kw)


DATA = BranchData(
    Branch("支部"),
    members=(member("c1"), member("c2"), member("c3"), member("c4"), member("a"), member("b"),
             member("d", left_on=D(2025, 3, 1)), member("gone", left_on=D(2024, 5, 1))),
    committee=(
        CommitteeRole("c1", "书记", D(2023, 3, 1)),
        CommitteeRole("c2", "组织委员", D(2023, 3, 1)),
        CommitteeRole("c3", "宣传委员", D(2023, 3, 1), D(2025, 6, 30)),
        CommitteeRole("c4", "宣传委员", D(2025, 7, 1)),
    ),
    talks=(
        Talk("t1", D(2025, 5, 1), "c1", "c2"),
        Talk("t2", D(2025, 7, 15), "c1", "c3"),  # c3 is off the committee: no pair, but c3 talked to c1
        Talk("t3", D(2025, 8, 1), "c4", "c1"),
        Talk("t4", D(2025, 4, 1), "a", "c2"),
        Talk("t5", D(2025, 8, 1), "b", "c3"),  # c3 held no role on 1 August: b still owes a talk
        Talk("t6", D(2024, 12, 31), "c2", "c4"),  # last year
    ),
)


def test_pairs_worked_by_hand() -> None:
    cov = talk_coverage(DATA, 2025)
    # c3 (to 30 June) and c4 (from 1 July) never sat together: no pair between them
    assert [(p.first, p.second, p.talks, p.owed) for p in cov.pairs] == [
        ("c1", "c2", ("t1",), False),
        ("c1", "c3", (), True),
        ("c1", "c4", ("t3",), False),
        ("c2", "c3", (), True),
        ("c2", "c4", (), True),
    ]
    assert cov.committee == ("c1", "c2", "c4", "c3")  # by rank on the year's last day
    assert cov.pair("c2", "c1") is cov.pairs[0]


def test_members_worked_by_hand() -> None:
    cov = talk_coverage(DATA, 2025)
    assert [m.member for m in cov.members] == ["c1", "c2", "c4", "c3", "a", "b", "d"]  # "gone" left in 2024
    assert cov.member("c3").talks == ("t2",) and not cov.member("c3").owed
    assert cov.member("a").talks == ("t4",)
    assert cov.member("b").talks == () and cov.member("b").owed
    assert cov.missing_members == ["b", "d"]


def test_agrees_with_the_compliance_report() -> None:
    report = compliance_report(DATA, 2025, D(2025, 12, 31))["talks"]
    cov = talk_coverage(DATA, 2025)
    assert cov.missing_pairs == report["missing_committee_pairs"] == [["c1", "c3"], ["c2", "c3"], ["c2", "c4"]]
    assert cov.missing_members == report["members_without_committee_talk"]


def test_agrees_with_the_report_on_the_sample(sample_text: str) -> None:
    data = read_branch(sample_text)
    for year in (2024, 2025, 2026):
        report = compliance_report(data, year, D(year, 12, 31))["talks"]
        cov = talk_coverage(data, year)
        assert cov.missing_pairs == report["missing_committee_pairs"]
        assert cov.missing_members == report["members_without_committee_talk"]


def test_a_new_talk_closes_the_pair_and_the_member() -> None:
    more = dataclasses.replace(DATA, talks=(*DATA.talks, Talk("t9", D(2025, 9, 1), "c2", "c4"),
                                            Talk("t10", D(2025, 9, 2), "b", "c4")))
    cov = talk_coverage(more, 2025)
    assert cov.missing_pairs == [["c1", "c3"], ["c2", "c3"]]
    assert cov.missing_members == ["d"]


def test_rules_that_do_not_ask_for_pairs() -> None:
    rules = Rules(duties=(), talks=TalkRules(committee_pairs=False, member_with_committee=True))
    cov = talk_coverage(dataclasses.replace(DATA, rules=rules), 2025)
    assert cov.pairs == () and not cov.pairs_required
    assert cov.missing_members == ["b", "d"]
