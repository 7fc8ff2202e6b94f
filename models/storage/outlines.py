"""The year's outline of several branches at once: what `loader.load_branch(conn, id, year, content=False)` reads
for one branch, for a list of branches (or all) with one query a table, the rows grouped by branch in Python.

The 党委's overview reads fifty branches this way in about as many queries as one branch takes; the home page
reads its one branch the same way. Rows are converted by the loader's own functions, so a branch read here is
the branch `load_branch` reads, in the same order.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date
from typing import Any

from sqlalchemy import Connection, Select, Table, select

from models.domain import BranchData, EvaluationResult
from models.storage import loader
from models.storage.loader import OUTLINE_PARTS, T, by_code_point


class _Scope:
    """The branches read: `ids` or, with None, every branch of the database (no filter at all)."""

    def __init__(self, ids: Iterable[int] | None) -> None:
        self.ids = None if ids is None else sorted(set(ids))

    def where(self, stmt: Select, table: Table, column: str = "branch_id") -> Select:
        return stmt if self.ids is None else stmt.where(table.c[column].in_(self.ids))


def load_outlines(conn: Connection, year: int, branch_ids: Iterable[int] | None = None,
                  rectifications: bool = True) -> dict[int, BranchData]:
    """Each branch's data with `year`'s meetings (outline only), talks and evaluations, by branch id; branches
    not in the database are left out. Without `rectifications` none are read (the overview does not need them)."""
    scope = _Scope(branch_ids)
    if scope.ids == []:
        return {}
    b = T["branch"]
    heads = conn.execute(scope.where(select(b), b, "id").order_by(b.c.id)).all()
    if not heads:
        return {}
    rules = _by_branch(conn, scope, "duty_rule", T["duty_rule"].c.position)
    people_rows = _by_branch(conn, scope, "person", T["person"].c.id)
    group_rows = _by_branch(conn, scope, "party_group", T["party_group"].c.id)
    names = loader.Names.known({r.id: r.ext_id for rows in people_rows.values() for r in rows},
                               {r.id: r.ext_id for rows in group_rows.values() for r in rows})
    pieces = _year_records(conn, scope, year, names)
    if rectifications:
        pieces["rectifications"] = _rectifications(conn, scope, names)
    lists = {
        "committee": (_by_branch(conn, scope, "committee_role", T["committee_role"].c.id), loader.committee_role_of),
        "committee_changes": (_by_branch(conn, scope, "committee_change", T["committee_change"].c.since),
                              lambda r, _names: loader.committee_change_of(r)),
        "exclusions": (_by_branch(conn, scope, "exclusion", T["exclusion"].c.start_on, T["exclusion"].c.id),
                       loader.exclusion_of),
        "party_probations": (_by_branch(conn, scope, "party_probation", T["party_probation"].c.start_on,
                                        T["party_probation"].c.id), loader.probation_of),
        "group_memberships": (_by_branch(conn, scope, "group_membership", T["group_membership"].c.start_on,
                                         T["group_membership"].c.id), loader.membership_of),
    }
    out = {}
    for head in heads:
        bid = head.id
        branch, own_rules = loader.branch_of(head, rules.get(bid, ()))
        values: dict[str, Any] = {key: tuple(convert(r, names) for r in rows.get(bid, ()))
                                  for key, (rows, convert) in lists.items()}
        values.update({key: tuple(found.get(bid, ())) for key, found in pieces.items()})
        out[bid] = BranchData(
            branch=branch, rules=own_rules,
            groups=tuple(loader.group_of(r, names) for r in group_rows.get(bid, ())),
            members=tuple(loader.person_of(r, names) for r in people_rows.get(bid, ())),
            **values,
        )
    return out


def _by_branch(conn: Connection, scope: _Scope, name: str, *order: Any) -> dict[int, list[Any]]:
    """A table's rows of the branches, grouped by branch, each branch's in `order`."""
    t = T[name]
    grouped: dict[int, list[Any]] = defaultdict(list)
    for r in conn.execute(scope.where(select(t), t).order_by(t.c.branch_id, *order)).all():
        grouped[r.branch_id].append(r)
    return grouped


def _in_year(stmt: Select, table: Table, year: int) -> Select:
    return stmt.where(table.c.date >= date(year, 1, 1), table.c.date <= date(year, 12, 31))


def _year_records(conn: Connection, scope: _Scope, year: int, names: loader.Names) -> dict[str, dict[int, list]]:
    """The year's meetings (in outline), talks and evaluations of the branches, each grouped by branch."""
    m, t = T["meeting"], T["talk"]
    owned = _in_year(scope.where(select(m.c.id), m), m, year)
    kids = {name: loader.children(conn, name, owned) if name in OUTLINE_PARTS else {} for name in loader.MEETING_PARTS}
    heads = conn.execute(_in_year(scope.where(select(m), m), m, year).order_by(
        m.c.branch_id, m.c.date, m.c.start.is_not(None), m.c.start, by_code_point(conn, m.c.ext_id))).all()
    meetings: dict[int, list] = defaultdict(list)
    for r in heads:
        meetings[r.branch_id].append(loader.meeting_of(r, kids, names))
    talks: dict[int, list] = defaultdict(list)
    stmt = _in_year(scope.where(select(t), t), t, year).order_by(t.c.branch_id, t.c.date,
                                                                 by_code_point(conn, t.c.ext_id))
    for r in conn.execute(stmt).all():
        talks[r.branch_id].append(loader.talk_of(r, names))
    return {"meetings": meetings, "talks": talks, "evaluations": _evaluations(conn, scope, year, names)}


def _evaluations(conn: Connection, scope: _Scope, year: int, names: loader.Names) -> dict[int, list]:
    e, res, m = T["evaluation"], T["evaluation_result"], T["meeting"]
    chosen = scope.where(select(e), e).where(e.c.year == year)
    owned = scope.where(select(e.c.id), e).where(e.c.year == year)
    results: dict[int, list[EvaluationResult]] = defaultdict(list)
    for r in conn.execute(select(res).where(res.c.evaluation_id.in_(owned)).order_by(res.c.evaluation_id,
                                                                                      res.c.position)).all():
        results[r.evaluation_id].append(loader.evaluation_result_of(r, names))
    # the meeting an evaluation was held at may be of another year than the meetings read
    held_at = select(m.c.id, m.c.ext_id).where(m.c.id.in_(scope.where(select(e.c.meeting_id), e)
                                                          .where(e.c.year == year)))
    names.meetings.update(conn.execute(held_at).all())
    found: dict[int, list] = defaultdict(list)
    for r in conn.execute(chosen.order_by(e.c.branch_id, e.c.year, by_code_point(conn, e.c.ext_id))).all():
        found[r.branch_id].append(loader.evaluation_of(r, names, results))
    return found


def _rectifications(conn: Connection, scope: _Scope, names: loader.Names) -> dict[int, list]:
    r_, m = T["rectification"], T["meeting"]
    referred = select(m.c.id, m.c.ext_id).where(m.c.id.in_(scope.where(select(r_.c.meeting_id), r_)))
    names.meetings.update(conn.execute(referred).all())
    rows = conn.execute(scope.where(select(r_), r_).order_by(r_.c.branch_id, r_.c.id)).all()
    found: dict[int, list] = defaultdict(list)
    for r in rows:
        found[r.branch_id].append(loader.rectification_of(r, names))
    return found
