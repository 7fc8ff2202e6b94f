"""Every text field of a record in the order its minutes print them, read from the record itself (not from the
document built from it), and the text of a Word file in reading order."""

from __future__ import annotations

from pathlib import Path

import docx
from docx.oxml.ns import qn

from exports.text import clean
from models.domain import BranchData, Meeting, Talk


def record_fields(data: BranchData, record: Meeting | Talk) -> list[str]:
    """What the clerk typed into `record`, field by field, in the order the document prints it."""
    names = {p.id: p.name for p in data.members}
    groups = {g.id: g.name for g in data.groups}
    name = lambda member: names.get(member, member or "")  # noqa: E731
    if isinstance(record, Talk):
        return [name(record.talker), name(record.talkee), record.location, record.kind, record.topic,
                record.content, record.talkee_views, record.follow_up]
    m = record
    out = [data.branch.name, m.title]
    if m.lecturer_member or m.lecturer:
        out.append(name(m.lecturer_member) if m.lecturer_member else m.lecturer)
    out.append(m.lecture_title or "")
    if m.group:
        out.append(groups.get(m.group, m.group))
    out += [m.location, name(m.host), name(m.recorder)]
    for a in m.attendance:
        if a.status in ("leave", "absent"):
            out += [name(a.member), a.reason or ""]
    for a in m.attendance:
        if a.status in ("late", "left_early"):
            out += [name(a.member), a.reason or ""]
    for g in m.guests:
        out += [g.name, g.title]
    out += list(m.agenda)
    if m.preparation:
        for o in m.preparation.opinions:
            out += [o.source, o.content]
        for s in m.preparation.self_examinations:
            out += [name(s.member), s.content]
    for s in m.speeches:
        out += [name(s.speaker) if s.speaker else s.speaker_name or "", s.content]
    for c in m.criticisms:
        out += [name(c.member), c.self_criticism]
        for r in c.received:
            out += [name(r.critic), r.content]
        out.append(c.response)
    for r in data.rectifications:
        if r.meeting == m.id:
            out += [r.problem, r.measures, name(r.responsible) if r.responsible else ""]
    for e in data.evaluations:
        if e.meeting == m.id:
            for result in e.results:
                out += [name(result.member), result.remarks]
    out += [r.text for r in m.resolutions]
    out += [m.summary, m.notes]
    for a in m.amendments:
        out += [a.reason, a.summary]
    out += ["主持人（签字）", "记录人（签字）"]
    return [clean(text) for text in out if clean(text)]


def docx_in_order(path: Path) -> str:
    """The body of a .docx in reading order: paragraphs and, where a table stands, its cells row by row."""
    body = docx.Document(str(path)).element.body
    parts: list[str] = []
    for element in body.iter(qn("w:p")):
        parts.append("".join(t.text or "" for t in element.iter(qn("w:t"))))
    return "\n".join(parts)


def missing_in_order(fields: list[str], text: str) -> list[str]:
    """The fields not found in `text` one after another (white space ignored); [] when all are there."""
    flat = "".join(text.split())
    missing: list[str] = []
    at = 0
    for field in fields:
        wanted = "".join(field.split())
        found = flat.find(wanted, at)
        if found < 0:
            missing.append(field[:40])
        else:
            at = found + len(wanted)
    return missing
