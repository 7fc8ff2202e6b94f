"""Refilling a person picker after the roster changed (a member added or renamed while the page was open)."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel

from models.domain import Person
from models.roster import sort_people
from ui.meetings.people_picker import PersonPicker


def refill(picker: PersonPicker, people: list[Person]) -> None:
    """The picker with `people`, keeping the person chosen (or the text typed)."""
    member, text = picker.member(), picker.currentText()
    picker.blockSignals(True)
    picker.clear()
    picker.addItem("", None)
    for p in sort_people(people):
        picker.addItem(p.name, p.id)
    model = picker.completer().model()
    if isinstance(model, QStringListModel):
        model.setStringList([p.name for p in people])
    picker.set_member(member, text if member is None else None)
    picker.blockSignals(False)
