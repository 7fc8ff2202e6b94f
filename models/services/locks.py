"""Locking an archived year (归档后锁定): its meetings are finalised, and its records change only as amendments."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from models.domain import now_timestamp
from models.orm import Base
from models.services.base import BaseStore

T = Base.metadata.tables


class YearLockService(BaseStore):
    def locked_years(self) -> list[int]:
        with self._read() as conn:
            return self._locked(conn)

    def lock_year(self, year: int) -> int:
        """Lock `year`: every draft meeting of the year is finalised. Returns how many were finalised."""
        stamp = now_timestamp()
        with self._write() as conn:
            if year in self._locked(conn):
                return 0
            m = T["meeting"]
            drafts = list(conn.execute(
                select(m.c.id).where(m.c.branch_id == self.branch_id, m.c.status == "draft",
                                     m.c.date >= date(year, 1, 1), m.c.date <= date(year, 12, 31))
            ).scalars())
            if drafts:
                conn.execute(
                    m.update().where(m.c.id.in_(drafts)).values(status="final", finalized_at=stamp, updated_at=stamp)
                )
            conn.execute(T["year_lock"].insert().values(branch_id=self.branch_id, year=year, locked_at=stamp))
        return len(drafts)
