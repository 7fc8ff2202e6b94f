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
        saved = dataclasses.replace(talk, updated_at=now_timestamp())
        with self._write() as conn:
            self._refuse_if_locked(conn, talk.date, self._current_date(conn, "talk", talk.id))
            self._upsert(conn, "talk", saved.id, lambda pk, refs: R.talk_row(saved, pk, self.branch_id, refs))
        return saved

    def delete_talk(self, talk_id: str) -> None:
        with self._read() as conn:
            self._refuse_if_locked(conn, self._current_date(conn, "talk", talk_id))
        self._delete(T["talk"], talk_id)

    def rectifications(self) -> list[Rectification]:
        with self._read() as conn:
            return loader.load_rectifications(conn, self.branch_id, loader.Names(conn, self.branch_id))

    def save_rectification(self, item: Rectification) -> Rectification:
        with self._write() as conn:
            self._upsert(conn, "rectification", item.id,
                         lambda pk, refs: R.rectification_row(item, pk, self.branch_id, refs))
        return item

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
            self._write_evaluation(conn, evaluation)
        return evaluation

    def amend_evaluation(self, evaluation: Evaluation, reason: str, summary: str) -> Evaluation:
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
                summary=f"更正民主评议测评结果：{summary.strip()}" if summary.strip() else "更正民主评议测评结果"))
            self._write_evaluation(conn, evaluation)
        return evaluation

    def _write_evaluation(self, conn: Connection, evaluation: Evaluation) -> None:
        refs = self._refs(conn)
        pk = self._pk(conn, "evaluation", evaluation.id)
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
            raise RecordNotFound(f"找不到人员或会议：{missing.args[0]}") from None
        for name in ("evaluation", "evaluation_result"):
            if out.by_table.get(name):
                conn.execute(T[name].insert(), out.by_table[name])

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

    def _upsert(self, conn: Connection, table: str, ext_id: str, build) -> None:
        refs = self._refs(conn)
        pk = self._pk(conn, table, ext_id)
        try:
            row = build(pk or _next_id(conn, table), refs)
        except KeyError as missing:
            raise RecordNotFound(f"记录引用了不存在的人员或会议：{missing.args[0]}") from None
        if pk is None:
            conn.execute(T[table].insert().values(**row))
        else:
            conn.execute(update(T[table]).where(T[table].c.id == pk).values(**row))

    def _delete(self, table, ext_id: str) -> None:
        with self._write() as conn:
            pk = self._require_pk(conn, table.name, ext_id)
            conn.execute(table.delete().where(table.c.id == pk))


