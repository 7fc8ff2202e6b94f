"""Reading a branch's records back as domain values, in bulk (one query a table) or for chosen meetings."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date
from typing import Any

from sqlalchemy import Connection, Table, select

from models.domain import (
    Amendment,
    Attachment,
    Attendance,
    Branch,
    BranchData,
    Candidate,
    CommitteeChange,
    CommitteeRole,
    Criticism,
    DutyRule,
    Election,
    Evaluation,
    EvaluationResult,
    Exclusion,
    GradeVotes,
    Group,
    GroupMembership,
    Guest,
    Meeting,
    Opinion,
    PartyProbation,
    Person,
    Preparation,
    ReceivedCriticism,
    Rectification,
    Resolution,
    Rules,
    SelfExamination,
    Speech,
    Talk,
    TalkRules,
    Vote,
)
from models.orm import Base
from models.titles import SeriesEntry

T = Base.metadata.tables


def by_code_point(conn: Connection, column: Any) -> Any:
    """Ids compare by code point (INTERCHANGE.md): SQLite's default BINARY collation does; PostgreSQL needs "C"."""
    return column if conn.dialect.name == "sqlite" else column.collate("C")


class Names:
    """Database ids to external ids for one branch."""

    def __init__(self, conn: Connection, branch_id: int) -> None:
        self.people = _ext_ids(conn, T["person"], branch_id)
        self.groups = _ext_ids(conn, T["party_group"], branch_id)
        self.meetings = _ext_ids(conn, T["meeting"], branch_id)

    @classmethod
    def known(cls, people: dict[int, str], groups: dict[int, str]) -> Names:
        """The names of people and groups already read (of any number of branches: database ids are unique);
        meetings added as they are needed."""
        names = cls.__new__(cls)
        names.people, names.groups, names.meetings = people, groups, {}
        return names

    def person(self, pk: int | None) -> str | None:
        return None if pk is None else self.people[pk]


def _ext_ids(conn: Connection, table: Table, branch_id: int) -> dict[int, str]:
    return dict(conn.execute(select(table.c.id, table.c.ext_id).where(table.c.branch_id == branch_id)).all())


def load_branch(conn: Connection, branch_id: int, year: int | None = None, content: bool = True) -> BranchData:
    """The branch's records; with `year`, only that year's meetings, talks and evaluations (people, groups,
    committee and rectifications whole, since the year's records refer to them). Without `content` the meetings
    come without what is written in them (see `load_meetings`)."""
    names = Names(conn, branch_id)
    branch, rules = load_branch_info(conn, branch_id)
    meeting_ids = talk_ids = None
    if year is not None:
        meeting_ids = ids_in_year(conn, T["meeting"], branch_id, year)
        talk_ids = ids_in_year(conn, T["talk"], branch_id, year)
    evaluations = load_evaluations(conn, branch_id, names, year)
    return BranchData(
        branch=branch,
        groups=tuple(load_groups(conn, branch_id, names)),
        members=tuple(load_people(conn, branch_id, names)),
        committee=tuple(load_committee(conn, branch_id, names)),
        meetings=tuple(load_meetings(conn, branch_id, names, meeting_ids, content)),
        talks=tuple(load_talks(conn, branch_id, names, talk_ids)),
        rectifications=tuple(load_rectifications(conn, branch_id, names)),
        evaluations=tuple(e for e in evaluations if year is None or e.year == year),
        rules=rules,
        committee_changes=tuple(load_committee_changes(conn, branch_id)),
        exclusions=tuple(load_exclusions(conn, branch_id, names)),
        party_probations=tuple(load_party_probations(conn, branch_id, names)),
        group_memberships=tuple(load_group_memberships(conn, branch_id, names)),
    )


def load_exclusions(conn: Connection, branch_id: int, names: Names) -> list[Exclusion]:
    t = T["exclusion"]
    rows = conn.execute(select(t).where(t.c.branch_id == branch_id).order_by(t.c.start_on, t.c.id))
    return [exclusion_of(r, names) for r in rows]


def exclusion_of(r: Any, names: Names) -> Exclusion:
    return Exclusion(names.people[r.person_id], r.reason, r.start_on, r.end_on, r.approval)


def load_party_probations(conn: Connection, branch_id: int, names: Names) -> list[PartyProbation]:
    t = T["party_probation"]
    rows = conn.execute(select(t).where(t.c.branch_id == branch_id).order_by(t.c.start_on, t.c.id))
    return [probation_of(r, names) for r in rows]


def probation_of(r: Any, names: Names) -> PartyProbation:
    return PartyProbation(names.people[r.person_id], r.start_on, r.end_on)


