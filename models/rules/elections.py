"""选举 at a 支部党员大会, per 《中国共产党基层组织选举工作条例》 (2020): is the election valid, and who is elected.

The readings this program applies, where the rules leave a choice of words:
- Quorum: more than four fifths of the members with voting rights who should attend (应到会有选举权的党员) are
  present (DOMAIN.md). Who has voting rights is decided as for votes (models.rules.votes): full members on the
  attendance list, less those left out of 应到 with approval and those under 留党察看.
- Ballots: more ballots returned than issued make the election invalid; as many or fewer, it is valid. A ballot
  marking more names than there are seats is invalid (the clerk counts those as 无效票); every valid ballot marks
  each candidate at most once, so a candidate's 赞成 + 不赞成 + 弃权 can never exceed the valid ballots.
- 差额: for committee members at least 20 % more candidates than seats, rounded up (5 seats: at least 6); the
  书记 and 副书记 may be elected 等额 (as many candidates as seats).
- Elected: "被选举人获得的赞成票超过应到会有选举权人数的一半，始得当选" — more yes-votes than half of the members with
  voting rights who should attend, not of those present and not of the valid ballots. 另选他人 are counted alike.
- More such than seats: the most votes take the seats; a tie for the last seat goes to another round between the
  tied. Fewer than seats: the seats left are filled in another round (另行选举).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date, timedelta

from models.domain import ELECTION_OFFICES, BranchData, CommitteeRole, Election, Meeting
from models.rules.status import Roster, as_roster
from models.rules.votes import has_quorum, meeting_voters
from models.words import QT_TRANSLATE_NOOP, Words, joined, say, word

DIFFERENTIAL = 0.2  # 差额: candidates at least 20 % more than seats, for committee members


@dataclass(frozen=True)
class ElectionResult:
    expected_voters: int  # 应到会有选举权的党员
    present_voters: int  # 实到
    quorum: bool  # more than four fifths present
    valid: bool | None  # None: no quorum, or more ballots returned than issued
    elected: tuple[str, ...]  # member ids, most votes first
    tied: tuple[str, ...]  # a tie for the last seats: another round between these
    seats_left: int  # seats no one won: another round
    message: Words  # the sentence the minutes print (shown translated through ui/words.py)


def minimum_candidates(office: str, seats: int) -> int:
    """The fewest candidates for `seats`: 差额 for committee members, 等额 allowed for 书记 and 副书记."""
    if office != "committee":
        return seats
    extra = -(-seats * int(DIFFERENTIAL * 100) // 100)  # 20 %, rounded up
    return seats + extra


def valid_ballots(election: Election) -> int:
    return max(0, election.ballots_returned - election.ballots_invalid)


def election_problems(election: Election, roster: Roster | None = None) -> list[Words]:
    """What is wrong with the election as entered, in the clerk's words (before the count is judged)."""
    found: list[Words] = []
    name = (lambda m: roster.name(m)) if roster is not None else (lambda m: m)
    office = word(ELECTION_OFFICES.get(election.office, election.office))
    standing = [c for c in election.candidates if not c.write_in]
    least = minimum_candidates(election.office, election.seats)
    if election.seats <= 0:
        found.append(say(QT_TRANSLATE_NOOP("rules", "{0}的应选人数须至少 1 名"), office))
    elif len(standing) < least:
        rule = say(QT_TRANSLATE_NOOP("rules", "差额选举，候选人应多于应选人数的 20%") if election.office == "committee"
                   else QT_TRANSLATE_NOOP("rules", "候选人不能少于应选人数"))
        found.append(say(QT_TRANSLATE_NOOP("rules", "{0}应选 {1} 名，候选人 {2} 名：{3}，至少 {4} 名"), office,
                         election.seats, len(standing), rule, least))
    if election.ballots_invalid > election.ballots_returned:
        found.append(say(QT_TRANSLATE_NOOP("rules", "无效票 {0} 张，多于收回的选票 {1} 张"), election.ballots_invalid,
                         election.ballots_returned))
    valid = valid_ballots(election)
    for c in election.candidates:
        marks = c.yes + c.against + c.abstain
        if marks > valid:
            found.append(say(QT_TRANSLATE_NOOP("rules", "{0}的赞成、不赞成、弃权合计 {1} 票，多于有效选票 {2} 张"),
                             name(c.member), marks, valid))
    seen = [c.member for c in election.candidates]
    twice = sorted({m for m in seen if seen.count(m) > 1})
    if twice:
        found.append(say(QT_TRANSLATE_NOOP("rules", "{0}在候选人中重复出现"), "、".join(name(m) for m in twice)))
    return found


