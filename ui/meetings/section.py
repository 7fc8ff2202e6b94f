"""What every part of the meeting editor does: show a meeting, give it back changed, say when it changed."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QComboBox, QWidget

from models.domain import Meeting
from ui.context import AppContext


class Section(QWidget):
    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._loading = False

    def load(self, meeting: Meeting) -> None:
        self._loading = True
        try:
            self.show_meeting(meeting)
        finally:
            self._loading = False

    def show_meeting(self, meeting: Meeting) -> None:
        raise NotImplementedError

    def apply(self, meeting: Meeting) -> Meeting:
        raise NotImplementedError

    def set_read_only(self, read_only: bool) -> None:
        for child in self.findChildren(QWidget):
            if hasattr(child, "setReadOnly"):
                child.setReadOnly(read_only)
                child.style().unpolish(child)  # the style sheet greys read-only text: finalised looks final
                child.style().polish(child)
            elif isinstance(child, QComboBox | QAbstractButton | QAbstractSpinBox):
                child.setEnabled(not read_only)

    def touched(self, *_: object) -> None:
        if not self._loading:
            self.changed.emit()
