"""Date fields take dates as typed, from the first keystroke, in the forms the Excel import reads."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox

from tests.ui.conftest import type_text
from tests.ui.test_meetings import new_meeting, saved
from ui.roster.person_dialog import PersonDialog
from ui.widgets.date_field import DateField


def retype(qtbot, field: DateField, text: str, leave: Qt.Key = Qt.Key.Key_Return) -> None:
    """Click into the field, select all, type as the clerk does (digits by key, Chinese by the input method),
    then leave the field (Return, or Tab in a window)."""
    qtbot.mouseClick(field.edit, Qt.MouseButton.LeftButton)
    field.edit.selectAll()
    if not text:
        qtbot.keyClick(field.edit, Qt.Key.Key_Delete)
    for part in text.replace("年", " 年 ").replace("月", " 月 ").replace("日", " 日 ").split(" "):
        if part.isascii():
            qtbot.keyClicks(field.edit, part)
        else:
            type_text(field.edit, part)
    qtbot.keyClick(field.edit, leave)


@pytest.mark.parametrize("typed", ["2024-03-01", "2024/3/1", "2024年3月1日", "20240301", "2024.3.1"])
def test_every_form_the_import_reads(app, qtbot, typed: str) -> None:
    field = DateField()
    qtbot.addWidget(field)
    field.show()
    changes: list[int] = []
    field.dateChanged.connect(lambda: changes.append(1))
    retype(qtbot, field, typed)
    assert field.value() == date(2024, 3, 1) and field.is_valid()
    assert field.edit.text() == "2024年3月1日" and not field.message.isVisible()
    assert changes  # the record hears of it


def test_the_first_keystrokes_are_kept(app, qtbot) -> None:
    field = DateField(optional=False)
    qtbot.addWidget(field)
    field.set_value(date(2026, 12, 1))
    field.show()
    qtbot.mouseClick(field.edit, Qt.MouseButton.LeftButton)
    field.edit.selectAll()
    qtbot.keyClicks(field.edit, "2024")
    assert field.edit.text() == "2024"  # the year typed is there, nothing jumps to another section
    assert not field.message.isVisible()  # half a date is not yet an error
    qtbot.keyClicks(field.edit, "0301")
    assert field.value() == date(2024, 3, 1)


@pytest.mark.parametrize(("typed", "message"), [
    ("2024-02-30", "“2024-02-30”不是存在的日期"),
    ("2023年2月29日", "“2023年2月29日”不是存在的日期"),
    ("20241301", "“20241301”不是存在的日期"),
    ("1024年3月1日", "“1024年3月1日”的年份不对"),
    ("三月一日", "“三月一日”不是可识别的日期"),
])
def test_an_impossible_date_is_an_error_and_keeps_the_last_good_one(app, qtbot, typed, message) -> None:
    field = DateField()
    qtbot.addWidget(field)
    field.set_value(date(1988, 2, 9))
    field.show()
    retype(qtbot, field, typed)
    assert field.message.isVisible() and field.message.text().startswith(message)
    assert not field.is_valid() and field.value() == date(1988, 2, 9)
    assert field.edit.text() == typed  # what was typed stays there to be corrected
    retype(qtbot, field, "1988-02-19")
    assert field.is_valid() and not field.message.isVisible() and field.value() == date(1988, 2, 19)


def test_an_empty_optional_field_is_empty_a_required_one_is_an_error(app, qtbot) -> None:
    optional, required = DateField(), DateField(optional=False)
    for field in (optional, required):
        qtbot.addWidget(field)
        field.show()
        field.set_value(date(2025, 1, 2))
        retype(qtbot, field, "")
    assert optional.value() is None and optional.is_valid() and optional.edit.text() == ""
    assert not required.is_valid() and required.message.text().startswith("请填写日期")


def test_the_calendar_picks_a_date(app, qtbot) -> None:
    field = DateField()
    qtbot.addWidget(field)
    field.show()
    field.calendar.clicked.emit(QDate(2025, 7, 1))
    assert field.value() == date(2025, 7, 1) and field.edit.text() == "2025年7月1日"


def test_the_person_dialog_refuses_an_impossible_birth_date(window, qtbot, store) -> None:
    dialog = PersonDialog(window, None, store.groups(), store.people())
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.name, "欧阳娜")
    retype(qtbot, dialog.birth, "1988/2/30", Qt.Key.Key_Tab)
    retype(qtbot, dialog.joined, "2020年7月1日", Qt.Key.Key_Tab)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.result_person is None and dialog.isVisible()
    assert dialog.birth.message.text() == "“1988/2/30”不是存在的日期"
    retype(qtbot, dialog.birth, "19880228", Qt.Key.Key_Tab)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    person = dialog.result_person
    assert person is not None and (person.birth_date, person.joined_on) == (date(1988, 2, 28), date(2020, 7, 1))


def test_the_meeting_date_typed_in_full_is_saved(window, store, monkeypatch, qtbot) -> None:
    editor = new_meeting(window, monkeypatch, "committee_meeting")
    editor.tabs.setCurrentIndex(0)
    retype(qtbot, editor.basics.day, "2024年3月1日", Qt.Key.Key_Tab)
    assert editor.basics.day.edit.text() == "2024年3月1日"
    qtbot.waitUntil(lambda: saved(store, editor).date == date(2024, 3, 1), timeout=4000)


def test_the_person_dialogs_message_goes_once_fixed(window, qtbot, store) -> None:
    dialog = PersonDialog(window, None, store.groups(), store.people())
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.name, "欧阳娜")
    retype(qtbot, dialog.joined, "2020-07-01", Qt.Key.Key_Tab)
    retype(qtbot, dialog.full, "2019-07-01", Qt.Key.Key_Tab)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert dialog.errors.text() == "转正日期必须晚于入党日期"
    retype(qtbot, dialog.full, "2021-07-01", Qt.Key.Key_Tab)
    assert dialog.errors.text() == ""  # corrected: the message is gone before 确定 is pressed again


def test_a_day_written_with_hao_is_read() -> None:
    from datetime import date

    from ui.widgets.date_field import read_date

    assert read_date("2025年3月1号") == date(2025, 3, 1)
