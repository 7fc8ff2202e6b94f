"""Importing a branch's hand-in into the 党委's database, one transaction per file (all or nothing).

A new branch is made from the file. For a branch already there, the year of the file is replaced: the branch's
meetings of that year (with everything under them), talks, rectifications and evaluations are deleted and the
file's written; people, groups and committee roles are merged by id (updated or added, never deleted), and the
people's groups over time, exclusions and 留党察看 are the file's for the people it holds. Other years stay.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Connection, Engine, bindparam, delete, select, update

from models.domain import BranchData
from models.handin.plan import APPEND, NEW, RECORD_KINDS, REFUSED, REPLACE, HandInPlan, plan_hand_in, year_ids
from models.orm import Base
from models.storage import importer
from models.storage import rows as R
from models.storage.errors import RecordConflict

T = Base.metadata.tables
TABLES = {"meetings": "meeting", "talks": "talk", "rectifications": "rectification", "evaluations": "evaluation"}


class NotConfirmed(RecordConflict):
    """A replacement or a match by name that the user has not confirmed."""


@dataclass(frozen=True)
class HandInResult:
    plan: HandInPlan
    branch_id: int | None
    done: bool
    message: str  # the clerk's sentence: what was done, or why not


def import_hand_in(engine: Engine, plan: HandInPlan, confirmed: bool = False,
                   new_branch: bool = False) -> HandInResult:
    """Carry out `plan` (planned again inside the transaction, so it holds what it said). `new_branch` imports a
    file matched by name into a new branch instead."""
    from models.db import write_transaction

    data = plan.hand_in.data
    if plan.action == REFUSED or data is None:
        return HandInResult(plan, None, False, f"{plan.hand_in.name}：未导入，{plan.problem}")
    if new_branch and plan.by_name:
        summary = importer.import_branch(engine, data, importer.NEW_BRANCH)
        return HandInResult(plan, summary.branch_id, True, f"{plan.hand_in.name}：已作为新党支部导入")
    with write_transaction(engine) as conn:
        now = plan_hand_in(conn, plan.hand_in, plan.year)
        if now.action == REFUSED:
            return HandInResult(now, None, False, f"{now.hand_in.name}：未导入，{now.problem}")
        if now.needs_confirmation and not confirmed:
            raise NotConfirmed([f"{now.hand_in.name}：{now.what_happens()}“{now.branch_name}”需要确认，"
                                "什么也没有写入。"])
        if now.action == NEW:
            summary = importer.import_branch_in(conn, data, importer.NEW_BRANCH)
            said = f"{now.hand_in.name}：已作为新党支部“{now.branch_name}”导入"
            return HandInResult(now, summary.branch_id, True, said)
        assert now.branch_id is not None and now.action in (APPEND, REPLACE)
        merge_year(conn, now.branch_id, data, now.year)
    said = "已替换" if now.action == REPLACE else "已追加"
    year = f" {now.year} 年度的记录" if now.year else "的人员"
    return HandInResult(now, now.branch_id, True, f"{now.hand_in.name}：“{now.branch_name}”{said}{year}")


def import_hand_ins(engine: Engine, plans: list[HandInPlan], confirmed: bool = False,
                    step: Callable[[int, HandInResult], None] | None = None,
                    as_new: frozenset[int] = frozenset()) -> list[HandInResult]:
    """Each file in its own transaction: one that fails leaves the others as they went. `as_new`: the indexes of
    the plans matched by name that go to a new branch instead."""
    results = []
    for index, plan in enumerate(plans):
        try:
            result = import_hand_in(engine, plan, confirmed, new_branch=index in as_new)
        except RecordConflict as conflict:
            result = HandInResult(plan, None, False, f"{plan.hand_in.name}：未导入，" + "；".join(conflict.errors))
        results.append(result)
        if step:
            step(index, result)
    return results


def merge_year(conn: Connection, branch_id: int, data: BranchData, year: int | None) -> None:
    """Replace the branch's `year` by the file's records and merge its people, groups and committee."""
    old = year_ids(conn, branch_id, year) if year is not None else {kind: set() for kind, _ in RECORD_KINDS}
    _refuse_other_years(conn, branch_id, data, old)
    _delete_year(conn, branch_id, old)
    importer.adopt_branch_details(conn, branch_id, data)
    refs = R.Refs()
    nxt = importer.next_ids(conn, importer.id_counts(data))
    refs.groups = _merge(conn, "party_group", branch_id, data.groups, nxt,
                         lambda g, pk: R.group_row(g, pk, branch_id))
    refs.people = _existing(conn, "person", branch_id)
    refs.people |= {p.id: refs.people.get(p.id) or nxt["person"] + i for i, p in enumerate(data.members)}
    _merge(conn, "person", branch_id, data.members, nxt, lambda p, pk: R.person_row(p, pk, branch_id, refs))
    leaders = [{"gid": refs.groups[g.id], "lid": refs.people[g.leader]} for g in data.groups if g.leader]
    if leaders:
        t = T["party_group"]
        conn.execute(update(t).where(t.c.id == bindparam("gid")).values(leader_id=bindparam("lid")), leaders)
    _merge_committee(conn, branch_id, data, refs, nxt)
    _replace_spans(conn, branch_id, data, refs, nxt)
    refs.meetings = {m.id: nxt["meeting"] + i for i, m in enumerate(data.meetings)}
    out = R.TableRows()
    importer.add_record_rows(conn, out, branch_id, data, refs, nxt)
    for name in importer.TABLE_ORDER:
        if out.by_table.get(name):
            importer.insert_rows(conn, name, out.by_table[name])


def _refuse_other_years(conn: Connection, branch_id: int, data: BranchData, old: dict[str, set[str]]) -> None:
    """A record of the file whose id the branch has in another year would be a second copy: refused."""
    errors = []
    for kind, label in RECORD_KINDS:
        elsewhere = _existing(conn, TABLES[kind], branch_id).keys() - old[kind]
        for i, record in enumerate(getattr(data, kind)):
            if record.id in elsewhere:
                errors.append(f'{kind}[{i}].id: 数据库中另一年度已有{label} id "{record.id}"')
    if errors:
        raise RecordConflict(errors)


def _delete_year(conn: Connection, branch_id: int, old: dict[str, set[str]]) -> None:
    for kind in ("rectifications", "evaluations", "talks", "meetings"):  # children go with their meeting
        ids = old[kind]
        if ids:
            t = T[TABLES[kind]]
            conn.execute(delete(t).where(t.c.branch_id == branch_id, t.c.ext_id.in_(sorted(ids))))


def _existing(conn: Connection, table: str, branch_id: int) -> dict[str, int]:
    t = T[table]
    return {ext: pk for pk, ext in conn.execute(select(t.c.id, t.c.ext_id).where(t.c.branch_id == branch_id))}


def _merge(conn: Connection, table: str, branch_id: int, items, nxt: dict[str, int], row_of) -> dict[str, int]:
    """Update the rows the branch has by id, add the others; the ids of all of them."""
    have = _existing(conn, table, branch_id)
    ids = dict(have)
    new_rows, changed = [], []
    for i, item in enumerate(items):
        if item.id in have:
            row = row_of(item, have[item.id])
            row.pop("leader_id", None)  # set after the people
            changed.append(row)
        else:
            ids[item.id] = nxt[table] + i
            new_rows.append(row_of(item, ids[item.id]))
    t = T[table]
    for row in changed:
        conn.execute(update(t).where(t.c.id == row["id"]).values(**{k: v for k, v in row.items() if k != "id"}))
    if new_rows:
        importer.insert_rows(conn, table, new_rows)
    return ids


def _merge_committee(conn: Connection, branch_id: int, data: BranchData, refs: R.Refs, nxt: dict[str, int]) -> None:
    t = T["committee_role"]
    have = {(r.person_id, r.role, r.start_on): r.id for r in conn.execute(
        select(t.c.id, t.c.person_id, t.c.role, t.c.start_on).where(t.c.branch_id == branch_id))}
    rows = []
    for i, c in enumerate(data.committee):
        key = (refs.people[c.member], c.role, c.start)
        if key in have:
            conn.execute(update(t).where(t.c.id == have[key]).values(end_on=c.end))
        else:
            rows.append(R.committee_row(c, nxt["committee_role"] + i, branch_id, refs))
    if rows:
        importer.insert_rows(conn, "committee_role", rows)


def _replace_spans(conn: Connection, branch_id: int, data: BranchData, refs: R.Refs, nxt: dict[str, int]) -> None:
    """Groups over time, exclusions and 留党察看 of the file's people: the file holds all of theirs."""
    people = [refs.people[p.id] for p in data.members]
    builders = (("group_membership", data.group_memberships, R.group_membership_row),
                ("exclusion", data.exclusions, R.exclusion_row),
                ("party_probation", data.party_probations, R.party_probation_row))
    for table, items, row_of in builders:
        t = T[table]
        if people:
            conn.execute(delete(t).where(t.c.branch_id == branch_id, t.c.person_id.in_(people)))
        rows = [row_of(x, nxt[table] + i, branch_id, refs) for i, x in enumerate(items)]
        if rows:
            importer.insert_rows(conn, table, rows)
