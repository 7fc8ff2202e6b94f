"""The list of all meetings with filters by year, kind, group and status (filtered in the database)."""

from __future__ import annotations

import time

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from models.domain import MEETING_TYPES
from ui import options
from ui.context import AppContext
from ui.fmt import year_text
from ui.meetings.list_model import ID_ROLE, MeetingListModel
from ui.operations import Changes
from ui.widgets.combo import ValueCombo
from ui.words import word_for


class MeetingList(QWidget):
    open_requested = Signal(str)
    new_requested = Signal()
    loaded = Signal(float)  # seconds from the filter change to the rows on screen

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = MeetingListModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)  # Ctrl/Shift+click
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        for col, width in enumerate((130, 250, 300, 110, 50, 50, 70)):
            self.table.setColumnWidth(col, width)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda index: self.open_requested.emit(index.data(ID_ROLE)))
        self.table.activated.connect(lambda index: self.open_requested.emit(index.data(ID_ROLE)))
        self.year = ValueCombo()
        self.kind = ValueCombo()
        self.kind.addItem(self.tr("全部类型"), None)
        for code in MEETING_TYPES:
            self.kind.addItem(word_for(MEETING_TYPES, code), code)
        self.group = ValueCombo()
        self.status = ValueCombo()
        for label, code in ((self.tr("全部状态"), None), (self.tr("草稿"), "draft"), (self.tr("已定稿"), "final")):
            self.status.addItem(label, code)
        for box in (self.year, self.kind, self.group, self.status):
            box.setSizeAdjustPolicy(ValueCombo.SizeAdjustPolicy.AdjustToContents)
        self.count = QLabel()
        self.count.setWordWrap(True)
        self.count.setObjectName("hint")
        new = QPushButton(self.tr("新建会议记录"))
        new.setObjectName("primary")
        new.clicked.connect(self.new_requested)
        open_button = QPushButton(self.tr("打开"))
        open_button.clicked.connect(self._open_selected)
        self.print_button = QPushButton(self.tr("打印所选"))
        self.print_button.setToolTip(self.tr("按住 Ctrl 或 Shift 点击可选择多条记录（Ctrl+P）"))
        self.print_button.clicked.connect(self.print_selected)
        self.pdf_button = QPushButton(self.tr("导出所选为 PDF…"))
        self.pdf_button.clicked.connect(self.export_selected)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        # two rows: the filters, then the count and the buttons — on a 1024-pixel screen they do not fit in one
        bar = QHBoxLayout()
        for w in (self.year, self.kind, self.group, self.status):
            bar.addWidget(w)
        bar.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count)
        buttons.addStretch(1)
        for w in (self.print_button, self.pdf_button, open_button, new):
            buttons.addWidget(w)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        for box in (self.year, self.kind, self.group, self.status):
            box.currentIndexChanged.connect(self.reload)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.modelReset.connect(self._selection_changed)
        self._selection_changed()
        self._generation = 0
        self._filled = False
        self._cache: list | None = None
        ctx.did_execute.connect(self._changed)

    def _changed(self, changes: Changes, _initiator: object) -> None:
        if changes.touches_meetings() or changes.touches_roster():  # names and groups are shown in the rows
            self.mark_stale()

    def fill_filters(self) -> None:
        """Years and groups from the database; the last choices from the settings."""
        wanted = {
            self.year: options.MEETINGS_YEAR.get() if not self._filled else self.year.currentData(),
            self.group: options.MEETINGS_GROUP.get() if not self._filled else self.group.currentData(),
        }
        if not self._filled:
            kind, status = options.MEETINGS_KIND.get(), options.MEETINGS_STATUS.get()
            self.kind.setCurrentIndex(max(0, self.kind.findData(kind or None)))
            self.status.setCurrentIndex(max(0, self.status.findData(status or None)))
        for box in (self.year, self.group):
            box.blockSignals(True)
            box.clear()
        self.year.addItem(self.tr("全部年度"), "")
        for y in self.ctx.store.meeting_years():
            self.year.addItem(year_text(y), str(y))
        self.group.addItem(self.tr("全部党小组"), "")
        for g in self.ctx.groups():
            self.group.addItem(g.name, g.id)
        for box, value in wanted.items():
            box.setCurrentIndex(max(0, box.findData(value or "")))
            box.blockSignals(False)
        self._filled = True

    def mark_stale(self) -> None:
        """Meetings changed: the next reload reads them from the database again."""
        self._cache = None

    def reload(self) -> None:
        """Show the meetings the filters select.

        All summaries are read once in the background (20,000 meetings take a few hundred ms); a filter change
        then filters them in memory and the view shows the first rows at once, more as it scrolls.
        """
        year = self.year.currentData()
        wanted = (int(year) if year else None, self.kind.currentData(), self.group.currentData() or None,
                  self.status.currentData())
        options.MEETINGS_YEAR.set(str(year or ""))
        options.MEETINGS_KIND.set(wanted[1] or "")
        options.MEETINGS_GROUP.set(wanted[2] or "")
        options.MEETINGS_STATUS.set(wanted[3] or "")
        started = time.perf_counter()
        if self._cache is not None:
            self._show(wanted, started)
            return
        self._generation += 1
        generation = self._generation
        self.count.setText(self.tr("正在读取会议记录…"))

        def loaded(rows: list) -> None:
            if generation == self._generation:
                self._cache = rows
                self.reload()

        self.ctx.jobs.run(self.ctx.store.meeting_summaries, loaded)

    def _show(self, wanted: tuple, started: float) -> None:
        year, kind, group, status = wanted
        rows = [s for s in self._cache or []
                if (year is None or s.date.year == year) and (kind is None or s.type == kind)
                and (group is None or s.group == group) and (status is None or s.status == status)]
        self.model.set_summaries(rows, {g.id: g.name for g in self.ctx.groups()})
        drafts = sum(1 for r in rows if r.status == "draft")
        self.count.setText(self.tr("共 %n 条，其中草稿 {0} 条", "", len(rows)).format(drafts))
        self.loaded.emit(time.perf_counter() - started)

    def _open_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.open_requested.emit(rows[0].data(ID_ROLE))

    # --- the selected records on paper --------------------------------------------------------------------
    def selected_ids(self) -> list[str]:
        """The chosen meetings, top to bottom (printing and exporting put them in date order)."""
        rows = sorted(self.table.selectionModel().selectedRows(), key=lambda index: index.row())
        return [index.data(ID_ROLE) for index in rows]

    def _selection_changed(self, *_: object) -> None:
        n = len(self.table.selectionModel().selectedRows())
        self.print_button.setEnabled(n > 0)
        self.pdf_button.setEnabled(n > 0)
        self.print_button.setText(self.tr("打印所选（{0}）").format(n) if n > 1 else self.tr("打印所选"))

    def print_selected(self) -> None:
        from ui.printing import print_meetings

        if ids := self.selected_ids():
            print_meetings(self, self.ctx, ids)

    def export_selected(self) -> None:
        from ui.documents.batch import export_meetings_as_pdf

        if ids := self.selected_ids():
            export_meetings_as_pdf(self, self.ctx, ids)

    def _context_menu(self, pos: QPoint) -> None:
        if not self.selected_ids():
            return
        menu = QMenu(self)
        menu.addAction(self.tr("打开"), self._open_selected)
        menu.addSeparator()
        menu.addAction(self.tr("打印所选…"), self.print_selected)
        menu.addAction(self.tr("导出所选为 PDF…"), self.export_selected)
        menu.popup(self.table.viewport().mapToGlobal(pos))
