"""Elections (《中国共产党基层组织选举工作条例》), worked by hand.

20 members with voting rights should attend; 18 are present (more than four fifths: 16 + 1 = 17 needed).
Elected needs more yes-votes than half of the 20 who should attend: at least 11.
"""

from __future__ import annotations

from datetime import date

from models.domain import Attendance, Branch, BranchData, Candidate, Election, Meeting, Person, Resolution
from models.rules.elections import election_problems, election_result, judge_election, minimum_candidates

IDS = [f"m{i:02d}" for i in range(1, 21)]
PEOPLE = tuple(Person(i, f"党员{i}", joined_on=date(2000, 1, 1), full_member_on=date(2001, 1, 1)) for i in IDS)


def ballot(*votes: int, seats: int = 3, issued: int = 18, returned: int = 18, invalid: int = 0,
           office: str = "committee") -> Election:
    return Election(office, seats, tuple(Candidate(IDS[i], v, 18 - v - invalid) for i, v in enumerate(votes)),
                    issued, returned, invalid, (IDS[10],), (IDS[11],))


def test_exactly_half_of_those_who_should_attend_is_not_elected() -> None:
    result = judge_election(20, 18, ballot(15, 12, 10, 9))
    assert result.valid is True and result.elected == ("m01", "m02")
    assert result.seats_left == 1  # m03 has 10 of 20: exactly half, not more
    assert "党员m01、党员m02获得的赞成票超过应到会有选举权人数的一半，当选为支部委员会委员" in \
        judge_election(20, 18, ballot(15, 12, 10, 9), lambda m: f"党员{m}").message
    assert "尚缺 1 名，需另行选举" in result.message


def test_more_ballots_returned_than_issued_make_it_invalid() -> None:
    result = judge_election(20, 18, ballot(15, 14, 13, 2, issued=18, returned=19))
    assert result.valid is None and result.elected == ()
    assert "收回的选票多于发出的选票，选举无效" in result.message


def test_four_fifths_must_be_present() -> None:
    assert judge_election(20, 16, ballot(15, 14, 13, 2)).valid is None  # 16 of 20 is four fifths, not more
    assert judge_election(20, 17, ballot(15, 14, 13, 2)).valid is True


def test_a_tie_for_the_last_seat_goes_to_another_round() -> None:
    result = judge_election(20, 18, ballot(15, 12, 12, 2, seats=2))
    assert result.elected == ("m01",) and set(result.tied) == {"m02", "m03"} and result.seats_left == 0
    assert "得票相等，需就这 2 人再次投票，确定其余 1 名" in result.message
    clear = judge_election(20, 18, ballot(15, 13, 12, 2, seats=2))
    assert clear.elected == ("m01", "m02") and clear.tied == ()


def test_candidates_for_committee_members_exceed_the_seats_by_a_fifth() -> None:
    assert minimum_candidates("committee", 5) == 6 and minimum_candidates("committee", 3) == 4
    assert minimum_candidates("secretary", 1) == 1  # 等额 allowed
    problems = election_problems(ballot(15, 14, 13, seats=3))
    assert problems == ["支部委员会委员应选 3 名，候选人 3 名：差额选举，候选人应多于应选人数的 20%，至少 4 名"]
    assert election_problems(ballot(15, seats=1, office="secretary")) == []


def test_counts_above_the_valid_ballots_are_named() -> None:
    wrong = Election("committee", 1, (Candidate("m01", 15, 3, 1), Candidate("m02", 3, 10, 0)), 18, 18, 1)
    assert election_problems(wrong) == ["m01的赞成、不赞成、弃权合计 19 票，多于有效选票 17 张"]


def test_an_election_at_a_meeting_uses_its_voters_and_is_stored(db_target) -> None:
    from models.services import Store

    election = ballot(15, 12, 10, 9)
    meeting = Meeting("e1", "general_meeting", "换届选举大会", date(2025, 6, 1), host="m01", recorder="m02",
                      attendance=tuple(Attendance(i, "present" if n < 18 else "absent") for n, i in enumerate(IDS)),
                      resolutions=(Resolution("选举产生新一届支部委员会", "election", None, None, election),))
    data = BranchData(Branch("支部"), members=PEOPLE, meetings=(meeting,))
    result = election_result(data, meeting, election)
    assert (result.expected_voters, result.present_voters, result.elected) == (20, 18, ("m01", "m02"))
    store = Store.open(db_target)
    try:
        store.import_data(data)
        assert store.meeting("e1").resolutions[0].election == election
        store.save_meeting(store.meeting("e1"))  # written again whole: the ballot stays
        assert store.meeting("e1").resolutions[0].election == election
    finally:
        store.close()


def test_the_minutes_and_the_check_tell_the_election() -> None:
    from exports.records.minutes import minutes_document
    from models.rules.warnings import meeting_warnings

    election = ballot(15, 12, 10, 9)
    meeting = Meeting("e1", "general_meeting", "换届选举大会", date(2025, 6, 1), host="m01", recorder="m02",
                      attendance=tuple(Attendance(i, "present" if n < 18 else "absent") for n, i in enumerate(IDS)),
                      resolutions=(Resolution("选举产生新一届支部委员会", "election", None, None, election),))
    data = BranchData(Branch("支部"), members=PEOPLE, meetings=(meeting,))
    text = minutes_document(data, meeting).plain_text()
    assert "选举支部委员会委员：应选 3 名，候选人 4 名（差额）。" in text
    assert "党员m01 赞成 15 票、不赞成 3 票、弃权 0 票" in text
    assert "监票人：党员m11；计票人：党员m12。" in text
    assert "发出选票 18 张，收回 18 张，有效 18 张，无效 0 张，选举有效" in text
    assert "党员m01、党员m02获得的赞成票超过应到会有选举权人数的一半，当选为支部委员会委员" in text
    wrong = Election("committee", 3, election.candidates[:3], 18, 19)
    bad = Meeting("e2", "general_meeting", "换届选举大会", date(2025, 6, 1), host="m01", recorder="m02",
                  attendance=meeting.attendance, resolutions=(Resolution("选举", "election", None, None, wrong),))
    warnings = meeting_warnings(data, bad)
    assert any("差额选举" in w for w in warnings) and any("收回的选票多于发出的选票" in w for w in warnings)


def test_the_new_term_follows_from_the_result() -> None:
    from models.domain import CommitteeRole
    from models.rules.elections import committee_after

    old = [CommitteeRole("m01", "书记", date(2022, 6, 1)), CommitteeRole("m05", "组织委员", date(2022, 6, 1)),
           CommitteeRole("m06", "宣传委员", date(2019, 6, 1), date(2022, 5, 31))]
    day = date(2025, 6, 1)
    new = committee_after(old, "committee", day, {"m01": "书记", "m02": "组织委员", "m03": "委员"})
    assert new == [CommitteeRole("m01", "书记", date(2022, 6, 1), date(2025, 5, 31)),
                   CommitteeRole("m05", "组织委员", date(2022, 6, 1), date(2025, 5, 31)), old[2],
                   CommitteeRole("m01", "书记", day), CommitteeRole("m02", "组织委员", day),
                   CommitteeRole("m03", "委员", day)]
    only = committee_after(old, "secretary", day, {"m02": "书记"})
    assert only[1] == old[1] and only[0].end == date(2025, 5, 31) and only[-1] == CommitteeRole("m02", "书记", day)
