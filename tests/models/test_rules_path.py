"""The path into the Party (发展党员), worked by hand: the steps, the time rules, the roster from a resolution."""

from __future__ import annotations

from datetime import date

from models.domain import Branch, BranchData, Meeting, Person, Resolution, Vote
from models.overview.reminders import training_reminders_of
from models.rules.path import path_problems, person_after, steps_of
from models.rules.warnings import rule_warnings

D = date


def test_the_steps_with_the_meetings_that_decided_them() -> None:
    p = Person("c1", "赵倩", kind="candidate", applied_on=D(2023, 3, 1), activist_on=D(2023, 6, 1),
               candidate_on=D(2024, 6, 20))
    decided = Meeting("k1", "committee_meeting", "支委会", D(2024, 6, 20),
                      resolutions=(Resolution("列赵倩为发展对象", "candidate", subject="c1"),))
    steps = steps_of(p, [decided])
    assert [(s.words, s.day, s.meeting) for s in steps[:3]] == [
        ("申请入党", D(2023, 3, 1), None), ("确定为入党积极分子", D(2023, 6, 1), None),
        ("列为发展对象", D(2024, 6, 20), "k1")]
    assert steps[3].day is None and path_problems(p) == []


def test_a_year_of_training_and_a_year_of_probation() -> None:
    early = Person("c2", "钱程", kind="candidate", activist_on=D(2024, 1, 10), candidate_on=D(2025, 1, 9))
    assert path_problems(early) == ["钱程：确定为入党积极分子不满一年即列为发展对象（应培养考察一年以上）"]
    assert path_problems(Person("c3", "孙", kind="candidate", activist_on=D(2024, 1, 10),
                                candidate_on=D(2025, 1, 10))) == []  # exactly one year
    hurried = Person("m1", "李", joined_on=D(2024, 7, 1), full_member_on=D(2025, 6, 30))
    assert path_problems(hurried) == ["李：预备期不满一年即转为正式党员（预备期为一年）"]
    data = BranchData(Branch("支部"), members=(early, hurried))
    assert {pid for pid, _ in rule_warnings(data)} == {"c2", "m1"}


def test_the_roster_follows_the_resolution() -> None:
    probationer = Person("p1", "赵倩", joined_on=D(2025, 6, 25))
    confirmed, words = person_after(probationer, "full_membership", D(2026, 6, 28))
    assert confirmed.full_member_on == D(2026, 6, 25)  # from the end of the probation, not the meeting's day
    assert "转正日期为预备期满之日 2026年6月25日" in words
    admitted, _ = person_after(Person("c1", "钱程", kind="candidate"), "admission", D(2025, 7, 1))
    assert admitted.kind == "member" and admitted.joined_on == D(2025, 7, 1)
    activist, _ = person_after(Person("x", "安然", kind="activist"), "activist", D(2025, 3, 1))
    assert activist.activist_on == D(2025, 3, 1)


def test_a_trained_activist_is_reminded() -> None:
    data = BranchData(Branch("支部"), members=(Person("a1", "安然", kind="activist", activist_on=D(2024, 12, 20)),))
    assert training_reminders_of(data, D(2025, 11, 1)) == []
    found = training_reminders_of(data, D(2025, 12, 1))  # within a month of the year's end
    assert len(found) == 1 and "将于 2025年12月20日 满一年" in found[0].text


def test_the_store_keeps_the_steps_and_the_subject(db_target) -> None:
    from models.services import Store

    p = Person("c1", "赵倩", kind="candidate", applied_on=D(2023, 3, 1), activist_on=D(2023, 6, 1),
               candidate_on=D(2024, 6, 20))
    m = Meeting("g1", "general_meeting", "支部党员大会", D(2025, 6, 25),
                resolutions=(Resolution("接收赵倩为预备党员", "admission", Vote(20), subject="c1"),))
    store = Store.open(db_target)
    try:
        store.import_data(BranchData(Branch("支部"), members=(p,), meetings=(m,)))
        assert store.person("c1") == p
        assert store.meeting("g1").resolutions[0].subject == "c1"
        assert store.person_references("c1")["决议所涉人员"] == 1
    finally:
        store.close()


def test_who_is_on_the_path_by_stage() -> None:
    from models.rules.path import people_on_the_path

    data = BranchData(Branch("支部"), members=(
        Person("m1", "李", joined_on=D(2025, 7, 1)),  # 预备党员
        Person("a1", "安然", kind="activist", activist_on=D(2025, 3, 1)),
        Person("c1", "钱程", kind="candidate", activist_on=D(2024, 1, 1), candidate_on=D(2025, 2, 1)),
        Person("f1", "王", joined_on=D(2000, 1, 1), full_member_on=D(2001, 1, 1)),  # 正式党员: not on the path
    ))
    rows = people_on_the_path(data, D(2025, 12, 1))
    assert [(r.person.id, r.stage) for r in rows] == [("a1", "入党积极分子"), ("c1", "发展对象"), ("m1", "预备党员")]
    assert rows[0].next_step == "2026年3月1日起可列为发展对象"
    assert rows[2].next_step.startswith("预备期满 2026年7月1日")


def test_a_confirmation_before_the_probation_ends_is_told() -> None:
    from models.rules.warnings import meeting_warnings

    p = Person("p1", "周敏", joined_on=D(2024, 9, 10))
    early = Meeting("g1", "general_meeting", "支部党员大会", D(2025, 3, 15),
                    resolutions=(Resolution("同意周敏转正", "full_membership", Vote(5), subject="p1"),))
    data = BranchData(Branch("支部"), members=(p,), meetings=(early,))
    assert "第 1 项决议：周敏的预备期到 2025年9月10日 才届满，尚不能讨论转正" in meeting_warnings(data, early)
    on_time = Meeting("g2", "general_meeting", "支部党员大会", D(2025, 9, 10), resolutions=early.resolutions)
    assert not any("预备期" in w for w in meeting_warnings(data, on_time))
