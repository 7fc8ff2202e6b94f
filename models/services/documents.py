"""What a record's document needs, read in one call: the same for the editor, the lists, the command line and the
annual archive, so a record prints the same wherever it is printed from."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from models.domain import BranchData, Meeting, Talk
from models.services.base import BaseStore
from models.storage import loader
from models.storage.errors import RecordNotFound
from models.words import ERRORS, QT_TRANSLATE_NOOP, say


@dataclass(frozen=True)
class RecordData:
    """A meeting or a talk with its year's data (people, groups, committee, rules, the year's meetings, talks,
    evaluations and every rectification), exactly as the annual archive reads them."""

    record: Meeting | Talk
    data: BranchData


class DocumentService(BaseStore):
    def record_data(self, record_id: str) -> RecordData:
        """The meeting or talk `record_id` as stored, with its year's data; RecordNotFound when there is none."""
        return self.records_data([record_id])[0]

    def records_data(self, record_ids: Iterable[str]) -> list[RecordData]:
        """Several records in the order asked for, each year read once."""
        ids = list(record_ids)
        with self._read() as conn:
            years: dict[int, BranchData] = {}
            found: dict[str, Meeting | Talk] = {}
            for record_id in ids:
                if record_id in found:
                    continue
                table = next((t for t in ("meeting", "talk") if self._pk(conn, t, record_id) is not None), None)
                if table is None:
                    raise RecordNotFound(say(QT_TRANSLATE_NOOP(
                        "errors", "找不到会议或谈话记录：{0}"),
                        record_id, context=ERRORS))
                day = self._current_date(conn, table, record_id)
                assert day is not None
                if day.year not in years:
                    years[day.year] = loader.load_branch(conn, self.branch_id, day.year)
                records = years[day.year].meetings if table == "meeting" else years[day.year].talks
                found[record_id] = next(r for r in records if r.id == record_id)
            return [RecordData(found[i], years[found[i].date.year]) for i in ids]
