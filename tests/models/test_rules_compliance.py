"""The year's compliance report, on the shared sample and on small hand-built branches."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from typing import Any

import pytest

from models.domain import (
    Branch,
    BranchData,
    CommitteeRole,
    DutyRule,
    Evaluation,
    EvaluationResult,
    Meeting,
    Person,
    Resolution,
    Rules,
    TalkRules,
    Vote,
)
from models.interchange import read_branch
from models.resources import sample_branch_path
from models.rules import compliance_json, compliance_report

SAMPLE = sample_branch_path()


@pytest.fixture(scope="module")
def sample() -> BranchData:
    return read_branch(SAMPLE.read_text(encoding="utf-8"))


def entry(report: dict[str, Any], duty: str, period: str, group: str | None = None) -> dict[str, Any]:
    found = [d for d in report["duties"] if (d["duty"], d["period"], d["group"]) == (duty, period, group)]
    assert len(found) == 1, (duty, period, group)
    return found[0]


def states(report: dict[str, Any], duty: str, group: str | None = None) -> list[str]:
    return [d["state"] for d in report["duties"] if d["duty"] == duty and d["group"] == group]


# --- the sample at the end of the year -----------------------------------------------------------------


def test_sample_year_end_keys_and_duty_order(sample: BranchData) -> None:
    report = compliance_report(sample, 2025, date(2025, 12, 31))
    assert list(report) == ["year", "as_of", "duties", "secretary_lecture", "talks", "votes", "evaluations"]
    assert report["year"] == 2025 and report["as_of"] == "2025-12-31"
    assert list(report["duties"][0]) == ["duty", "group", "period", "required", "held", "state", "meetings"]
    # rules order, then groups in file order, then periods: 4 + 12 + 2×12 + 4 + 12 + 1 + 1
    assert len(report["duties"]) == 58
    order = [(d["duty"], d["group"]) for d in report["duties"]]
    assert order[:4] == [("general_meeting", None)] * 4
    assert order[16:28] == [("group_meeting", "g1")] * 12 and order[28:40] == [("group_meeting", "g2")] * 12
    assert [d["period"] for d in report["duties"][4:7]] == ["2025-01", "2025-02", "2025-03"]


def test_sample_year_end_duties(sample: BranchData) -> None:
    report = compliance_report(sample, 2025, date(2025, 12, 31))
    assert entry(report, "general_meeting", "2025-Q1") == {
        "duty": "general_meeting",
        "group": None,
        "period": "2025-Q1",
        "required": 1,
        "held": 1,
        "state": "met",
        "meetings": ["mt02"],
    }
    assert states(report, "general_meeting") == ["met", "missing", "missing", "missing"]
    assert states(report, "committee_meeting") == ["met"] * 3 + ["missing"] * 9
    assert entry(report, "committee_meeting", "2025-03")["meetings"] == ["mt07"]
    assert entry(report, "group_meeting", "2025-01", "g1")["meetings"] == ["mt03"]
    assert states(report, "group_meeting", "g2") == ["missing"] * 12
    assert states(report, "theme_day") == ["missing", "missing", "met"] + ["missing"] * 9
    assert entry(report, "org_life_meeting", "2025")["meetings"] == ["mt08"]
    assert entry(report, "democratic_evaluation", "2025")["state"] == "met"
    assert report["secretary_lecture"] == {"required": 1, "held": 1, "state": "met", "meetings": ["mt05"]}


def test_sample_talks_votes_evaluations(sample: BranchData) -> None:
    report = compliance_report(sample, 2025, date(2025, 12, 31))
    # committee m1 m2 m3; only m1–m3 talked. m5 talked with the secretary; m8 left in March but was here.
    assert report["talks"] == {
        "missing_committee_pairs": [["m1", "m2"], ["m2", "m3"]],
        "members_without_committee_talk": ["m2", "m4", "m6", "m8"],
    }
    # mt02 (15 Jan): m5 still 预备党员, m4 on leave. mt09 (18 Dec): m5 a 正式党员 since 25 June.
    assert report["votes"] == [
        {
            "meeting": "mt02",
            "resolution": 0,
            "expected_voters": 6,
            "present_voters": 5,
            "quorum": True,
            "passed": True,
            "message": "应到会有表决权党员 6 人，实到 5 人，超过半数，符合规定；"
            "赞成 5 票，超过应到会有表决权党员半数，决议通过",
        },
        {
            "meeting": "mt09",
            "resolution": 0,
            "expected_voters": 6,
            "present_voters": 6,
            "quorum": True,
            "passed": True,
            "message": "应到会有表决权党员 6 人，实到 6 人，超过半数，符合规定；"
            "赞成 4 票，超过应到会有表决权党员半数，决议通过",
        },
    ]
    assert report["evaluations"] == [
        {"evaluation": "e1", "evaluated": 6, "excellent": 1, "excellent_within_third": True}
    ]


# --- as_of in the middle of the year -------------------------------------------------------------------


def test_sample_mid_year_upcoming_and_boundary(sample: BranchData) -> None:
    on_last_day = compliance_report(sample, 2025, date(2025, 6, 30))
    assert states(on_last_day, "general_meeting") == ["met", "missing", "upcoming", "upcoming"]
    assert states(on_last_day, "committee_meeting") == ["met"] * 3 + ["missing"] * 3 + ["upcoming"] * 6
    day_before = compliance_report(sample, 2025, date(2025, 6, 29))
    assert states(day_before, "general_meeting") == ["met", "upcoming", "upcoming", "upcoming"]
    assert states(day_before, "committee_meeting")[3:6] == ["missing", "missing", "upcoming"]
    # a meeting recorded for December counts whatever as_of is: met, not upcoming
    assert entry(day_before, "org_life_meeting", "2025")["state"] == "met"


def test_mid_year_missing_yearly_duty_is_upcoming(sample: BranchData) -> None:
    without_december = replace(sample, meetings=tuple(m for m in sample.meetings if m.date.month != 12))
    report = compliance_report(without_december, 2025, date(2025, 6, 30))
    assert entry(report, "org_life_meeting", "2025")["state"] == "upcoming"
    assert report["votes"][-1]["meeting"] == "mt02"
    assert compliance_report(without_december, 2025, date(2025, 12, 31))["duties"][-1]["state"] == "missing"


def test_other_year_counts_nothing(sample: BranchData) -> None:
    report = compliance_report(sample, 2024, date(2025, 12, 31))
    assert all(d["held"] == 0 and d["state"] == "missing" for d in report["duties"])
    assert report["votes"] == [] and report["evaluations"] == []
    assert report["secretary_lecture"]["held"] == 0
    # m5 joined in June 2024, m8 still here; nobody talked in 2024, committee members included
    assert report["talks"]["members_without_committee_talk"] == ["m1", "m2", "m3", "m4", "m5", "m6", "m8"]


# --- custom rules and also_counts_as ---------------------------------------------------------------------


def test_custom_rules_per_group_at_least_two(sample: BranchData) -> None:
    rules = Rules(
        duties=(DutyRule("group_meeting", "quarter", 2, per_group=True), DutyRule("theme_day", "year", 2)),
        talks=TalkRules(committee_pairs=False, member_with_committee=True),
    )
    extra = Meeting("mt10", "group_meeting", "二月党小组学习", date(2025, 2, 18), group="g1")
    data = replace(sample, rules=rules, meetings=(*sample.meetings, extra))
    report = compliance_report(data, 2025, date(2025, 12, 31))
    assert [(d["duty"], d["group"], d["period"]) for d in report["duties"]][:5] == [
        ("group_meeting", "g1", "2025-Q1"),
        ("group_meeting", "g1", "2025-Q2"),
        ("group_meeting", "g1", "2025-Q3"),
        ("group_meeting", "g1", "2025-Q4"),
        ("group_meeting", "g2", "2025-Q1"),
    ]
    assert entry(report, "group_meeting", "2025-Q1", "g1") == {
        "duty": "group_meeting",
        "group": "g1",
        "period": "2025-Q1",
        "required": 2,
        "held": 2,
        "state": "met",
        "meetings": ["mt03", "mt10"],
    }
    assert entry(report, "group_meeting", "2025-Q1", "g2")["held"] == 0
    assert entry(report, "theme_day", "2025") | {"meetings": None} == {
        "duty": "theme_day",
        "group": None,
        "period": "2025",
        "required": 2,
        "held": 1,
        "state": "missing",
        "meetings": None,
    }
    assert len(report["duties"]) == 9
    assert report["talks"]["missing_committee_pairs"] == []
    assert report["talks"]["members_without_committee_talk"] == ["m2", "m4", "m6", "m8"]


def test_group_meeting_not_per_group_counts_every_group(sample: BranchData) -> None:
    g2 = Meeting("mt10", "group_meeting", "一月第二小组", date(2025, 1, 22), group="g2")
    rules = Rules(duties=(DutyRule("group_meeting", "month", 2),))
    data = replace(sample, rules=rules, meetings=(*sample.meetings, g2))
    report = compliance_report(data, 2025, date(2025, 12, 31))
    assert entry(report, "group_meeting", "2025-01")["meetings"] == ["mt03", "mt10"]
    assert entry(report, "group_meeting", "2025-01")["state"] == "met"


def test_per_group_other_duty_uses_meeting_group(sample: BranchData) -> None:
    lecture = Meeting("mt10", "party_lecture", "小组党课", date(2025, 5, 6), group="g2")
    rules = Rules(duties=(DutyRule("party_lecture", "year", 1, per_group=True),))
    data = replace(sample, rules=rules, meetings=(*sample.meetings, lecture))
    report = compliance_report(data, 2025, date(2025, 12, 31))
    assert [(d["group"], d["state"], d["meetings"]) for d in report["duties"]] == [
        ("g1", "missing", []),
        ("g2", "met", ["mt10"]),
    ]


def test_also_counts_as_counts_for_both_duties(sample: BranchData) -> None:
    meetings = tuple(
        replace(m, also_counts_as=("party_lecture", "party_lecture", "theme_day")) if m.id == "mt06" else m
        for m in sample.meetings
    )
    report = compliance_report(replace(sample, meetings=meetings), 2025, date(2025, 12, 31))
    assert entry(report, "party_lecture", "2025-Q1")["meetings"] == ["mt05", "mt06"]
    assert entry(report, "party_lecture", "2025-Q1")["held"] == 2
    assert entry(report, "theme_day", "2025-03")["meetings"] == ["mt06"]  # its own type once


# --- the secretary's lecture ---------------------------------------------------------------------------


def _lecture_branch(*lectures: Meeting) -> BranchData:
    people = tuple(Person(i, i, joined_on=date(2000, 1, 1), full_member_on=date(2001, 1, 1)) for i in "AB")
    committee = (
        CommitteeRole("A", "书记", date(2022, 1, 1), date(2025, 3, 31)),
        CommitteeRole("B", "组织委员", date(2022, 1, 1), date(2025, 3, 31)),
        CommitteeRole("B", "书记", date(2025, 4, 1)),
    )
    return BranchData(Branch("支部"), members=people, committee=committee, meetings=lectures)


def test_secretary_lecture_by_former_secretary_does_not_count() -> None:
    data = _lecture_branch(
        Meeting("l1", "party_lecture", "书记讲党课", date(2025, 5, 10), lecturer_member="A"),
        Meeting("l2", "party_lecture", "党课", date(2025, 3, 15), lecturer_member="B"),
        Meeting("l3", "party_lecture", "党课", date(2025, 6, 1), lecturer="上级领导"),
    )
    report = compliance_report(data, 2025, date(2025, 12, 31))
    assert report["secretary_lecture"] == {"required": 1, "held": 0, "state": "missing", "meetings": []}
    assert compliance_report(data, 2025, date(2025, 11, 30))["secretary_lecture"]["state"] == "upcoming"


def test_secretary_lecture_on_last_day_in_office_and_in_theme_day() -> None:
    data = _lecture_branch(
        Meeting("l1", "party_lecture", "党课", date(2025, 3, 31), lecturer_member="A"),
        Meeting("t1", "theme_day", "主题党日", date(2025, 4, 2), ("party_lecture",), lecturer_member="B"),
        Meeting("t2", "theme_day", "主题党日", date(2025, 4, 3), lecturer_member="B"),
    )
    lecture = compliance_report(data, 2025, date(2025, 12, 31))["secretary_lecture"]
    assert lecture == {"required": 1, "held": 2, "state": "met", "meetings": ["l1", "t1"]}


# --- votes in the report, and the JSON text ------------------------------------------------------------


def test_votes_listed_by_meeting_then_resolution_index(sample: BranchData) -> None:
    no_vote = Resolution("不表决")
    fail = Resolution("选举", "election", Vote(5))
    mt02 = next(m for m in sample.meetings if m.id == "mt02")
    meetings = tuple(
        replace(m, resolutions=(*m.resolutions, no_vote, fail)) if m.id == "mt02" else m for m in sample.meetings
    )
    votes = compliance_report(replace(sample, meetings=meetings), 2025, date(2025, 12, 31))["votes"]
    assert [(v["meeting"], v["resolution"]) for v in votes] == [("mt02", 0), ("mt02", 2), ("mt09", 0)]
    # an election needs more than four fifths: 5 of 6 is 25 > 24
    assert votes[1]["quorum"] is True and votes[1]["passed"] is True
    assert mt02.resolutions[0].vote is not None


def test_evaluation_excellent_at_most_a_third() -> None:
    def evaluation(eid: str, evaluated: int, year: int = 2025) -> Evaluation:
        results = tuple(EvaluationResult(f"m{i}", grade="优秀" if i < 3 else "合格") for i in range(evaluated))
        return Evaluation(eid, year, evaluated, results=results)

    data = BranchData(Branch("支部"), evaluations=(evaluation("e8", 8), evaluation("e9", 9), evaluation("x", 3, 2024)))
    assert compliance_report(data, 2025, date(2025, 12, 31))["evaluations"] == [
        {"evaluation": "e8", "evaluated": 8, "excellent": 3, "excellent_within_third": False},
        {"evaluation": "e9", "evaluated": 9, "excellent": 3, "excellent_within_third": True},
    ]


def test_compliance_json_text(sample: BranchData) -> None:
    report = compliance_report(sample, 2025, date(2025, 12, 31))
    text = compliance_json(report)
    assert text.endswith("}\n") and not text.endswith("\n\n")
    assert "符合规定" in text and "\\u" not in text
    assert '\n  "year": 2025,\n  "as_of": "2025-12-31",' in text
    assert json.loads(text) == report
