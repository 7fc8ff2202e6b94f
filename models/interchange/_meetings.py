"""Reading `meetings[]` of an interchange file."""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
from typing import Any

from models.domain import (
    ATTENDANCE_STATUSES,
    ELECTION_OFFICES,
    MEETING_STATUSES,
    MEETING_TYPES,
    RESOLUTION_KINDS,
    RESOLUTION_KINDS_V1,
    Amendment,
    Attachment,
    Attendance,
    Candidate,
    Criticism,
    Election,
    Guest,
    Meeting,
    Opinion,
    Preparation,
    ReceivedCriticism,
    Resolution,
    SelfExamination,
    Speech,
    Vote,
)
from models.filenames import name_problem
from models.interchange._checker import BAD, Checker, key_path
from models.interchange._schema import (
    AMENDMENT,
    ATTACHMENT,
    ATTENDANCE,
    CANDIDATE,
    CRITICISM,
    ELECTION,
    GUEST,
    MEETING,
    OPINION,
    PREPARATION,
    RECEIVED_CRITICISM,
    RESOLUTION,
    SELF_EXAMINATION,
    SPEECH,
    VOTE,
)
from models.limits import ATTACHMENT_BYTES

Obj = dict[str, Any]
_SHA256 = re.compile(r"[0-9a-f]{64}")
_ORG_LIFE = "org_life_meeting"


def read_meetings(c: Checker, root: Obj) -> tuple[Meeting, ...]:
    seen: dict[str, str] = {}
    return tuple(_meeting(c, d, path, seen) for path, d in c.objects(root, "meetings", "", MEETING))


def _meeting(c: Checker, d: Obj, path: str, seen: dict[str, str]) -> Meeting:
    head = _head(c, d, path, seen)
    attendance = _attendance(c, d, path)
    org_life = _ORG_LIFE in (head["type"], *head["also_counts_as"])
    meeting = Meeting(
        **head,
        attendance=attendance,
        guests=tuple(
            Guest(c.line(g, "name", p), c.line(g, "title", p)) for p, g in c.objects(d, "guests", path, GUEST)
        ),
        agenda=tuple(c.values(d, "agenda", path, c.as_str)),
        speeches=_speeches(c, d, path),
        resolutions=_resolutions(c, d, path),
        summary=c.text(d, "summary", path),
        notes=c.text(d, "notes", path),
        criticisms=_criticisms(c, d, path, org_life),
        preparation=_preparation(c, d, path, org_life),
        **_record_keeping(c, d, path),
    )
    _check_meeting(c, meeting, d, path)
    return meeting


def _head(c: Checker, d: Obj, path: str, seen: dict[str, str]) -> Obj:
    """The keys from `id` to `lecture_title`."""
    member = c.ref("member")
    return {
        "id": c.unique_id(d, path, seen),
        "type": c.field(d, "type", path, c.choice(MEETING_TYPES), ""),
        "also_counts_as": _also_counts_as(c, d, path),
        "group": c.field(d, "group", path, c.ref("group"), nullable=True),
        "title": c.line(d, "title", path),
        "number": c.running_number(d, path),
        "date": c.field(d, "date", path, c.as_date),
        "start": c.field(d, "start", path, c.as_time, nullable=True),
        "end": c.field(d, "end", path, c.as_time, nullable=True),
        "location": c.text(d, "location", path),
        "host": c.field(d, "host", path, member, nullable=True),
        "recorder": c.field(d, "recorder", path, member, nullable=True),
        "lecturer": c.opt_line(d, "lecturer", path),
        "lecturer_member": c.field(d, "lecturer_member", path, member, nullable=True),
        "lecture_title": c.opt_line(d, "lecture_title", path),
    }


def _also_counts_as(c: Checker, d: Obj, path: str) -> tuple[str, ...]:
    codes: list[str] = []
    convert = c.choice(MEETING_TYPES)
    for item_path, item in c.items(d, "also_counts_as", path):
        code = convert(item, item_path)
        if code is not BAD and code in codes:
            c.error(item_path, f'重复的代码 "{code}"')
        elif code is not BAD:
            codes.append(code)
    return tuple(codes)


def _check_meeting(c: Checker, m: Meeting, d: Obj, path: str) -> None:
    if m.type == "group_meeting" and d.get("group") is None:
        c.error(key_path(path, "group"), "党小组会（group_meeting）必须指定党小组 group")
    if m.start is not None and m.end is not None and m.end < m.start:
        c.error(key_path(path, "end"), f"结束时间 {m.end:%H:%M} 早于开始时间 {m.start:%H:%M}")


