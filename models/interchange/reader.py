"""Reading an interchange file (shared/spec/INTERCHANGE.md) into the domain's values.

The whole file is checked before anything is returned: every error found is listed with its JSON path, and a
file with any error gives no data at all (import is all-or-nothing). Lists keep the file's order.
"""

from __future__ import annotations

import json
import re
from typing import Any

from models.domain import (
    COMMITTEE_ROLES,
    GENDERS,
    PERSON_KINDS,
    Branch,
    BranchData,
    CommitteeChange,
    CommitteeRole,
    Exclusion,
    Group,
    GroupMembership,
    PartyProbation,
    Person,
)
from models.interchange._checker import Checker, key_path, show
from models.interchange._meetings import read_meetings
from models.interchange._records import read_evaluations, read_rectifications, read_rules, read_talks
from models.interchange._schema import (
    BRANCH,
    COMMITTEE_CHANGE,
    COMMITTEE_ROLE,
    EXCLUSION,
    FORMAT,
    GROUP,
    GROUP_MEMBERSHIP,
    MEMBER,
    PARTY_PROBATION,
    TOP,
    VERSIONS,
)
from models.interchange.errors import InterchangeError

# A lone surrogate can only come from a \\uD800–\\uDFFF escape; without one, no string needs the check.
_SURROGATE_ESCAPE = re.compile(r"\\[uU][dD][89a-fA-F]")
_REFERABLE = (("groups", "group"), ("members", "member"), ("meetings", "meeting"))


def read_branch(text: str | bytes) -> BranchData:
    """The branch's data from the text of an interchange file; InterchangeError lists every problem."""
    raw_surrogates = False
    if isinstance(text, bytes | bytearray):
        text = _decode(bytes(text))
    else:  # a str from a caller may hold lone surrogates as they are (decoded bytes never do)
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:
            raw_surrogates = True
    document = _parse(text)
    checker = Checker(may_hold_surrogates=raw_surrogates or _SURROGATE_ESCAPE.search(text) is not None)
    root = _check_format(checker, document)
    _collect_ids(checker, root)
    data = BranchData(
        branch=_branch(checker, root),
        groups=_groups(checker, root),
        members=_members(checker, root),
        committee=_committee(checker, root),
        meetings=read_meetings(checker, root),
        talks=read_talks(checker, root),
        rectifications=read_rectifications(checker, root),
        evaluations=read_evaluations(checker, root),
        rules=read_rules(checker, root),
        committee_changes=_committee_changes(checker, root),
        exclusions=_exclusions(checker, root),
        party_probations=_party_probations(checker, root),
        group_memberships=_group_memberships(checker, root),
    )
    if checker.errors:
        raise InterchangeError(checker.errors)
    return data


# --- the document ---------------------------------------------------------------------------------------


class _JsonObject(dict):
    """A parsed JSON object that remembers keys given more than once (json keeps only the last)."""

    duplicates: tuple[str, ...] = ()


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    obj = _JsonObject(pairs)
    if len(obj) != len(pairs):
        seen: set[str] = set()
        obj.duplicates = tuple(key for key, _ in pairs if key in seen or seen.add(key))
    return obj


def _decode(raw: bytes) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw.count(b"\n", 0, error.start) + 1
        where = f"第 {line} 行，第 {error.start + 1} 个字节"
        raise InterchangeError([f"$: 文件不是 UTF-8 编码（{where}无效）"]) from None


def _parse(text: str) -> Any:
    try:
        return json.loads(text.removeprefix("\ufeff"), object_pairs_hook=_object)
    except json.JSONDecodeError as error:
        where = f"第 {error.lineno} 行第 {error.colno} 列"
        raise InterchangeError([f"$: 不是有效的 JSON（{where}：{error.msg}）"]) from None
    except RecursionError:
        raise InterchangeError(["$: 不是有效的交换文件（嵌套层次过深）"]) from None
    except ValueError:  # an integer of thousands of digits (Python refuses to convert it)
        raise InterchangeError(["$: 不是有效的交换文件（含有位数过多的数字）"]) from None


