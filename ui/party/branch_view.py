"""One branch seen from the 党委总览, read-only: its duties grid of the year (the home page's) and its list of
meetings. Nothing here writes: no 新建, no editing, the title says 只读 — a 党委 reader's login could not write
anyway, and on a file of several branches the 党委 does not edit a branch's records for it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui.home.cell_panel import CellPanel
from ui.home.duty_grid import DutyGrid
from ui.jobs import Jobs
from ui.meetings.list_model import MeetingListModel
from ui.widgets.year_combo import YearCombo

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from models.domain import MeetingSummary
    from models.overview.grid import YearGrid
    from models.overview.party import BranchListing


@dataclass(frozen=True)
class BranchReading:
    grid: YearGrid
    meetings: list[MeetingSummary]
    groups: dict[str, str]
    years: list[int]


def read_branch(engine: Engine, branch_id: int, year: int, today: date) -> BranchReading:
    """On the worker thread: the branch's grid of `year`, its meetings, its groups' names, its years."""
    from models.overview.grid import year_grid
    from models.services import Store

    store = Store(engine, branch_id)
    grid = year_grid(store.year_outline(year), year, today)
    return BranchReading(grid, store.meeting_summaries(), {g.id: g.name for g in store.groups()},
                         store.years_with_records())


class BranchView(QMainWindow):
    """A window of its own, beside the 党委总览; `shown_reading` once the branch's figures are on screen."""

    shown_reading = Signal()

    def __init__(self, engine: Engine, branch: BranchListing, year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.engine, self.branch = engine, branch
        self.reading: BranchReading | None = None
        self.jobs = Jobs(self)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("{0}（只读）").format(branch.name))
        self.resize(1100, 720)
        self.note = QLabel(self.tr("只读查看：{0}。这里只显示该支部的记录，不能新建或修改。").format(branch.name))
        self.note.setObjectName("banner")
        self.year = YearCombo()
        self.year.fill([year], prefer=year)
        self.year.currentIndexChanged.connect(lambda _: self.load())
        self.wait = QLabel(self.tr("正在读取该支部的记录…"))
        self.wait.setObjectName("hint")
        self.grid = DutyGrid()
        self.grid.chosen.connect(self._cell_chosen)
        self.cell_panel = CellPanel()
        for button in (self.cell_panel.open_button, self.cell_panel.create_button, self.cell_panel.talks_button):
            button.setEnabled(False)  # reading only: nothing to make, and the panel's buttons lead into the editor
        self.model = MeetingListModel(self)
        self.meetings = QTableView()
        self.meetings.setModel(self.model)
        self.meetings.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.meetings.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.meetings.verticalHeader().setVisible(False)
        self.meetings.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.meeting_count = QLabel()
        self.meeting_count.setObjectName("hint")
        self.tabs = QTabWidget()
        self.tabs.addTab(self._grid_tab(), self.tr("落实情况"))
        self.tabs.addTab(self._meetings_tab(), self.tr("会议记录"))
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(self.note)
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        self.load()

    def _grid_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("年度")))
        row.addWidget(self.year)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.wait)
        layout.addWidget(self.grid)
        layout.addWidget(self.cell_panel)
        layout.addStretch(1)
        self.grid.hide()
        self.cell_panel.hide()
        return tab

    def _meetings_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(self.meeting_count)
        layout.addWidget(self.meetings, 1)
        return tab

    def load(self) -> None:
        engine, branch_id, year, today = self.engine, self.branch.id, self.year.year(), date.today()
        self.wait.show()
        self.jobs.run(lambda: read_branch(engine, branch_id, year, today), self.show_reading)

    def show_reading(self, reading: BranchReading) -> None:
        if reading.grid.year != self.year.year():  # read for a year left since
            return
        self.reading = reading
        self.year.fill([*reading.years, reading.grid.year], prefer=reading.grid.year)
        self.grid.show_grid(reading.grid)
        self.grid.show()
        self.wait.hide()
        self.cell_panel.clear_cell()
        self.cell_panel.hide()
        self.model.set_summaries(reading.meetings, reading.groups)
        drafts = sum(1 for m in reading.meetings if m.status == "draft")
        self.meeting_count.setText(self.tr("共 {0} 条会议记录，其中草稿 {1} 条").format(len(reading.meetings), drafts))
        self.shown_reading.emit()

    def _cell_chosen(self, row: int, cell: int) -> None:
        if self.reading is None:
            return
        grid = self.reading.grid
        self.cell_panel.show_cell(grid, grid.rows[row], grid.rows[row].cells[cell])
        self.cell_panel.create_button.hide()  # nothing is made from here
        self.cell_panel.show()

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self.jobs.wait(10000)  # a reading still under way ends before the window goes
        super().closeEvent(event)
