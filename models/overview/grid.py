"""The duties by month (首页): one row per duty (and per Party group for a per-group rule), one cell per period
the rule counts in, each cell in the state the compliance report gives it.

The grid is a view of the compliance report of `models.rules` — the archive's report — and computes nothing of
its own but one distinction: an unmet period under way on `as_of` is 本期待办 (`due`) rather than 待开展.
谈心谈话 is one yearly cell, with the pairs of committee members and the members still owed (Art. 19).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from models.domain import MEETING_TYPES, BranchData
from models.rules.compliance import MET, MISSING, UPCOMING, compliance_report
from models.rules.periods import Period, parse_period, year_period
from models.words import QT_TRANSLATE_NOOP, Words, say, word

DUE = "due"  # 本期待办: the period is under way and its duty not yet met
EXEMPT = "exempt"  # 无需开展: the period owes none (a 支委会 while the branch has no committee)
# the states' Chinese words (the screen shows them in the UI's language through ui/home/grid_paint's DutyGrid words)
STATE_WORDS = {MET: "已落实", MISSING: "缺", UPCOMING: "待开展", DUE: "本期待办", EXEMPT: "无需开展"}
SHORT_NAMES = {"committee_meeting": QT_TRANSLATE_NOOP("vocabulary", "支委会"),
               "democratic_evaluation": QT_TRANSLATE_NOOP("vocabulary", "民主评议")}
SECRETARY_LECTURE_WORDS = QT_TRANSLATE_NOOP("vocabulary", "书记讲党课")
TALKS_WORDS = QT_TRANSLATE_NOOP("vocabulary", "谈心谈话")
SECRETARY_LECTURE = "secretary_lecture"  # 书记讲党课: a row of its own, not a meeting type
TALKS = "talks"  # 谈心谈话


@dataclass(frozen=True)
class GridCell:
    period: Period
    state: str  # met / missing / upcoming / due / exempt
    required: int
    held: int
    meetings: tuple[str, ...]  # ids of the meetings that count, in the file's order

    @property
    def words(self) -> str:
        return STATE_WORDS[self.state]


@dataclass(frozen=True)
class GridRow:
    key: str  # a duty code, SECRETARY_LECTURE or TALKS
    group: str | None  # the Party group of a per-group rule
    label: Words  # 支委会, 党小组会（第一党小组）, 书记讲党课 … (shown through ui/words.sentence)
    per: str  # month / quarter / year
    cells: tuple[GridCell, ...]

    @property
    def meeting_type(self) -> str | None:
        """The kind of meeting a missing cell of this row is made up with (None for 谈心谈话)."""
        if self.key == TALKS:
            return None
        return "party_lecture" if self.key == SECRETARY_LECTURE else self.key


@dataclass(frozen=True)
class TalksOwed:
    pairs: tuple[tuple[str, str], ...]  # committee members who have not talked (ids sorted)
    members: tuple[str, ...]  # members without a talk with a committee member


@dataclass(frozen=True)
class MeetingRef:  # what a cell lists of a meeting that counts
    id: str
    date: date
    type: str
    title: str
    status: str


@dataclass(frozen=True)
class YearGrid:
    year: int
    as_of: date
    rows: tuple[GridRow, ...]
    talks: TalksOwed
    meetings: dict[str, MeetingRef]  # every meeting a cell lists
    names: dict[str, str]  # person id → name, for the talks owed
    groups: dict[str, str]  # group id → name

    def row(self, key: str, group: str | None = None) -> GridRow:
        return next(r for r in self.rows if r.key == key and r.group == group)

    def cells_in(self, state: str) -> list[tuple[GridRow, GridCell]]:
        return [(r, c) for r in self.rows for c in r.cells if c.state == state]


def cell_state(state: str, period: Period, as_of: date, required: int = 1) -> str:
    """The report's state, with an unmet period that holds `as_of` shown as 本期待办, and one that owes nothing
    as 无需开展."""
    if required == 0:
        return EXEMPT
    return DUE if state == UPCOMING and period.first <= as_of else state


def duty_label(duty: str, group_name: str | None = None) -> Words:
    label = word(SHORT_NAMES.get(duty, MEETING_TYPES.get(duty, duty)))
    return say(QT_TRANSLATE_NOOP("rules", "{0}（{1}）"), label, group_name) if group_name else label


def _per_of(period: str) -> str:
    return "quarter" if "-Q" in period else "month" if "-" in period else "year"


def _duty_rows(report: dict[str, Any], groups: dict[str, str], as_of: date) -> list[GridRow]:
    by_row: dict[tuple[str, str | None], list[dict[str, Any]]] = {}
    for entry in report["duties"]:
        by_row.setdefault((entry["duty"], entry["group"]), []).append(entry)
    rows = []
    for (duty, group), entries in by_row.items():
        cells = tuple(
            GridCell(p := parse_period(e["period"]), cell_state(e["state"], p, as_of, e["required"]), e["required"],
                     e["held"], tuple(e["meetings"]))
            for e in entries
        )
        name = groups.get(group, group) if group else None
        rows.append(GridRow(duty, group, duty_label(duty, name), _per_of(entries[0]["period"]), cells))
    return rows


def _talks_cell(owed: TalksOwed, year: int, as_of: date) -> GridCell:
    period = year_period(year)
    owing = len(owed.pairs) + len(owed.members)
    if not owing:
        state = MET
    else:
        state = cell_state(MISSING if period.last <= as_of else UPCOMING, period, as_of)
    return GridCell(period, state, 0, 0, ())


def grid_of_report(report: dict[str, Any], data: BranchData) -> YearGrid:
    """The grid of a compliance report (`compliance_report(data, year, as_of)`) of `data`."""
    year, as_of = report["year"], date.fromisoformat(report["as_of"])
    groups = {g.id: g.name for g in data.groups}
    rows = _duty_rows(report, groups, as_of)
    lecture = report["secretary_lecture"]
    period = year_period(year)
    lecture_cell = GridCell(period, cell_state(lecture["state"], period, as_of), lecture["required"],
                            lecture["held"], tuple(lecture["meetings"]))
    lecture_row = GridRow(SECRETARY_LECTURE, None, word(SECRETARY_LECTURE_WORDS), "year", (lecture_cell,))
    after = next((i + 1 for i, r in enumerate(rows) if r.key == "party_lecture"), len(rows))
    rows.insert(after, lecture_row)  # under 党课, where the clerk looks for it
    talks = report["talks"]
    owed = TalksOwed(tuple((a, b) for a, b in talks["missing_committee_pairs"]),
                     tuple(talks["members_without_committee_talk"]))
    rows.append(GridRow(TALKS, None, word(TALKS_WORDS), "year", (_talks_cell(owed, year, as_of),)))
    listed = {i for r in rows for c in r.cells for i in c.meetings}
    meetings = {m.id: MeetingRef(m.id, m.date, m.type, m.title, m.status) for m in data.meetings if m.id in listed}
    return YearGrid(year, as_of, tuple(rows), owed, meetings, {p.id: p.name for p in data.members}, groups)


def year_grid(data: BranchData, year: int, as_of: date) -> YearGrid:
    """The grid of `year` judged on `as_of`: the compliance report's figures laid out by duty and period."""
    return grid_of_report(compliance_report(data, year, as_of), data)
