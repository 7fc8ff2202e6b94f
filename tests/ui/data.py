"""A small branch built in Python for the UI tests: 21 full members, 2 probationary, committee, two groups."""

from __future__ import annotations

from datetime import date

from models.domain import (
    Attendance,
    Branch,
    BranchData,
    CommitteeRole,
    Group,
    Meeting,
    Person,
    Resolution,
    Speech,
    Talk,
)

NAMES = (
    "王丽华", "陈静", "刘晓燕", "张敏", "曾志强", "孙建国", "李娜", "单丽", "解红梅", "周婷",
    "吴芳", "郑海燕", "冯雪", "朴英", "仇志明", "黄晓东", "林小红", "区嘉欣", "杨帆", "何静",
    "马骏",
)


def build_branch() -> BranchData:
    groups = (Group("g1", "第一党小组", "m4"), Group("g2", "第二党小组", "m6"))
    members = [
        Person(f"m{i}", name, gender="女" if i % 3 else "男", joined_on=date(1990 + i, 7, 1),
               full_member_on=date(1991 + i, 7, 1), group="g1" if i % 2 else "g2", title="干部",
               phone=f"1380000{i:04d}")
        for i, name in enumerate(NAMES, 1)
    ]
    members += [
        Person("p1", "赵倩", gender="女", joined_on=date(2025, 6, 25), group="g2"),
        Person("p2", "钱程", gender="男", joined_on=date(2025, 7, 1), group="g1"),
        Person("a1", "安然", kind="activist", gender="女", group="g1"),
        Person("x1", "吴秀兰", gender="女", joined_on=date(1980, 1, 1), full_member_on=date(1981, 1, 1),
               left_on=date(2024, 3, 1), left_reason="转出"),
    ]
    start = date(2023, 3, 1)
    committee = (
        CommitteeRole("m1", "书记", start), CommitteeRole("m2", "组织委员", start),
        CommitteeRole("m3", "宣传委员", start), CommitteeRole("m4", "纪检委员", start),
        CommitteeRole("m5", "委员", start),
    )
    meetings = (
        Meeting("mt1", "committee_meeting", "研究部署年度党建工作", date(2025, 1, 8),
                attendance=tuple(Attendance(m) for m in ("m1", "m2", "m3", "m4", "m5")), host="m1", recorder="m2",
                speeches=(Speech("今年要抓好三会一课质量。", speaker="m1"),),
                resolutions=(Resolution("通过年度党建工作要点"),), status="final",
                finalized_at="2025-01-08T17:00:00+08:00"),
        Meeting("mt2", "general_meeting", "学习贯彻全会精神", date(2025, 2, 20),
                attendance=tuple(Attendance(p.id) for p in members if p.kind == "member" and not p.left_on),
                host="m1", recorder="m2", summary="会议要求把学习成果转化为工作实效。"),
    )
    talks = (Talk("t1", date(2025, 3, 5), "m1", "m7", location="书记办公室", topic="谈工作思想"),)
    branch = Branch("中共示例市妇女联合会机关支部委员会", "示例市妇联机关党支部",
                    "中共示例市直属机关工作委员会", "J012")
    return BranchData(branch, groups, tuple(members), committee, meetings, talks)
