"""Locking an archived year (归档后锁定): its meetings are finalised, and its records change only as amendments."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Connection, bindparam, select

from models.domain import now_timestamp
from models.orm import Base
from models.services.base import BaseStore
from models.storage import loader
from models.titles import running_numbers

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
                self._store_numbers(conn, year)
            conn.execute(T["year_lock"].insert().values(branch_id=self.branch_id, year=year, locked_at=stamp))
        return len(drafts)

    def _store_numbers(self, conn: Connection, year: int) -> None:
        """The meetings finalised by the lock keep the numbers their dates gave them (定稿 stores them)."""
        m = T["meeting"]
        numbers = running_numbers(loader.series_entries(conn, self.branch_id, year))
        conn.execute(m.update().where(m.c.branch_id == self.branch_id, m.c.ext_id == bindparam("ext"),
                                      m.c.number.is_(None)).values(number=bindparam("n")),
                     [{"ext": ext, "n": n} for ext, n in numbers.items()])
