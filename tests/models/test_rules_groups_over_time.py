"""Party groups over time, worked by hand: a group set up in July, one dissolved, a member moved on 1 May.

g1 and g3 exist all along; g2 is set up on 2025-07-01; g0 was dissolved on 2024-12-01. p1 is in g1 until
30 April 2025 and in g3 from 1 May.
"""

from __future__ import annotations

from datetime import date

from models.domain import Attendance, Branch, BranchData, Group, GroupMembership, Meeting, Person
from models.rules import compliance_report, expected_attendees
from models.rules.warnings import meeting_warnings

D = date
GROUPS = (Group("g1", "第一党小组"), Group("g2", "第二党小组", set_up_on=D(2025, 7, 1)),
          Group("g0", "原第三党小组", dissolved_on=D(2024, 12, 1)), Group("g3", "第三党小组"))
PEOPLE = (
    Person("p1", "甲", joined_on=D(2000, 1, 1), full_member_on=D(2001, 1, 1), group="g3"),
    Person("p2", "乙", joined_on=D(2000, 1, 1), full_member_on=D(2001, 1, 1), group="g1"),
    Person("p3", "丙", joined_on=D(2000, 1, 1), full_member_on=D(2001, 1, 1), group="g2"),
)
MOVED = (GroupMembership("p1", "g1", D(2000, 1, 1), D(2025, 4, 30)), GroupMembership("p1", "g3", D(2025, 5, 1)))


def data(meetings=()) -> BranchData:
    return BranchData(Branch("支部"), groups=GROUPS, members=PEOPLE, meetings=tuple(meetings),
                      group_memberships=MOVED)


def test_a_group_set_up_in_july_owes_no_meetings_before() -> None:
    report = compliance_report(data(), 2025, D(2025, 12, 31))
    g2 = [e["required"] for e in report["duties"] if e["duty"] == "group_meeting" and e["group"] == "g2"]
    assert g2 == [0] * 6 + [1] * 6
    groups = {e["group"] for e in report["duties"] if e["duty"] == "group_meeting"}
    assert groups == {"g1", "g2", "g3"}  # the group dissolved before the year is not listed


def test_a_moved_member_counts_where_they_were_on_the_day() -> None:
    roster_data = data()
    assert "p1" in expected_attendees(roster_data, "group_meeting", D(2025, 4, 30), "g1")
    assert "p1" not in expected_attendees(roster_data, "group_meeting", D(2025, 5, 1), "g1")
    assert "p1" in expected_attendees(roster_data, "group_meeting", D(2025, 5, 1), "g3")
    april = Meeting("k4", "group_meeting", "4月党小组会", D(2025, 4, 10), group="g1", host="p2",
                    recorder="p2", attendance=(Attendance("p1"), Attendance("p2")))
    june = Meeting("k6", "group_meeting", "6月党小组会", D(2025, 6, 10), group="g1", host="p2",
                   recorder="p2", attendance=(Attendance("p1"), Attendance("p2")))
    assert not any("不是" in w for w in meeting_warnings(data([april]), april))
    assert any("甲不是第一党小组的成员" in w for w in meeting_warnings(data([june]), june))


def test_without_memberships_the_group_field_holds_all_along() -> None:
    plain = BranchData(Branch("支部"), groups=GROUPS[:1], members=PEOPLE[1:2])
    assert expected_attendees(plain, "group_meeting", D(1990, 1, 1), "g1") == ()  # not yet a member in 1990
    assert expected_attendees(plain, "group_meeting", D(2025, 1, 1), "g1") == ("p2",)


def test_a_move_in_the_store_keeps_where_the_member_was(db_target) -> None:
    from dataclasses import replace

    from models.services import Store

    store = Store.open(db_target)
    try:
        store.import_data(BranchData(Branch("支部"), groups=GROUPS, members=PEOPLE))
        p1 = store.person("p1")
        store.save_person(replace(p1, group="g1"), group_since=D(2025, 9, 1))
        assert store.group_memberships() == [GroupMembership("p1", "g3", D(2000, 1, 1), D(2025, 8, 31)),
                                             GroupMembership("p1", "g1", D(2025, 9, 1))]
        store.save_person(replace(p1, group="g2"), group_since=D(2025, 9, 1))  # the same day again: replaced
        assert store.group_memberships()[-1] == GroupMembership("p1", "g2", D(2025, 9, 1))
        assert len(store.group_memberships()) == 2
        store.save_person(replace(p1, name="甲甲", group="g2"), group_since=D(2025, 10, 1))  # same group: no move
        assert len(store.group_memberships()) == 2
        assert store.load_all().groups[1].set_up_on == D(2025, 7, 1)
    finally:
        store.close()
