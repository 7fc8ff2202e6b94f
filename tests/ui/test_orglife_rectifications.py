"""整改清单: new items typed in and saved, 销号 with a result, carry-over into the next year, overdue items,
and the printed list."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from models.domain import Meeting, Rectification
from tests.exports.readback import docx_text
from tests.ui.conftest import type_text
from tests.ui.test_orglife_page import orglife_page, save_to
from ui.orglife.done_dialog import DoneDialog
from ui.orglife.rectification_view import OVERDUE_BG

OLM_2024 = Meeting("olm24", "org_life_meeting", "2024年度组织生活会", date(2024, 12, 10))
OLM_2025 = Meeting("olm25", "org_life_meeting", "2025年度组织生活会", date(2025, 12, 18))


def seed(store) -> None:
    store.save_meeting(OLM_2024)
    store.save_meeting(OLM_2025)
    store.save_rectification(Rectification("old-open", "学习不够系统", meeting="olm24", responsible="m3",
                                           due=date(2025, 3, 31)))
    store.save_rectification(Rectification("old-done", "形式单一", meeting="olm24", status="done",
                                           done_on=date(2024, 12, 30), result="已改进"))
    store.save_rectification(Rectification("new", "批评不够深入", meeting="olm25", due=date(2099, 6, 30)))


def view_of(window, year: int = 2025):
    page = orglife_page(window, year)
    page.tabs.setCurrentWidget(page.rectifications)
    return page.rectifications


def texts(view, row: int) -> list[str]:
    return [view.table.item(row, c).text() for c in range(view.table.columnCount())]


def test_open_items_of_last_year_show_first_and_overdue(window, store) -> None:
    seed(store)
    view = view_of(window)
    assert view.table.item(0, 0).text() == "上年度整改落实情况"
    assert texts(view, 1)[:5] == ["1", "学习不够系统", "", "刘晓燕", "2025年3月31日"]
    assert texts(view, 1)[5] == "已逾期"
    assert view.table.item(1, 1).background().color() == OVERDUE_BG
    assert view.table.item(2, 0).text() == "2025年度整改清单"
    assert texts(view, 3)[1] == "批评不够深入" and texts(view, 3)[5] == "整改中"
    assert view.table.rowCount() == 4  # the item done in 2024 is not carried
    assert "共 2 项，已销号 0 项，整改中 2 项，其中已逾期 1 项" == view.summary.text()


def test_an_item_done_in_march_is_still_shown_in_its_next_year_then_not(window, store) -> None:
    seed(store)
    view = view_of(window, 2026)
    carried = [view.table.item(r, 1).text() for r in range(view.table.rowCount()) if view.table.columnSpan(r, 0) == 1]
    assert carried == ["学习不够系统", "批评不够深入"]  # both still open at the end of 2025
    assert view.table.item(0, 0).text() == "上年度整改落实情况"


def test_a_new_item_is_typed_and_saved(window, store, qtbot) -> None:
    seed(store)
    view = view_of(window)
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    window.ctx.writes.settle()  # written, then shown
    form = view.form
    type_text(form.problem, "联系服务群众不够")
    type_text(form.measures, "每季度走访基层妇联一次")
    type_text(form.responsible, "张敏")
    type_text(form.member, "周婷")
    form.due.set_value(date(2026, 3, 31))
    qtbot.waitUntil(lambda: any(r.problem == "联系服务群众不够" and r.due == date(2026, 3, 31)
                                for r in store.rectifications()), timeout=4000)
    item = next(r for r in store.rectifications() if r.problem == "联系服务群众不够")
    assert (item.meeting, item.measures, item.responsible, item.member, item.status) == (
        "olm25", "每季度走访基层妇联一次", "m4", "m10", "open")
    assert texts(view, view.row_of(item.id))[1:4] == ["联系服务群众不够", "每季度走访基层妇联一次", "张敏"]


def test_done_asks_for_the_result(window, store, qtbot, monkeypatch) -> None:
    seed(store)
    view = view_of(window)
    view.select("old-open")
    monkeypatch.setattr(DoneDialog, "ask", classmethod(lambda cls, parent, item: None))
    qtbot.mouseClick(view.done_button, Qt.MouseButton.LeftButton)
    assert next(r for r in store.rectifications() if r.id == "old-open").status == "open"  # cancelled
    answer = (date(2025, 4, 20), "已制定学习计划并按月落实")
    monkeypatch.setattr(DoneDialog, "ask", classmethod(lambda cls, parent, item: answer))
    qtbot.mouseClick(view.done_button, Qt.MouseButton.LeftButton)
    item = next(r for r in store.rectifications() if r.id == "old-open")
    assert (item.status, item.done_on, item.result) == ("done", date(2025, 4, 20), "已制定学习计划并按月落实")
    assert texts(view, view.row_of("old-open"))[5] == "已销号 2025年4月20日"
    assert view.reopen_button.isEnabled() and not view.done_button.isEnabled()
    qtbot.mouseClick(view.reopen_button, Qt.MouseButton.LeftButton)
    assert next(r for r in store.rectifications() if r.id == "old-open").status == "open"


def test_the_done_dialog_will_not_close_without_a_result(app, qtbot) -> None:
    dialog = DoneDialog(None, Rectification("x", "问题"))
    qtbot.addWidget(dialog)
    dialog.show()
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.error.text() == "销号前请填写整改结果"
    type_text(dialog.result_text, "已整改")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and dialog.value()[1] == "已整改"


def test_delete_an_item(window, store, qtbot, notices) -> None:
    seed(store)
    view = view_of(window)
    view.select("new")
    qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    assert "删除整改事项“批评不够深入”" in notices.texts()
    assert "new" not in {r.id for r in store.rectifications()}


def test_the_printed_list(window, store, qtbot, monkeypatch, tmp_path: Path) -> None:
    seed(store)
    target = save_to(monkeypatch, tmp_path / "list.docx")
    view = view_of(window)
    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(target.exists, timeout=5000)
    text = docx_text(target)
    assert "2025年度整改清单" in text and "一、上年度整改落实情况" in text and "二、2025年度整改清单" in text
    assert "学习不够系统" in text and "刘晓燕" in text and "已逾期，整改中" in text
    assert "批评不够深入" in text and "形式单一" not in text
