"""Talks (谈心谈话), the rectification list (整改清单) and democratic evaluations (民主评议)."""

from __future__ import annotations

import dataclasses

from sqlalchemy import Connection, func, select, update

from models.domain import Evaluation, Rectification, Talk, now_timestamp
from models.orm import Base
from models.services.base import BaseStore
from models.services.base import next_id as _next_id
from models.storage import loader
from models.storage import rows as R
from models.storage.errors import RecordConflict, RecordLocked, RecordNotFound
from models.storage.versions import check_version, own_versions, remember
from models.words import ERRORS, QT_TRANSLATE_NOOP, say

T = Base.metadata.tables


class RecordService(BaseStore):
    def talks(self, year: int | None = None) -> list[Talk]:
        """The talks (of `year`, when given) in date order; only those are read from the database."""
        with self._read() as conn:
            ids = None if year is None else loader.ids_in_year(conn, T["talk"], self.branch_id, year)
            return loader.load_talks(conn, self.branch_id, loader.Names(conn, self.branch_id), ids)

    def talk(self, talk_id: str) -> Talk:
        with self._read() as conn:
            pk = self._require_pk(conn, "talk", talk_id)
            return loader.load_talks(conn, self.branch_id, loader.Names(conn, self.branch_id), [pk])[0]

    def save_talk(self, talk: Talk) -> Talk:
        """Create or update a talk; returns it as saved, with its new `version` (StaleRecord for an old copy)."""
        with self._write() as conn:
            self._refuse_if_locked(conn, talk.date, self._current_date(conn, "talk", talk.id))
            saved = self._upsert(conn, "talk", dataclasses.replace(talk, updated_at=now_timestamp()),
                                 lambda t, pk, refs: R.talk_row(t, pk, self.branch_id, refs))
        remember(self, "talk", saved.id, saved.version)
        return saved

    def delete_talk(self, talk_id: str) -> None:
        with self._read() as conn:
            self._refuse_if_locked(conn, self._current_date(conn, "talk", talk_id))
        self._delete(T["talk"], talk_id)

    def rectifications(self) -> list[Rectification]:
        with self._read() as conn:
            return loader.load_rectifications(conn, self.branch_id, loader.Names(conn, self.branch_id))

    def save_rectification(self, item: Rectification) -> Rectification:
        """Create or update an item; returns it as saved, with its new `version` (StaleRecord for an old copy)."""
        with self._write() as conn:
            saved = self._upsert(conn, "rectification", item,
                                 lambda r, pk, refs: R.rectification_row(r, pk, self.branch_id, refs))
        remember(self, "rectification", saved.id, saved.version)
        return saved

    def delete_rectification(self, item_id: str) -> None:
        self._delete(T["rectification"], item_id)

    def evaluations(self) -> list[Evaluation]:
        with self._read() as conn:
            return loader.load_evaluations(conn, self.branch_id, loader.Names(conn, self.branch_id))

    def evaluation_locked(self, evaluation: Evaluation) -> bool:
        """Whether its 民主评议 meeting is finalised: the results then change only as an amendment."""
        with self._read() as conn:
            return self._final_meeting_pk(conn, evaluation) is not None

    def _final_meeting_pk(self, conn: Connection, evaluation: Evaluation) -> int | None:
        if evaluation.meeting is None:
            return None
        pk = self._pk(conn, "meeting", evaluation.meeting)
        if pk is None:
            return None
        status = conn.execute(select(T["meeting"].c.status).where(T["meeting"].c.id == pk)).scalar()
        return pk if status == "final" else None

    def save_evaluation(self, evaluation: Evaluation) -> Evaluation:
        """Write an evaluation; refused once its meeting is finalised (see `amend_evaluation`)."""
        with self._write() as conn:
            if self._final_meeting_pk(conn, evaluation) is not None:
                raise RecordLocked(
                    "该次民主评议的会议已定稿，测评结果已锁定；如需修改，请点击“更正测评结果”并说明理由。"
                )
            saved = self._write_evaluation(conn, evaluation)
        remember(self, "evaluation", saved.id, saved.version)
        return saved

    def amend_evaluation(self, evaluation: Evaluation, reason: str, summary: str,
                         author: str | None = None) -> Evaluation:
        """Change the results of an evaluation whose meeting is finalised: kept, in the same transaction, as an
        amendment (time, reason, summary) of that meeting."""
        if not reason.strip():
            raise RecordConflict(["修改已定稿的记录必须说明理由"])
        with self._write() as conn:
            pk = self._final_meeting_pk(conn, evaluation)
            if pk is None:
                raise RecordConflict(["只有会议已定稿的民主评议需要作为更正保存"])
            amendments = T["amendment"]
            position = conn.execute(
                select(func.count()).select_from(amendments).where(amendments.c.meeting_id == pk)
            ).scalar() or 0
            stamp = now_timestamp()
            conn.execute(update(T["meeting"]).where(T["meeting"].c.id == pk).values(updated_at=stamp))
            conn.execute(amendments.insert().values(
                meeting_id=pk, position=position, at=stamp, reason=reason.strip(),
                author=self.author(conn) if author is None else author,
                summary=f"更正民主评议测评结果：{summary.strip()}" if summary.strip() else "更正民主评议测评结果"))
            saved = self._write_evaluation(conn, evaluation)
        remember(self, "evaluation", saved.id, saved.version)
        return saved

    def _write_evaluation(self, conn: Connection, evaluation: Evaluation) -> Evaluation:
        """Replace the evaluation's rows; returns it with its new `version` (StaleRecord for an old copy)."""
        refs = self._refs(conn)
        pk = self._pk(conn, "evaluation", evaluation.id)
        evaluation = dataclasses.replace(
            evaluation, version=check_version(conn, "evaluation", pk, evaluation.id, evaluation.version,
                                              own_versions(self)))
        if pk is not None:
            res = T["evaluation_result"]
            conn.execute(res.delete().where(res.c.evaluation_id == pk))
            conn.execute(T["evaluation"].delete().where(T["evaluation"].c.id == pk))
        else:
            pk = _next_id(conn, "evaluation")
        out = R.TableRows()
        try:
            R.add_evaluation_rows(out, evaluation, pk, self.branch_id, refs)
        except KeyError as missing:
            raise RecordNotFound(say(QT_TRANSLATE_NOOP(
                "errors", "找不到人员或会议：{0}"),
                missing.args[0], context=ERRORS)) from None
        out.by_table["evaluation"][0]["version"] = evaluation.version
        for name in ("evaluation", "evaluation_result"):
            if out.by_table.get(name):
                conn.execute(T[name].insert(), out.by_table[name])
        return evaluation

    def delete_evaluation(self, evaluation_id: str) -> None:
        with self._write() as conn:
            pk = self._require_pk(conn, "evaluation", evaluation_id)
            conn.execute(T["evaluation_result"].delete().where(T["evaluation_result"].c.evaluation_id == pk))
            conn.execute(T["evaluation"].delete().where(T["evaluation"].c.id == pk))

    def years_with_records(self) -> list[int]:
        years: set[int] = set()
        with self._read() as conn:
            for name in ("meeting", "talk"):
                t = T[name]
                lo, hi = conn.execute(
                    select(func.min(t.c.date), func.max(t.c.date)).where(t.c.branch_id == self.branch_id)
                ).one()
                if lo is not None:
                    years.update(range(lo.year, hi.year + 1))
        return sorted(years, reverse=True)

    def _upsert(self, conn: Connection, table: str, record, build):
        refs = self._refs(conn)
        pk = self._pk(conn, table, record.id)
        record = dataclasses.replace(
            record, version=check_version(conn, table, pk, record.id, record.version, own_versions(self)))
        try:
            row = build(record, pk or _next_id(conn, table), refs)
        except KeyError as missing:
            raise RecordNotFound(say(QT_TRANSLATE_NOOP(
                "errors", "记录引用了不存在的人员或会议：{0}"),
                missing.args[0], context=ERRORS)) from None
        row["version"] = record.version
        if pk is None:
            conn.execute(T[table].insert().values(**row))
        else:
            conn.execute(update(T[table]).where(T[table].c.id == pk).values(**row))
        return record

    def _delete(self, table, ext_id: str) -> None:
        with self._write() as conn:
            pk = self._require_pk(conn, table.name, ext_id)
            conn.execute(table.delete().where(table.c.id == pk))


