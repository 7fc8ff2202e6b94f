"""A scrolling column of cards, one per member (criticisms, self-examinations)."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget


def card_column(spacing: int = 10) -> tuple[QScrollArea, QVBoxLayout]:
    """A frameless scroll area and the vertical layout inside it that the cards go into."""
    inner = QWidget()
    column = QVBoxLayout(inner)
    column.setSpacing(spacing)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setWidget(inner)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    return scroll, column
