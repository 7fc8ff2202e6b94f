"""整改清单 of a year: items carried from earlier years first (上年度整改落实情况), then the year's own.

Overdue items are highlighted; 销号 asks for the result; the item under the cursor is edited in the form
below and saved automatically.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.domain import Rectification, new_id
from models.orglife import YearList, is_overdue, mark_done, year_list
from models.orglife.rectifications import reopen
from models.record_limits import first_problem
from ui.context import AppContext
from ui.errors import Notice, show_error
from ui.fmt import cn_date
from ui.operations import Changes
from ui.orglife.done_dialog import DoneDialog
from ui.orglife.rectification_form import RectificationForm
from ui.widgets.autosave import Autosave

if TYPE_CHECKING:
    from models.services import Store

ID_ROLE = Qt.ItemDataRole.UserRole
OVERDUE_BG, DONE_FG, SECTION_BG = QColor("#fbe3e3"), QColor("#5f6b76"), QColor("#eef1f4")
COLUMNS = (
    QT_TRANSLATE_NOOP("RectificationView", "序号"),
    QT_TRANSLATE_NOOP("RectificationView", "问题"),
    QT_TRANSLATE_NOOP("RectificationView", "整改措施"),
    QT_TRANSLATE_NOOP("RectificationView", "责任人"),
    QT_TRANSLATE_NOOP("RectificationView", "整改时限"),
    QT_TRANSLATE_NOOP("RectificationView", "状态"),
)


class RectificationView(QWidget):
    export_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.year = date.today().year
        self.clock = date.today  # what "overdue" is judged against (the manual's screenshots set a day)
        self.today = self.clock()
        self.listed = YearList(self.year, (), ())
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        for col in (1, 2):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
        for col, width in ((0, 48), (3, 80), (4, 130), (5, 170)):
            self.table.setColumnWidth(col, width)
        self.table.setWordWrap(True)
        self.table.itemSelectionChanged.connect(self._selected)
        self.form = RectificationForm(ctx)
        self.autosave = Autosave(self.form, self._write)
        self.form.changed.connect(self.autosave.touch)
        self.summary = QLabel()
        self.add_button = QPushButton(self.tr("新增整改事项"))
        self.add_button.setObjectName("primary")
        self.done_button = QPushButton(self.tr("销号…"))
        self.reopen_button = QPushButton(self.tr("撤销销号"))
        self.delete_button = QPushButton(self.tr("删除"))
        self.export_button = QPushButton(self.tr("导出整改清单…"))
        self.add_button.clicked.connect(self.add_item)
        self.done_button.clicked.connect(self.mark_selected_done)
        self.reopen_button.clicked.connect(self.reopen_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.export_button.clicked.connect(self.export_requested)
        ctx.did_execute.connect(self._roster_changed)
        self._layout()

    def _layout(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(self.summary, 1)
        for b in (self.export_button, self.delete_button, self.reopen_button, self.done_button, self.add_button):
            bar.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.form, 2)

    def _roster_changed(self, changes: Changes, _initiator: object) -> None:
        if changes.touches_roster():
            self.form.refill_people(self.ctx.people())

    # --- showing ------------------------------------------------------------------------------------------
    def set_year(self, year: int) -> None:
        self.save()
        self.year = year
        self.reload()

    def reload(self, select: str | None = None) -> None:
        self.today = self.clock()
        current = select or (self.form.item.id if self.form.item else None)
        meetings = self.ctx.store.meeting_summaries()
        self.listed = year_list(self.ctx.store.rectifications(), meetings, self.year)
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        if self.listed.carried:
            self._section(self.tr("上年度整改落实情况"))
            self._rows(self.listed.carried)
        self._section(self.tr("{0}年度整改清单").format(self.year))
        self._rows(self.listed.own)
        self.table.resizeRowsToContents()
        self.table.blockSignals(False)
        self._summarise()
        self.select(current)
        self._selected()

    def _section(self, title: str) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        item = QTableWidgetItem(title)
        font = QFont()
        font.setBold(True)
        item.setFont(font)
        item.setBackground(QBrush(SECTION_BG))
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.table.setItem(row, 0, item)
        self.table.setSpan(row, 0, 1, len(COLUMNS))

    def _rows(self, items: tuple[Rectification, ...]) -> None:
        for number, r in enumerate(items, 1):
            row = self.table.rowCount()
            self.table.insertRow(row)
            who = self.ctx.name(r.responsible) or (self.ctx.name(r.member) if r.member else self.tr("支部"))
            cells = (str(number), r.problem or self.tr("（未填写问题）"), r.measures, who, cn_date(r.due),
                     self.status_text(r))
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, r.id)
                if is_overdue(r, self.today):
                    item.setBackground(QBrush(OVERDUE_BG))
                elif r.status == "done":
                    item.setForeground(QBrush(DONE_FG))
                self.table.setItem(row, col, item)

    def status_text(self, r: Rectification) -> str:
        if r.status == "done":
            return self.tr("已销号 {0}").format(cn_date(r.done_on))
        return self.tr("已逾期") if is_overdue(r, self.today) else self.tr("整改中")

    def _summarise(self) -> None:
        items = self.listed.all
        done = sum(1 for r in items if r.status == "done")
        late = sum(1 for r in items if is_overdue(r, self.today))
        text = self.tr("共 {0} 项，已销号 {1} 项，整改中 {2} 项").format(len(items), done, len(items) - done)
        if late:
            text += self.tr("，其中已逾期 {0} 项").format(late)
        self.summary.setText(text)

    def select(self, item_id: str | None) -> None:
        self.table.clearSelection()
        for row in range(self.table.rowCount()):
            cell = self.table.item(row, 0)
            if item_id and cell is not None and cell.data(ID_ROLE) == item_id:
                self.table.selectRow(row)
                return

    def row_of(self, item_id: str) -> int:
        return next((r for r in range(self.table.rowCount())
                     if self.table.item(r, 0) and self.table.item(r, 0).data(ID_ROLE) == item_id), -1)

    def selected_item(self) -> Rectification | None:
        rows = self.table.selectionModel().selectedRows()
        item_id = rows[0].data(ID_ROLE) if rows else None
        return next((r for r in self.listed.all if r.id == item_id), None)

    def _selected(self) -> None:
        item = self.selected_item()
        if self.form.item is not None and item is not None and item.id == self.form.item.id:
            return
        if not self.save():
            return
        self.form.show_item(item)
        self.done_button.setEnabled(item is not None and item.status != "done")
        self.reopen_button.setEnabled(item is not None and item.status == "done")
        self.delete_button.setEnabled(item is not None)

    # --- changing -----------------------------------------------------------------------------------------
    def save(self) -> bool:
        return self.autosave.flush()

    def _write(self) -> bool:
        item = self.form.current()
        if item is None:
            self.autosave.finished(True)
            return True
        problem = first_problem(item)
        if problem is not None:  # refused before the write, as the importer refuses it in a file
            return self.autosave.refuse(problem)

        def saved(stored: Rectification) -> None:
            self.autosave.finished(True)
            if self.form.item is not None and self.form.item.id == stored.id:
                self.form.item = stored
            self.ctx.saved.emit(self.tr("整改事项已保存"))
            self._refresh_row(stored)

        self.ctx.writes.run(lambda store: store.save_rectification(item), Changes(rectifications=True),
                            initiator=self, success=saved, failure=self.autosave.write_failed)
        return True

    def _refresh_row(self, item: Rectification) -> None:
        self.listed = dataclasses.replace(
            self.listed, own=tuple(item if r.id == item.id else r for r in self.listed.own),
            carried=tuple(item if r.id == item.id else r for r in self.listed.carried))
        row = self.row_of(item.id)
        if row >= 0:
            who = self.ctx.name(item.responsible) or (self.ctx.name(item.member) if item.member else self.tr("支部"))
            texts = {1: item.problem or self.tr("（未填写问题）"), 2: item.measures, 3: who, 4: cn_date(item.due),
                     5: self.status_text(item)}
            for col, text in texts.items():
                self.table.item(row, col).setText(text)

    def add_item(self) -> None:
        if not self.save():
            return
        meetings = self.ctx.store.meeting_summaries(self.year, "org_life_meeting")
        meeting = meetings[0].id if meetings else None
        due = None if meeting else date(self.year, 12, 31)  # an item without a meeting keeps its year by its due
        item = Rectification(new_id(), "", meeting=meeting, due=due)

        def added(_: Rectification) -> None:
            self.reload(select=item.id)
            self.form.problem.setFocus()

        self._write_item(lambda store: store.save_rectification(item), added)

    def mark_selected_done(self) -> None:
        item = self.selected_item()
        if item is None or not self.save():
            return
        answer = DoneDialog.ask(self, self.form.current() or item)
        if answer is None:
            return
        done = mark_done(self.form.current() or item, *answer)
        self.form.item = None
        self._write_item(lambda store: store.save_rectification(done), lambda _: self.reload(select=done.id))

    def reopen_selected(self) -> None:
        item = self.selected_item()
        if item is None or item.status != "done":
            return
        self.form.item = None
        self._write_item(lambda store: store.save_rectification(reopen(item)), lambda _: self.reload(select=item.id))

    def delete_selected(self) -> None:
        item = self.selected_item()
        if item is None:
            return
        if not Notice.confirm(self, self.tr("删除整改事项"), self.tr("删除整改事项“{0}”？删除后无法恢复。").format(
                item.problem or self.tr("（未填写问题）"))):
            return
        self.autosave.clear()
        self.form.show_item(None)
        self._write_item(lambda store: store.delete_rectification(item.id), lambda _: self.reload())

    def _write_item(self, op: Callable[[Store], object], then: Callable[[object], None]) -> None:
        self.ctx.writes.run(op, Changes(rectifications=True), initiator=self, success=then,
                            failure=lambda error: show_error(self, error))