def _attendance(c: Checker, d: Obj, path: str) -> tuple[Attendance, ...]:
    """The attendance list. Entries of the ordinary, valid shape (nearly all of a large file) are taken in one
    quick pass; at the first that is not, the whole list is checked the thorough way, path by path."""
    entries = d.get("attendance")
    if type(entries) is not list or c.may_hold_surrogates:
        return _checked_attendance(c, d, path)
    known, statuses = c.ids["member"], ATTENDANCE_STATUSES
    seen: set[str] = set()
    result: list[Attendance] = []
    for a in entries:
        if type(a) is not dict and not isinstance(a, dict) or len(a) != 3 or getattr(a, "duplicates", ()):
            return _checked_attendance(c, d, path)
        member, status, reason = a.get("member"), a.get("status"), a.get("reason", 0)
        if (
            type(member) is not str or member not in known or member in seen
            or type(status) is not str or status not in statuses
            or (reason is not None and type(reason) is not str)
        ):
            return _checked_attendance(c, d, path)
        seen.add(member)
        result.append(Attendance(member, status, reason))
    return tuple(result)


def _checked_attendance(c: Checker, d: Obj, path: str) -> tuple[Attendance, ...]:
    seen: dict[str, str] = {}
    result: list[Attendance] = []
    for p, a in c.objects(d, "attendance", path, ATTENDANCE):
        member = c.field(a, "member", p, c.ref("member"), "")
        if member in seen:
            c.error(key_path(p, "member"), f'人员 "{member}" 在出席名单中重复（与 {seen[member]} 相同）')
        elif member:
            seen[member] = p
        status = c.field(a, "status", p, c.choice(ATTENDANCE_STATUSES), "present")
        result.append(Attendance(member=member, status=status, reason=c.opt_text(a, "reason", p)))
    return tuple(result)


def _speeches(c: Checker, d: Obj, path: str) -> tuple[Speech, ...]:
    result: list[Speech] = []
    for p, s in c.objects(d, "speeches", path, SPEECH):
        speaker = c.field(s, "speaker", p, c.ref("member"), nullable=True)
        name = c.opt_line(s, "speaker_name", p)
        if (s.get("speaker") is None) == (s.get("speaker_name") is None):
            c.error(p, "speaker 与 speaker_name 须有且只有一个不为 null")
        elif name is not None and not name.strip():
            c.error(key_path(p, "speaker_name"), "发言人姓名不能为空白")
        result.append(Speech(content=c.text(s, "content", p), speaker=speaker, speaker_name=name))
    return tuple(result)


def _resolutions(c: Checker, d: Obj, path: str) -> tuple[Resolution, ...]:
    def vote(value: Any, vote_path: str) -> Any:
        return _vote(c, value, vote_path)

    def election(value: Any, election_path: str) -> Any:
        return _election(c, value, election_path)

    kinds = RESOLUTION_KINDS if c.version >= 2 else RESOLUTION_KINDS_V1
    return tuple(
        Resolution(
            text=c.text(r, "text", p),
            kind=c.field(r, "kind", p, c.choice(kinds), "general"),
            vote=c.field(r, "vote", p, vote, nullable=True),
            written=c.field(r, "written", p, vote, nullable=True),
            election=c.field(r, "election", p, election, nullable=True),
            subject=c.field(r, "subject", p, c.ref("member"), nullable=True),
        )
        for p, r in c.objects(d, "resolutions", path, RESOLUTION)
    )


def _election(c: Checker, value: Any, path: str) -> Any:
    """An election's ballot and count (version 2); its judgement is the rules', not the reader's."""
    d = c.obj(value, path, ELECTION)
    if d is None:
        return None
    candidates = tuple(
        Candidate(c.field(x, "member", p, c.ref("member"), ""), c.field(x, "for", p, c.as_count, 0),
                  c.field(x, "against", p, c.as_count, 0), c.field(x, "abstain", p, c.as_count, 0),
                  c.field(x, "write_in", p, c.as_bool, False))
        for p, x in c.objects(d, "candidates", path, CANDIDATE)
    )
    return Election(
        office=c.field(d, "office", path, c.choice(ELECTION_OFFICES), "committee"),
        seats=c.field(d, "seats", path, c.as_count, 0),
        candidates=candidates,
        ballots_issued=c.field(d, "ballots_issued", path, c.as_count, 0),
        ballots_returned=c.field(d, "ballots_returned", path, c.as_count, 0),
        ballots_invalid=c.field(d, "ballots_invalid", path, c.as_count, 0),
        scrutineers=tuple(c.values(d, "scrutineers", path, c.ref("member"))),
        tellers=tuple(c.values(d, "tellers", path, c.ref("member"))),
        round=c.field(d, "round", path, c.as_count, 1) or 1,
    )


def _vote(c: Checker, value: Any, path: str) -> Any:
    """The counts only: more votes than voters present is kept as recorded and judged by the rules
    (表决无效 in the compliance report), never refused here."""
    d = c.obj(value, path, VOTE)
    if d is None:
        return BAD
    return Vote(
        yes=c.field(d, "for", path, c.as_count, 0),
        against=c.field(d, "against", path, c.as_count, 0),
        abstain=c.field(d, "abstain", path, c.as_count, 0),
    )