def load_committee_changes(conn: Connection, branch_id: int) -> list[CommitteeChange]:
    t = T["committee_change"]
    rows = conn.execute(select(t).where(t.c.branch_id == branch_id).order_by(t.c.since))
    return [committee_change_of(r) for r in rows]


def committee_change_of(r: Any) -> CommitteeChange:
    return CommitteeChange(r.since, bool(r.has_committee))


def ids_in_year(conn: Connection, table: Table, branch_id: int, year: int) -> list[int]:
    stmt = select(table.c.id).where(
        table.c.branch_id == branch_id, table.c.date >= date(year, 1, 1), table.c.date <= date(year, 12, 31)
    )
    return list(conn.execute(stmt).scalars())


def series_entries(conn: Connection, branch_id: int, year: int | None = None) -> list[SeriesEntry]:
    """What numbering needs of the branch's meetings (of `year`): kind, group, date, start, stored number."""
    m, g = T["meeting"], T["party_group"]
    stmt = (select(m.c.ext_id, m.c.type, g.c.ext_id, m.c.date, m.c.start, m.c.number)
            .outerjoin(g, g.c.id == m.c.group_id).where(m.c.branch_id == branch_id))
    if year is not None:
        stmt = stmt.where(m.c.date >= date(year, 1, 1), m.c.date <= date(year, 12, 31))
    return [SeriesEntry(*r) for r in conn.execute(stmt)]


def load_branch_info(conn: Connection, branch_id: int) -> tuple[Branch, Rules | None]:
    b = conn.execute(select(T["branch"]).where(T["branch"].c.id == branch_id)).one()
    if not b.own_rules:
        return branch_of(b, ())
    dr = T["duty_rule"]
    return branch_of(b, conn.execute(select(dr).where(dr.c.branch_id == branch_id).order_by(dr.c.position)))


def branch_of(b: Any, duty_rules: Iterable[Any]) -> tuple[Branch, Rules | None]:
    """A branch row and its duty rules' rows (in position order) as the branch and its own rules (None: the
    defaults)."""
    branch = Branch(b.name, b.short_name, b.parent_org, b.fonds_code, b.unit_code, b.uid)
    if not b.own_rules:
        return branch, None
    duties = tuple(DutyRule(r.duty, r.per, r.at_least, bool(r.per_group)) for r in duty_rules)
    talks = TalkRules(bool(b.talk_committee_pairs), bool(b.talk_member_with_committee))
    return branch, Rules(duties, talks)


def load_groups(conn: Connection, branch_id: int, names: Names) -> list[Group]:
    t = T["party_group"]
    rows = conn.execute(select(t).where(t.c.branch_id == branch_id).order_by(t.c.id))
    return [group_of(r, names) for r in rows]


def group_of(r: Any, names: Names) -> Group:
    return Group(r.ext_id, r.name, names.person(r.leader_id), r.set_up_on, r.dissolved_on)


def load_group_memberships(conn: Connection, branch_id: int, names: Names) -> list[GroupMembership]:
    t = T["group_membership"]
    rows = conn.execute(select(t).where(t.c.branch_id == branch_id).order_by(t.c.start_on, t.c.id))
    return [membership_of(r, names) for r in rows]


def membership_of(r: Any, names: Names) -> GroupMembership:
    return GroupMembership(names.people[r.person_id], names.groups[r.group_id], r.start_on, r.end_on)


def load_people(conn: Connection, branch_id: int, names: Names, ids: Iterable[int] | None = None) -> list[Person]:
    t = T["person"]
    stmt = select(t).where(t.c.branch_id == branch_id).order_by(t.c.id)
    if ids is not None:
        stmt = stmt.where(t.c.id.in_(list(ids)))
    return [person_of(r, names) for r in conn.execute(stmt)]


def person_of(r: Any, names: Names) -> Person:
    return Person(
        id=r.ext_id, name=r.name, kind=r.kind, gender=r.gender, ethnicity=r.ethnicity,
        birth_date=r.birth_date, education=r.education, joined_on=r.joined_on,
        full_member_on=r.full_member_on, group=None if r.group_id is None else names.groups[r.group_id],
        applied_on=r.applied_on, activist_on=r.activist_on, candidate_on=r.candidate_on,
        title=r.title, phone=r.phone, entered_on=r.entered_on, left_on=r.left_on,
        left_reason=r.left_reason, notes=r.notes, birth_precision=r.birth_precision,
    )


def load_committee(conn: Connection, branch_id: int, names: Names) -> list[CommitteeRole]:
    t = T["committee_role"]
    rows = conn.execute(select(t).where(t.c.branch_id == branch_id).order_by(t.c.id))
    return [committee_role_of(r, names) for r in rows]


