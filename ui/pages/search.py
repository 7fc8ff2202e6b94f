"""Search results: people, meetings and talks that mention the words (two-character names included)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QWidget

from models.services import SearchHit
from ui.context import AppContext
from ui.fmt import cn_date
from ui.pages.base import Page
from ui.words import sentence

KIND_NAMES = {"person": QT_TRANSLATE_NOOP("SearchPage", "人员"), "meeting": QT_TRANSLATE_NOOP("SearchPage", "会议记录"),
              "talk": QT_TRANSLATE_NOOP("SearchPage", "谈心谈话")}


class SearchPage(Page):
    key = "search"

    def __init__(self, ctx: AppContext, window: QWidget) -> None:
        super().__init__(ctx)
        self.window_ = window
        self.hits: list[SearchHit] = []
        self.status = QLabel()
        self.status.setObjectName("hint")
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("类别"), self.tr("日期"), self.tr("标题"), self.tr("内容")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self._open)
        self.table.activated.connect(self._open)
        self.outer.addWidget(self.status)
        self.outer.addWidget(self.table, 1)
        self._pending = ""

    def page_title(self) -> str:
        return self.tr("搜索结果")

    def activate(self) -> None:
        """The results again, from the database as it is now (after a restore)."""
        if self._pending:
            self.search(self._pending)

    def search(self, text: str) -> None:
        """Search in the background (over many years it can take a moment); results come back here."""
        self._pending = text
        self.status.setText(self.tr("正在搜索“{0}”…").format(text))
        self.ctx.jobs.run(lambda: self.ctx.store.search(text), lambda hits, t=text: self._show(t, hits))

    def _show(self, text: str, hits: list[SearchHit]) -> None:
        if text != self._pending:
            return  # a newer search is under way
        self.hits = hits
        if hits:
            self.status.setText(self.tr("“{0}”：找到 %n 条，双击打开。", "", len(hits)).format(text))
        else:
            self.status.setText(self.tr("没有找到包含“{0}”的记录。").format(text))
        self.table.setRowCount(len(hits))
        for row, hit in enumerate(hits):
            values = (self.tr(KIND_NAMES.get(hit.kind, hit.kind)), cn_date(hit.date), sentence(hit.title),
                      sentence(hit.context))
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, row)
                self.table.setItem(row, col, item)

    def _open(self, index) -> None:
        """The record, with “← 返回搜索结果” back to this page as it is (the words, the list, the row chosen)."""
        hit = self.hits[index.row()]
        self.window_.open_search_hit(hit.kind, hit.id)