def _criticisms(c: Checker, d: Obj, path: str, org_life: bool) -> tuple[Criticism, ...]:
    if d.get("criticisms") and not org_life:
        c.error(key_path(path, "criticisms"), "只有组织生活会（org_life_meeting）才有批评和自我批评记录")
    member = c.ref("member")
    return tuple(
        Criticism(
            member=c.field(x, "member", p, member, ""),
            self_criticism=c.text(x, "self_criticism", p),
            received=tuple(
                ReceivedCriticism(critic=c.field(r, "from", rp, member, ""), content=c.text(r, "content", rp))
                for rp, r in c.objects(x, "received", p, RECEIVED_CRITICISM)
            ),
            response=c.text(x, "response", p),
        )
        for p, x in c.objects(d, "criticisms", path, CRITICISM)
    )


def _preparation(c: Checker, d: Obj, path: str, org_life: bool) -> Preparation | None:
    raw = d.get("preparation")
    if raw is None:
        return None
    p = key_path(path, "preparation")
    if not org_life:
        c.error(p, "只有组织生活会（org_life_meeting）才有会前准备 preparation")
    prep = c.obj(raw, p, PREPARATION)
    if prep is None:
        return None
    member = c.ref("member")
    return Preparation(
        opinions=tuple(
            Opinion(source=c.text(o, "source", op), content=c.text(o, "content", op))
            for op, o in c.objects(prep, "opinions", p, OPINION)
        ),
        self_examinations=tuple(
            SelfExamination(member=c.field(s, "member", sp, member, ""), content=c.text(s, "content", sp))
            for sp, s in c.objects(prep, "self_examinations", p, SELF_EXAMINATION)
        ),
    )


def _record_keeping(c: Checker, d: Obj, path: str) -> Obj:
    """The keys from `status` to `updated_at`."""
    return {
        "status": c.field(d, "status", path, c.choice(MEETING_STATUSES), "draft"),
        "finalized_at": c.field(d, "finalized_at", path, c.as_timestamp, nullable=True),
        "finalized_by": c.line(d, "finalized_by", path),
        "amendments": tuple(
            Amendment(
                at=c.field(a, "at", p, c.as_timestamp, ""),
                reason=c.text(a, "reason", p),
                summary=c.text(a, "summary", p),
                author=c.line(a, "author", p),
            )
            for p, a in c.objects(d, "amendments", path, AMENDMENT)
        ),
        "attachments": tuple(_attachment(c, a, p) for p, a in c.objects(d, "attachments", path, ATTACHMENT)),
        "created_at": c.field(d, "created_at", path, c.as_timestamp, ""),
        "updated_at": c.field(d, "updated_at", path, c.as_timestamp, ""),
        "version": c.revision(d, path),
    }


def _attachment(c: Checker, a: Obj, path: str) -> Attachment:
    name, media_type = c.line(a, "name", path), c.line(a, "media_type", path)
    problem = name_problem(name) if isinstance(a.get("name"), str) and name == a.get("name") else None
    if problem is not None:
        c.error(key_path(path, "name"), problem)
    sha256 = c.text(a, "sha256", path)
    data = c.field(a, "data", path, lambda value, p: _base64(c, value, p), BAD)
    if isinstance(a.get("sha256"), str) and not _SHA256.fullmatch(sha256):
        c.error(key_path(path, "sha256"), "应为 64 位小写十六进制的 SHA-256 摘要")
    elif data is not BAD and sha256 and sha256 != (digest := hashlib.sha256(data).hexdigest()):
        c.error(key_path(path, "sha256"), f"与 data 的 SHA-256 不符（data 的 SHA-256 为 {digest}）")
    added_at = c.field(a, "added_at", path, c.as_timestamp, nullable=True)
    return Attachment(name=name, media_type=media_type, sha256=sha256, data=b"" if data is BAD else data,
                      added_at=added_at)


def _base64(c: Checker, value: Any, path: str) -> Any:
    """Bytes from standard base64 with padding and no line breaks, written exactly as an encoder writes it."""
    if isinstance(value, str) and len(value) > (ATTACHMENT_BYTES + 2) // 3 * 4:
        size, most = len(value) * 3 // 4 // 1_048_576, ATTACHMENT_BYTES // 1_048_576
        c.error(path, f"附件过大：约 {size} MB（每个附件最多 {most} MB）")
        return BAD
    text = value if isinstance(value, str) else c.as_str(value, path)
    if text is BAD:
        return BAD
    try:
        data = base64.b64decode(text, validate=True)
        if base64.b64encode(data).decode("ascii") == text:
            return data
    except (binascii.Error, ValueError):
        pass
    c.error(path, "不是有效的标准 base64（须带 = 填充，不换行，不含其他字符）")
    return BAD
