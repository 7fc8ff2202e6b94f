"""发展党员: who is on the path into the Party, at which stage, since when, and what is due next
(models.rules.path)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.rules.path import people_on_the_path
from ui.context import AppContext
from ui.fmt import cn_date

COLUMNS = ("姓名", "阶段", "申请入党", "确定积极分子", "列为发展对象", "入党（预备党员）", "下一步", "提示")


class PathTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        hint = QLabel(self.tr("入党积极分子、发展对象和预备党员，按阶段排列。各阶段的日期在“人员”页编辑；"
                              "支委会、支部党员大会作出决议后，也可以在会议记录的决议中点“按此决议更新名册…”。"))
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)

    def reload(self) -> None:
        rows = people_on_the_path(self.ctx.roster().data, date.today())
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            p = row.person
            days = (p.applied_on, p.activist_on, p.candidate_on, p.joined_on)
            texts = (p.name, row.stage, *(cn_date(d) if d else "" for d in days), row.next_step,
                     "；".join(row.problems))
            for c, text in enumerate(texts):
                self.table.setItem(r, c, QTableWidgetItem(text))
