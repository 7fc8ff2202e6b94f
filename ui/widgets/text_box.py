"""A box for paragraphs (what was said, the agenda, a summary): Tab moves on to the next field, as in every other
field, so a clerk working with the keyboard alone is never caught in a text box; a tab character is never wanted
in minutes (the documents indent by themselves)."""

from __future__ import annotations

from PySide6.QtWidgets import QPlainTextEdit, QWidget


class TextBox(QPlainTextEdit):
    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setTabChangesFocus(True)
