"""A time of day typed as people write it (9:30, 0930, 9.30, 14点30) or left empty; shown as 09:30."""

from __future__ import annotations

import re
from datetime import time

from PySide6.QtWidgets import QLineEdit, QWidget

_PATTERN = re.compile(r"^\s*(\d{1,2})\s*(?:[:：.点时]\s*(\d{1,2})?\s*分?|(\d{2}))?\s*$")


def parse_time(text: str) -> time | None:
    """A time from typed text; None for empty text. Raises ValueError for anything else."""
    if not text.strip():
        return None
    match = _PATTERN.match(text)
    if not match:
        raise ValueError(text)
    hour = int(match.group(1))
    minute = int(match.group(2) or match.group(3) or 0)
    return time(hour, minute)  # raises ValueError for 25:00 or 9:75


class TimeField(QLineEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("如 09:30"))
        self.setAccessibleName(self.tr("时间"))
        self.setAccessibleDescription(self.tr("时和分，如 09:30 或 930"))
        self.setMaximumWidth(90)
        self.editingFinished.connect(self._tidy)
        self.textChanged.connect(self._check)

    def value(self) -> time | None:
        try:
            return parse_time(self.text())
        except ValueError:
            return None

    def set_value(self, t: time | None) -> None:
        self.setText(t.strftime("%H:%M") if t else "")

    def is_valid(self) -> bool:
        try:
            parse_time(self.text())
        except ValueError:
            return False
        return True

    def _check(self) -> None:
        self.setStyleSheet("" if self.is_valid() else "border: 1px solid #a3262a;")
        self.setToolTip("" if self.is_valid() else self.tr("请写成 09:30 这样的时间"))

    def _tidy(self) -> None:
        t = self.value()
        if t is not None and self.text() != t.strftime("%H:%M"):
            self.set_value(t)
