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
