"""设置: the branch's name, superior body and archive codes; where the data lives."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QFormLayout, QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from models.paths import data_dir
from ui.context import AppContext
from ui.errors import show_error
from ui.operations import Changes
from ui.pages.base import Page


class SettingsPage(Page):
    key = "settings"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        card = QFrame()
        card.setObjectName("card")
        form = QFormLayout(card)
        form.setContentsMargins(18, 16, 18, 16)
        self.name = QLineEdit()
        self.short_name = QLineEdit()
        self.parent_org = QLineEdit()
        self.fonds = QLineEdit()
        self.unit = QLineEdit()
        form.addRow(self.tr("党支部全称"), self.name)
        form.addRow(self.tr("简称"), self.short_name)
        form.addRow(self.tr("上级党组织"), self.parent_org)
        form.addRow(self.tr("全宗号（档号用）"), self.fonds)
        form.addRow(self.tr("机构代码（档号用）"), self.unit)
        self.save_button = QPushButton(self.tr("保存支部信息"))
        self.save_button.setObjectName("primary")
        self.save_button.clicked.connect(self.save_now)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addStretch(1)
        form.addRow(row)
        self.outer.addWidget(card)
        database = ctx.store.engine.url.database or str(data_dir())
        where = QLabel(self.tr("数据保存在本机：{0}。程序不联网，记录不会上传。").format(database))
        where.setObjectName("hint")
        where.setWordWrap(True)
        self.outer.addWidget(where)
        self.outer.addStretch(1)

    def page_title(self) -> str:
        return self.tr("设置")

    def activate(self) -> None:
        b = self.ctx.store.branch()
        self.name.setText(b.name)
        self.short_name.setText(b.short_name)
        self.parent_org.setText(b.parent_org)
        self.fonds.setText(b.fonds_code)
        self.unit.setText(b.unit_code)

    def save_now(self) -> bool:
        if not self.name.text().strip():
            return True  # never loaded or emptied by mistake: keep what is stored
        b = self.ctx.store.branch()
        new = dataclasses.replace(b, name=self.name.text().strip(), short_name=self.short_name.text().strip(),
                                  parent_org=self.parent_org.text().strip(), fonds_code=self.fonds.text().strip(),
                                  unit_code=self.unit.text().strip() or "DZB")
        if new != b:
            self.ctx.writes.run(lambda store: store.update_branch(new), Changes(branch=True), initiator=self,
                                success=lambda _: self.ctx.saved.emit(self.tr("支部信息已保存")),
                                failure=lambda error: show_error(self, error))
        return True
