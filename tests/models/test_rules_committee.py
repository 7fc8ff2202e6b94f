"""Branches without a 支部委员会 (《中国共产党支部工作条例（试行）》第六章), worked by hand.

The branch below has 5 full members and no committee until 1 July 2025, only a 书记 (w1) and a 副书记 (w2); on 1 July
it has grown to 8 full members and elects a committee: w1 书记, w3 组织委员, w4 宣传委员.
"""

from __future__ import annotations

from datetime import date

from models.domain import Branch, BranchData, CommitteeChange, CommitteeRole, Meeting, Person, Talk
from models.overview.grid import EXEMPT, year_grid
from models.overview.reminders import committee_reminders
from models.reports import compliance_text
from models.rules import compliance_report
from models.rules.committee import committee_intervals, has_committee_on

D = date


def member(pid: str, **kw: date) -> Person:
    return Person(pid, f"党员{pid}", joined_on=D(2000, 1, 1), full_member_on=D(2001, 1, 1), **kw)


PEOPLE = (
    member("w1"), member("w2"), member("w3"), member("w4"), member("m1"),
    member("n1", entered_on=D(2025, 6, 20)), member("n2", entered_on=D(2025, 6, 20)),
    member("n3", entered_on=D(2025, 6, 20)),
)
LEADERS = (
    CommitteeRole("w1", "书记", D(2023, 1, 1)),
    CommitteeRole("w2", "副书记", D(2023, 1, 1), D(2025, 6, 30)),
)
ELECTED = (
    CommitteeRole("w3", "组织委员", D(2025, 7, 1)),
    CommitteeRole("w4", "宣传委员", D(2025, 7, 1)),
)
GROWN = (CommitteeChange(D(2020, 1, 1), False), CommitteeChange(D(2025, 7, 1), True))


def committee_meeting(mid: str, day: date) -> Meeting:
    return Meeting(mid, "committee_meeting", f"{day.month}月支委会", day)


def branch(changes=GROWN, talks=(), meetings=()) -> BranchData:
    return BranchData(Branch("小支部"), members=PEOPLE, committee=LEADERS + ELECTED, talks=tuple(talks),
                      meetings=tuple(meetings), committee_changes=tuple(changes))


def test_a_branch_with_no_change_recorded_has_a_committee_all_along() -> None:
    assert has_committee_on((), D(1990, 1, 1))
    assert committee_intervals((), D(2025, 1, 1), D(2025, 12, 31)) == [(D(2025, 1, 1), D(2025, 12, 31))]


def test_the_committee_by_date() -> None:
    assert not has_committee_on(GROWN, D(2025, 6, 30))
    assert has_committee_on(GROWN, D(2025, 7, 1))
    assert has_committee_on(GROWN, D(2019, 12, 31))  # before the first change: as a version-1 file is read
    assert committee_intervals(GROWN, D(2025, 1, 1), D(2025, 12, 31)) == [(D(2025, 7, 1), D(2025, 12, 31))]
    shrunk = (*GROWN, CommitteeChange(D(2025, 10, 15), False))
    assert committee_intervals(shrunk, D(2025, 1, 1), D(2025, 12, 31)) == [(D(2025, 7, 1), D(2025, 10, 14))]


def test_no_committee_meeting_is_owed_while_there_is_no_committee() -> None:
    report = compliance_report(branch(meetings=[committee_meeting("k7", D(2025, 7, 3))]), 2025, D(2025, 12, 31))
    months = {e["period"]: e for e in report["duties"] if e["duty"] == "committee_meeting"}
    assert [months[f"2025-{m:02d}"]["required"] for m in range(1, 13)] == [0] * 6 + [1] * 6
    assert months["2025-03"]["state"] == "met"  # nothing owed, nothing missing
    assert months["2025-07"]["state"] == "met" and months["2025-08"]["state"] == "missing"
    other = {e["duty"] for e in report["duties"] if e["required"] == 0}
    assert other == {"committee_meeting"}  # the other duties stay as they are


def test_the_month_the_committee_is_set_up_owes_its_meeting() -> None:
    late = (CommitteeChange(D(2020, 1, 1), False), CommitteeChange(D(2025, 7, 28), True))
    report = compliance_report(branch(changes=late), 2025, D(2025, 12, 31))
    months = {e["period"]: e["required"] for e in report["duties"] if e["duty"] == "committee_meeting"}
    assert months["2025-06"] == 0 and months["2025-07"] == 1


