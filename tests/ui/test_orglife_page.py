"""组织生活会与民主评议: the page in the main window, its years and tabs, and the sign-in sheet of any meeting."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from tests.exports.readback import docx_text
from ui.documents.dialogs import SaveDocumentDialog
from ui.orglife.meeting_picker import MeetingPickerDialog
from ui.pages.orglife import OrgLifePage

YEAR = 2025


def orglife_page(window, year: int = YEAR) -> OrgLifePage:
    """The page where main_window.py will put it (the one-line change): in place of the placeholder."""
    old = window.pages["orglife"]
    if not isinstance(old, OrgLifePage):
        page = OrgLifePage(window.ctx)
        index = window.stack.indexOf(old)
        window.stack.insertWidget(index, page)
        window.stack.removeWidget(old)
        old.deleteLater()
        window.pages["orglife"] = page
    page = window.show_page("orglife")
    page.set_year(year)
    return page


def save_to(monkeypatch, path: Path) -> Path:
    monkeypatch.setattr(SaveDocumentDialog, "ask", classmethod(lambda cls, parent, stem, kinds: path))
    return path


def test_the_year_reaches_every_tab(window, store) -> None:
    page = orglife_page(window)
    assert [page.tabs.tabText(i) for i in range(3)] == ["组织生活会", "整改清单", "民主评议党员"]
    assert page.dossier.year == page.rectifications.year == page.evaluation.year == YEAR
    assert "2025年还没有组织生活会记录" in page.dossier.empty.text()
    page.set_year(2024)
    assert page.dossier.year == page.rectifications.year == page.evaluation.year == 2024


def test_a_sign_in_sheet_for_any_meeting(window, store, qtbot, monkeypatch, tmp_path: Path) -> None:
    target = save_to(monkeypatch, tmp_path / "sign.docx")
    chosen: list[list[str]] = []

    def pick(cls, parent, meetings):
        chosen.append([m.id for m in meetings])
        return "mt1"

    monkeypatch.setattr(MeetingPickerDialog, "ask", classmethod(pick))
    page = orglife_page(window)
    qtbot.mouseClick(page.sign_in_button, Qt.MouseButton.LeftButton)
    assert chosen == [["mt2", "mt1"]]  # the year's meetings, newest first
    qtbot.waitUntil(target.exists, timeout=5000)
    text = docx_text(target)
    assert "签到表" in text and "研究部署年度党建工作" in text
    for name in ("王丽华", "陈静", "刘晓燕", "张敏", "曾志强"):  # the committee meeting's five expected
        assert name in text
    assert "李娜" not in text


def test_ctrl_p_previews_the_form_of_each_tab(window, store, qtbot, monkeypatch) -> None:
    from datetime import date

    from models.domain import Rectification
    from ui.orglife.new_meeting import MeetingDayDialog
    from ui.printing import PrintPreview

    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(PrintPreview, "show", classmethod(
        lambda cls, parent, document, title: shown.append((title, document.plain_text()))))
    monkeypatch.setattr(MeetingDayDialog, "ask", classmethod(lambda cls, parent, day: date(2025, 12, 18)))
    page = orglife_page(window)
    qtbot.mouseClick(page.dossier.create_button, Qt.MouseButton.LeftButton)
    window.ctx.writes.settle()  # written, then shown
    store.save_rectification(Rectification("r", "学习不够系统", meeting=page.dossier.meeting.id))
    print_action = window.actions_by_key["print"]
    print_action.trigger()
    qtbot.waitUntil(lambda: len(shown) == 1)  # read and laid out in the background
    page.tabs.setCurrentWidget(page.rectifications)
    print_action.trigger()
    qtbot.waitUntil(lambda: len(shown) == 2)
    page.tabs.setCurrentWidget(page.evaluation)
    print_action.trigger()  # no evaluation yet: the blank ballot
    qtbot.waitUntil(lambda: len(shown) == 3)
    assert [t for t, _ in shown] == ["2025年度组织生活会", "2025年度整改清单", "2025年度民主评议党员测评表"]
    # the new meeting's minutes: nothing recorded yet, so only its 整改清单 section is printed
    assert "组织生活会记录" in shown[0][1] and "整改清单" in shown[0][1] and "批评和自我批评" not in shown[0][1]
    assert "学习不够系统" in shown[1][1] and "王丽华" in shown[2][1]
