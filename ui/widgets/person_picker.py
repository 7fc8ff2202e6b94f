"""Picking a person by typing part of the name; a name not in the roster stays as written (a guest).

Typing part of a name and leaving the field (Enter, Tab, a click elsewhere) picks the one person whose name holds
it (李 → 李娜 when she is the only 李). Where the field also takes a guest's name, only a single character (a
surname) is completed so — a guest 李明 must not become the member 李明华. A part that fits several or none stays as
typed: a guest's name where the field takes one, else shown in red as not yet a person."""

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
        self.setAccessibleName(self.tr("选择人员"))
        self.setAccessibleDescription(self.tr("输入姓名的一部分，从名册中选择") if not allow_free else
                                      self.tr("输入姓名的一部分，从名册中选择，或填写名册外的姓名"))
        self.lineEdit().editingFinished.connect(self.complete_partial)
        self.currentTextChanged.connect(lambda _text: self._mark())

    def complete_partial(self) -> None:
        """The one person whose name holds what was typed, when exactly one does."""
        text = self.currentText().strip()
        if not text or self.findText(text, Qt.MatchFlag.MatchExactly) > 0:
            self._mark()
            return
        match = self._one_holding(text)
        if match is not None:
            self.setCurrentIndex(match)
        self._mark()

    def _one_holding(self, text: str) -> int | None:
        """The index of the one person whose name holds `text` (for a field that takes guests: a single
        character only), else None."""
        if self.allow_free and len(text) > 1:
            return None
        matches = [i for i in range(1, self.count()) if text in self.itemText(i)]
        return matches[0] if len(matches) == 1 else None

    def _mark(self) -> None:
        """Red while the text is no one in the roster and the field takes no guests."""
        text = self.currentText().strip()
        unknown = bool(text) and not self.allow_free and self.findText(text, Qt.MatchFlag.MatchExactly) <= 0
        self.setStyleSheet("QComboBox { border: 1px solid #a3262a; }" if unknown else "")
        self.setToolTip(self.tr("名册中没有“{0}”：请从列表中选择").format(text) if unknown else "")

    def value(self) -> tuple[str | None, str | None]:
        text = self.currentText().strip()
        if not text:
            return None, None
        index = self.findText(text, Qt.MatchFlag.MatchExactly)
        if index > 0:
            return self.itemData(index), None
        match = self._one_holding(text)
        if match is not None:  # part of one person's name, the field not yet left (an autosave meanwhile)
            return self.itemData(match), None
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
