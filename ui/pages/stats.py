"""统计: the year's figures for the superior body — meetings per kind and month, attendance per member and per
kind (those under a threshold marked), talks per committee member; each chart as PNG, each table as .xlsx.

The figures come from models.overview.statistics (the archive's 党员出席统计 reads the same), read in the
background for the chosen year.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui.dialogs.saved_file import tell_saved
from ui.errors import show_error
from ui.joiners import items
from ui.pages.base import Page
from ui.stats.charts import HorizontalBars, Series, StackedBars
from ui.stats.save import save_png, save_xlsx
from ui.stats.sheets import ON_SCREEN, attendance_table, kinds_table, meetings_table, talks_table
from ui.stats.table_view import StatsTable
from ui.widgets.year_combo import YearCombo

if TYPE_CHECKING:
    from models.overview.statistics import Attendance, CommitteeTalks
    from ui.context import AppContext

THRESHOLD = 80.0  # 出席率 under this (per cent) is marked


@dataclass(frozen=True)
class YearFigures:
    year: int
    per_month: dict[str, tuple[int, ...]]
    attendance: Attendance
    talks: tuple[CommitteeTalks, ...]


def read_figures(ctx: AppContext, year: int) -> YearFigures:
    from models.overview.statistics import attendance, meetings_per_month, talks_per_committee_member

    data = ctx.store.year_outline(year)  # what attendance and counts read: no speeches, no attachments
    return YearFigures(year, meetings_per_month(data, year), attendance(data, year),
                       talks_per_committee_member(data, year))


class Tab(QWidget):
    """A chart and its table (above it, or — `beside` — the table on the left and the chart above `below` on the
    right), with the two export buttons."""

    def __init__(self, chart: StackedBars | HorizontalBars, table: StatsTable, beside: bool = False,
                 below: QWidget | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart, self.table = chart, table
        layout = QVBoxLayout(self)
        buttons = QHBoxLayout()
        self.png_button = QPushButton(self.tr("导出图表（PNG）"))
        self.xlsx_button = QPushButton(self.tr("导出表格（Excel）"))
        buttons.addStretch(1)
        buttons.addWidget(self.png_button)
        buttons.addWidget(self.xlsx_button)
        layout.addLayout(buttons)
        split = QSplitter(Qt.Orientation.Horizontal if beside else Qt.Orientation.Vertical)
        if beside:
            right = QSplitter(Qt.Orientation.Vertical)
            right.addWidget(chart)
            if below is not None:
                right.addWidget(below)
            split.addWidget(table)
            split.addWidget(right)
            split.setSizes([620, 400])
        else:
            split.addWidget(chart)
            split.addWidget(table)
        layout.addWidget(split, 1)


class StatsPage(Page):
    key = "stats"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.figures: YearFigures | None = None
        self.year = YearCombo()
        self.year.currentIndexChanged.connect(lambda _: self.reload())
        self.threshold = QDoubleSpinBox()
        self.threshold.setRange(0, 100)
        self.threshold.setDecimals(0)
        self.threshold.setSuffix("%")
        self.threshold.setValue(THRESHOLD)
        self.threshold.setToolTip(self.tr("出席率低于此值的党员在表中标出"))
        self.threshold.valueChanged.connect(lambda _: self._mark_low())
        self.header.addWidget(self.year)
        self.header.addWidget(QLabel(self.tr("出席率提示线")))
        self.header.addWidget(self.threshold)
        self.tabs = QTabWidget()
        self.meetings = Tab(StackedBars(self.tr("各类会议每月次数")), StatsTable())
        self.kinds = StatsTable((4,))
        self.attendance = Tab(HorizontalBars(self.tr("各类会议出席率"), percent=True), StatsTable((6,)), beside=True,
                              below=self.kinds)
        self.talks = Tab(HorizontalBars(self.tr("支委谈心谈话次数")), StatsTable())
        self.tabs.addTab(self.meetings, self.tr("会议次数"))
        self.tabs.addTab(self.attendance, self.tr("出席率"))
        self.tabs.addTab(self.talks, self.tr("谈心谈话"))
        self.low = QLabel()
        self.low.setObjectName("hint")
        self.low.setWordWrap(True)
        self.outer.addWidget(self.tabs, 1)
        self.attendance.layout().addWidget(self.low)
        for tab, name in ((self.meetings, "各类会议每月次数"), (self.attendance, "党员出席率"),
                          (self.talks, "支委谈心谈话次数")):
            tab.png_button.clicked.connect(lambda _=False, t=tab, n=name: self.export_png(t, n))
            tab.xlsx_button.clicked.connect(lambda _=False, t=tab, n=name: self.export_xlsx(t, n))
        self._years_filled = False

    def page_title(self) -> str:
        return self.tr("统计")

    def activate(self) -> None:
        if not self._years_filled:
            self._years_filled = True
            years = self.ctx.store.years_with_records()
            # the newest year with records: a new year's empty figures would show nothing
            self.year.fill([*years, date.today().year], prefer=max(years) if years else None)
        self.reload()

    def reload(self) -> None:
        ctx, year = self.ctx, self.year.year()
        ctx.jobs.run(lambda: read_figures(ctx, year), self.show_figures, lambda error: show_error(self, error))

    def show_figures(self, figures: YearFigures) -> None:
        if figures.year != self.year.year():  # the clerk has chosen another year meanwhile
            return
        self.figures = figures
        names = [ON_SCREEN.kind(k) for k in figures.per_month]  # the screen's words; the Excel's: export_xlsx
        months = [ON_SCREEN.month(m) for m in range(1, 13)]
        self.meetings.chart.set_data(months, [Series(n, v) for n, v in zip(names, figures.per_month.values(),
                                                                            strict=True)])
        self.meetings.table.fill(*meetings_table(figures.per_month, ON_SCREEN))
        kinds = figures.attendance.per_kind
        self.attendance.chart.set_data([ON_SCREEN.kind(k.type) for k in kinds],
                                       [Series(self.tr("出席率"), tuple(k.rate or 0.0 for k in kinds))])
        header, rows = attendance_table(figures.attendance, ON_SCREEN)
        self.attendance.table.fill([*header, self.tr("提示")], [[*r, ""] for r in rows])
        self.kinds.fill(*kinds_table(figures.attendance, ON_SCREEN))
        talks = figures.talks
        self.talks.chart.set_data([t.name for t in talks], [
            Series(self.tr("与其他支委"), tuple(float(t.with_committee) for t in talks)),
            Series(self.tr("与党员"), tuple(float(t.with_members) for t in talks))])
        self.talks.table.fill(*talks_table(talks, ON_SCREEN))
        self._mark_low()

    def _mark_low(self) -> None:
        """Members whose rate is under the threshold: the row coloured and 低于提示线 written in it."""
        if self.figures is None:
            return
        line = self.threshold.value() / 100
        table = self.attendance.table
        low = table.mark(lambda values: values[6] is not None and values[6] < line, 7, self.tr("低于提示线"))
        self.low.setText(self.tr("出席率低于 {0:.0f}% 的党员 %n 人：{1}", "", len(low)).format(
            self.threshold.value(), items(low)) if low else "")

    # --- export -------------------------------------------------------------------------------------------
    def _stem(self, name: str) -> str:
        return f"{self.year.year()}年{name}"

    def export_png(self, tab: Tab, name: str) -> None:
        try:
            written = save_png(self, self._stem(name), tab.chart.png_bytes())
        except Exception as error:  # told to the clerk (a file open elsewhere, no permission)
            show_error(self, error)
            return
        if written is not None:
            self.ctx.message.emit(self.tr("已保存到：{0}").format(written))
            tell_saved(self, self.tr("文件已保存"), written)

    def export_xlsx(self, tab: Tab, name: str) -> None:
        if self.figures is None:
            return
        figures = self.figures
        # the Excel keeps the Chinese words (the tables' default), whatever the 界面语言
        tables = {"各类会议每月次数": (meetings_table(figures.per_month), ()),
                  "党员出席率": (attendance_table(figures.attendance), (6,)),
                  "支委谈心谈话次数": (talks_table(figures.talks), ())}
        (header, rows), percent = tables[name]
        try:
            written = save_xlsx(self, self._stem(name), self._stem(name), header, rows, percent)
        except Exception as error:  # told to the clerk
            show_error(self, error)
            return
        if written is not None:
            self.ctx.message.emit(self.tr("已保存到：{0}").format(written))
            tell_saved(self, self.tr("文件已保存"), written)
