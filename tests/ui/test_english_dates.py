"""In English the screen writes dates as 8 Jan 2025, months as Feb 1988 and years as 2025 — in lists, year boxes
and date fields, which read that back — while Chinese stays 2025年1月8日 and documents stay Chinese."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from PySide6.QtCore import Qt

from exports.text import cn_date as document_date
from tests.ui.in_english import english_ui
from ui.fmt import cn_date, cn_timestamp, year_text
from ui.widgets.date_field import DateField


@pytest.fixture
def english(app):
    with english_ui(app):
        yield app


@pytest.fixture
def english_window(english, qtbot, store):
    from ui.main_window import MainWindow

    w = MainWindow(store._store)
    qtbot.addWidget(w)
    w.show()
    yield w
    w.ctx.writes.settle()
    w.ctx.jobs.wait()


def test_the_screen_writes_dates_in_the_language_of_its_texts(app) -> None:
    day = date(2026, 12, 2)
    assert (cn_date(day), year_text(2025), year_text(2025, yearly=True)) == ("2026年12月2日", "2025年", "2025 年度")
    with english_ui(app):
        assert cn_date(day) == "2 Dec 2026" and cn_timestamp("2026-12-02T16:40:00") == "2 Dec 2026 16:40"
        assert (year_text(2025), year_text(2025, yearly=True)) == ("2025", "2025")
        assert document_date(day) == "2026年12月2日"  # documents stay Chinese whatever the screen's language
    assert cn_date(day) == "2026年12月2日"


def test_the_meeting_list_and_its_year_box_in_english(english_window, qtbot) -> None:
    page = english_window.show_page("meetings")
    listing = page.list
    qtbot.waitUntil(lambda: listing.model.rowCount() >= 2, timeout=5000)
    dates = {listing.model.index(r, 0).data() for r in range(listing.model.rowCount())}
    assert {"8 Jan 2025", "20 Feb 2025"} <= dates
    years = [listing.year.itemText(i) for i in range(listing.year.count())]
    assert "2025" in years and not any("年" in y for y in years[1:])


def test_the_home_year_box_and_the_roster_birth_months_in_english(english_window, qtbot, store) -> None:
    person = store.people()[0]
    store.save_person(dataclasses.replace(person, birth_date=date(1988, 2, 1), birth_precision="month"))
    home = english_window.show_page("home")
    offered = [home.year.itemText(i) for i in range(home.year.count())]
    assert str(date.today().year) in offered and not any("年" in y for y in offered)
    roster = english_window.show_page("roster")
    model = roster.people.model
    qtbot.waitUntil(lambda: model.rowCount() > 0, timeout=5000)
    column = model.columns.index("出生年月")
    shown = {model.index(r, 0).data(): model.index(r, column).data() for r in range(model.rowCount())}
    assert shown[person.name] == "Feb 1988"


def retype(qtbot, field: DateField, text: str, leave: Qt.Key = Qt.Key.Key_Return) -> None:
    """Click into the field, select all, type `text` key by key (spaces too), leave the field."""
    qtbot.mouseClick(field.edit, Qt.MouseButton.LeftButton)
    field.edit.selectAll()
    qtbot.keyClicks(field.edit, text)
    qtbot.keyClick(field.edit, leave)


def test_an_english_date_field_shows_and_reads_english_dates(english, qtbot) -> None:
    field = DateField()
    qtbot.addWidget(field)
    field.show()
    field.set_value(date(2024, 3, 1))
    assert field.edit.text() == "1 Mar 2024"
    retype(qtbot, field, "3 February 2025")
    assert field.value() == date(2025, 2, 3) and field.edit.text() == "3 Feb 2025" and field.is_valid()
    retype(qtbot, field, "2025-07-01")  # the digits the import reads are still read
    assert field.value() == date(2025, 7, 1) and field.edit.text() == "1 Jul 2025"
    retype(qtbot, field, "30 Feb 2025", Qt.Key.Key_Tab)
    assert not field.is_valid() and field.message.isVisible() and field.value() == date(2025, 7, 1)
    birth = DateField(months=True)
    qtbot.addWidget(birth)
    birth.show()
    retype(qtbot, birth, "Feb 1988")
    assert (birth.value(), birth.precision(), birth.edit.text()) == (date(1988, 2, 1), "month", "Feb 1988")
