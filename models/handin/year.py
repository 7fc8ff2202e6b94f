"""The year's hand-in (本年度报送文件): the year's records in the interchange format, with everything they refer to.

It is the data file of the year's archive (`YYYY年度数据.orglife.json`); the 党委 imports it (models.handin.apply).
"""

from __future__ import annotations

import dataclasses
from datetime import date

from models.domain import BranchData
from models.interchange import write_branch
from models.rules.status import in_branch_during, role_overlaps


def year_data(data: BranchData, year: int) -> BranchData:
    """The meetings, talks, rectifications and evaluations of `year`, with the people, groups and committee
    roles of the year and every one they reference, so that the file reads back on its own."""
    first, last = date(year, 1, 1), date(year, 12, 31)
    meetings = tuple(m for m in data.meetings if m.date.year == year)
    ids = {m.id for m in meetings}
    talks = tuple(t for t in data.talks if t.date.year == year)
    rectifications = tuple(r for r in data.rectifications if r.meeting in ids or (
        r.meeting is None and any(d and d.year == year for d in (r.due, r.done_on))))
    evaluations = tuple(e for e in data.evaluations if e.year == year)
    committee = tuple(r for r in data.committee if role_overlaps(r, first, last))
    people = {p.id for p in data.members if in_branch_during(p, first, last)}
    people |= _referenced(meetings, talks, rectifications, evaluations) | {r.member for r in committee}
    groups = {m.group for m in meetings if m.group} | {p.group for p in data.members if p.id in people and p.group}
    people |= {g.leader for g in data.groups if g.id in groups and g.leader}
    groups |= {p.group for p in data.members if p.id in people and p.group}
    memberships = tuple(g for g in data.group_memberships if g.member in people)
    groups |= {g.group for g in memberships}
    return dataclasses.replace(
        data,
        groups=tuple(g for g in data.groups if g.id in groups),
        members=tuple(p for p in data.members if p.id in people),
        committee=committee, meetings=meetings, talks=talks, rectifications=rectifications, evaluations=evaluations,
        group_memberships=memberships,
        exclusions=tuple(x for x in data.exclusions if x.member in people),
        party_probations=tuple(x for x in data.party_probations if x.member in people),
    )


def _referenced(meetings, talks, rectifications, evaluations) -> set[str]:  # tuples of records
    found: set[str | None] = set()
    for m in meetings:
        found |= {m.host, m.recorder, m.lecturer_member, *(a.member for a in m.attendance)}
        found |= {s.speaker for s in m.speeches}
        for r in m.resolutions:
            found.add(r.subject)
            if r.election is not None:
                found |= {*(c.member for c in r.election.candidates), *r.election.scrutineers, *r.election.tellers}
        for c in m.criticisms:
            found |= {c.member, *(r.critic for r in c.received)}
        if m.preparation:
            found |= {s.member for s in m.preparation.self_examinations}
    found |= {p for t in talks for p in (t.talker, t.talkee)}
    found |= {p for r in rectifications for p in (r.member, r.responsible)}
    found |= {r.member for e in evaluations for r in e.results}
    return {f for f in found if f}


def year_interchange(data: BranchData, year: int) -> str:
    """The hand-in file's text: version 2, with the branch's uid."""
    return write_branch(year_data(data, year))
