"""The keyboard alone and a screen reader: Tab goes through the meeting editor in reading order to 定稿 (no text box
keeps the Tab), through the person dialog column by column to its buttons; the custom widgets — the duty grid and
its cells, card lists and cards, date and time fields, the person picker — say what they are."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget

from tests.ui.test_home import home_on
from ui.home.duty_grid import DutyGrid
from ui.widgets.card_list import Card, CardList
from ui.widgets.date_field import DateField
from ui.widgets.person_picker import PersonPicker
from ui.widgets.time_field import TimeField


def tab_stops(first: QWidget, limit: int = 400) -> list[QWidget]:
    """The widgets Tab stops at from `first` on, once round (what QWidget.focusNextPrevChild goes through)."""
    stops, widget = [], first
    for _ in range(limit):
        if (widget.isVisible() and widget.isEnabled() and widget.focusProxy() is None
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus):
            stops.append(widget)
        widget = widget.nextInFocusChain()
        if widget is first:
            break
    return stops


def test_tab_goes_through_the_meeting_editor_in_reading_order_to_finalize(window, qtbot) -> None:
    page = window.show_page("meetings")
    page.open_meeting("mt2")
    editor, basics = page.editor, page.editor.basics
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWindow() is not None)
    basics.title.setFocus()
    qtbot.waitUntil(lambda: basics.title.hasFocus())
    visited: list[QWidget] = []
    while QApplication.focusWidget() is not editor.finalize_button and len(visited) < 40:
        visited.append(QApplication.focusWidget())
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is editor.finalize_button, [type(w).__name__ for w in visited]
    order = [basics.title, basics.day.edit, basics.start, basics.end, basics.location, basics.host,
             basics.recorder, basics.agenda, basics.guests]
    assert [visited.index(w) for w in order] == sorted(visited.index(w) for w in order)
    also = [box for box in basics.also.values() if box.isVisible()]
    assert also and all(box not in visited or visited.index(box) > visited.index(basics.guests) for box in also)
    assert all(box in visited for box in also)  # and before 定稿 at the bottom
    assert len(set(visited)) == len(visited)  # no field twice: nothing keeps the Tab for itself


def test_tab_goes_through_the_person_dialog_column_by_column(window, qtbot, store) -> None:
    from ui.roster.person_dialog import PersonDialog

    dialog = PersonDialog(window, store.person("m7"), store.groups(), store.people())
    qtbot.addWidget(dialog)
    dialog.show()
    stops = tab_stops(dialog.name)
    left = [dialog.name, dialog.gender, dialog.ethnicity, dialog.birth.edit, dialog.education, dialog.title,
            dialog.phone]
    right = [dialog.kind, dialog.applied.edit, dialog.activist.edit, dialog.candidate.edit, dialog.joined.edit,
             dialog.full.edit, dialog.group, dialog.entered.edit, dialog.left.edit, dialog.left_reason]
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    order = [*left, *right, dialog.notes, ok]
    positions = [stops.index(w) for w in order]
    assert positions == sorted(positions)


def test_the_custom_widgets_say_what_they_are(window, qtbot, store) -> None:
    from ui.roster.person_dialog import PersonDialog

    home = home_on(window, qtbot, 2025)
    grid = home.findChild(DutyGrid)
    assert grid.accessibleName() and grid.accessibleDescription()
    grid.setFocus()
    qtbot.keyClick(grid, Qt.Key.Key_Right)
    qtbot.keyClick(grid, Qt.Key.Key_Return)
    r, c = grid.selected
    row = grid.grid.rows[r]
    from ui.home.grid_paint import cell_tooltip

    assert grid.accessibleDescription() == cell_tooltip(grid.grid, row, row.cells[c])  # the cell, in words
    qtbot.keyClick(grid, Qt.Key.Key_Down)
    assert grid.accessibleDescription() != cell_tooltip(grid.grid, row, row.cells[c])
    page = window.show_page("meetings")
    page.open_meeting("mt2")
    page.editor.tabs.setCurrentWidget(page.editor.speeches)
    page.editor.speeches.list.add_new()
    dialog = PersonDialog(window, store.person("m7"), store.groups(), store.people())
    qtbot.addWidget(dialog)
    unnamed = []
    for root in (window, dialog):
        for kind in (DutyGrid, CardList, Card, DateField, TimeField, PersonPicker):
            for widget in root.findChildren(kind):
                if not widget.accessibleName():
                    unnamed.append(f"{kind.__name__} in {type(widget.parentWidget()).__name__}")
        for field in root.findChildren(DateField):
            if not (field.edit.accessibleName() and field.pick.accessibleName()):
                unnamed.append(f"the parts of a DateField in {type(field.parentWidget()).__name__}")
    assert unnamed == []
    cards = page.editor.speeches.list.cards
    assert cards and cards[-1].accessibleName().endswith(f"{len(cards)} 项")


def test_enter_on_a_row_of_the_roster_opens_the_person(window, qtbot, monkeypatch) -> None:
    from ui.roster.person_dialog import PersonDialog

    asked = []
    monkeypatch.setattr(PersonDialog, "ask", classmethod(lambda cls, parent, person, *rest: asked.append(person)))
    roster = window.show_page("roster")
    table = roster.people.table
    qtbot.waitUntil(lambda: table.model().rowCount() > 0)
    table.setFocus()
    table.selectRow(0)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert [p.id for p in asked] == [roster.people.selected().id]
