"""The duties-by-month grid: the compliance report's figures (and the archive's), laid out by duty and period."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from exports.archive.report import report_json
from models.domain import BranchData, DutyRule, Rules
from models.interchange import read_branch
from models.overview.grid import DUE, MET, MISSING, UPCOMING, year_grid
from models.resources import sample_branch_path
from models.rules import compliance_report
from tests.models.overview_support import meeting, small_branch, talk


@pytest.fixture(scope="module")
def sample() -> BranchData:
    return read_branch(sample_branch_path().read_text(encoding="utf-8"))


def states(grid, key: str, group: str | None = None) -> str:
    """A row as letters, one per cell: m met, x missing, d 本期待办, u to come."""
    letters = {MET: "m", MISSING: "x", DUE: "d", UPCOMING: "u"}
    return "".join(letters[c.state] for c in grid.row(key, group).cells)


@pytest.mark.parametrize("as_of", [date(2025, 1, 1), date(2025, 3, 31), date(2025, 6, 15), date(2025, 12, 31),
                                   date(2026, 2, 1)])
def test_every_cell_is_the_report_entry_and_the_archive_report_agrees(sample: BranchData, as_of: date) -> None:
    year = 2025
    report = compliance_report(sample, year, as_of)
    archived, _ = report_json(sample, year, as_of)
    assert archived["duties"] == report["duties"]
    grid = year_grid(sample, year, as_of)
    cells = {(r.key, r.group, c.period.label): c for r in grid.rows for c in r.cells}
    for entry in report["duties"]:
        cell = cells.pop((entry["duty"], entry["group"], entry["period"]))
        want = entry["state"]
        if want == "upcoming" and cell.period.first <= as_of:
            want = DUE  # under way, not met
        assert (cell.state, cell.held, cell.required, list(cell.meetings)) == (
            want, entry["held"], entry["required"], entry["meetings"])
    lecture = cells.pop(("secretary_lecture", None, "2025"))
    assert (lecture.held, list(lecture.meetings)) == (report["secretary_lecture"]["held"],
                                                      report["secretary_lecture"]["meetings"])
    talks = cells.pop(("talks", None, "2025"))
    owed = report["talks"]
    assert [list(p) for p in grid.talks.pairs] == owed["missing_committee_pairs"]
    assert list(grid.talks.members) == owed["members_without_committee_talk"]
    assert talks.state == (MET if not owed["missing_committee_pairs"] and not owed["members_without_committee_talk"]
                           else MISSING if as_of >= date(2025, 12, 31) else DUE if as_of.year == 2025 else UPCOMING)
    assert cells == {}  # nothing the report does not have
    for row in grid.rows:
        for cell in row.cells:
            assert all(grid.meetings[i].date in cell.period for i in cell.meetings)


def test_rows_in_the_order_the_clerk_reads_them(sample: BranchData) -> None:
    grid = year_grid(sample, 2025, date(2025, 6, 15))
    assert [r.label for r in grid.rows] == [
        "支部党员大会", "支委会", "党小组会（第一党小组）", "党小组会（第二党小组）", "党课", "书记讲党课", "主题党日",
        "组织生活会", "民主评议", "谈心谈话"]
    assert [len(r.cells) for r in grid.rows] == [4, 12, 12, 12, 4, 1, 12, 1, 1, 1]


def test_hand_made_gaps() -> None:
    data = small_branch(
        meeting("c1", "committee_meeting", date(2025, 1, 9)),
        meeting("c3", "committee_meeting", date(2025, 3, 9)),
        meeting("g1", "group_meeting", date(2025, 2, 3), group="g1"),
        meeting("l1", "party_lecture", date(2025, 2, 20), lecturer_member="m2"),  # not the 书记: no 书记讲党课
        meeting("t1", "theme_day", date(2025, 4, 2), also_counts_as=("general_meeting",)),
        talks=(talk("k1", date(2025, 3, 1), "m1", "m2"),),
    )
    grid = year_grid(data, 2025, date(2025, 4, 15))
    assert states(grid, "committee_meeting") == "mxmduuuuuuuu"
    assert states(grid, "group_meeting", "g1") == "xmxduuuuuuuu"
    assert states(grid, "group_meeting", "g2") == "xxxduuuuuuuu"
    assert states(grid, "general_meeting") == "xmuu"  # the theme day also counted as the 大会 of Q2
    assert grid.row("general_meeting").cells[1].meetings == ("t1",)
    assert states(grid, "party_lecture") == "mduu" and states(grid, "secretary_lecture") == "d"
    assert states(grid, "theme_day") == "xxxmuuuuuuuu"
    assert grid.talks.pairs == (("m1", "m3"), ("m2", "m3")) and grid.talks.members == ("m3", "m4")
    assert states(grid, "talks") == "d"
    # the year over: what is not met is missing
    late = year_grid(data, 2025, date(2026, 1, 5))
    assert states(late, "committee_meeting") == "mxmxxxxxxxxx" and states(late, "talks") == "x"
    # a lecture by the 书记 and every talk held: those cells are met
    done = dataclasses.replace(data, meetings=(*data.meetings, meeting("l2", "party_lecture", date(2025, 5, 5),
                                                                        lecturer_member="m1")),
                               talks=(*data.talks, talk("k2", date(2025, 5, 1), "m1", "m3"),
                                      talk("k3", date(2025, 5, 2), "m3", "m2"),
                                      talk("k4", date(2025, 5, 3), "m1", "m4")))
    grid = year_grid(done, 2025, date(2025, 6, 1))
    assert states(grid, "secretary_lecture") == "m" and states(grid, "talks") == "m"
    assert grid.row("secretary_lecture").cells[0].meetings == ("l2",)


def test_a_rules_change_recolours_the_grid() -> None:
    data = small_branch(meeting("c1", "committee_meeting", date(2025, 2, 9)))
    assert states(year_grid(data, 2025, date(2025, 5, 20)), "committee_meeting") == "xmxxduuuuuuu"
    own = Rules((DutyRule("committee_meeting", "quarter", 1), DutyRule("theme_day", "month", 2),
                 DutyRule("group_meeting", "quarter", 1, per_group=True)))
    grid = year_grid(dataclasses.replace(data, rules=own), 2025, date(2025, 5, 20))
    assert [r.key for r in grid.rows] == ["committee_meeting", "theme_day", "group_meeting", "group_meeting",
                                          "secretary_lecture", "talks"]
    assert states(grid, "committee_meeting") == "mduu" and grid.row("committee_meeting").per == "quarter"
    assert states(grid, "group_meeting", "g2") == "xduu"
    assert grid.row("theme_day").cells[0].required == 2


def test_the_years_outline_gives_the_same_report_as_the_whole_year(tmp_path) -> None:
    from bench.generate import Spec, generate_branch
    from models.services import Store

    store = Store.open(tmp_path / "db.sqlite3")
    store.import_data(generate_branch(Spec(members=40, groups=3, years=2, first_year=2024, speech_chars=30,
                                           photo_bytes=50)))
    for year in (2024, 2025):
        whole, outline = store.load_year(year), store.year_outline(year)
        assert compliance_report(outline, year, date(2025, 7, 1)) == compliance_report(whole, year, date(2025, 7, 1))
        assert [m.id for m in outline.meetings] == [m.id for m in whole.meetings]
        assert all(not m.speeches and not m.attachments for m in outline.meetings)
        assert any(m.speeches for m in whole.meetings) and outline.evaluations == whole.evaluations
    store.close()
