"""发展党员: who is on the path into the Party, at which stage, since when, and what is due next
(models.rules.path)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP
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

from models.rules.path import CANDIDATE, PROBATIONER, people_on_the_path
from ui.context import AppContext
from ui.fmt import cn_date
from ui.joiners import clauses
from ui.words import label, sentence

COLUMNS = (
    QT_TRANSLATE_NOOP("PathTab", "姓名"),
    QT_TRANSLATE_NOOP("PathTab", "阶段"),
    QT_TRANSLATE_NOOP("PathTab", "申请入党"),
    QT_TRANSLATE_NOOP("PathTab", "确定积极分子"),
    QT_TRANSLATE_NOOP("PathTab", "列为发展对象"),
    QT_TRANSLATE_NOOP("PathTab", "入党（预备党员）"),
    QT_TRANSLATE_NOOP("PathTab", "下一步"),
    QT_TRANSLATE_NOOP("PathTab", "提示"),
)


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
        self.notice_button = QPushButton(self.tr("生成公示…"))
        self.notice_button.setEnabled(False)
        self.notice_button.clicked.connect(self.export_notice)
        self.table.itemSelectionChanged.connect(self._selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.notice_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.rows: list = []

    def reload(self) -> None:
        rows = people_on_the_path(self.ctx.roster().data, date.today())
        self.rows = rows
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            p = row.person
            days = (p.applied_on, p.activist_on, p.candidate_on, p.joined_on)
            texts = (p.name, label(row.stage), *(cn_date(d) if d else "" for d in days), sentence(row.next_step),
                     clauses(sentence(problem) for problem in row.problems))
            for c, text in enumerate(texts):
                self.table.setItem(r, c, QTableWidgetItem(text))

    def selected(self):
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def _selected(self) -> None:
        row = self.selected()
        self.notice_button.setEnabled(row is not None and row.stage in (CANDIDATE, PROBATIONER))

    def export_notice(self) -> None:
        """公示 of the selected 发展对象 (before admission) or 预备党员 (before 转正), from the stage dates."""
        from exports.forms.path import admission_notice_document, confirmation_notice_document
        from ui.orglife.export import export_form

        row = self.selected()
        if row is None or row.stage not in (CANDIDATE, PROBATIONER):
            return
        data, person = self.ctx.roster().data, row.person
        if row.stage == CANDIDATE:
            export_form(self, self.ctx, lambda: admission_notice_document(data, person),
                        f"关于拟发展{person.name}同志为中共预备党员的公示.docx")
        else:
            export_form(self, self.ctx, lambda: confirmation_notice_document(data, person),
                        f"关于{person.name}同志拟按期转为中共正式党员的公示.docx")