def _check_format(checker: Checker, document: Any) -> dict[str, Any]:
    """The top object, once it says it is a version of this format the program reads (1 or 2); otherwise nothing
    else is read."""
    if not isinstance(document, dict):
        raise InterchangeError([f"$: 应为 JSON 对象，实为 {show(document)}"])
    fmt, version = document.get("format"), document.get("version")
    if fmt != FORMAT:
        checker.error("format", f"应为 {json.dumps(FORMAT)}，实为 {show(fmt)}（不是 OrgLife 交换文件）")
    elif type(version) is not int or version not in VERSIONS:
        readable = "、".join(str(v) for v in VERSIONS)
        checker.error("version", f"不支持的版本 {show(version)}（本程序读取版本 {readable}）")
    if checker.errors:
        raise InterchangeError(checker.errors)
    checker.version = version
    checker.obj(document, "", TOP)
    return document


def _collect_ids(checker: Checker, root: dict[str, Any]) -> None:
    """The ids references may name, gathered before any reference is checked."""
    for key, kind in _REFERABLE:
        items = root.get(key)
        if isinstance(items, list):
            ids = (item.get("id") for item in items if isinstance(item, dict))
            checker.ids[kind].update(i for i in ids if isinstance(i, str) and i)


# --- branch, groups, people, committee ------------------------------------------------------------------


def _branch(checker: Checker, root: dict[str, Any]) -> Branch:
    if "branch" not in root:
        return Branch(name="")
    d = checker.obj(root["branch"], "branch", BRANCH)
    if d is None:
        return Branch(name="")
    line = checker.line
    return Branch(
        name=line(d, "name", "branch"),
        short_name=line(d, "short_name", "branch"),
        parent_org=line(d, "parent_org", "branch"),
        fonds_code=line(d, "fonds_code", "branch"),
        unit_code=line(d, "unit_code", "branch", default="DZB"),
        uid=_uid(checker, d),
    )


_UID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def _uid(checker: Checker, d: dict[str, Any]) -> str:
    """The branch's uid (version 2): a UUID's text in lower case, as the program gives it."""
    value = checker.line(d, "uid", "branch")
    if value and not _UID.fullmatch(value):
        checker.error("branch.uid", f"不是有效的党支部编号（应为 UUID，如 {_UID_EXAMPLE}），实为 {show(value)}")
        return ""
    return value


_UID_EXAMPLE = "3f2b6c1e-8d4a-4f0e-9b7a-2c5d1e6f8a90"


def _groups(checker: Checker, root: dict[str, Any]) -> tuple[Group, ...]:
    seen: dict[str, str] = {}
    return tuple(_group(checker, d, path, seen) for path, d in checker.objects(root, "groups", "", GROUP))


def _group(c: Checker, d: dict[str, Any], path: str, seen: dict[str, str]) -> Group:
    group = Group(
        id=c.unique_id(d, path, seen),
        name=c.field(d, "name", path, c.as_name, ""),
        leader=c.field(d, "leader", path, c.ref("member"), nullable=True),
        set_up_on=c.field(d, "set_up_on", path, c.as_date, nullable=True),
        dissolved_on=c.field(d, "dissolved_on", path, c.as_date, nullable=True),
    )
    if group.set_up_on and group.dissolved_on and group.dissolved_on <= group.set_up_on:
        c.error(key_path(path, "dissolved_on"), f"撤销日期 {group.dissolved_on} 不晚于成立日期 {group.set_up_on}")
    return group


def _members(checker: Checker, root: dict[str, Any]) -> tuple[Person, ...]:
    seen: dict[str, str] = {}
    return tuple(_member(checker, d, path, seen) for path, d in checker.objects(root, "members", "", MEMBER))


def _member(c: Checker, d: dict[str, Any], path: str, seen: dict[str, str]) -> Person:
    def day(key: str) -> Any:
        return c.field(d, key, path, c.as_date, nullable=True)

    born, precision = c.field(d, "birth_date", path, c.as_birth_date, (None, "day"), nullable=True) or (None, "day")
    person = Person(
        id=c.unique_id(d, path, seen),
        name=c.field(d, "name", path, c.as_name, ""),
        gender=c.field(d, "gender", path, c.choice(GENDERS), nullable=True),
        ethnicity=c.opt_line(d, "ethnicity", path),
        birth_date=born,
        birth_precision=precision,
        education=c.opt_line(d, "education", path),
        kind=c.field(d, "kind", path, c.choice(PERSON_KINDS), "member"),
        applied_on=day("applied_on"),
        activist_on=day("activist_on"),
        candidate_on=day("candidate_on"),
        joined_on=day("joined_on"),
        full_member_on=day("full_member_on"),
        group=c.field(d, "group", path, c.ref("group"), nullable=True),
        title=c.opt_line(d, "title", path),
        phone=c.opt_line(d, "phone", path),
        entered_on=day("entered_on"),
        left_on=day("left_on"),
        left_reason=c.opt_line(d, "left_reason", path),
        notes=c.text(d, "notes", path),
    )
    _check_member_dates(c, person, d, path)
    return person


