"""Who counts as expected (应到) and who votes, worked by hand: approved exclusions, 留党察看, 书面意见.

The branch: 10 full members f1–f10 in the branch all year. A 支部党员大会 on 2025-06-10 lists all ten.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from exports.records.minutes import minutes_document
from models.domain import (
    Attendance,
    Branch,
    BranchData,
    Exclusion,
    Meeting,
    PartyProbation,
    Person,
    Resolution,
    Vote,
)
from models.overview.statistics import attendance
from models.rules import compliance_report, expected_attendees, meeting_voters, resolution_verdict
from models.rules.expected import left_out
from models.rules.warnings import meeting_warnings

D = date
DAY = D(2025, 6, 10)
IDS = [f"f{i}" for i in range(1, 11)]
PEOPLE = tuple(Person(i, f"党员{i}", joined_on=D(2000, 1, 1), full_member_on=D(2001, 1, 1)) for i in IDS)


def text_of(document) -> str:
    return document.plain_text()


def meeting(absent: tuple[str, ...] = (), resolutions: tuple[Resolution, ...] = ()) -> Meeting:
    return Meeting("g1", "general_meeting", "支部党员大会", DAY, host="f1", recorder="f2",
                   attendance=tuple(Attendance(i, "absent" if i in absent else "present") for i in IDS),
                   resolutions=resolutions)


def branch(m: Meeting, exclusions=(), probations=()) -> BranchData:
    return BranchData(Branch("支部"), members=PEOPLE, meetings=(m,), exclusions=tuple(exclusions),
                      party_probations=tuple(probations))


def test_an_exclusion_starting_on_the_meeting_day_leaves_the_member_out() -> None:
    sick = Exclusion("f10", "患病不能参加", DAY, None, "机关党委 2025年6月1日批复")
    m = meeting(absent=("f10",))
    data = branch(m, [sick])
    expected, present = meeting_voters(data, m)
    assert len(expected) == 9 and len(present) == 9 and "f10" not in expected
    assert "f10" not in expected_attendees(data, "general_meeting", DAY)
    assert "f10" in expected_attendees(data, "general_meeting", D(2025, 6, 9))  # the day before: still expected
    assert left_out(data, m) == [("f10", sick)]
    stats = attendance(data, 2025)
    assert next(x for x in stats.members if x.member == "f10").expected == 0
    text = text_of(minutes_document(data, m))
    lines = text.splitlines()
    assert lines[lines.index("应到人数") + 1] == "9 人"
    assert "不计入应到人数" in text and "党员f10（患病不能参加）" in text


def test_an_exclusion_that_ended_the_day_before_counts_again() -> None:
    abroad = Exclusion("f10", "出国出境半年以上", D(2024, 12, 1), D(2025, 6, 9))
    m = meeting(absent=("f10",))
    expected, present = meeting_voters(branch(m, [abroad]), m)
    assert len(expected) == 10 and len(present) == 9


def test_party_probation_ending_the_day_before_gives_the_vote_back() -> None:
    ended = PartyProbation("f9", D(2024, 6, 10), D(2025, 6, 9))
    running = PartyProbation("f9", D(2024, 6, 10), D(2025, 6, 10))
    m = meeting()
    assert len(meeting_voters(branch(m, probations=[ended]), m)[0]) == 10
    expected, present = meeting_voters(branch(m, probations=[running]), m)
    assert len(expected) == 9 and "f9" not in present  # attends, without a vote
    voted = replace(m, resolutions=(Resolution("通过", vote=Vote(9)),))
    text = text_of(minutes_document(branch(voted, probations=[running]), voted))
    assert "无表决权" in text and "党员f9（留党察看期间）" in text


def test_the_votes_cast_in_the_room_cannot_exceed_the_voters_in_it() -> None:
    """6 present of 10: 7 hands in the room is invalid even though written opinions are separate."""
    vote = Resolution("接收张三为预备党员", "admission", Vote(7), Vote(2))
    m = meeting(absent=("f7", "f8", "f9", "f10"), resolutions=(vote,))
    verdict = resolution_verdict(branch(m), m, vote)
    assert verdict.passed is None and "超过实到有表决权党员 6 人" in verdict.message


def test_written_opinions_count_in_the_votes_on_admission() -> None:
    """10 expected, 6 present; 4 yes in the room is not more than half of 10, with 2 written yes it is."""
    room_only = Resolution("接收张三为预备党员", "admission", Vote(4, 2))
    with_written = replace(room_only, written=Vote(2))
    m = meeting(absent=("f7", "f8", "f9", "f10"), resolutions=(with_written,))
    data = branch(m)
    assert resolution_verdict(data, m, room_only).passed is False
    verdict = resolution_verdict(data, m, with_written)
    assert verdict.passed is True and verdict.present_voters == 6  # not counted among those present
    assert "赞成 6 票（其中书面意见 2 票），超过应到会有表决权党员半数，决议通过" in verdict.message
    text = text_of(minutes_document(data, m))
    assert "未到会党员书面意见：赞成 2 票，反对 0 票，弃权 0 票。" in text


def test_written_opinions_above_the_voters_absent_make_the_vote_invalid() -> None:
    vote = Resolution("同意李四按期转正", "full_membership", Vote(6), Vote(4, 1))  # 5 opinions, 4 absent
    m = meeting(absent=("f7", "f8", "f9", "f10"), resolutions=(vote,))
    data = branch(m)
    verdict = resolution_verdict(data, m, vote)
    assert verdict.passed is None and "书面意见 5 份，超过未到会的有表决权党员 4 人，表决无效" in verdict.message
    assert any("书面意见 5 份" in w for w in meeting_warnings(data, m))
    assert compliance_report(data, 2025, D(2025, 12, 31))["votes"][0]["passed"] is None


def test_written_opinions_do_not_count_on_other_matters() -> None:
    vote = Resolution("通过年度工作要点", "general", Vote(4), Vote(2))
    m = meeting(absent=("f7", "f8", "f9", "f10"), resolutions=(vote,))
    verdict = resolution_verdict(branch(m), m, vote)
    assert verdict.passed is False and "书面意见" not in verdict.message


def test_the_store_keeps_exclusions_probations_and_written_opinions(db_target) -> None:
    from models.services import Store

    vote = Resolution("接收张三为预备党员", "admission", Vote(4, 2), Vote(2, 0, 1))
    m = meeting(absent=("f7", "f8", "f9", "f10"), resolutions=(vote,))
    sick = Exclusion("f10", "患病不能参加", DAY, D(2025, 12, 31), "机关党委批复")
    data = branch(m, [sick], [PartyProbation("f9", D(2025, 1, 1), None)])
    store = Store.open(db_target)
    try:
        store.import_data(data)
        loaded = store.load_all()
        assert loaded.exclusions == (sick,)
        assert loaded.party_probations == data.party_probations
        assert loaded.meetings[0].resolutions == (vote,)
        store.set_standing_of("f10", [], [PartyProbation("f10", D(2025, 7, 1), D(2026, 6, 30))])
        again = store.load_all()
        assert again.exclusions == () and {p.member for p in again.party_probations} == {"f9", "f10"}
    finally:
        store.close()
