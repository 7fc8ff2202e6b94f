"""What the page area shows while the database is being opened: the chosen page's title and a quiet note."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class WaitingPage(QWidget):
    """Laid out like a page (same margins, same title style), so the real page replaces it without a jump."""

    def __init__(self, title: str, note: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 16, 22, 16)
        self.title_label = QLabel(title)
        self.title_label.setObjectName("pageTitle")
        self.note = QLabel(note)
        self.note.setObjectName("hint")
        layout.addWidget(self.title_label)
        layout.addWidget(self.note)
        layout.addStretch(1)

    def set_title(self, title: str) -> None:
        self.title_label.setText(title)

    def set_note(self, note: str) -> None:
        self.note.setText(note)
