"""整改清单: the year of an item, the carry-over of open items, overdue items and 销号."""

from __future__ import annotations

from datetime import date

import pytest

from models.domain import Meeting, Rectification
from models.orglife import carried_into, is_overdue, item_year, mark_done, year_list
from models.orglife.rectifications import meeting_dates

D = date
MEETINGS = (Meeting("olm24", "org_life_meeting", "2024年度组织生活会", D(2024, 12, 10)),
            Meeting("olm25", "org_life_meeting", "2025年度组织生活会", D(2025, 12, 18)))
ITEMS = (
    Rectification("r1", "学习不够系统", meeting="olm24", due=D(2025, 3, 31)),  # still open
    Rectification("r2", "形式单一", meeting="olm24", status="done", done_on=D(2024, 12, 30), result="已改"),
    Rectification("r3", "联系群众不够", meeting="olm24", status="done", done_on=D(2025, 3, 1), result="已走访"),
    Rectification("r4", "批评不够深入", meeting="olm25", due=D(2026, 6, 30)),
    Rectification("r5", "台账不全", due=D(2025, 6, 30)),  # no meeting: the year of its due date
    Rectification("r6", "无日期事项"),  # undated and open: shows in every year until done
)


def ids(items: tuple[Rectification, ...]) -> list[str]:
    return [i.id for i in items]


def test_the_year_of_an_item() -> None:
    dates = meeting_dates(MEETINGS)
    assert [item_year(i, dates) for i in ITEMS] == [2024, 2024, 2024, 2025, 2025, None]


def test_open_items_carry_into_the_next_year() -> None:
    y2025 = year_list(ITEMS, MEETINGS, 2025)
    assert ids(y2025.carried) == ["r1", "r3"]  # r3 was still open on 31 December 2024; r2 was done
    assert set(ids(y2025.own)) == {"r4", "r5", "r6"}


def test_and_on_into_later_years_until_done() -> None:
    y2026 = year_list(ITEMS, MEETINGS, 2026)
    assert ids(y2026.carried) == ["r1", "r5", "r4"]  # oldest meeting first; r3 was done in 2025
    assert ids(y2026.own) == ["r6"]
    assert not carried_into(ITEMS[0], 2024, meeting_dates(MEETINGS))


def test_the_first_year_has_nothing_carried() -> None:
    y2024 = year_list(ITEMS, MEETINGS, 2024)
    assert y2024.carried == () and ids(y2024.own) == ["r1", "r2", "r3", "r6"]


def test_overdue_is_open_and_past_due() -> None:
    assert is_overdue(ITEMS[4], D(2025, 7, 1))
    assert not is_overdue(ITEMS[4], D(2025, 6, 30))
    assert not is_overdue(ITEMS[2], D(2030, 1, 1))  # done
    assert not is_overdue(ITEMS[5], D(2030, 1, 1))  # no due date


def test_done_needs_a_result() -> None:
    done = mark_done(ITEMS[0], D(2025, 3, 20), "  已制定学习计划  ")
    assert (done.status, done.done_on, done.result) == ("done", D(2025, 3, 20), "已制定学习计划")
    with pytest.raises(ValueError):
        mark_done(ITEMS[0], D(2025, 3, 20), " ")
    # done in March 2025: still carried into 2025 (open at the end of 2024), no longer into 2026
    assert ids(year_list((done,), MEETINGS, 2025).carried) == ["r1"]
    assert year_list((done,), MEETINGS, 2026).carried == ()
