"""The year's compliance report (INTERCHANGE.md, "Compliance report"): which duty was met in which period.

Only meetings and talks dated in the year count; every recorded meeting counts, draft or final, also one dated
after `as_of` (`as_of` only decides whether an unmet period is `missing` or still `upcoming`).

Order of `duties`: the rules' order, then (for a per-group rule) the groups in the file's order, then the
periods in calendar order. A per-group rule counts, for each group, the meetings whose `group` is that group,
whatever the duty (for a per-group rule on a duty other than group_meeting this is the meeting's `group` field
too); a rule that is not per group counts every meeting of its duty. A per-group rule yields no entries when
the branch has no groups, and none for a group that did not exist on any day of the year (set up later,
dissolved earlier); a period of the year before a group was set up or after it was dissolved owes none.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import date, timedelta

from models.domain import BranchData, CommitteeChange, DutyRule, Evaluation, Group, Meeting, Talk, TalkRules
from models.rules.committee import clip, committee_intervals, has_committee_during
from models.rules.periods import Period, period_index, periods_of_year, year_period
from models.rules.status import Roster, branch_start, in_branch_during
from models.rules.votes import meeting_verdicts

MET, MISSING, UPCOMING = "met", "missing", "upcoming"


def period_state(held: int, required: int, period: Period, as_of: date) -> str:
    """met when held >= required; otherwise missing once the period's last day is on or before as_of."""
    if held >= required:
        return MET
    return MISSING if period.last <= as_of else UPCOMING


def meetings_in_year(meetings: Iterable[Meeting], year: int) -> list[Meeting]:
    """The meetings dated in `year`, in the given (file) order."""
    return [m for m in meetings if m.date.year == year]


def _duty_codes(meeting: Meeting) -> tuple[str, ...]:
    return tuple(dict.fromkeys(meeting.duties))  # a code listed twice still counts once


def _meetings_by_duty(meetings: Iterable[Meeting]) -> dict[str, list[Meeting]]:
    by_duty: dict[str, list[Meeting]] = {}
    for meeting in meetings:
        for code in _duty_codes(meeting):
            by_duty.setdefault(code, []).append(meeting)
    return by_duty


def group_exists_during(group: Group, first: date, last: date) -> bool:
    """Whether the 党小组 exists on at least one day from `first` to `last` (set up on or before `last`, not
    dissolved by `first`; no dates = all along)."""
    return (group.set_up_on is None or group.set_up_on <= last) and \
        (group.dissolved_on is None or group.dissolved_on > first)


def required_in(rule: DutyRule, period: Period, changes: Sequence[CommitteeChange],
                group: Group | None = None) -> int:
    """How many meetings the rule asks for in `period`: none of the 支委会 while the branch had no committee on
    any of its days (models.rules.committee), none of a group's meetings while the group did not exist."""
    if rule.duty == "committee_meeting" and not has_committee_during(changes, period.first, period.last):
        return 0
    if group is not None and not group_exists_during(group, period.first, period.last):
        return 0
    return rule.at_least


def _rule_entries(
    rule: DutyRule, group: Group | None, meetings: Sequence[Meeting], year: int, as_of: date,
    changes: Sequence[CommitteeChange] = (),
) -> list[dict[str, object]]:
    periods = periods_of_year(year, rule.per)
    held: list[list[str]] = [[] for _ in periods]
    for meeting in meetings:
        if group is None or meeting.group == group.id:
            held[period_index(meeting.date, rule.per)].append(meeting.id)
    entries = []
    for period, ids in zip(periods, held, strict=True):
        required = required_in(rule, period, changes, group)
        entries.append({
            "duty": rule.duty,
            "group": None if group is None else group.id,
            "period": period.label,
            "required": required,
            "held": len(ids),
            "state": period_state(len(ids), required, period, as_of),
            "meetings": ids,
        })
    return entries


def duty_entries(data: BranchData, meetings: Sequence[Meeting], year: int, as_of: date) -> list[dict[str, object]]:
    """One entry per duty rule, group (per-group rules) and period; `meetings` are those of `year`."""
    by_duty = _meetings_by_duty(meetings)
    entries: list[dict[str, object]] = []
    year_first, year_last = year_period(year).first, year_period(year).last
    groups = [g for g in data.groups if group_exists_during(g, year_first, year_last)]  # none set up or dissolved
    for rule in data.effective_rules.duties:
        scopes: list[Group | None] = list(groups) if rule.per_group else [None]
        for group in scopes:
            entries.extend(_rule_entries(rule, group, by_duty.get(rule.duty, ()), year, as_of,
                                         data.committee_changes))
    return entries


def secretary_lecture(roster: Roster, meetings: Iterable[Meeting], year: int, as_of: date) -> dict[str, object]:
    """党课 (by type or also_counts_as) whose lecturer_member held 书记 on the meeting's date."""
    ids = [
        m.id
        for m in meetings
        if "party_lecture" in m.duties
        and m.lecturer_member is not None
        and roster.is_secretary(m.lecturer_member, m.date)
    ]
    state = period_state(len(ids), 1, year_period(year), as_of)
    return {"required": 1, "held": len(ids), "state": state, "meetings": ids}


Interval = tuple[date, date]


