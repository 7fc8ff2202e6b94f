"""The 党委's overview reads every branch at once (models.storage.outlines): each branch exactly as its own home
page reads it — own rules, a per-group rule, no committee, an archived year, no records at all — on both engines."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from bench.generate import Spec, generate_branch
from bench.party import add_branch
from models.db import open_database, read_transaction
from models.domain import (
    Branch,
    BranchData,
    CommitteeChange,
    DutyRule,
    Exclusion,
    GroupMembership,
    PartyProbation,
    Rules,
)
from models.overview.grid import EXEMPT, year_grid
from models.overview.party import ORDER, BranchListing, list_branches, party_overview
from models.services import Store
from models.storage import loader
from models.storage.outlines import load_outlines

YEARS = (2024, 2025)


def generated(seed: int, name: str, **changes: object) -> BranchData:
    data = generate_branch(Spec(seed=seed, members=14, groups=3, years=2, first_year=2024, speech_chars=20,
                                photo_bytes=20))
    return dataclasses.replace(data, branch=Branch(name), **changes)  # type: ignore[arg-type]


def without_committee(data: BranchData) -> BranchData:
    a, b, c = [p.id for p in data.members if p.kind == "member"][:3]
    return dataclasses.replace(
        data, committee=(), committee_changes=(CommitteeChange(date(2020, 1, 1), False),),
        exclusions=(Exclusion(a, "出国出境半年以上", date(2025, 1, 1), None, "机关党委批复"),),
        party_probations=(PartyProbation(b, date(2024, 3, 1), date(2025, 2, 28)),),
        group_memberships=(GroupMembership(c, data.groups[0].id, date(2019, 1, 1), date(2024, 12, 31)),),
    )


OWN_RULES = Rules((DutyRule("committee_meeting", "quarter", 1), DutyRule("theme_day", "month", 2),
                   DutyRule("group_meeting", "quarter", 1, per_group=True)))


@pytest.fixture
def party(db_target):
    """A 党委's database: five branches, each unlike the others; the second's 2024 archived (锁定)."""
    engine = open_database(db_target, new=True)
    ids = [
        add_branch(engine, generated(1, "一支部")),
        add_branch(engine, generated(2, "二支部")),
        add_branch(engine, generated(3, "三支部", rules=OWN_RULES)),
        add_branch(engine, without_committee(generated(4, "四支部"))),
        add_branch(engine, BranchData(Branch("五支部"))),
    ]
    Store(engine, ids[1]).lock_year(2024)
    yield engine, ids
    engine.dispose()


def test_each_branch_reads_as_it_reads_alone(party) -> None:
    engine, ids = party
    with read_transaction(engine) as conn:
        for year in YEARS:
            alone = {i: loader.load_branch(conn, i, year, content=False) for i in ids}
            assert load_outlines(conn, year) == alone
            assert load_outlines(conn, year, [ids[3], ids[0]]) == {i: alone[i] for i in (ids[0], ids[3])}
            assert load_outlines(conn, year, []) == {}
        outline = load_outlines(conn, 2025, rectifications=False)
    assert all(not d.rectifications for d in outline.values())
    assert any(d.rectifications for d in alone.values())  # there were some to leave out
    assert outline[ids[2]].rules == OWN_RULES and outline[ids[3]].committee_changes[0].has_committee is False
    assert outline[ids[3]].exclusions and outline[ids[3]].party_probations and outline[ids[3]].group_memberships


def home_states(engine, branch_id: int, year: int, as_of: date) -> dict[str, tuple[str, int, int]]:
    """What the branch's own home grid says of each duty (all its groups' rows together): state, met, owed."""
    grid = year_grid(Store(engine, branch_id).year_outline(year), year, as_of)
    found: dict[str, list] = {}
    for row in grid.rows:
        found.setdefault(row.key, []).extend(c for c in row.cells if c.state != EXEMPT)
    out = {}
    for key, cells in found.items():
        states = {c.state for c in cells}
        state = next((s for s in ORDER if s in states), EXEMPT)
        out[key] = (state, sum(1 for c in cells if c.state == "met"), len(cells))
    return out


@pytest.mark.parametrize("as_of", [date(2024, 12, 31), date(2025, 5, 20)])
def test_the_overview_says_what_each_home_grid_says(party, as_of: date) -> None:
    engine, ids = party
    year = as_of.year
    table = party_overview(engine, year, as_of)
    assert [line.branch.name for line in table.lines] == [b.name for b in list_branches(engine)]
    assert len(table.lines) == 5
    for line in table.lines:
        cells = {key: (c.state, c.met, c.owed) for key, c in line.cells.items()}
        assert cells == home_states(engine, line.branch.id, year, as_of), line.branch.name
    three = next(line for line in table.lines if line.branch.name == "三支部")
    assert three.cells["theme_day"].owed == 12 and "theme_day" in dict(table.duties)
    four = next(line for line in table.lines if line.branch.name == "四支部")
    assert four.cells["committee_meeting"].state == EXEMPT  # no committee: no 支委会 owed


def test_the_overview_of_chosen_branches_has_their_lines_only(party) -> None:
    engine, ids = party
    chosen = [BranchListing(ids[3], "四支部"), BranchListing(ids[0], "一支部"), BranchListing(10_000, "已删除")]
    table = party_overview(engine, 2025, date(2025, 5, 20), chosen)
    assert [line.branch.name for line in table.lines] == ["四支部", "一支部"]
    whole = {line.branch.id: line for line in party_overview(engine, 2025, date(2025, 5, 20)).lines}
    assert table.lines == (whole[ids[3]], whole[ids[0]])
