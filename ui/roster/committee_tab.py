"""The branch committee (支部委员会): roles over time, and the warning before the term ends."""

from __future__ import annotations

import dataclasses
from datetime import date

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

from models.domain import CommitteeRole
from models.rules.status import holds_role, role_rank
from models.rules.term import term_end, term_warning
from ui.context import AppContext
from ui.errors import Notice, show_error
from ui.fmt import cn_date
from ui.operations import Changes
from ui.roster.small_dialogs import RoleDialog
from ui.words import label, sentence


class CommitteeTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.roles: list[CommitteeRole] = []
        self.banner = QLabel()
        self.banner.setObjectName("banner")
        self.banner.setWordWrap(True)
        self.term = QLabel()
        self.term.setObjectName("hint")
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([self.tr("姓名"), self.tr("职务"), self.tr("任职日期"),
                                              self.tr("离任日期"), self.tr("状态")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _: self.edit())
        add = QPushButton(self.tr("新增任职"))
        add.setObjectName("primary")
        edit, end, delete = QPushButton(self.tr("编辑")), QPushButton(self.tr("今日离任")), QPushButton(self.tr("删除"))
        add.clicked.connect(self.add)
        edit.clicked.connect(self.edit)
        end.clicked.connect(self.end_today)
        delete.clicked.connect(self.delete)
        buttons = QHBoxLayout()
        for b in (add, edit, end, delete):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.term)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def reload(self) -> None:
        today = date.today()
        self.roles = sorted(self.ctx.store.committee(),
                            key=lambda r: (not holds_role(r, today), role_rank(r.role), r.start))
        warning = term_warning(self.roles, today)
        self.banner.setText(sentence(warning or ""))
        self.banner.setVisible(bool(warning))
        end = term_end(self.roles, today)
        self.term.setText(self.tr("本届任期至 {0}（任期通常为 3 年）").format(cn_date(end)) if end else
                          self.tr("尚未登记在任的支部委员。"))
        self.table.setRowCount(len(self.roles))
        for row, r in enumerate(self.roles):
            state = self.tr("在任") if holds_role(r, today) else self.tr("已离任")
            texts = (self.ctx.name(r.member), label(r.role), cn_date(r.start), cn_date(r.end), state)
            for col, text in enumerate(texts):
                self.table.setItem(row, col, QTableWidgetItem(text))

    def _current(self) -> int:
        row = self.table.currentRow()
        return row if 0 <= row < len(self.roles) else -1

    def _store(self, roles: list[CommitteeRole]) -> None:
        self.ctx.writes.run(lambda store: store.set_committee(roles), Changes(roster=True), initiator=self,
                            failure=lambda error: show_error(self, error))

    def add(self) -> None:
        role = RoleDialog.ask(self, None, self.ctx.people())
        if role is not None:
            self._store([*self.roles, role])

    def edit(self) -> None:
        row = self._current()
        if row < 0:
            return
        role = RoleDialog.ask(self, self.roles[row], self.ctx.people())
        if role is not None:
            self._store([*self.roles[:row], role, *self.roles[row + 1:]])

    def end_today(self) -> None:
        row = self._current()
        if row >= 0:
            roles = list(self.roles)
            roles[row] = dataclasses.replace(roles[row], end=date.today())
            self._store(roles)

    def delete(self) -> None:
        row = self._current()
        if row >= 0 and Notice.confirm(self, self.tr("删除任职"), self.tr(
                "删除这条任职记录？（如只是卸任，请用“今日离任”。）")):
            self._store([*self.roles[:row], *self.roles[row + 1:]])
