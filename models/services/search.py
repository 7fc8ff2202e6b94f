"""Finding any record by any word, names of two characters included (plain substring match, no tokenizer)."""

from __future__ import annotations

from sqlalchemy import or_, select

from models.orm import Base
from models.services.base import BaseStore
from models.services.summaries import SearchHit

T = Base.metadata.tables
CONTEXT = 30


def _snippet(text: str, needle: str) -> str:
    at = text.find(needle)
    if at < 0:
        return text[: CONTEXT * 2]
    start = max(0, at - CONTEXT)
    prefix = "…" if start else ""
    suffix = "…" if at + len(needle) + CONTEXT < len(text) else ""
    return prefix + text[start : at + len(needle) + CONTEXT] + suffix


def _like(column, needle: str):
    escaped = needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return column.like(f"%{escaped}%", escape="\\")


class SearchService(BaseStore):
    def search(self, text: str, limit: int = 200) -> list[SearchHit]:
        """People whose name matches, then meetings and talks that mention the words or name the people
        (host, recorder, lecturer, speaker, on the attendance list, talker or talkee)."""
        needle = text.strip()
        if not needle:
            return []
        with self._read() as conn:
            hits = self._people_hits(conn, needle)
            person_pks = [pk for pk, _ in hits]
            found = [hit for _, hit in hits]
            found += self._meeting_hits(conn, needle, person_pks)
            found += self._talk_hits(conn, needle, person_pks)
        return found[:limit]

    def _people_hits(self, conn, needle: str) -> list[tuple[int, SearchHit]]:
        p = T["person"]
        rows = conn.execute(
            select(p.c.id, p.c.ext_id, p.c.name, p.c.title)
            .where(p.c.branch_id == self.branch_id, or_(_like(p.c.name, needle), _like(p.c.phone, needle)))
        )
        return [(r.id, SearchHit("person", r.ext_id, None, r.name, r.title or "")) for r in rows]

    def _meeting_hits(self, conn, needle: str, person_pks: list[int]) -> list[SearchHit]:
        m, s, a, r, att = T["meeting"], T["speech"], T["agenda_item"], T["resolution"], T["attendance"]
        text_cols = (m.c.title, m.c.location, m.c.summary, m.c.notes, m.c.lecturer, m.c.lecture_title)
        conditions = [_like(c, needle) for c in text_cols]
        conditions += [
            m.c.id.in_(select(s.c.meeting_id).where(or_(_like(s.c.content, needle), _like(s.c.speaker_name, needle)))),
            m.c.id.in_(select(a.c.meeting_id).where(_like(a.c.text, needle))),
            m.c.id.in_(select(r.c.meeting_id).where(_like(r.c.text, needle))),
        ]
        if person_pks:
            conditions += [m.c.host_id.in_(person_pks), m.c.recorder_id.in_(person_pks),
                           m.c.lecturer_member_id.in_(person_pks),
                           m.c.id.in_(select(s.c.meeting_id).where(s.c.speaker_id.in_(person_pks))),
                           m.c.id.in_(select(att.c.meeting_id).where(att.c.person_id.in_(person_pks)))]
        rows = conn.execute(
            select(m.c.id, m.c.ext_id, m.c.date, m.c.title, m.c.summary)
            .where(m.c.branch_id == self.branch_id, or_(*conditions))
            .order_by(m.c.date.desc())
        ).all()
        return [SearchHit("meeting", row.ext_id, row.date, row.title, self._meeting_context(conn, row, needle))
                for row in rows]

    def _meeting_context(self, conn, row, needle: str) -> str:
        if needle in row.title:
            return row.title
        s = T["speech"]
        content = conn.execute(
            select(s.c.content).where(s.c.meeting_id == row.id, _like(s.c.content, needle)).limit(1)
        ).scalar()
        return _snippet(content or row.summary or "", needle)

    def _talk_hits(self, conn, needle: str, person_pks: list[int]) -> list[SearchHit]:
        t = T["talk"]
        conditions = [_like(c, needle) for c in (t.c.topic, t.c.content, t.c.location, t.c.talkee_views,
                                                 t.c.follow_up)]
        if person_pks:
            conditions += [t.c.talker_id.in_(person_pks), t.c.talkee_id.in_(person_pks)]
        rows = conn.execute(
            select(t.c.ext_id, t.c.date, t.c.topic, t.c.content)
            .where(t.c.branch_id == self.branch_id, or_(*conditions))
            .order_by(t.c.date.desc())
        )
        return [SearchHit("talk", r.ext_id, r.date, r.topic or "谈心谈话", _snippet(r.content, needle))
                for r in rows]