def committee_role_of(r: Any, names: Names) -> CommitteeRole:
    return CommitteeRole(names.people[r.person_id], r.role, r.start_on, r.end_on)


def _children(conn: Connection, name: str, meeting_ids: list[int] | None, branch_id: int) -> dict[int, list[Any]]:
    """A child table's rows grouped by meeting, in position order."""
    if meeting_ids is None:
        return children(conn, name, select(T["meeting"].c.id).where(T["meeting"].c.branch_id == branch_id))
    return children(conn, name, meeting_ids)


def children(conn: Connection, name: str, meetings: Any) -> dict[int, list[Any]]:
    """A child table's rows of `meetings` (a list of ids or a select of them) grouped by meeting, in position
    order."""
    t = T[name]
    stmt = select(t).where(t.c.meeting_id.in_(meetings))
    grouped: dict[int, list[Any]] = defaultdict(list)
    order = [t.c.meeting_id, t.c.position]
    if name == "criticism_received":
        order = [t.c.meeting_id, t.c.criticism_position, t.c.position]
    elif name in ("election_candidate", "election_official"):
        order = [t.c.meeting_id, t.c.resolution_position, t.c.position]
    for r in conn.execute(stmt.order_by(*order)).all():
        grouped[r.meeting_id].append(r)
    return grouped


MEETING_PARTS = ("meeting_duty", "attendance", "guest", "agenda_item", "speech", "resolution", "election_candidate",
                 "election_official", "criticism", "criticism_received", "opinion", "self_examination", "amendment",
                 "attachment")
# what the rules read of a meeting
OUTLINE_PARTS = ("meeting_duty", "attendance", "resolution", "election_candidate", "election_official")


def load_meetings(
    conn: Connection, branch_id: int, names: Names, meeting_ids: list[int] | None = None, content: bool = True
) -> list[Meeting]:
    """The meetings, whole; without `content` only their outline — the head, the duties counted (also_counts_as),
    the attendance and the resolutions with their votes, all the compliance report reads — and no guests, agenda,
    speeches, criticism, preparation, amendments or attachments."""
    t = T["meeting"]
    # The interchange order (date, start with no time first, id by code point): lists built from the database
    # then agree with an exported file, e.g. the order of `meetings` in the compliance report.
    stmt = select(t).where(t.c.branch_id == branch_id).order_by(t.c.date, t.c.start.is_not(None), t.c.start,
                                                                 by_code_point(conn, t.c.ext_id))
    if meeting_ids is not None:
        stmt = stmt.where(t.c.id.in_(meeting_ids))
    heads = conn.execute(stmt).all()
    kids = {
        name: _children(conn, name, meeting_ids, branch_id) if content or name in OUTLINE_PARTS else {}
        for name in MEETING_PARTS
    }
    return [meeting_of(r, kids, names) for r in heads]


def meeting_of(r: Any, kids: dict[str, dict[int, list[Any]]], names: Names) -> Meeting:
    k = {name: rows.get(r.id, ()) for name, rows in kids.items()}
    person = names.person
    preparation = None
    if r.has_preparation:
        preparation = Preparation(
            tuple(Opinion(o.source, o.content) for o in k["opinion"]),
            tuple(SelfExamination(names.people[s.person_id], s.content) for s in k["self_examination"]),
        )
    received: dict[int, list[ReceivedCriticism]] = defaultdict(list)
    for c in k["criticism_received"]:
        received[c.criticism_position].append(ReceivedCriticism(names.people[c.critic_id], c.content))
    return Meeting(
        id=r.ext_id, type=r.type, title=r.title, date=r.date,
        also_counts_as=tuple(d.duty for d in k["meeting_duty"]),
        group=None if r.group_id is None else names.groups[r.group_id],
        start=r.start, end=r.end, location=r.location, host=person(r.host_id), recorder=person(r.recorder_id),
        lecturer=r.lecturer, lecturer_member=person(r.lecturer_member_id), lecture_title=r.lecture_title,
        attendance=tuple(Attendance(names.people[a.person_id], a.status, a.reason) for a in k["attendance"]),
        guests=tuple(Guest(g.name, g.title) for g in k["guest"]),
        agenda=tuple(a.text for a in k["agenda_item"]),
        speeches=tuple(Speech(s.content, person(s.speaker_id), s.speaker_name) for s in k["speech"]),
        resolutions=tuple(_resolution(x, _election(x, k, names), person(x.subject_id)) for x in k["resolution"]),
        summary=r.summary, notes=r.notes,
        criticisms=tuple(
            Criticism(names.people[c.person_id], c.self_criticism, tuple(received[c.position]), c.response)
            for c in k["criticism"]
        ),
        preparation=preparation, status=r.status, finalized_at=r.finalized_at, finalized_by=r.finalized_by,
        amendments=tuple(Amendment(a.at, a.reason, a.summary, a.author) for a in k["amendment"]),
        attachments=tuple(Attachment(a.name, a.media_type, a.sha256, a.data, a.added_at) for a in k["attachment"]),
        created_at=r.created_at, updated_at=r.updated_at, version=r.version, number=r.number,
    )