def role_spans(roster: Roster, year: int) -> dict[str, list[Interval]]:
    """For each member who held a role (书记 included, with or without a committee) while in the branch during
    `year`: those stretches."""
    first, last = year_period(year).first, year_period(year).last
    spans: dict[str, list[Interval]] = {}
    for person in roster.data.members:
        start = branch_start(person)
        if start is None or not in_branch_during(person, first, last):
            continue
        lo = max(start, first)
        hi = last if person.left_on is None else min(last, person.left_on - timedelta(days=1))
        for role in roster.roles_of(person.id):
            a, b = max(lo, role.start), hi if role.end is None else min(hi, role.end)
            if a <= b:
                spans.setdefault(person.id, []).append((a, b))
    return spans


def committee_spans(roster: Roster, year: int) -> dict[str, list[Interval]]:
    """For each member who sat on the 支部委员会 while in the branch during `year`: those stretches (a role held
    while the branch had no committee is not a seat on it)."""
    period = year_period(year)
    within = committee_intervals(roster.data.committee_changes, period.first, period.last)
    seats = {m: clip(spans, within) for m, spans in role_spans(roster, year).items()}
    return {m: spans for m, spans in seats.items() if spans}


def _overlap(left: list[Interval], right: list[Interval]) -> bool:
    return any(a1 <= b2 and a2 <= b1 for a1, b1 in left for a2, b2 in right)


def _committee_talk_pairs(roster: Roster, talks: Iterable[Talk]) -> set[tuple[str, str]]:
    """Pairs (sorted) who talked while both held a committee role on the talk's date."""
    pairs: set[tuple[str, str]] = set()
    for talk in talks:
        if talk.talker == talk.talkee:
            continue
        if roster.is_committee_member(talk.talker, talk.date) and roster.is_committee_member(talk.talkee, talk.date):
            pairs.add((min(talk.talker, talk.talkee), max(talk.talker, talk.talkee)))
    return pairs


def _talked_with_committee(roster: Roster, talks: Iterable[Talk]) -> set[str]:
    """Everyone who talked with a talk partner on the talk's date (a committee member; without a committee,
    the 书记 or 副书记)."""
    talked: set[str] = set()
    for talk in talks:
        if talk.talker == talk.talkee:
            continue
        if roster.is_talk_partner(talk.talkee, talk.date):
            talked.add(talk.talker)
        if roster.is_talk_partner(talk.talker, talk.date):
            talked.add(talk.talkee)
    return talked


def talk_gaps(roster: Roster, talks: Sequence[Talk], year: int, rules: TalkRules) -> dict[str, list]:
    """谈心谈话 still owed in `year` (`talks` are those of the year).

    missing_committee_pairs: two members who were both on the committee, in the branch, on at least one
    common day of the year (a pair that never sat together cannot talk as committee members), with no talk
    in the year, either direction, while both held a role.

    members_without_committee_talk: members in the branch during the year (committee members included: a
    talk with another committee member counts for them) with no talk in the year with someone holding a
    role on the talk's date. While the branch has no committee, a talk counts with its 书记 or 副书记, and those
    who held a role in the year but never sat on a committee owe none: they are the ones who talk.
    """
    spans = committee_spans(roster, year)
    pairs: list[list[str]] = []
    if rules.committee_pairs:
        done = _committee_talk_pairs(roster, talks)
        ids = sorted(spans)
        pairs = [
            [a, b]
            for i, a in enumerate(ids)
            for b in ids[i + 1 :]
            if (a, b) not in done and _overlap(spans[a], spans[b])
        ]
    members: list[str] = []
    if rules.member_with_committee:
        period = year_period(year)
        talked = _talked_with_committee(roster, talks)
        leaders_only = set(role_spans(roster, year)) - set(spans)
        members = sorted(
            p.id
            for p in roster.data.members
            if in_branch_during(p, period.first, period.last) and p.id not in talked and p.id not in leaders_only
        )
    return {"missing_committee_pairs": pairs, "members_without_committee_talk": members}


def vote_entries(roster: Roster, meetings: Iterable[Meeting]) -> list[dict[str, object]]:
    """Every resolution with a vote, in meeting order, then resolution index (0-based)."""
    return [
        {
            "meeting": meeting.id,
            "resolution": index,
            "expected_voters": verdict.expected_voters,
            "present_voters": verdict.present_voters,
            "quorum": verdict.quorum,
            "passed": verdict.passed,
            "message": verdict.message,
        }
        for meeting in meetings
        for index, verdict in meeting_verdicts(roster, meeting)
    ]


def evaluation_entry(evaluation: Evaluation) -> dict[str, object]:
    """优秀 should be at most one third of those evaluated."""
    evaluated = len(evaluation.results)
    excellent = sum(1 for r in evaluation.results if r.grade == "优秀")
    return {
        "evaluation": evaluation.id,
        "evaluated": evaluated,
        "excellent": excellent,
        "excellent_within_third": excellent * 3 <= evaluated,
    }


def compliance_report(data: BranchData, year: int, as_of: date) -> dict[str, object]:
    """The compliance report of `year` as of `as_of`, exactly the JSON object of INTERCHANGE.md."""
    roster = Roster(data)
    meetings = meetings_in_year(data.meetings, year)
    talks = [t for t in data.talks if t.date.year == year]
    return {
        "year": year,
        "as_of": as_of.isoformat(),
        "duties": duty_entries(data, meetings, year, as_of),
        "secretary_lecture": secretary_lecture(roster, meetings, year, as_of),
        "talks": talk_gaps(roster, talks, year, data.effective_rules.talks),
        "votes": vote_entries(roster, meetings),
        "evaluations": [evaluation_entry(e) for e in data.evaluations if e.year == year],
    }


def compliance_json(report: dict[str, object]) -> str:
    """The report as the `compliance --json` command prints it."""
    return json.dumps(report, ensure_ascii=False, indent=2) + "\n"
