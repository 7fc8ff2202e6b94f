"""Rule warnings: what `check` prints and the UI shows next to a record."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from models.domain import (
    Attendance,
    Branch,
    BranchData,
    CommitteeRole,
    Evaluation,
    EvaluationResult,
    GradeVotes,
    Group,
    Meeting,
    Person,
    Resolution,
    Vote,
)
from models.rules import evaluation_warnings, meeting_warnings, rule_warnings

D = date


def person(pid: str, name: str, group: str, **kw: date) -> Person:
    return Person(pid, name, joined_on=D(2000, 1, 1), full_member_on=D(2001, 1, 1), group=group, **kw)


PEOPLE = (
    person("m1", "王丽华", "g1"),
    person("m2", "陈静", "g1"),
    person("m3", "刘晓燕", "g2"),
    person("m4", "张敏", "g2"),
    person("m8", "吴芳", "g2", left_on=D(2025, 3, 1)),
)
COMMITTEE = (
    CommitteeRole("m1", "书记", D(2023, 3, 1)),
    CommitteeRole("m2", "组织委员", D(2023, 3, 1)),
    CommitteeRole("m3", "宣传委员", D(2023, 3, 1)),
)
GROUPS = (Group("g1", "第一党小组", "m1"), Group("g2", "第二党小组", "m3"))


def roll(*present: str, absent: tuple[str, ...] = ()) -> tuple[Attendance, ...]:
    return (*(Attendance(m) for m in present), *(Attendance(m, "absent") for m in absent))


def branch(*meetings: Meeting, evaluations: tuple[Evaluation, ...] = ()) -> BranchData:
    return BranchData(Branch("支部"), GROUPS, PEOPLE, COMMITTEE, meetings=meetings, evaluations=evaluations)


GOOD = Meeting("ok", "general_meeting", "大会", D(2025, 4, 1), host="m1", attendance=roll("m1", "m2", "m3", "m4"))


def test_a_sound_meeting_has_no_warning() -> None:
    data = branch(GOOD)
    assert meeting_warnings(data, GOOD) == []
    assert rule_warnings(data) == []


def test_vote_without_quorum() -> None:
    motion = Resolution("通过工作要点", vote=Vote(2))
    meeting = replace(GOOD, id="v", attendance=roll("m1", "m2", absent=("m3", "m4")), resolutions=(motion,))
    assert rule_warnings(branch(meeting)) == [
        ("v", "第 1 项决议：应到会有表决权党员 4 人，实到 2 人，未超过半数，表决无效"),
    ]


def test_more_votes_than_voters_present() -> None:
    motion = Resolution("通过工作要点", vote=Vote(3, 1, 0))
    meeting = replace(GOOD, id="v", attendance=roll("m1", "m2", "m3", absent=("m4",)), resolutions=(motion,))
    assert meeting_warnings(branch(meeting), meeting) == [
        "第 1 项决议的表决票数合计 4 票，超过实到有表决权党员 3 人，表决无效"
    ]


def test_group_meeting_with_people_of_another_group() -> None:
    meeting = Meeting(
        "gm", "group_meeting", "小组会", D(2025, 4, 1), group="g1", host="m1", attendance=roll("m1", "m2", "m3")
    )
    assert rule_warnings(branch(meeting)) == [("gm", "党小组会应到名单中刘晓燕不是第一党小组的成员")]
    without_group = replace(meeting, group=None, attendance=roll("m1"))
    assert meeting_warnings(branch(without_group), without_group) == ["党小组会没有指定党小组"]


def test_host_and_attendee_not_in_branch_on_the_date() -> None:
    meeting = replace(GOOD, id="h", host="m8", attendance=roll("m1", "m2", "m3", "m4", "m8"))
    assert rule_warnings(branch(meeting)) == [
        ("h", "主持人吴芳在会议当天不是本支部党员"),
        ("h", "应到名单中吴芳在会议当天不在本支部"),
    ]
    before = replace(meeting, date=D(2025, 2, 28))
    assert rule_warnings(branch(before)) == []


def test_same_person_twice_on_the_list() -> None:
    meeting = replace(GOOD, attendance=(*GOOD.attendance, Attendance("m2", "leave", "事假")))
    assert meeting_warnings(branch(meeting), meeting) == ["应到名单中陈静重复出现"]


def test_committee_meeting_without_half_of_the_committee() -> None:
    meeting = Meeting(
        "cm", "committee_meeting", "支委会", D(2025, 4, 1), host="m1", attendance=roll("m1", "m4", absent=("m2", "m3"))
    )
    assert rule_warnings(branch(meeting)) == [
        ("cm", "支委会到会委员未超过半数：应到支部委员 3 人，实到 1 人，未超过半数，不符合规定")
    ]
    enough = replace(meeting, attendance=roll("m1", "m2", absent=("m3",)))
    assert rule_warnings(branch(enough)) == []


def test_excellent_over_a_third_and_too_many_votes() -> None:
    results = (
        EvaluationResult("m1", votes=GradeVotes(excellent=3, qualified=1), grade="优秀"),
        EvaluationResult("m2", votes=GradeVotes(excellent=2, qualified=2), grade="优秀"),
        EvaluationResult("m3", votes=GradeVotes(qualified=3, basic=2), grade="合格"),
        EvaluationResult("m4", votes=GradeVotes(qualified=4), grade="合格"),
    )
    evaluation = Evaluation("e1", 2025, 4, results=results)
    assert evaluation_warnings(branch(), evaluation) == [
        "评为优秀 2 人，超过参评党员 4 人的三分之一",
        "刘晓燕的得票合计 5 票，超过参加评议的 4 人",
    ]
    assert rule_warnings(branch(evaluations=(evaluation,)), 2025) == [
        ("e1", "评为优秀 2 人，超过参评党员 4 人的三分之一"),
        ("e1", "刘晓燕的得票合计 5 票，超过参加评议的 4 人"),
    ]
    assert rule_warnings(branch(evaluations=(evaluation,)), 2024) == []


def test_rule_warnings_keep_file_order_and_year() -> None:
    motion = Resolution("表决", vote=Vote(1))
    late = replace(
        GOOD, id="z", date=D(2025, 5, 1), attendance=roll("m1", absent=("m2", "m3", "m4")), resolutions=(motion,)
    )
    early = replace(late, id="a", date=D(2024, 5, 1))
    data = branch(late, early)
    assert [record for record, _ in rule_warnings(data)] == ["z", "a"]
    assert [record for record, _ in rule_warnings(data, 2024)] == ["a"]


def test_a_speaker_typed_as_part_of_a_members_name_is_told_before_finalising() -> None:
    from datetime import date

    from models.domain import Branch, BranchData, Meeting, Person, Speech
    from models.rules.warnings import finalize_warnings

    data = BranchData(Branch("支部"), members=(Person("m1", "孙建国", joined_on=date(2000, 1, 1)),))
    meeting = Meeting("k1", "theme_day", "主题党日", date(2025, 3, 1), speeches=(
        Speech("发言", speaker_name="孙"), Speech("发言", speaker_name="区委宣讲员张明")))
    found = [w for w in finalize_warnings(data, meeting) if "发言人" in w]
    assert found == ["发言人“孙”不在名册中：如是名册中的人员，请从列表中选择"]
