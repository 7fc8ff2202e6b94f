"""The 党委's overview: every branch of one database against the year's duties, in the home grid's states."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime
from io import BytesIO

from openpyxl import load_workbook

from bench.party import add_branch
from exports.overview import overview_text, overview_xlsx
from models.db import open_database
from models.domain import Branch
from models.overview.grid import DUE, EXEMPT, year_grid
from models.overview.party import list_branches, party_overview
from models.rules.compliance import MET, MISSING, UPCOMING
from tests.models.overview_support import meeting, small_branch


def two_branches(tmp_path):
    engine = open_database(tmp_path / "party.sqlite", new=True)
    busy = small_branch(*(meeting(f"b{q}", "general_meeting", date(2025, 3 * q - 1, 10)) for q in (1, 2, 3)),
                        branch=Branch("甲支部"))
    idle = dataclasses.replace(small_branch(), branch=Branch("乙支部"))
    add_branch(engine, busy)
    add_branch(engine, idle)
    return engine, busy, idle


def test_each_branch_has_its_row_in_the_home_grids_states(tmp_path) -> None:
    engine, busy, idle = two_branches(tmp_path)
    as_of = date(2025, 8, 15)
    table = party_overview(engine, 2025, as_of)
    assert [line.branch.name for line in table.lines] == ["乙支部", "甲支部"]
    idle_line, busy_line = table.lines
    general = busy_line.cells["general_meeting"]
    assert (general.state, general.met, general.owed) == (UPCOMING, 3, 4)
    assert idle_line.cells["general_meeting"].state == MISSING
    # the same cells as the branch's own home grid: the overview sums up each row of it
    for line, data in ((busy_line, busy), (idle_line, idle)):
        grid = year_grid(data, 2025, as_of)
        for row in grid.rows:
            states = {c.state for c in row.cells} - {EXEMPT}
            want = next((s for s in (MISSING, DUE, UPCOMING, MET) if s in states), EXEMPT)
            assert line.cells[row.key].state == want or row.group, (line.branch.name, row.key)
    assert [b.name for b in list_branches(engine)] == ["乙支部", "甲支部"]


def test_a_year_ended_reads_missing_and_the_text_counts_branches_behind(tmp_path) -> None:
    engine, _, _ = two_branches(tmp_path)
    table = party_overview(engine, 2025, date(2025, 12, 31))
    busy = table.lines[1]
    assert busy.cells["general_meeting"].state == MISSING
    assert busy.cells["general_meeting"].text == "缺 3/4"
    assert busy.cells["secretary_lecture"].text == "缺"
    text = overview_text(table)
    assert "2025 年度各党支部组织生活落实情况（截至 2025-12-31）" in text
    assert "甲支部\t✗ 缺 3/4" in text
    assert "共 2 个党支部，其中 2 个有缺项。" in text


def test_the_xlsx_reads_back_as_the_table(tmp_path) -> None:
    engine, _, _ = two_branches(tmp_path)
    table = party_overview(engine, 2025, date(2025, 12, 31))
    book = load_workbook(BytesIO(overview_xlsx(table, datetime(2025, 12, 31, tzinfo=UTC).replace(tzinfo=None))))
    sheet = book.active
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    assert rows[0][0] == "2025 年度各党支部组织生活落实情况（截至 2025-12-31）"
    assert rows[1][0] == "党支部" and rows[1][1] == "支部党员大会" and rows[1][-1] == "缺项"
    assert [r[0] for r in rows[2:]] == ["乙支部", "甲支部"]
    assert rows[3][1] == "✗ 缺 3/4"
    assert rows[2][1] == "✗ 缺 0/4"
