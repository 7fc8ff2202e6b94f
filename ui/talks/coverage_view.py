"""The year's 谈心谈话 coverage: a grid of the committee's pairs and a list of every member, each gap one click
from a new talk record. What is owed comes from models.orglife.talk_coverage (the compliance report's rule)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.domain import Talk
from models.orglife import Coverage
from ui.context import AppContext
from ui.fmt import cn_date, day_month_text
from ui.joiners import clauses, items

DONE_BG, OWED_BG = QColor("#e3f2e6"), QColor("#fbe3e3")


def short_date(talk: Talk) -> str:
    return day_month_text(talk.date)


class CoverageView(QWidget):
    record_requested = Signal(str, str)  # talker, talkee of the missing talk
    open_requested = Signal(str)  # talk id

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.coverage: Coverage | None = None
        self.talks: dict[str, Talk] = {}
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.pairs = QTableWidget()
        self.pairs.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.pairs.cellClicked.connect(self._pair_clicked)
        self.members = QTableWidget(0, 3)
        self.members.setHorizontalHeaderLabels([self.tr("党员"), self.tr("与支委委员谈话情况"), ""])
        self.members.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.members.verticalHeader().setVisible(False)
        self.members.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.members.cellDoubleClicked.connect(self._member_double_clicked)
        hint = QLabel(self.tr("按《中国共产党支部工作条例（试行）》第十九条：支委委员之间、支委委员与党员之间"
                              "每年至少谈心谈话一次。红色为尚未谈话，点击“未谈”或“登记谈话”即可登记。"))
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        self.pairs_label = QLabel(self.tr("支委委员之间"))
        self.pairs_label.setStyleSheet("font-weight:600;")
        members_label = QLabel(self.tr("每名党员与支委委员"))
        members_label.setStyleSheet("font-weight:600;")
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.summary)
        layout.addWidget(self.pairs_label)
        layout.addWidget(self.pairs)
        layout.addWidget(members_label)
        layout.addWidget(self.members, 3)

    def show_coverage(self, coverage: Coverage, talks: list[Talk]) -> None:
        self.coverage = coverage
        self.talks = {t.id: t for t in talks}
        done_pairs = sum(1 for p in coverage.pairs if not p.owed)
        done_members = sum(1 for m in coverage.members if not m.owed)
        parts = []
        if coverage.pairs_required:
            parts.append(self.tr("支委委员之间应谈 {0} 对，已谈 {1} 对").format(len(coverage.pairs), done_pairs))
        if coverage.members_required:
            parts.append(self.tr("党员与支委委员应谈 {0} 人，已谈 {1} 人").format(len(coverage.members),
                                                                       done_members))
        owed = len(coverage.missing_pairs) + len(coverage.missing_members)
        tail = self.tr("尚缺 %n 项", "", owed) if owed else self.tr("已全部完成")
        self.summary.setText(self.tr("{0}年：{1}。{2}。").format(coverage.year, clauses(parts), tail))
        self.summary.setObjectName("verdictBad" if owed else "verdictOk")
        self.summary.style().unpolish(self.summary)
        self.summary.style().polish(self.summary)
        self._fill_pairs(coverage)
        self._fill_members(coverage)

    # --- the committee grid -------------------------------------------------------------------------------
    def _fill_pairs(self, coverage: Coverage) -> None:
        ids = coverage.committee if coverage.pairs_required else ()
        names = [self.ctx.name(i) for i in ids]
        self.pairs.clear()
        self.pairs.setRowCount(len(ids))
        self.pairs.setColumnCount(len(ids))
        self.pairs.setHorizontalHeaderLabels(names)
        self.pairs.setVerticalHeaderLabels(names)
        for r, a in enumerate(ids):
            for c, b in enumerate(ids):
                self.pairs.setItem(r, c, self._pair_item(a, b))
        self.pairs.setVisible(bool(ids))
        self.pairs_label.setVisible(bool(ids))
        self.pairs.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.pairs.resizeRowsToContents()
        rows = sum(self.pairs.rowHeight(r) for r in range(len(ids)))
        self.pairs.setFixedHeight(min(rows + self.pairs.horizontalHeader().sizeHint().height() + 4, 330))

    def _pair_item(self, a: str, b: str) -> QTableWidgetItem:
        pair = self.coverage.pair(a, b) if a != b and self.coverage else None
        if pair is None:
            item = QTableWidgetItem("—" if a == b else "")
        elif pair.owed:
            item = QTableWidgetItem(self.tr("未谈"))
            item.setBackground(QBrush(OWED_BG))
            item.setToolTip(self.tr("点击登记{0}与{1}的谈话").format(self.ctx.name(a), self.ctx.name(b)))
        else:
            talks = [self.talks[t] for t in pair.talks if t in self.talks]
            item = QTableWidgetItem("✓ " + items(short_date(t) for t in talks))
            item.setBackground(QBrush(DONE_BG))
            item.setToolTip(self.tr("点击打开谈话记录"))
        item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        return item

    def _pair_clicked(self, row: int, col: int) -> None:
        if self.coverage is None or row == col:
            return
        ids = self.coverage.committee
        pair = self.coverage.pair(ids[row], ids[col])
        if pair is None:
            return
        if pair.owed:
            self.record_requested.emit(ids[row], ids[col])
        elif pair.talks:
            self.open_requested.emit(pair.talks[0])

    # --- every member ------------------------------------------------------------------------------------
    def _fill_members(self, coverage: Coverage) -> None:
        self.members.setRowCount(0)  # drops the old rows' buttons
        self.members.setRowCount(len(coverage.members))
        for row, m in enumerate(coverage.members):
            self.members.setItem(row, 0, QTableWidgetItem(self.ctx.name(m.member)))
            talks = [self.talks[t] for t in m.talks if t in self.talks]
            text = clauses(self.tr("{0} 与{1}").format(cn_date(t.date), self.ctx.name(
                t.talkee if t.talker == m.member else t.talker)) for t in talks)
            item = QTableWidgetItem(text or (self.tr("尚未谈话") if m.owed else self.tr("（不要求）")))
            if m.owed:
                item.setBackground(QBrush(OWED_BG))
            self.members.setItem(row, 1, item)
            if m.owed:
                self.members.setCellWidget(row, 2, self._record_button(m.member))
        self.members.resizeColumnToContents(0)

    def _record_button(self, member: str) -> QPushButton:
        button = QPushButton(self.tr("登记谈话"))
        button.clicked.connect(lambda: self.record_requested.emit(self.talker_for(member), member))
        return button

    def talker_for(self, member: str) -> str:
        """Who usually talks with a member: the secretary, else the first committee member (not themselves)."""
        ids = [c for c in (self.coverage.committee if self.coverage else ()) if c != member]
        return ids[0] if ids else ""

    def record_button(self, member: str) -> QPushButton | None:
        """The 登记谈话 button of `member`'s row (tests click it)."""
        for row in range(self.members.rowCount()):
            if self.members.item(row, 0).text() == self.ctx.name(member):
                widget = self.members.cellWidget(row, 2)
                return widget if isinstance(widget, QPushButton) else None
        return None

    def _member_double_clicked(self, row: int, _col: int) -> None:
        if self.coverage is not None and self.coverage.members[row].talks:
            self.open_requested.emit(self.coverage.members[row].talks[0])
