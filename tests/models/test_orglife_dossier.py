"""The 组织生活会 dossier: each step's state and what is missing before the meeting can be held."""

from __future__ import annotations

import dataclasses
from datetime import date

from models.domain import (
    Attendance,
    Branch,
    BranchData,
    CommitteeRole,
    Criticism,
    Meeting,
    Opinion,
    Person,
    Preparation,
    ReceivedCriticism,
    Rectification,
    SelfExamination,
    Talk,
)
from models.orglife import dossier_steps, missing_before_meeting

D = date
PEOPLE = tuple(Person(i, n, joined_on=D(2000, 1, 1), full_member_on=D(2001, 1, 1))
               for i, n in (("s", "王书记"), ("o", "陈组织"), ("a", "李娜")))
COMMITTEE = (CommitteeRole("s", "书记", D(2020, 1, 1)), CommitteeRole("o", "组织委员", D(2020, 1, 1)))
MEETING = Meeting("olm", "org_life_meeting", "2025年度组织生活会", D(2025, 12, 18),
                  attendance=tuple(Attendance(p.id) for p in PEOPLE))
DATA = BranchData(Branch("支部"), members=PEOPLE, committee=COMMITTEE, meetings=(MEETING,))


def steps(data: BranchData, meeting: Meeting, today: date = date(2025, 12, 1)):
    return {s.key: s for s in dossier_steps(data, meeting, today)}


def test_an_empty_dossier_lists_everything_missing() -> None:
    found = steps(DATA, MEETING)
    assert [s.done for s in found.values()] == [False] * 5
    missing = missing_before_meeting(list(found.values()))
    assert missing == [
        "尚未登记征求到的意见",
        "王书记与陈组织（支委委员之间）尚未谈话",
        "王书记尚未与支委委员谈话",
        "陈组织尚未与支委委员谈话",
        "李娜尚未与支委委员谈话",
        "尚未提交对照检查材料：王书记、陈组织、李娜",
    ]
    assert found["meeting"].missing[0] == "会议定于2025年12月18日召开"


def test_a_complete_dossier() -> None:
    prep = Preparation((Opinion("群众座谈会", "希望多深入基层"), Opinion("意见箱", "改进作风")),
                       tuple(SelfExamination(p.id, "对照检查……") for p in PEOPLE))
    criticisms = tuple(Criticism(p.id, "自我批评……", (ReceivedCriticism("s", "批评……"),), "虚心接受")
                       for p in PEOPLE)
    meeting = dataclasses.replace(MEETING, preparation=prep, criticisms=criticisms)
    talks = (Talk("t1", D(2025, 11, 1), "s", "o"), Talk("t2", D(2025, 11, 2), "s", "a"),
             Talk("late", D(2025, 12, 20), "o", "a"))  # after the meeting: not part of its preparation
    data = dataclasses.replace(DATA, meetings=(meeting,), talks=talks,
                               rectifications=(Rectification("r", "学习不够", meeting="olm"),))
    found = steps(data, meeting, today=D(2025, 12, 19))
    assert all(s.done for s in found.values())
    assert found["opinions"].summary == "已征求意见 2 条（来自：群众座谈会、意见箱）"
    assert found["talks"].summary == "会前已谈话 2 次"
    assert found["self_examinations"].summary == "已提交 3 人，共 3 人"
    assert found["meeting"].summary == "已记录自我批评 3 人，相互批评意见 3 条"
    assert found["rectifications"].summary == "整改事项 1 项，已销号 0 项"
    assert missing_before_meeting(list(found.values())) == []


def test_an_empty_self_examination_does_not_count() -> None:
    prep = Preparation((), (SelfExamination("s", "  "), SelfExamination("o", "已写")))
    found = steps(DATA, dataclasses.replace(MEETING, preparation=prep))
    assert found["self_examinations"].missing == ("尚未提交对照检查材料：王书记、李娜",)