def _check_member_dates(c: Checker, p: Person, d: dict[str, Any], path: str) -> None:
    no_joined_on = d.get("joined_on") is None  # missing or null, not merely refused
    if p.kind == "member" and no_joined_on:
        c.error(key_path(path, "joined_on"), '党员（kind 为 "member"）必须填写入党日期 joined_on')
    elif p.full_member_on and no_joined_on:
        c.error(key_path(path, "full_member_on"), "有转正日期 full_member_on 时必须有入党日期 joined_on")
    if p.full_member_on and p.joined_on and p.full_member_on < p.joined_on:
        c.error(key_path(path, "full_member_on"), f"转正日期 {p.full_member_on} 早于入党日期 {p.joined_on}")
    since, since_name = (p.entered_on, "转入日期") if p.entered_on else (p.joined_on, "入党日期")
    if p.left_on and since and p.left_on < since:
        c.error(key_path(path, "left_on"), f"离开日期 {p.left_on} 早于{since_name} {since}")


def _committee(checker: Checker, root: dict[str, Any]) -> tuple[CommitteeRole, ...]:
    roles = checker.objects(root, "committee", "", COMMITTEE_ROLE)
    return tuple(_committee_role(checker, d, path) for path, d in roles)


def _committee_role(c: Checker, d: dict[str, Any], path: str) -> CommitteeRole:
    role = CommitteeRole(
        member=c.field(d, "member", path, c.ref("member"), ""),
        role=c.field(d, "role", path, c.choice(COMMITTEE_ROLES), ""),
        start=c.field(d, "from", path, c.as_date),
        end=c.field(d, "to", path, c.as_date, nullable=True),
    )
    if role.start and role.end and role.end < role.start:
        c.error(key_path(path, "to"), f"卸任日期 {role.end} 早于任职日期 {role.start}")
    return role


# --- version 2: the rules as the Party writes them (docs/formats.md) ------------------------------------------


def _span(c: Checker, d: dict[str, Any], path: str) -> tuple[Any, Any]:
    """(from, to) of a period, `to` inclusive and optional, not before `from`."""
    start = c.field(d, "from", path, c.as_date)
    end = c.field(d, "to", path, c.as_date, nullable=True)
    if start and end and end < start:
        c.error(key_path(path, "to"), f"结束日期 {end} 早于开始日期 {start}")
    return start, end


def _committee_changes(c: Checker, root: dict[str, Any]) -> tuple[CommitteeChange, ...]:
    return tuple(CommitteeChange(c.field(d, "since", path, c.as_date), c.field(d, "has_committee", path, c.as_bool))
                 for path, d in c.objects(root, "committee_changes", "", COMMITTEE_CHANGE))


def _exclusions(c: Checker, root: dict[str, Any]) -> tuple[Exclusion, ...]:
    found = []
    for path, d in c.objects(root, "exclusions", "", EXCLUSION):
        start, end = _span(c, d, path)
        found.append(Exclusion(c.field(d, "member", path, c.ref("member"), ""), c.line(d, "reason", path),
                               start, end, c.line(d, "approval", path)))
    return tuple(found)


def _party_probations(c: Checker, root: dict[str, Any]) -> tuple[PartyProbation, ...]:
    found = []
    for path, d in c.objects(root, "party_probations", "", PARTY_PROBATION):
        start, end = _span(c, d, path)
        found.append(PartyProbation(c.field(d, "member", path, c.ref("member"), ""), start, end))
    return tuple(found)


def _group_memberships(c: Checker, root: dict[str, Any]) -> tuple[GroupMembership, ...]:
    found = []
    for path, d in c.objects(root, "group_memberships", "", GROUP_MEMBERSHIP):
        start, end = _span(c, d, path)
        found.append(GroupMembership(c.field(d, "member", path, c.ref("member"), ""),
                                     c.field(d, "group", path, c.ref("group"), ""), start, end))
    return tuple(found)
