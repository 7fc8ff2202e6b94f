"""Meetings: list, get, save a draft, finalise (定稿), amend with a reason, delete."""

from __future__ import annotations

import dataclasses
from datetime import date

from sqlalchemy import Connection, and_, func, select

from models.domain import Amendment, Attachment, BranchData, Meeting, now_timestamp
from models.late_files import late_stamp
from models.orm import Base
from models.services.base import BaseStore, next_id
from models.services.summaries import MeetingSummary
from models.storage import loader
from models.storage import rows as R
from models.storage.errors import RecordConflict, RecordLocked, RecordNotFound
from models.storage.outlines import load_outlines
from models.storage.versions import check_version, own_versions, remember, stored_version
from models.titles import SeriesEntry, heading, running_numbers, series_key
from models.words import ERRORS, QT_TRANSLATE_NOOP, say

T = Base.metadata.tables
MEETING_CHILDREN = (
    "criticism_received", "criticism", "meeting_duty", "attendance", "guest", "agenda_item", "speech",
    "election_candidate", "election_official", "resolution", "opinion", "self_examination", "amendment",
    "attachment",
)


class MeetingService(BaseStore):
    def meeting_summaries(
        self,
        year: int | None = None,
        type: str | None = None,
        group: str | None = None,
        status: str | None = None,
    ) -> list[MeetingSummary]:
        """Every meeting (newest first) with 应到/实到, filtered as asked."""
        m, g = T["meeting"], T["party_group"]
        stmt = (
            select(m.c.ext_id, m.c.type, m.c.title, m.c.date, g.c.ext_id.label("group"), m.c.expected_count,
                   m.c.present_count, m.c.status, m.c.updated_at)
            .outerjoin(g, g.c.id == m.c.group_id)
            .where(m.c.branch_id == self.branch_id)
            .order_by(m.c.date.desc(), m.c.start.desc(), m.c.id.desc())
        )
        if year is not None:
            stmt = stmt.where(and_(m.c.date >= date(year, 1, 1), m.c.date <= date(year, 12, 31)))
        if type is not None:
            stmt = stmt.where(m.c.type == type)
        if status is not None:
            stmt = stmt.where(m.c.status == status)
        if group is not None:
            stmt = stmt.where(g.c.ext_id == group)
        with self._read() as conn:
            rows = conn.execute(stmt).all()
            numbers = running_numbers(loader.series_entries(conn, self.branch_id, year))
            groups = dict(conn.execute(select(g.c.ext_id, g.c.name).where(g.c.branch_id == self.branch_id)).all())
        return [
            MeetingSummary(r.ext_id, r.type, r.title, r.date, r.group, r.expected_count, r.present_count,
                           r.status, r.updated_at,
                           heading(r.type, r.date.year, numbers[r.ext_id], groups.get(r.group, "")))
            for r in rows
        ]

    def meeting_series(self, meeting: Meeting) -> list[SeriesEntry]:
        """The stored meetings numbered together with `meeting` (its year and kind, its group), itself left out:
        what the editor needs to show the number by date beside the clerk's correction."""
        with self._read() as conn:
            entries = loader.series_entries(conn, self.branch_id, meeting.date.year)
        return [e for e in entries if e.id != meeting.id and series_key(e) == series_key(meeting)]

    def year_outline(self, year: int) -> BranchData:
        """`load_year` with the meetings' outline only (loader.load_meetings): what the compliance report and the
        home page's grid read, without the speeches and attachments that make a whole year slow to load. Read as
        the 党委's overview reads every branch: a query a table, no look-up of every meeting's id."""
        branch_id = self.branch_id  # once: the clerk may switch branches while a page reads in the background
        with self._read() as conn:
            return load_outlines(conn, year, [branch_id])[branch_id]

    def meeting_years(self) -> list[int]:
        m = T["meeting"]
        with self._read() as conn:
            dates = conn.execute(select(func.min(m.c.date), func.max(m.c.date)).where(
                m.c.branch_id == self.branch_id)).one()
        if dates[0] is None:
            return []
        return list(range(dates[1].year, dates[0].year - 1, -1))

    def meeting(self, meeting_id: str) -> Meeting:
        with self._read() as conn:
            return self._load_meeting(conn, self._require_pk(conn, "meeting", meeting_id))

    def _load_meeting(self, conn: Connection, pk: int) -> Meeting:
        names = loader.Names(conn, self.branch_id)
        return loader.load_meetings(conn, self.branch_id, names, [pk])[0]

    def save_meeting(self, meeting: Meeting) -> Meeting:
        """Create or update a draft; returns it as saved, with its new `version` — keep that one for the next save.

        A finalised record changes only through `amend_meeting`. A copy older than the stored record (its
        `version` is not the stored one) raises StaleRecord and writes nothing; a record whose `version` is None
        (not read from the database) is written as it is.
        """
        with self._write() as conn:
            pk = self._pk(conn, "meeting", meeting.id)
            self._refuse_if_locked(conn, meeting.date, self._current_date(conn, "meeting", meeting.id))
            if pk is not None and self._status(conn, pk) == "final":
                raise RecordLocked(say(QT_TRANSLATE_NOOP(
                    "errors", "该记录已定稿，修改需说明理由并作为更正记录保存。"),
                    context=ERRORS))
            version = check_version(conn, "meeting", pk, meeting.id, meeting.version, own_versions(self))
            saved = dataclasses.replace(meeting, status="draft", finalized_at=None,
                                        updated_at=now_timestamp(), version=version)
            self._write_meeting(conn, pk, saved)
        remember(self, "meeting", saved.id, saved.version)
        return saved

    def finalize_meeting(self, meeting_id: str, version: int | None = None, author: str | None = None) -> Meeting:
        """定稿, by `author` (default: who this store writes as, `Store.author`). With `version` (the copy the clerk
        looked at), an outdated copy raises StaleRecord."""
        with self._write() as conn:
            pk = self._require_pk(conn, "meeting", meeting_id)
            if version is not None:
                check_version(conn, "meeting", pk, meeting_id, version, own_versions(self))
            current = self._load_meeting(conn, pk)
            if current.status == "final":
                return current
            stamp = now_timestamp()
            others = [e for e in loader.series_entries(conn, self.branch_id, current.date.year) if e.id != current.id]
            number = running_numbers([current, *others])[current.id]  # stored: paper keeps its number
            final = dataclasses.replace(current, status="final", finalized_at=stamp, updated_at=stamp,
                                        finalized_by=self.author(conn) if author is None else author,
                                        version=stored_version(conn, "meeting", pk) + 1, number=number)
            self._write_meeting(conn, pk, final)
        remember(self, "meeting", final.id, final.version)
        return final

    def amend_meeting(self, meeting: Meeting, reason: str, summary: str, author: str | None = None) -> Meeting:
        """Change a finalised record; the change is kept as an amendment with time, reason and summary."""
        if not reason.strip():
            raise RecordConflict(["修改已定稿的记录必须说明理由"])
        with self._write() as conn:
            pk = self._require_pk(conn, "meeting", meeting.id)
            current = self._load_meeting(conn, pk)
            if current.status != "final":
                raise RecordConflict(["只有已定稿的记录需要作为更正保存"])
            version = check_version(conn, "meeting", pk, meeting.id, meeting.version, own_versions(self))
            stamp = now_timestamp()
            amended = dataclasses.replace(
                meeting,
                status="final",
                finalized_at=current.finalized_at,
                finalized_by=current.finalized_by,
                number=current.number,  # fixed at 定稿
                created_at=current.created_at,
                amendments=(*current.amendments, Amendment(stamp, reason.strip(), summary.strip(),
                                                           self.author(conn) if author is None else author)),
                updated_at=stamp,
                version=version,
            )
            self._write_meeting(conn, pk, amended)
        remember(self, "meeting", amended.id, amended.version)
        return amended

    def attach_to_final(self, meeting_id: str, files: tuple[Attachment, ...]) -> Meeting:
        """Files that arrive after 定稿 (a scanned 签到表, photos) added to a finalised record without an amendment:
        each keeps the time it was added (`added_at`), which the record and the minutes show.
        In a year archived and locked the record changes only as an amendment: refused here (RecordLocked)."""
        with self._write() as conn:
            pk = self._require_pk(conn, "meeting", meeting_id)
            current = self._load_meeting(conn, pk)
            if current.status != "final":
                raise RecordConflict(["草稿的附件随草稿保存，无需补充"])
            if current.date.year in self._locked(conn):
                raise RecordLocked(say(QT_TRANSLATE_NOOP(
                    "errors", "{0} 年度已归档锁定，补充附件需作为更正保存并说明理由。"),
                    current.date.year, context=ERRORS))
            stamp = now_timestamp()
            added_at = late_stamp(current.finalized_at)
            known = {a.sha256 for a in current.attachments}
            new = tuple(dataclasses.replace(a, added_at=added_at) for a in files if a.sha256 not in known)
            if not new:
                return current
            added = dataclasses.replace(current, attachments=(*current.attachments, *new), updated_at=stamp,
                                        version=stored_version(conn, "meeting", pk) + 1)
            self._write_meeting(conn, pk, added)
        remember(self, "meeting", added.id, added.version)
        return added

    def delete_meeting(self, meeting_id: str) -> None:
        """Delete a meeting and what belongs to it; rectifications and evaluations keep their content."""
        with self._write() as conn:
            pk = self._require_pk(conn, "meeting", meeting_id)
            if self._status(conn, pk) == "final":
                raise RecordLocked(say(QT_TRANSLATE_NOOP("errors", "该记录已定稿，不能删除。"), context=ERRORS))
            self._refuse_if_locked(conn, self._current_date(conn, "meeting", meeting_id))
            self._delete_children(conn, pk)
            conn.execute(T["meeting"].delete().where(T["meeting"].c.id == pk))

    def _status(self, conn: Connection, pk: int) -> str:
        return conn.execute(select(T["meeting"].c.status).where(T["meeting"].c.id == pk)).scalar_one()

    def _delete_children(self, conn: Connection, pk: int) -> None:
        for name in MEETING_CHILDREN:
            conn.execute(T[name].delete().where(T[name].c.meeting_id == pk))

    def _write_meeting(self, conn: Connection, pk: int | None, meeting: Meeting) -> Meeting:
        refs = self._refs(conn)
        out = R.TableRows()
        is_new = pk is None
        if is_new:
            pk = next_id(conn, "meeting")
        try:
            R.add_meeting_rows(out, meeting, pk, self.branch_id, refs)
        except KeyError as missing:
            raise RecordNotFound(say(QT_TRANSLATE_NOOP(
                "errors", "记录引用了不存在的人员或党小组：{0}"),
                missing.args[0], context=ERRORS)) from None
        head = out.by_table.pop("meeting")[0]
        head["version"] = meeting.version or 1
        if is_new:
            conn.execute(T["meeting"].insert().values(**head))
        else:
            self._delete_children(conn, pk)
            conn.execute(T["meeting"].update().where(T["meeting"].c.id == pk).values(**head))
        for name in ("meeting_duty", "attendance", "guest", "agenda_item", "speech", "resolution",
                     "election_candidate", "election_official", "criticism", "criticism_received", "opinion",
                     "self_examination", "amendment", "attachment"):
            if out.by_table.get(name):
                conn.execute(T[name].insert(), out.by_table[name])
        return meeting
