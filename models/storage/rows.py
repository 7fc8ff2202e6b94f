"""Domain values as table rows (plain dicts for Core inserts), keyed by database ids."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from models.domain import (
    PRESENT_STATUSES,
    Branch,
    CommitteeChange,
    CommitteeRole,
    Election,
    Evaluation,
    Exclusion,
    Group,
    GroupMembership,
    Meeting,
    PartyProbation,
    Person,
    Rectification,
    Rules,
    Talk,
)

Row = dict[str, Any]


@dataclass
class Refs:
    """External ids to database ids, for the branch being written."""

    people: dict[str, int] = field(default_factory=dict)
    groups: dict[str, int] = field(default_factory=dict)
    meetings: dict[str, int] = field(default_factory=dict)

    def person(self, ext_id: str | None) -> int | None:
        return None if ext_id is None else self.people[ext_id]

    def group(self, ext_id: str | None) -> int | None:
        return None if ext_id is None else self.groups[ext_id]

    def meeting(self, ext_id: str | None) -> int | None:
        return None if ext_id is None else self.meetings[ext_id]


@dataclass
class TableRows:
    """Rows to insert, by table name, in an order that satisfies the foreign keys."""

    by_table: dict[str, list[Row]] = field(default_factory=dict)

    def add(self, table: str, row: Row) -> None:
        self.by_table.setdefault(table, []).append(row)


def branch_row(branch: Branch, rules: Rules | None) -> Row:
    talks = rules.talks if rules is not None else None
    return {
        "name": branch.name,
        "short_name": branch.short_name,
        "parent_org": branch.parent_org,
        "fonds_code": branch.fonds_code,
        "unit_code": branch.unit_code,
        "own_rules": rules is not None,
        "talk_committee_pairs": talks.committee_pairs if talks else True,
        "talk_member_with_committee": talks.member_with_committee if talks else True,
    } | ({"uid": branch.uid} if branch.uid else {})


def committee_change_rows(branch_id: int, changes: Iterable[CommitteeChange]) -> list[Row]:
    """One row a day: of two changes on one day the later listed is kept."""
    by_day = {c.since: c.has_committee for c in changes}
    return [{"branch_id": branch_id, "since": day, "has_committee": has} for day, has in sorted(by_day.items())]


def duty_rule_rows(branch_id: int, rules: Rules | None) -> list[Row]:
    if rules is None:
        return []
    return [
        {
            "branch_id": branch_id,
            "position": i,
            "duty": r.duty,
            "per": r.per,
            "at_least": r.at_least,
            "per_group": r.per_group,
        }
        for i, r in enumerate(rules.duties)
    ]


def group_row(group: Group, pk: int, branch_id: int) -> Row:
    # The leader is set after the people exist (person and party_group refer to each other).
    return {"id": pk, "branch_id": branch_id, "ext_id": group.id, "name": group.name, "leader_id": None,
            "set_up_on": group.set_up_on, "dissolved_on": group.dissolved_on}


def group_membership_row(g: GroupMembership, pk: int, branch_id: int, refs: Refs) -> Row:
    return {"id": pk, "branch_id": branch_id, "person_id": refs.people[g.member], "group_id": refs.groups[g.group],
            "start_on": g.start, "end_on": g.end}


def person_row(p: Person, pk: int, branch_id: int, refs: Refs) -> Row:
    return {
        "id": pk,
        "branch_id": branch_id,
        "ext_id": p.id,
        "name": p.name,
        "kind": p.kind,
        "gender": p.gender,
        "ethnicity": p.ethnicity,
        "birth_date": p.birth_date,
        "birth_precision": p.birth_precision if p.birth_date is not None else "day",
        "education": p.education,
        "joined_on": p.joined_on,
        "full_member_on": p.full_member_on,
        "applied_on": p.applied_on,
        "activist_on": p.activist_on,
        "candidate_on": p.candidate_on,
        "group_id": refs.group(p.group),
        "title": p.title,
        "phone": p.phone,
        "entered_on": p.entered_on,
        "left_on": p.left_on,
        "left_reason": p.left_reason,
        "notes": p.notes,
    }


def exclusion_row(e: Exclusion, pk: int, branch_id: int, refs: Refs) -> Row:
    return {"id": pk, "branch_id": branch_id, "person_id": refs.people[e.member], "reason": e.reason,
            "start_on": e.start, "end_on": e.end, "approval": e.approval}


def party_probation_row(p: PartyProbation, pk: int, branch_id: int, refs: Refs) -> Row:
    return {"id": pk, "branch_id": branch_id, "person_id": refs.people[p.member], "start_on": p.start,
            "end_on": p.end}


def committee_row(c: CommitteeRole, pk: int, branch_id: int, refs: Refs) -> Row:
    return {
        "id": pk,
        "branch_id": branch_id,
        "person_id": refs.people[c.member],
        "role": c.role,
        "start_on": c.start,
        "end_on": c.end,
    }


def _election_head(e: Election | None) -> Row:
    return {"election_office": e.office if e else None, "election_seats": e.seats if e else None,
            "ballots_issued": e.ballots_issued if e else None, "ballots_returned": e.ballots_returned if e else None,
            "ballots_invalid": e.ballots_invalid if e else None, "election_round": e.round if e else None}


def _add_election_rows(out: TableRows, e: Election, pk: int, resolution: int, refs: Refs) -> None:
    key = {"meeting_id": pk, "resolution_position": resolution}
    for i, c in enumerate(e.candidates):
        out.add("election_candidate", {**key, "position": i, "person_id": refs.people[c.member], "yes": c.yes,
                                       "against": c.against, "abstain": c.abstain, "write_in": c.write_in})
    officials = [(m, "scrutineer") for m in e.scrutineers] + [(m, "teller") for m in e.tellers]
    for i, (member, duty) in enumerate(officials):
        out.add("election_official", {**key, "position": i, "person_id": refs.people[member], "duty": duty})


def add_meeting_rows(out: TableRows, m: Meeting, pk: int, branch_id: int, refs: Refs) -> None:
    """The meeting's own row and every child row, in order."""
    out.add("meeting", _meeting_row(m, pk, branch_id, refs))
    for i, duty in enumerate(m.also_counts_as):
        out.add("meeting_duty", {"meeting_id": pk, "position": i, "duty": duty})
    for i, a in enumerate(m.attendance):
        out.add(
            "attendance",
            {"meeting_id": pk, "position": i, "person_id": refs.people[a.member], "status": a.status,
             "reason": a.reason},
        )
    for i, g in enumerate(m.guests):
        out.add("guest", {"meeting_id": pk, "position": i, "name": g.name, "title": g.title})
    for i, text in enumerate(m.agenda):
        out.add("agenda_item", {"meeting_id": pk, "position": i, "text": text})
    for i, s in enumerate(m.speeches):
        out.add(
            "speech",
            {"meeting_id": pk, "position": i, "speaker_id": refs.person(s.speaker),
             "speaker_name": s.speaker_name, "content": s.content},
        )
    for i, r in enumerate(m.resolutions):
        vote, written = r.vote, r.written
        out.add(
            "resolution",
            {"meeting_id": pk, "position": i, "text": r.text, "kind": r.kind,
             "vote_for": vote.yes if vote else None, "vote_against": vote.against if vote else None,
             "vote_abstain": vote.abstain if vote else None,
             "written_for": written.yes if written else None,
             "written_against": written.against if written else None,
             "written_abstain": written.abstain if written else None,
             **_election_head(r.election), "subject_id": refs.person(r.subject)},
        )
        if r.election is not None:
            _add_election_rows(out, r.election, pk, i, refs)
    _add_org_life_rows(out, m, pk, refs)
    for i, a in enumerate(m.amendments):
        out.add("amendment", {"meeting_id": pk, "position": i, "at": a.at, "reason": a.reason,
                              "summary": a.summary, "author": a.author})
    for i, f in enumerate(m.attachments):
        out.add("attachment", {"meeting_id": pk, "position": i, "name": f.name, "media_type": f.media_type,
                               "sha256": f.sha256, "data": f.data, "added_at": f.added_at})


