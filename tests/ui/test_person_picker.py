"""The person picker as a clerk types in it: part of a name picks the one person it fits."""

from __future__ import annotations

from datetime import date

from models.domain import Person
from ui.widgets.person_picker import PersonPicker

PEOPLE = [Person(i, name, joined_on=date(2000, 1, 1)) for i, name in
          (("m1", "李娜"), ("m2", "王丽华"), ("m3", "王建国"), ("m4", "李明华"))]


def test_part_of_one_name_picks_that_person(qtbot) -> None:
    recorder = PersonPicker(PEOPLE, allow_free=False)
    qtbot.addWidget(recorder)
    recorder.setEditText("娜")
    assert recorder.member() == "m1"  # before the field is left too (an autosave meanwhile)
    recorder.lineEdit().editingFinished.emit()
    assert recorder.currentText() == "李娜" and recorder.styleSheet() == ""
    recorder.setEditText("王")  # two 王: nobody yet, in red
    recorder.lineEdit().editingFinished.emit()
    assert recorder.member() is None and "a3262a" in recorder.styleSheet()


def test_a_field_for_guests_completes_only_a_surname(qtbot) -> None:
    speaker = PersonPicker(PEOPLE, allow_free=True)
    qtbot.addWidget(speaker)
    speaker.setEditText("李明")  # a guest 李明, not the member 李明华
    assert speaker.value() == (None, "李明")
    speaker.setEditText("建")
    speaker.lineEdit().editingFinished.emit()
    assert speaker.value() == ("m3", None) and speaker.currentText() == "王建国"


def test_dialogs_open_in_a_folder_that_exists(monkeypatch, tmp_path) -> None:
    from PySide6.QtCore import QStandardPaths

    from ui.widgets import start_folder

    monkeypatch.setattr(QStandardPaths, "writableLocation", staticmethod(lambda _where: str(tmp_path / "Documents")))
    monkeypatch.setattr(start_folder.Path, "home", staticmethod(lambda: tmp_path))
    assert start_folder.documents_folder() == str(tmp_path)  # no Documents folder: the home folder
    (tmp_path / "Documents").mkdir()
    assert start_folder.documents_folder() == str(tmp_path / "Documents")


def test_only_full_members_are_offered_for_the_committee(qtbot) -> None:
    from ui.roster.small_dialogs import RoleDialog

    people = [Person("f1", "正式", joined_on=date(2000, 1, 1), full_member_on=date(2001, 1, 1)),
              Person("p1", "预备", joined_on=date.today())]
    dialog = RoleDialog(None, None, people)
    qtbot.addWidget(dialog)
    assert [dialog.person.itemText(i) for i in range(dialog.person.count())] == ["正式"]
