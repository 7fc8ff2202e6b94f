"""The tally grid of 民主评议: one row a member, the votes for 优秀/合格/基本合格/不合格, the total, the grade
decided, the self-assessment and remarks. A row whose votes exceed the voters turns red at once."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QComboBox, QHeaderView, QSpinBox, QTableWidget, QTableWidgetItem, QWidget

from models.domain import GRADES, EvaluationResult, GradeVotes
from ui.context import AppContext
from ui.words import label

OVER_BG, OK_BG = QColor("#fbe3e3"), QColor("white")
NAME, VOTES, TOTAL, GRADE, SELF, REMARKS = 0, 1, 5, 6, 7, 8
HEADERS = (QT_TRANSLATE_NOOP("EvaluationGrid", "姓名"), *GRADES, QT_TRANSLATE_NOOP("EvaluationGrid", "合计"),
           QT_TRANSLATE_NOOP("EvaluationGrid", "评定等次"), QT_TRANSLATE_NOOP("EvaluationGrid", "自我评价"),
           QT_TRANSLATE_NOOP("EvaluationGrid", "备注"))


class EvaluationGrid(QTableWidget):
    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(0, len(HEADERS), parent)
        self.ctx = ctx
        self.voters = 0
        self.results: list[EvaluationResult] = []
        self._loading = False
        self.setHorizontalHeaderLabels([label(h) if h in GRADES else self.tr(h) for h in HEADERS])
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(SELF, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(REMARKS, QHeaderView.ResizeMode.Stretch)
        for col, width in ((NAME, 90), (TOTAL, 56), (GRADE, 96)):
            self.setColumnWidth(col, width)
        for col in range(VOTES, VOTES + 4):
            self.setColumnWidth(col, 76)
        self.itemChanged.connect(self._item_changed)

    def show_results(self, results: tuple[EvaluationResult, ...], voters: int) -> None:
        self._loading = True
        try:
            self.results = list(results)
            self.voters = voters
            self.setRowCount(0)
            self.setRowCount(len(results))
            for row, r in enumerate(results):
                self._fill_row(row, r)
        finally:
            self._loading = False
        self.check_rows()

    def _fill_row(self, row: int, r: EvaluationResult) -> None:
        name = QTableWidgetItem(self.ctx.name(r.member))
        name.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        self.setItem(row, NAME, name)
        for i, count in enumerate(r.votes.as_tuple()):
            spin = QSpinBox()
            spin.setRange(0, 9999)
            spin.setValue(count)
            spin.setAlignment(Qt.AlignmentFlag.AlignCenter)
            spin.valueChanged.connect(self._touched)
            self.setCellWidget(row, VOTES + i, spin)
        total = QTableWidgetItem()
        total.setFlags(Qt.ItemFlag.ItemIsEnabled)
        total.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setItem(row, TOTAL, total)
        grade = QComboBox()
        grade.addItem(self.tr("未评定"), None)
        for g in GRADES:
            grade.addItem(label(g), g)
        grade.setCurrentIndex(max(0, grade.findData(r.grade)))
        grade.currentIndexChanged.connect(self._touched)
        self.setCellWidget(row, GRADE, grade)
        self.setItem(row, SELF, QTableWidgetItem(r.self_assessment))
        self.setItem(row, REMARKS, QTableWidgetItem(r.remarks))

    def set_read_only(self, read_only: bool) -> None:
        """A finalised evaluation: nothing in the grid can be changed (votes, grades, texts)."""
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers if read_only else
                             QTableWidget.EditTrigger.DoubleClicked | QTableWidget.EditTrigger.EditKeyPressed
                             | QTableWidget.EditTrigger.AnyKeyPressed)
        for row in range(self.rowCount()):
            for col in (*range(VOTES, VOTES + 4), GRADE):
                self.cellWidget(row, col).setEnabled(not read_only)

    # --- reading the grid ---------------------------------------------------------------------------------
    def vote_box(self, row: int, grade_index: int) -> QSpinBox:
        return self.cellWidget(row, VOTES + grade_index)  # type: ignore[return-value]

    def grade_box(self, row: int) -> QComboBox:
        return self.cellWidget(row, GRADE)  # type: ignore[return-value]

    def row_of(self, member: str) -> int:
        return next((i for i, r in enumerate(self.results) if r.member == member), -1)

    def current(self) -> tuple[EvaluationResult, ...]:
        out = []
        for row, r in enumerate(self.results):
            votes = GradeVotes(*(self.vote_box(row, i).value() for i in range(4)))
            out.append(dataclasses.replace(
                r, votes=votes, grade=self.grade_box(row).currentData(),
                self_assessment=self.item(row, SELF).text(), remarks=self.item(row, REMARKS).text()))
        return tuple(out)

    # --- live checks --------------------------------------------------------------------------------------
    def set_voters(self, voters: int) -> None:
        self.voters = voters
        self.check_rows()

    def row_over(self, row: int) -> bool:
        return self.row_total(row) > self.voters

    def row_total(self, row: int) -> int:
        return sum(self.vote_box(row, i).value() for i in range(4))

    def check_rows(self) -> None:
        self.blockSignals(True)
        for row in range(self.rowCount()):
            total, over = self.row_total(row), self.row_over(row)
            cell = self.item(row, TOTAL)
            cell.setText(str(total))
            cell.setToolTip(self.tr("得票合计超过参加评议的 {0} 人").format(self.voters) if over else "")
            for col in (NAME, TOTAL):
                self.item(row, col).setBackground(QBrush(OVER_BG if over else OK_BG))
        self.blockSignals(False)

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() in (SELF, REMARKS):
            self._touched()

    def _touched(self, *_: object) -> None:
        if self._loading:
            return
        self.check_rows()
        self.changed.emit()
