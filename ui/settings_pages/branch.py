"""支部信息: the branch's name, superior body and archive codes, and whether it has a 支部委员会 since when — kept
with the branch in the database."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QLineEdit, QWidget

from models.domain import CommitteeChange
from ui import options
from ui.context import AppContext
from ui.errors import show_error
from ui.operations import Changes
from ui.settings_pages.base import OptionsPage
from ui.settings_pages.committee_changes import CommitteeChanges
from ui.words import sentence


class BranchPage(OptionsPage):
    NAME = "branch"
    TITLE = QT_TRANSLATE_NOOP("BranchPage", "支部信息")
    OPTIONS = (options.CLERK_NAME,)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.name = QLineEdit()
        self.short_name = QLineEdit()
        self.parent_org = QLineEdit()
        self.fonds = QLineEdit()
        self.unit = QLineEdit()
        self.form.addRow(self.tr("党支部全称"), self.name)
        self.form.addRow(self.tr("简称"), self.short_name)
        self.form.addRow(self.tr("上级党组织"), self.parent_org)
        self.form.addRow(self.tr("全宗号（档号用）"), self.fonds)
        self.form.addRow(self.tr("机构代码（档号用）"), self.unit)
        self.committee = CommitteeChanges()
        self.form.addRow(self.tr("支部委员会"), self.committee)
        self.clerk = QLineEdit()
        self.clerk.setPlaceholderText(self.tr("（空着：用本机的用户名）"))
        self.form.addRow(self.tr("定稿、更正人"), self.clerk)
        self.outer.addStretch(1)
        self._loaded = False
        self._changes: list[CommitteeChange] = []

    def load(self) -> None:
        b = self.ctx.store.branch()
        self.name.setText(b.name)
        self.short_name.setText(b.short_name)
        self.parent_org.setText(b.parent_org)
        self.fonds.setText(b.fonds_code)
        self.unit.setText(b.unit_code)
        self._changes = self.ctx.store.committee_changes()
        self.committee.set_changes(self._changes)
        self.clerk.setText(options.CLERK_NAME.get())
        self._loaded = True

    def check(self) -> str | None:
        if self._loaded and not self.name.text().strip():
            return self.tr("请填写党支部全称：它印在每份会议记录的标题上。")
        if self._loaded:
            from models.domain import Branch
            from models.record_limits import first_problem

            problem = first_problem(Branch(self.name.text().strip(), self.short_name.text().strip(),
                                           self.parent_org.text().strip(), self.fonds.text().strip(),
                                           self.unit.text().strip() or "DZB"))
            if problem is not None:
                return self.tr("{0}。").format(sentence(problem))
        return None

    def save(self) -> None:
        if not self._loaded or self.check() is not None:
            return  # never shown, or emptied by mistake: what is stored stays
        b = self.ctx.store.branch()
        new = dataclasses.replace(b, name=self.name.text().strip(), short_name=self.short_name.text().strip(),
                                  parent_org=self.parent_org.text().strip(), fonds_code=self.fonds.text().strip(),
                                  unit_code=self.unit.text().strip() or "DZB")
        if new != b:
            self.ctx.writes.run(lambda store: store.update_branch(new), Changes(branch=True), initiator=self,
                                success=lambda _: self.ctx.saved.emit(self.tr("支部信息已保存")),
                                failure=lambda error: show_error(self, error))
        clerk = self.clerk.text().strip()
        if clerk != options.CLERK_NAME.get():
            options.CLERK_NAME.set(clerk)
            self.ctx.store.clerk_name = clerk
        changes = self.committee.changes()
        if changes != self._changes:
            self._changes = changes
            self.ctx.writes.run(lambda store: store.set_committee_changes(changes), Changes(branch=True),
                                initiator=self, success=lambda _: self.ctx.saved.emit(self.tr("支部委员会已保存")),
                                failure=lambda error: show_error(self, error))