def _meeting_row(m: Meeting, pk: int, branch_id: int, refs: Refs) -> Row:
    return {
        "id": pk,
        "branch_id": branch_id,
        "ext_id": m.id,
        "type": m.type,
        "group_id": refs.group(m.group),
        "title": m.title,
        "date": m.date,
        "start": m.start,
        "end": m.end,
        "location": m.location,
        "host_id": refs.person(m.host),
        "recorder_id": refs.person(m.recorder),
        "lecturer": m.lecturer,
        "lecturer_member_id": refs.person(m.lecturer_member),
        "lecture_title": m.lecture_title,
        "summary": m.summary,
        "notes": m.notes,
        "has_preparation": m.preparation is not None,
        "expected_count": len(m.attendance),
        "present_count": sum(1 for a in m.attendance if a.status in PRESENT_STATUSES),
        "status": m.status,
        "finalized_at": m.finalized_at,
        "finalized_by": m.finalized_by,
        "number": m.number,
        "created_at": m.created_at,
        "updated_at": m.updated_at,
    }


def _add_org_life_rows(out: TableRows, m: Meeting, pk: int, refs: Refs) -> None:
    for i, c in enumerate(m.criticisms):
        out.add(
            "criticism",
            {"meeting_id": pk, "position": i, "person_id": refs.people[c.member],
             "self_criticism": c.self_criticism, "response": c.response},
        )
        for j, r in enumerate(c.received):
            out.add(
                "criticism_received",
                {"meeting_id": pk, "criticism_position": i, "position": j,
                 "critic_id": refs.people[r.critic], "content": r.content},
            )
    if m.preparation is not None:
        for i, o in enumerate(m.preparation.opinions):
            out.add("opinion", {"meeting_id": pk, "position": i, "source": o.source, "content": o.content})
        for i, s in enumerate(m.preparation.self_examinations):
            out.add(
                "self_examination",
                {"meeting_id": pk, "position": i, "person_id": refs.people[s.member], "content": s.content},
            )


