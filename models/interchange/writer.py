"""Writing the domain's values as a canonical interchange file (shared/spec/INTERCHANGE.md).

Canonical: keys in the order of the spec, the top-level lists sorted by their sort keys (null first, ids by
code point; a stable sort keeps equal entries in their order), lists without a sort key in the order they
have, every key written, two-space indentation, no escaping of non-ASCII characters, and a final newline.
Writing what was read from a canonical file gives the same bytes.

Version 2 (docs/formats.md) is written by default. Version 1 (shared/spec/INTERCHANGE.md) is written on request
exactly as before: bookkeeping it has no place for (record revisions, when an attachment was added) is left out,
and a birth date of year and month only is written as the month's first day — `version1_notes` lists those.
"""

from __future__ import annotations

import base64
import dataclasses
import json
from datetime import date, time
from typing import Any

from models.domain import (
    RESOLUTION_KINDS_V1,
    Amendment,
    Attachment,
    Attendance,
    Branch,
    BranchData,
    CommitteeRole,
    Criticism,
    Election,
    Evaluation,
    EvaluationResult,
    Exclusion,
    Group,
    GroupMembership,
    Meeting,
    PartyProbation,
    Person,
    Preparation,
    Rectification,
    Resolution,
    Rules,
    Speech,
    Talk,
    Vote,
)
from models.interchange._schema import FORMAT, VERSION, VERSIONS
from models.titles import running_numbers

Obj = dict[str, Any]


