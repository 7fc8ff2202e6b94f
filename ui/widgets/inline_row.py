"""One row of a form holding several fields side by side, with the words between them as labels."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget


def inline_row(*parts: QWidget | str, grow: QWidget | None = None) -> QHBoxLayout:
    """`inline_row(self.host, self.tr("记录人"), self.recorder)`: the parts in order, a text as a label.

    `grow` (one of the parts) takes the spare width; without it the row ends in a stretch.
    """
    row = QHBoxLayout()
    for part in parts:
        row.addWidget(QLabel(part) if isinstance(part, str) else part, 1 if part is grow else 0)
    if grow is None:
        row.addStretch(1)
    return row
