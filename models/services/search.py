"""Finding any record by any word, names of two characters included (plain substring match, no tokenizer)."""

from __future__ import annotations

from sqlalchemy import or_, select

from models.orm import Base
from models.services.base import BaseStore
from models.services.summaries import SearchHit
from models.storage import loader
from models.titles import heading, running_numbers
from models.words import QT_TRANSLATE_NOOP, Words, say, word

TITLED = QT_TRANSLATE_NOOP("rules", "{0}（{1}）")  # a meeting's minutes title and its own title
LABELS = (  # where a search found the words (labelled): marked for the UI, which shows them through the vocabulary
    QT_TRANSLATE_NOOP("vocabulary", "发言"), QT_TRANSLATE_NOOP("vocabulary", "决议"),
    QT_TRANSLATE_NOOP("vocabulary", "议程"), QT_TRANSLATE_NOOP("vocabulary", "小结"),
    QT_TRANSLATE_NOOP("vocabulary", "其他"), QT_TRANSLATE_NOOP("vocabulary", "地点"),
    QT_TRANSLATE_NOOP("vocabulary", "主讲人"), QT_TRANSLATE_NOOP("vocabulary", "课题"),
    QT_TRANSLATE_NOOP("vocabulary", "主持人"), QT_TRANSLATE_NOOP("vocabulary", "记录人"),
    QT_TRANSLATE_NOOP("vocabulary", "发言人"), QT_TRANSLATE_NOOP("vocabulary", "应到人员"),
    QT_TRANSLATE_NOOP("vocabulary", "谈话内容"), QT_TRANSLATE_NOOP("vocabulary", "主题"),
    QT_TRANSLATE_NOOP("vocabulary", "对方意见建议"), QT_TRANSLATE_NOOP("vocabulary", "落实情况"),
    QT_TRANSLATE_NOOP("vocabulary", "谈话人"), QT_TRANSLATE_NOOP("vocabulary", "谈话对象"),
)

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
        titles = self._titles(conn, {row.date.year for row in rows})
        return [SearchHit("meeting", row.ext_id, row.date, say(TITLED, titles[row.ext_id], row.title) if row.title
                          else titles[row.ext_id], self._meeting_context(conn, row, needle))
                for row in rows]

    def _titles(self, conn, years: set[int]) -> dict[str, str]:
        """Meeting id -> the minutes' title (models.titles) for the meetings of `years`."""
        g = T["party_group"]
        groups = dict(conn.execute(select(g.c.ext_id, g.c.name).where(g.c.branch_id == self.branch_id)).all())
        titles: dict[str, str] = {}
        for year in years:
            entries = loader.series_entries(conn, self.branch_id, year)
            numbers = running_numbers(entries)
            titles.update({e.id: heading(e.type, year, numbers[e.id], groups.get(e.group, "")) for e in entries})
        return titles

    def _meeting_context(self, conn, row, needle: str) -> str:
        """Why the meeting matched: the words in their context (title, a speech, a resolution, the agenda, the
        summary, notes, place, lecture), else the person it names and in which role."""
        m, s, a, r = T["meeting"], T["speech"], T["agenda_item"], T["resolution"]
        if needle in row.title:
            return row.title
        for label, column, table in (("发言", s.c.content, s), ("决议", r.c.text, r), ("议程", a.c.text, a)):
            found = conn.execute(select(column).where(table.c.meeting_id == row.id, _like(column, needle)).limit(1))
            text = found.scalar()
            if text:
                return labelled(label, _snippet(text, needle))
        fields = conn.execute(select(m.c.summary, m.c.notes, m.c.location, m.c.lecturer, m.c.lecture_title)
                              .where(m.c.id == row.id)).one()
        for label, text in zip(("小结", "其他", "地点", "主讲人", "课题"), fields, strict=True):
            if text and needle in text:
                return labelled(label, _snippet(text, needle))
        return self._meeting_person(conn, row.id, needle) or _snippet(row.summary or "", needle)

    def _meeting_person(self, conn, meeting_pk: int, needle: str) -> str:
        """主持人 李娜 / 记录人 … / 发言人 … / 应到 …: the role of a person whose name matched."""
        m, s, att, p = T["meeting"], T["speech"], T["attendance"], T["person"]
        named = select(p.c.id, p.c.name).where(p.c.branch_id == self.branch_id, _like(p.c.name, needle))
        people = dict(conn.execute(named).all())
        if not people:
            return ""
        roles = conn.execute(select(m.c.host_id, m.c.recorder_id, m.c.lecturer_member_id)
                             .where(m.c.id == meeting_pk)).one()
        for label, pk in zip(("主持人", "记录人", "主讲人"), roles, strict=True):
            if pk in people:
                return labelled(label, people[pk])
        speaker = conn.execute(select(s.c.speaker_id).where(s.c.meeting_id == meeting_pk,
                                                            s.c.speaker_id.in_(people)).limit(1)).scalar()
        if speaker is not None:
            return labelled("发言人", people[speaker])
        present = conn.execute(select(att.c.person_id).where(att.c.meeting_id == meeting_pk,
                                                             att.c.person_id.in_(people)).limit(1)).scalar()
        return labelled("应到人员", people[present]) if present is not None else ""

    def _talk_hits(self, conn, needle: str, person_pks: list[int]) -> list[SearchHit]:
        t = T["talk"]
        conditions = [_like(c, needle) for c in (t.c.topic, t.c.content, t.c.location, t.c.talkee_views,
                                                 t.c.follow_up)]
        if person_pks:
            conditions += [t.c.talker_id.in_(person_pks), t.c.talkee_id.in_(person_pks)]
        rows = conn.execute(
            select(t.c.ext_id, t.c.date, t.c.topic, t.c.content, t.c.location, t.c.talkee_views, t.c.follow_up,
                   t.c.talker_id, t.c.talkee_id)
            .where(t.c.branch_id == self.branch_id, or_(*conditions))
            .order_by(t.c.date.desc())
        ).all()
        names = self._names(conn, [pk for r in rows for pk in (r.talker_id, r.talkee_id)]) if person_pks else {}
        return [SearchHit("talk", r.ext_id, r.date, r.topic or "谈心谈话", _talk_context(r, needle, names))
                for r in rows]

    def _names(self, conn, pks: list[int]) -> dict[int, str]:
        p = T["person"]
        return dict(conn.execute(select(p.c.id, p.c.name).where(p.c.id.in_(set(pks)))).all())


def _talk_context(row, needle: str, names: dict[int, str]) -> str:
    """Why the talk matched: the words in the field that holds them, else who talked with whom."""
    for label, text in (("谈话内容", row.content),
                        ("主题", row.topic),
                        ("对方意见建议", row.talkee_views),
                        ("落实情况", row.follow_up),
                        ("地点", row.location)):
        if text and needle in text:
            return labelled(label, _snippet(text, needle))
    for label, pk in (("谈话人", row.talker_id),
                      ("谈话对象", row.talkee_id)):
        if needle in names.get(pk, ""):
            return labelled(label, names[pk])
    return _snippet(row.content or "", needle)


def labelled(label: str, value: str) -> Words:
    """Where the words were found and what they are: 发言：…, shown in the UI's language (the label a marked word)."""
    return say(QT_TRANSLATE_NOOP("rules", "{0}：{1}"), word(label), value)
