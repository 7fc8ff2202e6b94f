"""The order Tab goes through a form's fields: as they are read, top to bottom and left to right — not the order
the widgets happened to be made in (a group box filled later would come after the buttons at the bottom)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def tab_chain(*widgets: QWidget) -> None:
    """Tab goes from each of `widgets` to the next (a composite field hands the focus to its first part)."""
    for first, second in zip(widgets, widgets[1:], strict=False):
        QWidget.setTabOrder(first, second)
