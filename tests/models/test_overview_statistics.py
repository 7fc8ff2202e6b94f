"""The year's statistics against the records: meetings per kind and month, attendance, talks per committee member."""

from __future__ import annotations

from collections import Counter
from datetime import date

from models.domain import Attendance
from models.interchange import read_branch
from models.overview.statistics import attendance, meetings_per_month, talks_per_committee_member
from models.resources import sample_branch_path
from tests.models.overview_support import meeting, small_branch, talk


def branch():
    return small_branch(
        meeting("c1", "committee_meeting", date(2025, 1, 9), present=("m1", "m2"), absent=("m3",)),
        meeting("c2", "committee_meeting", date(2025, 1, 23), present=("m1", "m2", "m3")),
        meeting("c3", "committee_meeting", date(2025, 3, 9), present=("m1", "m3"), absent=("m2",)),
        meeting("g1", "general_meeting", date(2025, 3, 20), status="draft", present=("m1", "m2", "m3"),
                absent=("m4",)),
        meeting("old", "general_meeting", date(2024, 12, 20), present=("m4",)),  # another year
        talks=(talk("k1", date(2025, 3, 1), "m1", "m2"), talk("k2", date(2025, 4, 1), "m4", "m1"),
               talk("k3", date(2025, 5, 1), "m3", "m4"), talk("k4", date(2024, 5, 1), "m1", "m3")),
    )


def test_meetings_per_kind_and_month() -> None:
    figures = meetings_per_month(branch(), 2025)
    assert figures == {"general_meeting": (0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0),
                       "committee_meeting": (2, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0)}


def test_attendance_per_member_and_per_kind() -> None:
    figures = attendance(branch(), 2025)
    assert figures.kinds == ("general_meeting", "committee_meeting")
    by_member = {m.member: m for m in figures.members}
    assert [m.member for m in figures.members] == ["m1", "m2", "m3", "m4"]
    m2, m4 = by_member["m2"], by_member["m4"]
    assert (m2.expected, m2.present, m2.absent, m2.rate) == (4, 3, 1, 0.75)
    assert m2.per_kind == {"general_meeting": (1, 1), "committee_meeting": (2, 3)}
    assert (m4.expected, m4.present, m4.rate) == (1, 0, 0.0)
    kinds = {k.type: k for k in figures.per_kind}
    assert (kinds["committee_meeting"].meetings, kinds["committee_meeting"].expected,
            kinds["committee_meeting"].present) == (3, 9, 7)
    assert kinds["general_meeting"].rate == 0.75


def test_the_samples_attendance_counted_again_from_its_records() -> None:
    data = read_branch(sample_branch_path().read_text(encoding="utf-8"))
    figures = attendance(data, 2025)
    expected, present = Counter(), Counter()
    for m in data.meetings:
        if m.date.year == 2025:
            seen: dict[str, Attendance] = {a.member: a for a in m.attendance}
            for a in seen.values():
                expected[a.member] += 1
                present[a.member] += a.status in ("present", "late", "left_early")
    for row in figures.members:
        assert (row.expected, row.present) == (expected[row.member], present[row.member]), row.name
    assert sum(k.meetings for k in figures.per_kind) == sum(1 for m in data.meetings if m.date.year == 2025)
    assert sum(sum(v) for v in meetings_per_month(data, 2025).values()) == len(
        [m for m in data.meetings if m.date.year == 2025])


def test_talks_per_committee_member() -> None:
    rows = talks_per_committee_member(branch(), 2025)
    assert [(r.name, r.with_committee, r.with_members, r.as_committee) for r in rows] == [
        ("王书记", 1, 1, 2), ("李委员", 1, 0, 1), ("张委员", 0, 1, 1)]