def talk_row(t: Talk, pk: int, branch_id: int, refs: Refs) -> Row:
    return {
        "id": pk,
        "branch_id": branch_id,
        "ext_id": t.id,
        "date": t.date,
        "location": t.location,
        "talker_id": refs.people[t.talker],
        "talkee_id": refs.people[t.talkee],
        "kind": t.kind,
        "topic": t.topic,
        "content": t.content,
        "talkee_views": t.talkee_views,
        "follow_up": t.follow_up,
        "created_at": t.created_at,
        "updated_at": t.updated_at,
    }


def rectification_row(r: Rectification, pk: int, branch_id: int, refs: Refs) -> Row:
    return {
        "id": pk,
        "branch_id": branch_id,
        "ext_id": r.id,
        "meeting_id": refs.meeting(r.meeting),
        "person_id": refs.person(r.member),
        "problem": r.problem,
        "measures": r.measures,
        "responsible_id": refs.person(r.responsible),
        "due": r.due,
        "status": r.status,
        "done_on": r.done_on,
        "result": r.result,
    }


def add_evaluation_rows(out: TableRows, e: Evaluation, pk: int, branch_id: int, refs: Refs) -> None:
    out.add(
        "evaluation",
        {"id": pk, "branch_id": branch_id, "ext_id": e.id, "year": e.year,
         "meeting_id": refs.meeting(e.meeting), "voters": e.voters},
    )
    for i, r in enumerate(e.results):
        v = r.votes
        out.add(
            "evaluation_result",
            {"evaluation_id": pk, "position": i, "person_id": refs.people[r.member],
             "self_assessment": r.self_assessment, "votes_excellent": v.excellent,
             "votes_qualified": v.qualified, "votes_basic": v.basic, "votes_unqualified": v.unqualified,
             "grade": r.grade, "remarks": r.remarks},
        )
