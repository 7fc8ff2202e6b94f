"""设置 → 支部信息 → 支部委员会: a branch records when it had no committee, and the home screen follows at once."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from models.domain import CommitteeChange
from ui.settings_pages.committee_changes import CommitteeChangeDialog
from ui.widgets.date_field import DateField

from .test_home import home_on, settle


def test_recording_no_committee_turns_the_committee_meetings_off_and_is_kept(window, qtbot, store,
                                                                            monkeypatch) -> None:
    year = date.today().year
    home = home_on(window, qtbot, year)
    assert home.overview.grid.row("committee_meeting").cells[0].state != "exempt"
    page = window.show_page("settings")
    section = page.show_section("branch")
    assert page.stack.currentWidget() is section
    assert section.committee.now.text().startswith("现在：设立支部委员会")
    monkeypatch.setattr(CommitteeChangeDialog, "ask",
                        classmethod(lambda cls, parent, has_now: CommitteeChange(date(year, 1, 1), False)))
    qtbot.mouseClick(section.committee.add_button, Qt.MouseButton.LeftButton)
    assert section.committee.list.item(0).text() == f"{year}年1月1日起：不设支部委员会，只设书记（必要时设副书记）"
    assert section.committee.now.text() == "现在：不设支部委员会，只设书记"
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: store.committee_changes() == [CommitteeChange(date(year, 1, 1), False)], timeout=5000)
    home = home_on(window, qtbot, year)
    assert {c.state for c in home.overview.grid.row("committee_meeting").cells} == {"exempt"}
    # 21 full members: the program says a committee is due, and its link leads back here
    settle(window, qtbot)
    qtbot.mouseClick(home.reminders.more, Qt.MouseButton.LeftButton)
    row = home.reminders.row_of("committee")
    assert "应当设立支部委员会" in row.text.text()
    qtbot.mouseClick(row.link, Qt.MouseButton.LeftButton)
    assert window.current_page() is page and page.stack.currentWidget() is section
    # removed again: a committee all along
    section.committee.list.setCurrentRow(0)
    qtbot.mouseClick(section.committee.remove_button, Qt.MouseButton.LeftButton)
    assert section.committee.list.count() == 0
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: store.committee_changes() == [], timeout=5000)


def test_the_change_dialog_reads_its_date_and_choice(qtbot) -> None:
    dialog = CommitteeChangeDialog(has_now=True)
    qtbot.addWidget(dialog)
    assert dialog.without_committee.isChecked()  # the likely change from having one
    field = dialog.findChild(DateField)
    field.set_value(date(2025, 7, 1))
    dialog.with_committee.setChecked(True)
    assert dialog.change() == CommitteeChange(date(2025, 7, 1), True)


def test_the_clerks_name_from_the_settings_signs_the_finalisation(window, qtbot, store) -> None:
    page = window.show_page("settings")
    section = page.show_section("branch")
    section.clerk.setText("陈静")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    meetings = window.show_page("meetings")
    qtbot.waitUntil(lambda: meetings.list.model.rowCount() == 2, timeout=5000)
    window.ctx.writes.run(lambda s: s.finalize_meeting("mt2"), None)
    window.ctx.writes.settle()
    assert store.meeting("mt2").finalized_by == "陈静"
