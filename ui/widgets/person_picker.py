"""Picking a person by typing part of the name; a name not in the roster stays as written (a guest)."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from models.domain import Person
from models.roster import sort_people
from ui.widgets.combo import ValueCombo


class PersonPicker(ValueCombo):
    """An editable combo: `value()` is (member id, None) for someone in the roster, (None, name) otherwise."""

    def __init__(self, people: list[Person], parent: QWidget | None = None, allow_free: bool = True) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.allow_free = allow_free
        self.addItem("", None)
        for p in sort_people(people):
            self.addItem(p.name, p.id)
        completer = QCompleter([p.name for p in people], self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompleter(completer)
        self.setMinimumWidth(130)

    def value(self) -> tuple[str | None, str | None]:
        text = self.currentText().strip()
        if not text:
            return None, None
        index = self.findText(text, Qt.MatchFlag.MatchExactly)
        if index > 0:
            return self.itemData(index), None
        return None, text if self.allow_free else None

    def member(self) -> str | None:
        return self.value()[0]

    def set_member(self, member_id: str | None, free_name: str | None = None) -> None:
        index = self.findData(member_id) if member_id else -1
        if index > 0:
            self.setCurrentIndex(index)
        else:
            self.setCurrentIndex(0)
            self.setEditText(free_name or "")

    def refill(self, people: list[Person]) -> None:
        """The roster changed (a member added or renamed while the page was open): the new names, keeping the
        person chosen (or the text typed)."""
        member, text = self.member(), self.currentText()
        self.blockSignals(True)
        self.clear()
        self.addItem("", None)
        for p in sort_people(people):
            self.addItem(p.name, p.id)
        model = self.completer().model()
        if isinstance(model, QStringListModel):
            model.setStringList([p.name for p in people])
        self.set_member(member, text if member is None else None)
        self.blockSignals(False)