def _resolution(x: Any, election: Election | None = None, subject: str | None = None) -> Resolution:
    vote = None if x.vote_for is None else Vote(x.vote_for, x.vote_against, x.vote_abstain)
    written = None if x.written_for is None else Vote(x.written_for, x.written_against, x.written_abstain)
    return Resolution(x.text, x.kind, vote, written, election, subject)


def _election(x: Any, k: dict[str, Any], names: Names) -> Election | None:
    """The ballot of resolution row `x`, with its candidates and officials (None when it is no election)."""
    if x.election_office is None:
        return None
    mine = [c for c in k["election_candidate"] if c.resolution_position == x.position]
    officials = [o for o in k["election_official"] if o.resolution_position == x.position]
    return Election(
        x.election_office, x.election_seats,
        tuple(Candidate(names.people[c.person_id], c.yes, c.against, c.abstain, bool(c.write_in)) for c in mine),
        x.ballots_issued, x.ballots_returned, x.ballots_invalid or 0,
        tuple(names.people[o.person_id] for o in officials if o.duty == "scrutineer"),
        tuple(names.people[o.person_id] for o in officials if o.duty == "teller"),
        x.election_round or 1,
    )


def load_talks(conn: Connection, branch_id: int, names: Names, talk_ids: list[int] | None = None) -> list[Talk]:
    t = T["talk"]
    stmt = select(t).where(t.c.branch_id == branch_id).order_by(t.c.date, by_code_point(conn, t.c.ext_id))
    if talk_ids is not None:
        stmt = stmt.where(t.c.id.in_(talk_ids))
    return [talk_of(r, names) for r in conn.execute(stmt)]


def talk_of(r: Any, names: Names) -> Talk:
    return Talk(
        id=r.ext_id, date=r.date, talker=names.people[r.talker_id], talkee=names.people[r.talkee_id],
        location=r.location, kind=r.kind, topic=r.topic, content=r.content, talkee_views=r.talkee_views,
        follow_up=r.follow_up, created_at=r.created_at, updated_at=r.updated_at, version=r.version,
    )


def load_rectifications(conn: Connection, branch_id: int, names: Names) -> list[Rectification]:
    t = T["rectification"]
    rows = conn.execute(select(t).where(t.c.branch_id == branch_id).order_by(t.c.id))
    return [rectification_of(r, names) for r in rows]


def rectification_of(r: Any, names: Names) -> Rectification:
    return Rectification(
        id=r.ext_id, problem=r.problem,
        meeting=None if r.meeting_id is None else names.meetings[r.meeting_id],
        member=names.person(r.person_id), measures=r.measures, responsible=names.person(r.responsible_id),
        due=r.due, status=r.status, done_on=r.done_on, result=r.result, version=r.version,
    )


def load_evaluations(conn: Connection, branch_id: int, names: Names, year: int | None = None) -> list[Evaluation]:
    """The branch's evaluations (民主评议), of `year` only when given."""
    t, res = T["evaluation"], T["evaluation_result"]
    results: dict[int, list[EvaluationResult]] = defaultdict(list)
    owned = select(t.c.id).where(t.c.branch_id == branch_id)
    if year is not None:
        owned = owned.where(t.c.year == year)
    for r in conn.execute(select(res).where(res.c.evaluation_id.in_(owned)).order_by(res.c.evaluation_id,
                                                                                     res.c.position)):
        results[r.evaluation_id].append(evaluation_result_of(r, names))
    chosen = select(t).where(t.c.branch_id == branch_id)
    if year is not None:
        chosen = chosen.where(t.c.year == year)
    rows = conn.execute(chosen.order_by(t.c.year, by_code_point(conn, t.c.ext_id)))
    return [evaluation_of(r, names, results) for r in rows]


def evaluation_result_of(r: Any, names: Names) -> EvaluationResult:
    votes = GradeVotes(r.votes_excellent, r.votes_qualified, r.votes_basic, r.votes_unqualified)
    return EvaluationResult(names.people[r.person_id], r.self_assessment, votes, r.grade, r.remarks)


def evaluation_of(r: Any, names: Names, results: dict[int, list[EvaluationResult]]) -> Evaluation:
    return Evaluation(r.ext_id, r.year, r.voters, None if r.meeting_id is None else names.meetings[r.meeting_id],
                      tuple(results[r.id]), version=r.version)
