"""Party groups (党小组): name, leader, how many members."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.context import AppContext
from ui.errors import Notice, show_error
from ui.joiners import clauses
from ui.operations import Changes
from ui.roster.small_dialogs import GroupDialog


class GroupsTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("党小组"), self.tr("组长"), self.tr("在册党员"),
                                              self.tr("成立、撤销")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _: self.edit())
        add, edit = QPushButton(self.tr("新增党小组")), QPushButton(self.tr("编辑"))
        delete = QPushButton(self.tr("删除"))
        add.setObjectName("primary")
        add.clicked.connect(self.add)
        edit.clicked.connect(self.edit)
        delete.clicked.connect(self.delete)
        buttons = QHBoxLayout()
        for b in (add, edit, delete):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.groups = []

    def reload(self) -> None:
        from datetime import date

        from models.rules import in_branch
        from ui.fmt import cn_date

        self.groups = self.ctx.groups()
        people = self.ctx.people()
        today = date.today()
        roster = self.ctx.roster()
        self.table.setRowCount(len(self.groups))
        for row, g in enumerate(self.groups):
            count = sum(1 for p in people if roster.group_on(p.id, today) == g.id and in_branch(p, today))
            dates = clauses(([self.tr("{0}成立").format(cn_date(g.set_up_on))] if g.set_up_on else [])
                             + ([self.tr("{0}撤销").format(cn_date(g.dissolved_on))] if g.dissolved_on else []))
            for col, text in enumerate((g.name, self.ctx.name(g.leader), str(count), dates)):
                self.table.setItem(row, col, QTableWidgetItem(text))

    def _current(self):
        row = self.table.currentRow()
        return self.groups[row] if 0 <= row < len(self.groups) else None

    def add(self) -> None:
        self._save(GroupDialog.ask(self, None, self.ctx.people()))

    def edit(self) -> None:
        group = self._current()
        if group is not None:
            self._save(GroupDialog.ask(self, group, self.ctx.people()))

    def _save(self, group) -> None:
        if group is None:
            return
        self.ctx.writes.run(lambda store: store.save_group(group), Changes(roster=True), initiator=self,
                            failure=lambda error: show_error(self, error))

    def delete(self) -> None:
        group = self._current()
        if group is None or not Notice.confirm(self, self.tr("删除党小组"), self.tr(
                "删除“{0}”？组内人员将变为未分党小组。").format(group.name)):
            return
        self.ctx.writes.run(lambda store: store.delete_group(group.id), Changes(roster=True), initiator=self,
                            failure=lambda error: show_error(self, error))