def judge_election(expected: int, present: int, election: Election,
                   names: Callable[[str], str] | None = None) -> ElectionResult:
    """The election judged on the counts of voters expected and present (models.rules.votes.meeting_voters)."""
    name = names or (lambda m: m)
    office = word(ELECTION_OFFICES.get(election.office, election.office))
    quorum = expected > 0 and has_quorum(expected, present, "election")
    judged = say(QT_TRANSLATE_NOOP("rules", "超过应到会人数的五分之四，符合规定") if quorum
                 else QT_TRANSLATE_NOOP("rules", "未超过应到会人数的五分之四，选举无效"))
    head = say(QT_TRANSLATE_NOOP("rules", "应到会有选举权党员 {0} 人，实到 {1} 人，{2}"), expected, present, judged)
    ballots = say(QT_TRANSLATE_NOOP("rules", "发出选票 {0} 张，收回 {1} 张，有效 {2} 张，无效 {3} 张"),
                  election.ballots_issued, election.ballots_returned, valid_ballots(election), election.ballots_invalid)
    if not quorum:
        return ElectionResult(expected, present, False, None, (), (), election.seats, head)
    if election.ballots_returned > election.ballots_issued:
        message = say(QT_TRANSLATE_NOOP("rules", "{0}；{1}，收回的选票多于发出的选票，选举无效"), head, ballots)
        return ElectionResult(expected, present, True, None, (), (), election.seats, message)
    winners = sorted((c for c in election.candidates if c.yes * 2 > expected), key=lambda c: -c.yes)
    elected, tied = [c.member for c in winners], []
    if len(winners) > election.seats:
        last = winners[election.seats - 1].yes
        above = [c.member for c in winners if c.yes > last]
        at_last = [c.member for c in winners if c.yes == last]
        if len(above) + len(at_last) > election.seats:  # the last seat is shared by a tie
            elected, tied = above, at_last
        else:
            elected = [c.member for c in winners[: election.seats]]
    left = 0 if tied else election.seats - len(elected)  # a tie's round decides the seats still open
    parts = [say(QT_TRANSLATE_NOOP("rules", "{0}；{1}，选举有效"), head, ballots)]
    if elected:
        parts.append(say(QT_TRANSLATE_NOOP("rules", "{0}获得的赞成票超过应到会有选举权人数的一半，当选为{1}"),
                         "、".join(name(m) for m in elected), office))
    if tied:
        parts.append(say(QT_TRANSLATE_NOOP("rules", "{0}得票相等，需就这 {1} 人再次投票，确定其余 {2} 名"),
                         "、".join(name(m) for m in tied), len(tied), election.seats - len(elected)))
    if left > 0:
        parts.append(say(QT_TRANSLATE_NOOP("rules", "当选人数少于应选名额，尚缺 {0} 名，需另行选举"), left))
    if not elected and not tied:
        parts.append(say(QT_TRANSLATE_NOOP("rules", "没有候选人获得超过应到会有选举权人数一半的赞成票")))
    return ElectionResult(expected, present, True, True, tuple(elected), tuple(tied), max(0, left), joined(parts))


def election_result(data: BranchData | Roster, meeting: Meeting, election: Election) -> ElectionResult:
    """The election of `meeting` judged with its voters (names as the roster has them)."""
    roster = as_roster(data)
    expected, present = meeting_voters(roster, meeting)
    return judge_election(len(expected), len(present), election, roster.name)


def committee_after(committee: Iterable[CommitteeRole], office: str, day: date,
                    roles: Mapping[str, str]) -> list[CommitteeRole]:
    """The committee's history once the result takes effect on `day`: for a committee election every role still
    held ends the day before and the elected take theirs (`roles`: member → 书记 / 组织委员 / 委员 …, by the committee's
    division of work); for the election of a 书记 or 副书记 only that office changes hands."""
    changing = None if office == "committee" else ELECTION_OFFICES[office]
    before = day - timedelta(days=1)
    kept = []
    for role in committee:
        still = role.end is None or role.end >= day
        if still and role.start < day and (changing is None or role.role == changing):
            role = replace(role, end=before)
        elif still and role.start >= day and (changing is None or role.role == changing):
            continue  # entered ahead for the new term: the result replaces it
        kept.append(role)
    return kept + [CommitteeRole(member, role, day) for member, role in roles.items()]