def test_talks_without_a_committee_are_with_the_secretary() -> None:
    always_without = (CommitteeChange(D(2020, 1, 1), False),)
    talks = [Talk("t1", D(2025, 3, 1), "w1", "m1"), Talk("t2", D(2025, 4, 1), "w2", "w3")]
    data = BranchData(Branch("小支部"), members=PEOPLE, committee=LEADERS, talks=tuple(talks),
                      committee_changes=always_without)
    gaps = compliance_report(data, 2025, D(2025, 12, 31))["talks"]
    assert gaps["missing_committee_pairs"] == []  # no 委员: no pairs, not even 书记 with 副书记
    # m1 talked with the 书记, w3 with the 副书记; the 书记 and 副书记 owe no talk "with another committee member"
    assert gaps["members_without_committee_talk"] == ["n1", "n2", "n3", "w4"]


def test_talks_once_the_committee_is_elected() -> None:
    talks = [
        Talk("t1", D(2025, 3, 1), "w1", "w3"),  # w3 talked with the 书记 before the committee: that counts for w3
        Talk("t2", D(2025, 8, 1), "w1", "w4"),  # 书记 and 宣传委员 as committee members
        Talk("t3", D(2025, 6, 1), "w2", "w1"),  # 副书记 with 书记, before the committee: no pair to close
    ]
    gaps = compliance_report(branch(talks=talks), 2025, D(2025, 12, 31))["talks"]
    # the committee sat from July: w1–w3 and w3–w4 never talked as committee members
    assert gaps["missing_committee_pairs"] == [["w1", "w3"], ["w3", "w4"]]
    # w2 held a role only while there was no committee: owes nothing; w1 talked with w4 as a committee member
    assert gaps["members_without_committee_talk"] == ["m1", "n1", "n2", "n3"]


def test_version_one_reading_is_unchanged() -> None:
    """Without changes the lone 书记 of a small branch is owed a committee talk, as before (and as version 1 says)."""
    data = BranchData(Branch("小支部"), members=PEOPLE[:5], committee=LEADERS[:1])
    report = compliance_report(data, 2025, D(2025, 12, 31))
    assert "w1" in report["talks"]["members_without_committee_talk"]
    assert all(e["required"] == 1 for e in report["duties"] if e["duty"] == "committee_meeting")


def test_the_grid_and_the_text_say_nothing_is_owed() -> None:
    data = branch()
    grid = year_grid(data, 2025, D(2025, 12, 31))
    row = grid.row("committee_meeting")
    assert [c.state for c in row.cells[:6]] == [EXEMPT] * 6
    assert row.cells[6].state == "missing"
    text = compliance_text(compliance_report(data, 2025, D(2025, 12, 31)), data)
    line = next(x for x in text.splitlines() if x.startswith("支部委员会会议") or x.startswith("支委会"))
    assert "已落实 0/6" in line and "6 期未设支部委员会，无需开展" in line


def test_the_program_suggests_the_change() -> None:
    small = BranchData(Branch("小支部"), members=PEOPLE[:5], committee=LEADERS)
    found = committee_reminders(small, D(2025, 3, 1))
    assert len(found) == 1 and "不足 7 人" in found[0].text and "现有正式党员 5 人" in found[0].text
    recorded = BranchData(Branch("小支部"), members=PEOPLE[:5], committee=LEADERS,
                          committee_changes=(CommitteeChange(D(2020, 1, 1), False),))
    assert committee_reminders(recorded, D(2025, 3, 1)) == []
    grown = BranchData(Branch("小支部"), members=PEOPLE, committee=LEADERS,
                       committee_changes=(CommitteeChange(D(2020, 1, 1), False),))
    found = committee_reminders(grown, D(2025, 7, 1))  # 8 full members in the branch on 1 July
    assert len(found) == 1 and "应当设立支部委员会" in found[0].text
    assert committee_reminders(grown, D(2025, 6, 1)) == []  # n1–n3 not yet in: 5 full members


def test_the_store_keeps_the_changes_and_its_report_follows(db_target) -> None:
    from models.services import Store

    store = Store.open(db_target)
    store.import_data(branch())
    try:
        assert store.committee_changes() == list(GROWN)
        months = [e["required"] for e in compliance_report(store.load_year(2025), 2025, D(2025, 12, 31))["duties"]
                  if e["duty"] == "committee_meeting"]
        assert months == [0] * 6 + [1] * 6
        store.set_committee_changes([])  # removed: a committee all along again
        assert store.load_all().committee_changes == ()
        twice = [CommitteeChange(D(2024, 1, 1), True), CommitteeChange(D(2024, 1, 1), False)]
        store.set_committee_changes(twice)  # one change a day: the later listed
        assert store.committee_changes() == [CommitteeChange(D(2024, 1, 1), False)]
    finally:
        store.close()


def test_a_committee_meeting_while_there_is_no_committee_is_told() -> None:
    from models.rules.warnings import meeting_warnings

    march = committee_meeting("k3", D(2025, 3, 5))
    july = committee_meeting("k7", D(2025, 7, 5))
    data = branch(meetings=[march, july])
    assert any("未设支部委员会" in w for w in meeting_warnings(data, march))
    assert not any("未设支部委员会" in w for w in meeting_warnings(data, july))