def write_branch(data: BranchData, version: int = VERSION) -> str:
    """The interchange file's text for the branch's data, in `version` of the format (1 or 2)."""
    if version not in VERSIONS:
        raise ValueError(f"unknown interchange version {version}")
    v2 = version >= 2
    if not v2 and (misfits := version1_misfits(data)):
        raise VersionMisfit(misfits)
    document: Obj = {
        "format": FORMAT,
        "version": version,
        "branch": _branch(data.branch, v2),
        "groups": [_group(g, v2) for g in sorted(data.groups, key=_by_id)],
        "members": [_member(p, v2) for p in sorted(data.members, key=_by_id)],
    }
    if v2:
        document["group_memberships"] = [_membership(g) for g in sorted(data.group_memberships, key=_span_order)]
    document["committee"] = [_committee_role(r) for r in sorted(data.committee, key=_committee_order)]
    if v2:
        document["committee_changes"] = [{"since": _day(c.since), "has_committee": c.has_committee}
                                         for c in sorted(data.committee_changes, key=lambda c: c.since)]
        document["exclusions"] = [_exclusion(x) for x in sorted(data.exclusions, key=_span_order)]
        document["party_probations"] = [{"member": p.member, "from": _day(p.start), "to": _day(p.end)}
                                        for p in sorted(data.party_probations, key=_span_order)]
    document |= {
        "meetings": [_meeting(m, v2) for m in sorted(data.meetings, key=_meeting_order)],
        "talks": [_talk(t, v2) for t in sorted(data.talks, key=_talk_order)],
        "rectifications": [_rectification(r, v2) for r in sorted(data.rectifications, key=_by_id)],
        "evaluations": [_evaluation(e, v2) for e in sorted(data.evaluations, key=_evaluation_order)],
        "rules": None if data.rules is None else _rules(data.rules),
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


class VersionMisfit(ValueError):
    """Content version 1 has no place for: writing it would lose it, so the file is not written."""

    def __init__(self, misfits: list[str]) -> None:
        super().__init__("版本 1 的交换文件容纳不下以下内容，请改用版本 2 导出：" + "；".join(misfits))
        self.misfits = misfits


def version1_misfits(data: BranchData) -> list[str]:
    """What the branch holds that version 1 cannot carry (the rules as the Party writes them: branches without a
    committee, exclusions from 应到, 留党察看, groups over time, 书面意见, elections, the path into the Party)."""
    found = []
    if data.committee_changes:
        found.append("是否设立支部委员会的记录")
    if data.exclusions:
        found.append(f"{len(data.exclusions)} 条不计入应到人数的记录")
    if data.party_probations:
        found.append(f"{len(data.party_probations)} 条留党察看的记录")
    if data.group_memberships or any(g.set_up_on or g.dissolved_on for g in data.groups):
        found.append("党小组的成立、撤销日期和党员所在党小组的变动")
    if any(p.applied_on or p.activist_on or p.candidate_on for p in data.members):
        found.append("申请入党、确定积极分子、列为发展对象的日期")
    resolutions = [r for m in data.meetings for r in m.resolutions]
    if any(r.written is not None for r in resolutions):
        found.append("未到会党员的书面意见")
    if any(r.election is not None for r in resolutions):
        found.append("选举的选票和计票结果")
    if any(r.subject is not None or r.kind not in RESOLUTION_KINDS_V1 for r in resolutions):
        found.append("决议所涉人员或版本 2 的决议类别")
    return found


def version1_notes(data: BranchData) -> list[str]:
    """What a version-1 file writes other than as recorded, one line each (the command prints them on stderr):
    a birth date of year and month only becomes the month's first day; a meeting's number (第 n 次) that is not
    the one its date gives it is left out, so a reader numbers it by its date."""
    notes = [
        f"{p.name}（{p.id}）的出生年月 {p.birth_date.year}年{p.birth_date.month}月 只有年月，"
        f"版本 1 没有年月的写法，写作该月 1 日（{p.birth_date.isoformat()}）"
        for p in sorted(data.members, key=_by_id)
        if p.birth_month_only and p.birth_date is not None
    ]
    if any(m.number for m in data.meetings):
        stored = running_numbers(data.meetings)
        by_date = running_numbers([dataclasses.replace(m, number=None) for m in data.meetings])
        notes += [
            f"会议“{m.title}”（{m.id}）的记录标题为第 {stored[m.id]} 次，版本 1 没有序号，"
            f"读入后按日期编为第 {by_date[m.id]} 次"
            for m in sorted(data.meetings, key=_meeting_order) if stored[m.id] != by_date[m.id]
        ]
    return notes


# --- sort keys (a None value sorts before any other) ----------------------------------------------------


def _nulls_first(value: Any) -> tuple[bool, Any]:
    return (value is not None, value)


def _by_id(entity: Group | Person | Rectification) -> str:
    return entity.id


def _committee_order(r: CommitteeRole) -> tuple[Any, ...]:
    return (_nulls_first(r.start), r.member, r.role)


def _meeting_order(m: Meeting) -> tuple[Any, ...]:
    return (_nulls_first(m.date), _nulls_first(m.start), m.id)


def _talk_order(t: Talk) -> tuple[Any, ...]:
    return (_nulls_first(t.date), t.id)


def _evaluation_order(e: Evaluation) -> tuple[Any, ...]:
    return (e.year, e.id)


def _span_order(x: GroupMembership | Exclusion | PartyProbation) -> tuple[Any, ...]:
    return (x.member, x.start)


# --- values ---------------------------------------------------------------------------------------------


def _day(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def _clock(value: time | None) -> str | None:
    return None if value is None else f"{value.hour:02d}:{value.minute:02d}"


# --- objects, keys in the order of the spec -------------------------------------------------------------


def _branch(b: Branch, v2: bool) -> Obj:
    obj: Obj = {
        "name": b.name,
        "short_name": b.short_name,
        "parent_org": b.parent_org,
        "fonds_code": b.fonds_code,
        "unit_code": b.unit_code,
    }
    if v2 and b.uid:  # a file read without one gives it back without one
        obj["uid"] = b.uid
    return obj


def _group(g: Group, v2: bool) -> Obj:
    obj: Obj = {"id": g.id, "name": g.name, "leader": g.leader}
    if v2:
        obj |= {"set_up_on": _day(g.set_up_on), "dissolved_on": _day(g.dissolved_on)}
    return obj


def _membership(g: GroupMembership) -> Obj:
    return {"member": g.member, "group": g.group, "from": _day(g.start), "to": _day(g.end)}


def _exclusion(x: Exclusion) -> Obj:
    return {"member": x.member, "reason": x.reason, "from": _day(x.start), "to": _day(x.end), "approval": x.approval}


def _birth_date(p: Person, v2: bool) -> str | None:
    if v2 and p.birth_month_only and p.birth_date is not None:
        return f"{p.birth_date.year:04d}-{p.birth_date.month:02d}"
    return _day(p.birth_date)


def _revision(obj: Obj, record: Meeting | Talk | Rectification | Evaluation, v2: bool) -> Obj:
    """Version 2 ends a record with its `revision` (how many times it was saved)."""
    if v2:
        obj["revision"] = record.version or 1
    return obj


def _member(p: Person, v2: bool) -> Obj:
    head: Obj = {
        "id": p.id,
        "name": p.name,
        "gender": p.gender,
        "ethnicity": p.ethnicity,
        "birth_date": _birth_date(p, v2),
        "education": p.education,
        "kind": p.kind,
    }
    if v2:
        head |= {"applied_on": _day(p.applied_on), "activist_on": _day(p.activist_on),
                 "candidate_on": _day(p.candidate_on)}
    return {
        **head,
        "joined_on": _day(p.joined_on),
        "full_member_on": _day(p.full_member_on),
        "group": p.group,
        "title": p.title,
        "phone": p.phone,
        "entered_on": _day(p.entered_on),
        "left_on": _day(p.left_on),
        "left_reason": p.left_reason,
        "notes": p.notes,
    }


def _committee_role(r: CommitteeRole) -> Obj:
    return {"member": r.member, "role": r.role, "from": _day(r.start), "to": _day(r.end)}


def _meeting(m: Meeting, v2: bool) -> Obj:
    head: Obj = {
        "id": m.id,
        "type": m.type,
        "also_counts_as": list(m.also_counts_as),
        "group": m.group,
        "title": m.title,
    }
    if v2:
        head["number"] = m.number
    return _revision({
        **head,
        "date": _day(m.date),
        "start": _clock(m.start),
        "end": _clock(m.end),
        "location": m.location,
        "host": m.host,
        "recorder": m.recorder,
        "lecturer": m.lecturer,
        "lecturer_member": m.lecturer_member,
        "lecture_title": m.lecture_title,
        "attendance": [_attendance(a) for a in m.attendance],
        "guests": [{"name": g.name, "title": g.title} for g in m.guests],
        "agenda": list(m.agenda),
        "speeches": [_speech(s) for s in m.speeches],
        "resolutions": [_resolution(r, v2) for r in m.resolutions],
        "summary": m.summary,
        "notes": m.notes,
        "criticisms": [_criticism(c) for c in m.criticisms],
        "preparation": None if m.preparation is None else _preparation(m.preparation),
        "status": m.status,
        "finalized_at": m.finalized_at,
        **({"finalized_by": m.finalized_by} if v2 else {}),
        "amendments": [_amendment(a, v2) for a in m.amendments],
        "attachments": [_attachment(a, v2) for a in m.attachments],
        "created_at": m.created_at,
        "updated_at": m.updated_at,
    }, m, v2)


def _amendment(a: Amendment, v2: bool) -> Obj:
    obj = {"at": a.at, "reason": a.reason, "summary": a.summary}
    return obj | {"author": a.author} if v2 else obj


def _attendance(a: Attendance) -> Obj:
    return {"member": a.member, "status": a.status, "reason": a.reason}


def _speech(s: Speech) -> Obj:
    return {"speaker": s.speaker, "speaker_name": s.speaker_name, "content": s.content}


def _vote(v: Vote | None) -> Obj | None:
    return None if v is None else {"for": v.yes, "against": v.against, "abstain": v.abstain}


def _resolution(r: Resolution, v2: bool) -> Obj:
    if not v2:
        return {"text": r.text, "kind": r.kind, "vote": _vote(r.vote)}
    return {"text": r.text, "kind": r.kind, "subject": r.subject, "vote": _vote(r.vote), "written": _vote(r.written),
            "election": None if r.election is None else _election(r.election)}


def _election(e: Election) -> Obj:
    return {
        "office": e.office,
        "seats": e.seats,
        "round": e.round,
        "candidates": [{"member": c.member, "for": c.yes, "against": c.against, "abstain": c.abstain,
                        "write_in": c.write_in} for c in e.candidates],
        "ballots_issued": e.ballots_issued,
        "ballots_returned": e.ballots_returned,
        "ballots_invalid": e.ballots_invalid,
        "scrutineers": list(e.scrutineers),
        "tellers": list(e.tellers),
    }


def _criticism(c: Criticism) -> Obj:
    return {
        "member": c.member,
        "self_criticism": c.self_criticism,
        "received": [{"from": r.critic, "content": r.content} for r in c.received],
        "response": c.response,
    }


def _preparation(p: Preparation) -> Obj:
    return {
        "opinions": [{"source": o.source, "content": o.content} for o in p.opinions],
        "self_examinations": [{"member": s.member, "content": s.content} for s in p.self_examinations],
    }


def _attachment(a: Attachment, v2: bool) -> Obj:
    obj = {"name": a.name, "media_type": a.media_type, "sha256": a.sha256}
    if v2:
        obj["added_at"] = a.added_at
    obj["data"] = base64.b64encode(a.data).decode("ascii")
    return obj


def _talk(t: Talk, v2: bool) -> Obj:
    return _revision({
        "id": t.id,
        "date": _day(t.date),
        "location": t.location,
        "talker": t.talker,
        "talkee": t.talkee,
        "kind": t.kind,
        "topic": t.topic,
        "content": t.content,
        "talkee_views": t.talkee_views,
        "follow_up": t.follow_up,
        "created_at": t.created_at,
        "updated_at": t.updated_at,
    }, t, v2)


def _rectification(r: Rectification, v2: bool) -> Obj:
    return _revision({
        "id": r.id,
        "meeting": r.meeting,
        "member": r.member,
        "problem": r.problem,
        "measures": r.measures,
        "responsible": r.responsible,
        "due": _day(r.due),
        "status": r.status,
        "done_on": _day(r.done_on),
        "result": r.result,
    }, r, v2)


def _evaluation(e: Evaluation, v2: bool) -> Obj:
    return _revision({
        "id": e.id,
        "year": e.year,
        "meeting": e.meeting,
        "voters": e.voters,
        "results": [_evaluation_result(r) for r in e.results],
    }, e, v2)


def _evaluation_result(r: EvaluationResult) -> Obj:
    v = r.votes
    return {
        "member": r.member,
        "self_assessment": r.self_assessment,
        "votes": {"优秀": v.excellent, "合格": v.qualified, "基本合格": v.basic, "不合格": v.unqualified},
        "grade": r.grade,
        "remarks": r.remarks,
    }


def _rules(rules: Rules) -> Obj:
    duties = [
        {"duty": d.duty, "per": d.per, "at_least": d.at_least, "per_group": d.per_group} for d in rules.duties
    ]
    talks = {
        "committee_pairs": rules.talks.committee_pairs,
        "member_with_committee": rules.talks.member_with_committee,
    }
    return {"duties": duties, "talks": talks}
