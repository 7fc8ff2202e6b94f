"""The roster: people, Party groups and the committee over time."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from sqlalchemy import Connection, func, or_, select, update

from models.domain import (
    CommitteeChange,
    CommitteeRole,
    Exclusion,
    Group,
    GroupMembership,
    PartyProbation,
    Person,
)
from models.orm import Base
from models.services.base import BaseStore
from models.services.base import next_id as _next_id
from models.storage import loader
from models.storage import rows as R
from models.storage.errors import RecordConflict, RecordNotFound
from models.words import ERRORS, QT_TRANSLATE_NOOP, say

T = Base.metadata.tables


class PeopleService(BaseStore):
    def people(self) -> list[Person]:
        with self._read() as conn:
            return loader.load_people(conn, self.branch_id, loader.Names(conn, self.branch_id))

    def person(self, person_id: str) -> Person:
        with self._read() as conn:
            pk = self._require_pk(conn, "person", person_id)
            return loader.load_people(conn, self.branch_id, loader.Names(conn, self.branch_id), [pk])[0]

    def save_person(self, person: Person, group_since: date | None = None) -> Person:
        """Add or change `person`. With `group_since`, a change of 党小组 is a move on that day: the member's
        memberships say where they were before and after (models.domain.GroupMembership)."""
        with self._write() as conn:
            refs = self._refs(conn)
            pk = refs.people.get(person.id)
            if person.group is not None and person.group not in refs.groups:
                raise RecordNotFound(say(QT_TRANSLATE_NOOP(
                    "errors", "找不到党小组：{0}"),
                    person.group, context=ERRORS))
            if pk is None:
                pk = _next_id(conn, "person")
                conn.execute(T["person"].insert().values(**R.person_row(person, pk, self.branch_id, refs)))
            else:
                before = conn.execute(select(T["person"]).where(T["person"].c.id == pk)).one()
                row = R.person_row(person, pk, self.branch_id, refs)
                conn.execute(update(T["person"]).where(T["person"].c.id == pk).values(**row))
                if group_since is not None and before.group_id != row["group_id"]:
                    self._move(conn, pk, before, row["group_id"], group_since)
        return person

    def _move(self, conn: Connection, pk: int, before: Any, group_pk: int | None, since: date) -> None:
        """Close the member's memberships at the day before `since`, and open one in the new group from it; a
        member with none yet gets one for the old group first, from their first day in the branch."""
        t = T["group_membership"]
        last = since - timedelta(days=1)
        had = conn.execute(select(func.count()).select_from(t).where(t.c.person_id == pk)).scalar()
        rows = []
        first = before.entered_on or before.joined_on or last
        if not had and before.group_id is not None and first <= last:
            rows.append({"branch_id": self.branch_id, "person_id": pk, "group_id": before.group_id,
                         "start_on": first, "end_on": last})
        conn.execute(t.delete().where(t.c.person_id == pk, t.c.start_on >= since))
        conn.execute(update(t).where(t.c.person_id == pk, or_(t.c.end_on.is_(None), t.c.end_on >= since))
                     .values(end_on=last))
        if group_pk is not None:
            rows.append({"branch_id": self.branch_id, "person_id": pk, "group_id": group_pk, "start_on": since,
                         "end_on": None})
        start = _next_id(conn, "group_membership", len(rows))
        for i, values in enumerate(rows):
            conn.execute(t.insert().values(id=start + i, **values))

    def group_memberships(self) -> list[GroupMembership]:
        with self._read() as conn:
            return loader.load_group_memberships(conn, self.branch_id, loader.Names(conn, self.branch_id))

    def save_people(self, people: list[Person], updated: tuple[Person, ...] | list[Person] = ()) -> None:
        """Add many new people and change `updated` ones already there, all or none, as the roster import does."""
        with self._write() as conn:
            refs = self._refs(conn)
            clashes = [p.id for p in people if p.id in refs.people]
            if clashes:
                raise RecordConflict([f'人员 id "{i}" 已存在' for i in clashes])
            missing = [p.id for p in updated if p.id not in refs.people]
            if missing:
                raise RecordNotFound(say(QT_TRANSLATE_NOOP(
                    "errors", "找不到人员：{0}"),
                    '、'.join(missing), context=ERRORS))
            for p in updated:
                row = R.person_row(p, refs.people[p.id], self.branch_id, refs)
                conn.execute(update(T["person"]).where(T["person"].c.id == refs.people[p.id]).values(**row))
            start = _next_id(conn, "person", len(people))
            rows = []
            for i, p in enumerate(people):
                refs.people[p.id] = start + i
                rows.append(R.person_row(p, start + i, self.branch_id, refs))
            if rows:
                conn.execute(T["person"].insert(), rows)

    def person_references(self, person_id: str) -> dict[str, int]:
        """How many records name this person, by kind (what a delete would have to change)."""
        with self._read() as conn:
            pk = self._require_pk(conn, "person", person_id)
            return {k: v for k, v in _person_uses(conn, pk).items() if v}

    def delete_person(self, person_id: str) -> None:
        """Delete a person named by no record; otherwise RecordConflict says where they appear."""
        with self._write() as conn:
            pk = self._require_pk(conn, "person", person_id)
            uses = {k: v for k, v in _person_uses(conn, pk).items() if v}
            if uses:
                listed = "、".join(f"{k} {v} 处" for k, v in uses.items())
                raise RecordConflict([f"该人员仍出现在记录中（{listed}），不能删除；可填写离开日期。"])
            conn.execute(update(T["party_group"]).where(T["party_group"].c.leader_id == pk).values(leader_id=None))
            conn.execute(T["committee_role"].delete().where(T["committee_role"].c.person_id == pk))
            conn.execute(T["person"].delete().where(T["person"].c.id == pk))

    def groups(self) -> list[Group]:
        with self._read() as conn:
            return loader.load_groups(conn, self.branch_id, loader.Names(conn, self.branch_id))

    def save_group(self, group: Group) -> Group:
        with self._write() as conn:
            refs = self._refs(conn)
            pk = refs.groups.get(group.id)
            row = R.group_row(group, pk or _next_id(conn, "party_group"), self.branch_id)
            if group.leader is not None and group.leader not in refs.people:
                raise RecordNotFound(say(QT_TRANSLATE_NOOP("errors", "找不到人员：{0}"), group.leader, context=ERRORS))
            row["leader_id"] = refs.person(group.leader)
            if pk is None:
                conn.execute(T["party_group"].insert().values(**row))
            else:
                conn.execute(update(T["party_group"]).where(T["party_group"].c.id == pk).values(**row))
        return group

    def delete_group(self, group_id: str) -> None:
        with self._write() as conn:
            pk = self._require_pk(conn, "party_group", group_id)
            m = T["meeting"]
            if conn.execute(select(func.count()).where(m.c.group_id == pk)).scalar():
                raise RecordConflict(["该党小组已有会议记录，不能删除。"])
            conn.execute(update(T["person"]).where(T["person"].c.group_id == pk).values(group_id=None))
            conn.execute(T["party_group"].delete().where(T["party_group"].c.id == pk))

    def committee(self) -> list[CommitteeRole]:
        with self._read() as conn:
            return loader.load_committee(conn, self.branch_id, loader.Names(conn, self.branch_id))

    def set_committee(self, roles: list[CommitteeRole]) -> None:
        """Replace the committee's history of roles with `roles`."""
        with self._write() as conn:
            refs = self._refs(conn)
            t = T["committee_role"]
            conn.execute(t.delete().where(t.c.branch_id == self.branch_id))
            start = _next_id(conn, "committee_role", len(roles))
            try:
                rows = [R.committee_row(c, start + i, self.branch_id, refs) for i, c in enumerate(roles)]
            except KeyError as missing:
                raise RecordNotFound(say(QT_TRANSLATE_NOOP(
                    "errors", "找不到人员：{0}"),
                    missing.args[0], context=ERRORS)) from None
            if rows:
                conn.execute(t.insert(), rows)

    def committee_changes(self) -> list[CommitteeChange]:
        """设立 / 不设支部委员会 by date (models.rules.committee); none = a committee all along."""
        with self._read() as conn:
            return loader.load_committee_changes(conn, self.branch_id)

    def set_committee_changes(self, changes: list[CommitteeChange]) -> None:
        """Replace the branch's record of when it had a committee with `changes`."""
        rows = R.committee_change_rows(self.branch_id, changes)
        with self._write() as conn:
            t = T["committee_change"]
            conn.execute(t.delete().where(t.c.branch_id == self.branch_id))
            if rows:
                conn.execute(t.insert(), rows)

    def exclusions(self) -> list[Exclusion]:
        """Members left out of 应到, with reason, period and approval."""
        with self._read() as conn:
            return loader.load_exclusions(conn, self.branch_id, loader.Names(conn, self.branch_id))

    def party_probations(self) -> list[PartyProbation]:
        """留党察看 periods."""
        with self._read() as conn:
            return loader.load_party_probations(conn, self.branch_id, loader.Names(conn, self.branch_id))

    def set_standing_of(self, member_id: str, exclusions: list[Exclusion], probations: list[PartyProbation]) -> None:
        """Replace `member_id`'s exclusions from 应到 and 留党察看 periods with those given (all for that member)."""
        if any(x.member != member_id for x in [*exclusions, *probations]):
            raise ValueError("every exclusion and 留党察看 given must be of the member")
        with self._write() as conn:
            pk = self._require_pk(conn, "person", member_id)
            refs = R.Refs(people={member_id: pk})
            for table, rows, make in (("exclusion", exclusions, R.exclusion_row),
                                      ("party_probation", probations, R.party_probation_row)):
                t = T[table]
                conn.execute(t.delete().where(t.c.person_id == pk))
                start = _next_id(conn, table, len(rows))
                if rows:
                    conn.execute(t.insert(), [make(x, start + i, self.branch_id, refs) for i, x in enumerate(rows)])


def _person_uses(conn: Connection, pk: int) -> dict[str, int]:
    def count(table: str, *columns: str) -> int:
        t = T[table]
        cond = or_(*(t.c[c] == pk for c in columns))
        return conn.execute(select(func.count()).select_from(t).where(cond)).scalar() or 0

    return {
        "会议出席": count("attendance", "person_id"),
        "会议主持、记录或主讲": count("meeting", "host_id", "recorder_id", "lecturer_member_id"),
        "发言": count("speech", "speaker_id"),
        "选举": count("election_candidate", "person_id") + count("election_official", "person_id"),
        "决议所涉人员": count("resolution", "subject_id"),
        "批评和自我批评": count("criticism", "person_id") + count("criticism_received", "critic_id"),
        "对照检查材料": count("self_examination", "person_id"),
        "谈心谈话": count("talk", "talker_id", "talkee_id"),
        "整改事项": count("rectification", "person_id", "responsible_id"),
        "民主评议": count("evaluation_result", "person_id"),
    }
