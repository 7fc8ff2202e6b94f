"""The 确定/取消 row every dialog ends with."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox


def ok_cancel(dialog: QDialog) -> QDialogButtonBox:
    """确定 runs the dialog's `accept` (which validates) once every date typed is a date, 取消 its `reject`."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(lambda: _accept(dialog))
    buttons.rejected.connect(dialog.reject)
    return buttons


def _accept(dialog: QDialog) -> None:
    from ui.widgets.date_field import dates_valid  # the date parser is loaded with the first dialog, not at start

    if dates_valid(dialog):
        dialog.accept()
