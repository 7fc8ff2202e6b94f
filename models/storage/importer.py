"""Writing a whole branch's records in one transaction, fast (Core executemany with ids assigned here)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, time
from operator import itemgetter

from sqlalchemy import Connection, Date, Engine, Time, bindparam, func, select, update

from models.domain import BranchData, Meeting
from models.orm import Base
from models.server.ids import first_free
from models.storage import loader
from models.storage import rows as R
from models.storage.errors import RecordConflict
from models.titles import running_numbers

TABLE_ORDER = (
    "party_group", "person", "group_membership", "committee_role", "exclusion", "party_probation", "duty_rule",
    "committee_change", "meeting", "meeting_duty", "attendance", "guest", "agenda_item", "speech", "resolution",
    "election_candidate", "election_official", "criticism", "criticism_received", "opinion", "self_examination",
    "amendment", "attachment", "talk", "rectification", "evaluation", "evaluation_result",
)
# Tables whose ids the importer assigns; the others are keyed by (parent, position).
ID_TABLES = ("party_group", "person", "group_membership", "committee_role", "exclusion", "party_probation",
             "meeting", "talk", "rectification", "evaluation")
EXTERNAL_KINDS = (
    ("groups", "party_group"), ("members", "person"), ("meetings", "meeting"), ("talks", "talk"),
    ("rectifications", "rectification"), ("evaluations", "evaluation"),
)


NEW_BRANCH = "new"  # import into a branch made from the file's
ImportTarget = int | str | None  # a branch's id, NEW_BRANCH, or None: the database's only branch (or a new one)


class BranchNotChosen(RecordConflict):
    """The database holds several branches and the import was not told which one the file is for."""

    def __init__(self, file_branch: str, matched: tuple[int, str] | None, names: list[str]) -> None:
        self.file_branch, self.matched, self.names = file_branch, matched, names
        said = (f"与数据库中的“{matched[1]}”（编号 {matched[0]}）同名" if matched
                else "数据库中没有同名的党支部")
        super().__init__([f"数据库中有 {len(names)} 个党支部，文件中的党支部“{file_branch}”{said}；"
                          "请指定导入到哪个党支部（已有党支部或新建党支部），什么也没有写入。"])


@dataclass(frozen=True)
class ImportSummary:
    branch_id: int
    counts: dict[str, int]


def import_branch(engine: Engine, data: BranchData, into: ImportTarget = None) -> ImportSummary:
    """Add everything in `data` to a branch: `into` (a branch's id), a new one (NEW_BRANCH), or with None the
    database's only branch (made from `data.branch` when there is none; BranchNotChosen when there are several).

    All or nothing: an id that already exists raises RecordConflict and writes nothing.
    """
    from models.db import write_transaction

    with write_transaction(engine) as conn:
        return import_branch_in(conn, data, into)


def import_branch_in(conn: Connection, data: BranchData, into: ImportTarget = None) -> ImportSummary:
    """`import_branch` inside the caller's write transaction."""
    branch_id = _target_branch(conn, data, into)
    _check_conflicts(conn, branch_id, data)
    out, leaders = _build_rows(conn, branch_id, data)
    for name in TABLE_ORDER:
        batch = out.by_table.get(name)
        if batch:
            insert_rows(conn, name, batch)
    if leaders:
        groups = Base.metadata.tables["party_group"]
        stmt = update(groups).where(groups.c.id == bindparam("gid")).values(leader_id=bindparam("lid"))
        conn.execute(stmt, leaders)
    counts = {kind: len(getattr(data, kind)) for kind, _ in EXTERNAL_KINDS}
    return ImportSummary(branch_id, counts)


def adopt_branch_details(conn: Connection, branch_id: int, data: BranchData) -> None:
    """What a branch's own file says of it, taken over by the branch it is merged into: its uid (when no other
    branch has it), its own rules, and how its committee went."""
    branches = Base.metadata.tables["branch"]
    uid = data.branch.uid
    if uid and conn.execute(select(branches.c.id).where(branches.c.uid == uid)).first() is None:
        conn.execute(update(branches).where(branches.c.id == branch_id).values(uid=uid))
    if data.rules is not None:
        row = R.branch_row(data.branch, data.rules)
        conn.execute(update(branches).where(branches.c.id == branch_id).values(
            own_rules=True, talk_committee_pairs=row["talk_committee_pairs"],
            talk_member_with_committee=row["talk_member_with_committee"]))
        rules = Base.metadata.tables["duty_rule"]
        conn.execute(rules.delete().where(rules.c.branch_id == branch_id))
        if rows := R.duty_rule_rows(branch_id, data.rules):
            insert_rows(conn, "duty_rule", rows)
    if data.committee_changes:
        changes = Base.metadata.tables["committee_change"]
        conn.execute(changes.delete().where(changes.c.branch_id == branch_id))
        insert_rows(conn, "committee_change", R.committee_change_rows(branch_id, data.committee_changes))


def insert_rows(conn: Connection, table_name: str, rows: list[dict]) -> None:
    """Insert many rows. On SQLite the driver's executemany takes them directly, dates and times in
    SQLAlchemy's own storage formats; elsewhere Core does the work."""
    table = Base.metadata.tables[table_name]
    if conn.dialect.name != "sqlite":
        conn.execute(table.insert(), rows)
        return
    columns = list(rows[0])
    sql = f'INSERT INTO {table_name} ({", ".join(columns)}) VALUES ({", ".join("?" * len(columns))})'
    pick = itemgetter(*columns)
    temporal = [i for i, c in enumerate(columns) if isinstance(table.c[c].type, Date | Time)]
    if not temporal:
        params: list = [pick(row) for row in rows] if len(columns) > 1 else [(pick(row),) for row in rows]
    else:
        params = []
        for row in rows:
            values = list(pick(row))
            for i in temporal:
                if values[i] is not None:
                    values[i] = _sqlite_temporal(values[i])
            params.append(tuple(values))
    conn.exec_driver_sql(sql, params)


def _sqlite_temporal(value: date | time) -> str:
    return value.isoformat() if isinstance(value, date) else value.strftime("%H:%M:%S.%f")


def first_branch_id(conn: Connection) -> int | None:
    return conn.execute(select(func.min(Base.metadata.tables["branch"].c.id))).scalar()


def matching_branch(conn: Connection, data: BranchData) -> tuple[int, str] | None:
    """The database's branch a file's branch is matched to: by uid when the file has one (version 2), else by
    its full name (a version-1 file has no id, and every default unit_code is the same)."""
    t = Base.metadata.tables["branch"]
    uid = getattr(data.branch, "uid", "") or ""
    if uid:
        row = conn.execute(select(t.c.id, t.c.name).where(t.c.uid == uid)).first()
        if row is not None:
            return (row[0], row[1])
    row = conn.execute(select(t.c.id, t.c.name).where(t.c.name == data.branch.name).order_by(t.c.id)).first()
    return (row[0], row[1]) if row is not None else None


def _target_branch(conn: Connection, data: BranchData, into: ImportTarget = None) -> int:
    branches = Base.metadata.tables["branch"]
    row = R.branch_row(data.branch, data.rules)
    if "uid" in row and conn.execute(select(branches.c.id).where(branches.c.uid == row["uid"])).first():
        del row["uid"]  # another branch of this database has it: the new one keeps its own
    if into == NEW_BRANCH:
        return conn.execute(branches.insert().values(**row)).inserted_primary_key[0]
    if into is None:
        ids = list(conn.execute(select(branches.c.id).order_by(branches.c.id)).scalars())
        if len(ids) > 1:
            names = list(conn.execute(select(branches.c.name).order_by(branches.c.id)).scalars())
            raise BranchNotChosen(data.branch.name, matching_branch(conn, data), names)
        if not ids:
            return conn.execute(branches.insert().values(**row)).inserted_primary_key[0]
        branch_id = ids[0]
    else:
        branch_id = int(into)
        if conn.execute(select(branches.c.id).where(branches.c.id == branch_id)).first() is None:
            raise RecordConflict([f"数据库中没有编号为 {branch_id} 的党支部，什么也没有写入。"])
    if _is_empty(conn, branch_id):
        # A branch made by `init` and nothing else yet: the file's details complete it.
        conn.execute(update(branches).where(branches.c.id == branch_id).values(**row))
    elif data.rules is not None:
        conn.execute(
            update(branches).where(branches.c.id == branch_id).values(
                own_rules=True,
                talk_committee_pairs=row["talk_committee_pairs"],
                talk_member_with_committee=row["talk_member_with_committee"],
            )
        )
    if data.rules is not None:
        rules = Base.metadata.tables["duty_rule"]
        conn.execute(rules.delete().where(rules.c.branch_id == branch_id))
    if data.committee_changes:  # the file says how the branch's committee went: that replaces what was kept
        changes = Base.metadata.tables["committee_change"]
        conn.execute(changes.delete().where(changes.c.branch_id == branch_id))
    return branch_id


def _is_empty(conn: Connection, branch_id: int) -> bool:
    for _, table_name in EXTERNAL_KINDS:
        table = Base.metadata.tables[table_name]
        if conn.execute(select(table.c.id).where(table.c.branch_id == branch_id).limit(1)).first():
            return False
    return True


def _check_conflicts(conn: Connection, branch_id: int, data: BranchData) -> None:
    errors: list[str] = []
    for kind, table_name in EXTERNAL_KINDS:
        items = getattr(data, kind)
        if not items:
            continue
        table = Base.metadata.tables[table_name]
        existing = set(conn.execute(select(table.c.ext_id).where(table.c.branch_id == branch_id)).scalars())
        for i, item in enumerate(items):
            if item.id in existing:
                errors.append(f'{kind}[{i}].id: 数据库中已有 id "{item.id}"')
    if errors:
        raise RecordConflict(errors)


def next_ids(conn: Connection, counts: dict[str, int]) -> dict[str, int]:
    """The first of `counts[table]` free ids of each table; the write transaction keeps them free (see
    services.base.next_id)."""
    if conn.dialect.name == "postgresql":
        return {name: first_free(conn, name, counts.get(name, 0)) for name in ID_TABLES}
    return {
        name: (conn.execute(select(func.max(Base.metadata.tables[name].c.id))).scalar() or 0) + 1
        for name in ID_TABLES
    }


def id_counts(data: BranchData) -> dict[str, int]:
    kinds = {"party_group": "groups", "person": "members", "group_membership": "group_memberships",
             "committee_role": "committee", "exclusion": "exclusions", "party_probation": "party_probations",
             "meeting": "meetings", "talk": "talks", "rectification": "rectifications", "evaluation": "evaluations"}
    return {table: len(getattr(data, kind)) for table, kind in kinds.items()}


def _build_rows(conn: Connection, branch_id: int, data: BranchData) -> tuple[R.TableRows, list[dict]]:
    nxt = next_ids(conn, id_counts(data))
    refs = R.Refs()
    refs.groups = {g.id: nxt["party_group"] + i for i, g in enumerate(data.groups)}
    refs.people = {p.id: nxt["person"] + i for i, p in enumerate(data.members)}
    refs.meetings = {m.id: nxt["meeting"] + i for i, m in enumerate(data.meetings)}
    out = R.TableRows()
    for g in data.groups:
        out.add("party_group", R.group_row(g, refs.groups[g.id], branch_id))
    for p in data.members:
        out.add("person", R.person_row(p, refs.people[p.id], branch_id, refs))
    for i, c in enumerate(data.committee):
        out.add("committee_role", R.committee_row(c, nxt["committee_role"] + i, branch_id, refs))
    for i, g in enumerate(data.group_memberships):
        out.add("group_membership", R.group_membership_row(g, nxt["group_membership"] + i, branch_id, refs))
    for i, e in enumerate(data.exclusions):
        out.add("exclusion", R.exclusion_row(e, nxt["exclusion"] + i, branch_id, refs))
    for i, p in enumerate(data.party_probations):
        out.add("party_probation", R.party_probation_row(p, nxt["party_probation"] + i, branch_id, refs))
    out.by_table["duty_rule"] = R.duty_rule_rows(branch_id, data.rules)
    out.by_table["committee_change"] = R.committee_change_rows(branch_id, data.committee_changes)
    add_record_rows(conn, out, branch_id, data, refs, nxt)
    leaders = [{"gid": refs.groups[g.id], "lid": refs.people[g.leader]} for g in data.groups if g.leader]
    return out, leaders


def add_record_rows(conn: Connection, out: R.TableRows, branch_id: int, data: BranchData, refs: R.Refs,
                    nxt: dict[str, int]) -> None:
    """The rows of `data`'s meetings (with everything under them), talks, rectifications and evaluations, with the
    ids `refs.meetings` and `nxt` give them and each record's version."""
    for m in numbered(conn, branch_id, data):
        R.add_meeting_rows(out, m, refs.meetings[m.id], branch_id, refs)
    for i, t in enumerate(data.talks):
        out.add("talk", R.talk_row(t, nxt["talk"] + i, branch_id, refs))
    for i, r in enumerate(data.rectifications):
        out.add("rectification", R.rectification_row(r, nxt["rectification"] + i, branch_id, refs))
    for i, e in enumerate(data.evaluations):
        R.add_evaluation_rows(out, e, nxt["evaluation"] + i, branch_id, refs)
    for table, records in (("meeting", data.meetings), ("talk", data.talks),
                           ("rectification", data.rectifications), ("evaluation", data.evaluations)):
        for row, record in zip(out.by_table.get(table, ()), records, strict=True):
            row["version"] = record.version or 1  # a version-2 file's `revision`; a version-1 file starts at 1


def numbered(conn: Connection, branch_id: int, data: BranchData) -> tuple[Meeting, ...]:
    """The meetings, final ones with the number their dates give them among the branch's meetings: 定稿 stores
    it, and version 1 of the interchange format carries none."""
    if all(m.status != "final" or m.number for m in data.meetings):
        return data.meetings
    numbers = running_numbers([*loader.series_entries(conn, branch_id), *data.meetings])
    return tuple(replace(m, number=numbers[m.id]) if m.status == "final" and not m.number else m
                 for m in data.meetings)
