"""A small hand-made branch for the tests of models.overview: four members, a committee of three, two groups."""

from __future__ import annotations

from datetime import date

from models.domain import Attendance, Branch, BranchData, CommitteeRole, Group, Meeting, Person, Talk

PEOPLE = ("m1", "m2", "m3", "m4")


def small_branch(*meetings: Meeting, talks: tuple[Talk, ...] = (), **changes: object) -> BranchData:
    groups = (Group("g1", "第一党小组"), Group("g2", "第二党小组"))
    members = (
        Person("m1", "王书记", joined_on=date(2000, 7, 1), full_member_on=date(2001, 7, 1), group="g1"),
        Person("m2", "李委员", joined_on=date(2001, 7, 1), full_member_on=date(2002, 7, 1), group="g1"),
        Person("m3", "张委员", joined_on=date(2002, 7, 1), full_member_on=date(2003, 7, 1), group="g2"),
        Person("m4", "赵党员", joined_on=date(2003, 7, 1), full_member_on=date(2004, 7, 1), group="g2"),
    )
    start = date(2024, 5, 1)
    committee = (CommitteeRole("m1", "书记", start), CommitteeRole("m2", "组织委员", start),
                 CommitteeRole("m3", "宣传委员", start))
    values = {"branch": Branch("测试支部"), "groups": groups, "members": members, "committee": committee,
              "meetings": meetings, "talks": talks, **changes}
    return BranchData(**values)  # type: ignore[arg-type]


def meeting(mid: str, kind: str, day: date, group: str | None = None, status: str = "final",
            present: tuple[str, ...] = PEOPLE, absent: tuple[str, ...] = (), **more: object) -> Meeting:
    attendance = tuple(Attendance(m) for m in present) + tuple(Attendance(m, "absent") for m in absent)
    return Meeting(mid, kind, f"{kind} {day}", day, group=group, status=status, attendance=attendance,
                   **more)  # type: ignore[arg-type]


def talk(tid: str, day: date, talker: str, talkee: str) -> Talk:
    return Talk(tid, day, talker, talkee)
