"""A combo box whose item values live on the Python side, with QComboBox's method names.

Values never travel through QVariant: PySide6 6.12 on Python 3.11 released a reference to `None` on every
`currentData()` of a stored `None` until the interpreter aborted (the project pins PySide6 below 6.12), and
plain Python values are simpler to compare anyway.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QWidget


class ValueCombo(QComboBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._values: list[Any] = []

    def addItem(self, text: str, data: Any = None) -> None:  # type: ignore[override]
        self._values.append(data)
        super().addItem(text)

    def addItems(self, texts) -> None:  # type: ignore[override]
        for text in texts:
            self.addItem(text)

    def clear(self) -> None:
        self._values = []
        super().clear()

    def currentData(self, role: int = 0) -> Any:  # type: ignore[override]
        index = self.currentIndex()
        return self._values[index] if 0 <= index < len(self._values) else None

    def itemData(self, index: int, role: int = 0) -> Any:  # type: ignore[override]
        return self._values[index] if 0 <= index < len(self._values) else None

    def findData(self, data: Any, role: int = 0, flags: Any = None) -> int:  # type: ignore[override]
        try:
            return self._values.index(data)
        except ValueError:
            return -1


def add_codes(box: QComboBox, codes, context: str | None = None) -> None:
    """Fill `box` with the labels of `codes`, each carrying its code as item data."""
    from ui.words import VOCABULARY, label

    for code in codes:
        box.addItem(label(code, context or VOCABULARY) if code else "", code)


def chosen_code(box: QComboBox) -> str:
    """The code of the item shown; in an editable box, a typed text that is no item's label is its own code."""
    text = box.currentText().strip()
    index = box.findText(text) if text else -1
    if index >= 0 and box.itemData(index) is not None:
        return box.itemData(index)
    return text


def select_code(box: QComboBox, code: str | None) -> None:
    """Show the item carrying `code`; an editable box shows an unknown code as typed text."""
    index = box.findData(code or "")
    if index >= 0:
        box.setCurrentIndex(index)
    elif box.isEditable():
        box.setCurrentText(code or "")
