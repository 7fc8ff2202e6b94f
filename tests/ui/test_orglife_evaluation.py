"""民主评议党员: the list of members on the day, the tally typed into the grid with live checks, the forms."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from models.domain import Attendance, Meeting
from tests.exports.readback import cells, docx_text
from tests.ui.conftest import type_text
from tests.ui.test_orglife_page import orglife_page, save_to
from ui.orglife.evaluation_grid import OVER_BG, REMARKS, SELF, TOTAL

EVAL_DAY = date(2025, 12, 18)


def started(window, store, qtbot, present: int = 20):
    """The evaluation started from the page, after a 民主评议 meeting where `present` of 23 attended."""
    members = [p.id for p in store.people() if p.kind == "member" and p.left_on is None]
    attendance = tuple(Attendance(m, "present" if i < present else "leave", None) for i, m in enumerate(members))
    store.save_meeting(Meeting("ev", "democratic_evaluation", "2025年度民主评议党员", EVAL_DAY, attendance=attendance))
    page = orglife_page(window)
    page.tabs.setCurrentWidget(page.evaluation)
    view = page.evaluation
    assert view.start_button.isVisible()
    qtbot.mouseClick(view.start_button, Qt.MouseButton.LeftButton)
    window.ctx.writes.settle()  # written, then shown
    return view


def set_votes(qtbot, view, row: int, votes: tuple[int, int, int, int]) -> None:
    for i, n in enumerate(votes):
        box = view.grid.vote_box(row, i)
        box.lineEdit().selectAll()
        qtbot.keyClicks(box.lineEdit(), str(n))


def stored(store):
    return next(e for e in store.evaluations() if e.year == 2025)


def test_every_member_on_the_day_with_the_voters_present(window, store, qtbot) -> None:
    view = started(window, store, qtbot)
    ev = stored(store)
    assert (ev.meeting, ev.voters, len(ev.results)) == ("ev", 20, 23)  # 21 full + 2 probationary members
    assert ev.results[0].member == "m1"  # the secretary first
    assert view.grid.rowCount() == 23 and view.grid.item(0, 0).text() == "王丽华"
    assert view.voters.value() == 20 and "2025年度民主评议党员" in view.meeting_label.text()


def test_votes_over_the_voters_turn_the_row_red(window, store, qtbot) -> None:
    view = started(window, store, qtbot)
    set_votes(qtbot, view, 0, (15, 5, 0, 0))
    assert view.grid.item(0, TOTAL).text() == "20"
    assert view.grid.item(0, TOTAL).background().color() != OVER_BG
    set_votes(qtbot, view, 1, (3, 16, 2, 0))  # 21 votes from 20 voters
    assert view.grid.item(1, TOTAL).text() == "21"
    assert view.grid.item(1, TOTAL).background().color() == OVER_BG
    assert "陈静的得票合计 21 票，超过参加评议的 20 人" in view.checks.text()
    view.voters.lineEdit().selectAll()
    qtbot.keyClicks(view.voters.lineEdit(), "21")
    assert view.grid.item(1, TOTAL).background().color() != OVER_BG and "超过" not in view.checks.text()
    qtbot.waitUntil(lambda: stored(store).voters == 21, timeout=4000)
    ev = stored(store)
    assert ev.results[0].votes.as_tuple() == (15, 5, 0, 0) and ev.results[1].votes.as_tuple() == (3, 16, 2, 0)


def test_a_warning_when_excellent_exceeds_a_third(window, store, qtbot) -> None:
    view = started(window, store, qtbot)
    for row in range(7):  # 7 of 23: within a third
        box = view.grid.grade_box(row)
        box.setCurrentIndex(box.findData("优秀"))
    assert "评为优秀 7 人" in view.checks.text() and "三分之一" not in view.checks.text()
    box = view.grid.grade_box(7)
    box.setCurrentIndex(box.findData("优秀"))  # 8 × 3 > 23
    assert "评为优秀 8 人，超过参评党员 23 人的三分之一" in view.checks.text()
    qtbot.waitUntil(lambda: sum(r.grade == "优秀" for r in stored(store).results) == 8, timeout=4000)


def test_self_assessment_and_remarks_are_typed_in_the_grid(window, store, qtbot) -> None:
    view = started(window, store, qtbot)
    grid = view.grid
    for col, text in ((SELF, "认真履行书记职责"), (REMARKS, "群众评价较好")):
        grid.setCurrentCell(0, col)
        grid.editItem(grid.item(0, col))
        port = grid.viewport()
        editor = next(w for w in port.findChildren(QLineEdit) if w.parent() is port and w.isVisible())
        type_text(editor, text)  # as a Chinese input method delivers it
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda e=editor: not shiboken6.isValid(e))  # closed, before the next cell opens
    qtbot.waitUntil(lambda: stored(store).results[0].remarks == "群众评价较好", timeout=4000)
    assert stored(store).results[0].self_assessment == "认真履行书记职责"


def test_members_who_came_later_are_added(window, store, qtbot, notices) -> None:
    view = started(window, store, qtbot)
    ev = stored(store)
    store.save_evaluation(ev.__class__(ev.id, ev.year, ev.voters, ev.meeting, ev.results[:-2]))
    view.reload()
    assert view.grid.rowCount() == 21
    qtbot.mouseClick(view.refill_button, Qt.MouseButton.LeftButton)
    assert len(stored(store).results) == 23 and "已补充 2 名党员" in notices.texts()


def test_the_tally_form_and_the_blank_ballot(window, store, qtbot, monkeypatch, tmp_path: Path) -> None:
    view = started(window, store, qtbot)
    set_votes(qtbot, view, 0, (15, 5, 0, 0))
    view.grid.grade_box(0).setCurrentIndex(view.grid.grade_box(0).findData("优秀"))
    tally = save_to(monkeypatch, tmp_path / "tally.docx")
    qtbot.mouseClick(view.tally_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(tally.exists, timeout=5000)
    text = docx_text(tally)
    assert "2025年度民主评议党员测评汇总表" in text and "评议时间：2025年12月18日" in text
    assert "参加评议 20 人，参评党员 23 人" in text and "评定结果：优秀 1 人，合格 0 人" in text
    row = cells(tally)
    i = row.index("王丽华")
    assert row[i + 1: i + 7] == ["15", "5", "0", "0", "20", "优秀"]
    ballot = save_to(monkeypatch, tmp_path / "ballot.docx")
    qtbot.mouseClick(view.ballot_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(ballot.exists, timeout=5000)
    text = docx_text(ballot)
    assert "2025年度民主评议党员测评表" in text and "划“√”" in text
    names = [c for c in cells(ballot) if c in {p.name for p in store.people()}]
    assert len(names) == 23 and names[0] == "王丽华"
