"""The year chooser of the yearly pages (谈心谈话, 组织生活会与民主评议, 年度归档)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from PySide6.QtWidgets import QWidget

from ui.fmt import year_text
from ui.widgets.combo import ValueCombo


class YearCombo(ValueCombo):
    """Years shown as 2025年, or 2025 年度 for the working years of the archive (`yearly`); 2025 in English."""

    def __init__(self, yearly: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.yearly = yearly

    def fill(self, years: Iterable[int], prefer: int | None = None) -> None:
        """Offer `years`, newest first, keeping the chosen year when it is still offered, else `prefer`, else
        this year (or the newest offered). Emits no change signal: the page reloads once, itself."""
        offered = sorted(set(years), reverse=True)
        current = self.currentData()
        self.blockSignals(True)
        self.clear()
        for year in offered:
            self.addItem(year_text(year, self.yearly), year)
        for wanted in (current, prefer, date.today().year):
            if wanted in offered:
                self.setCurrentIndex(offered.index(wanted))
                break
        self.blockSignals(False)

    def year(self) -> int:
        """The chosen year; this year when nothing is offered yet."""
        chosen = self.currentData()
        return chosen if chosen is not None else date.today().year

    def select(self, year: int) -> None:
        if self.findData(year) < 0:
            self.addItem(year_text(year, self.yearly), year)
        self.setCurrentIndex(self.findData(year))
