"""导入报送文件: the 党委 imports the hand-ins (本年度报送文件) of its branches, several at once.

The clerk chooses the files; the dialog reads them off the UI thread and says per file which branch it goes to and
what happens (新支部 / 追加 / 替换 2025 年度, or why it is refused); a file matched by full name only may go to a new
branch instead; replacements and matches by name need a tick; then the import runs off the UI thread with
progress (a verified backup first, one transaction per file) and the result is said file by file.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QProgressBar,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Engine

from models.handin.apply import HandInResult
from models.handin.commands import plan_files, run_hand_ins
from models.handin.plan import REFUSED, REPLACE, HandInPlan
from models.services import Store
from ui.jobs import Jobs

translate = QCoreApplication.translate


def choose_files(parent: QWidget | None) -> list[str]:
    """The files the clerk picks (tests replace this)."""
    files, _ = QFileDialog.getOpenFileNames(
        parent, translate("HandIn", "选择党支部的报送文件"), "",
        translate("HandIn", "报送文件 (*.json);;所有文件 (*)"))
    return files


def import_hand_ins(parent: QWidget | None, store_or_engine: Store | Engine,
                    on_done: Callable[[list[HandInResult]], None]) -> HandInDialog | None:
    """The 党委 page's 导入报送文件: choose files, then the dialog; `on_done(results)` after an import."""
    files = choose_files(parent)
    if not files:
        return None
    store = store_or_engine if isinstance(store_or_engine, Store) else Store(store_or_engine)
    dialog = HandInDialog(parent, store, files, on_done)
    dialog.show()
    return dialog


class HandInDialog(QDialog):
    COLUMNS = 4  # 文件, 党支部, 导入方式, 说明

    def __init__(self, parent: QWidget | None, store: Store, files: list[str],
                 on_done: Callable[[list[HandInResult]], None]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("导入报送文件"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(900, 420)
        self.store, self.on_done = store, on_done
        self.plans: list[HandInPlan] = []
        self.choices: dict[int, QComboBox] = {}
        self.results: list[HandInResult] | None = None
        self.jobs = Jobs(self)
        layout = QVBoxLayout(self)
        self.status = QLabel(self.tr("正在读取 %n 个文件……", "", len(files)))
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setHorizontalHeaderLabels([self.tr("文件"), self.tr("党支部"), self.tr("导入方式"), self.tr("说明")])
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        layout.addWidget(self.table)
        self.confirm = QCheckBox(self.tr("我已核对：替换已有年度的记录，按全称对应的党支部是同一个党支部"))
        self.confirm.hide()
        self.confirm.toggled.connect(self._update_buttons)
        layout.addWidget(self.confirm)
        self.progress = QProgressBar()
        self.progress.hide()
        layout.addWidget(self.progress)
        self.buttons = QDialogButtonBox()
        self.start = self.buttons.addButton(self.tr("导入"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = self.buttons.addButton(self.tr("关闭"), QDialogButtonBox.ButtonRole.RejectRole)
        self.start.setEnabled(False)
        self.start.clicked.connect(self._run)
        self.close_button.clicked.connect(self.close)
        layout.addWidget(self.buttons)
        self.jobs.run(lambda: plan_files(store, files), self._planned, self._failed)

    # --- the plan ---------------------------------------------------------------------------------------

    def _planned(self, plans: list[HandInPlan]) -> None:
        self.plans = plans
        self.table.setRowCount(len(plans))
        for row, plan in enumerate(plans):
            self._show_plan(row, plan)
        for column in range(self.COLUMNS - 1):  # 说明 takes the rest, wrapped
            self.table.resizeColumnToContents(column)
        self.table.resizeRowsToContents()
        usable = [p for p in plans if p.action != REFUSED]
        self.confirm.setVisible(any(p.needs_confirmation for p in usable))
        self.status.setText(self.tr("共 %n 个文件，请核对每个文件导入到哪个党支部、将做什么，然后点“导入”。", "",
                                    len(plans)) if usable else self.tr("没有可以导入的文件。"))
        self._update_buttons()

    def _show_plan(self, row: int, plan: HandInPlan) -> None:
        self.table.setItem(row, 0, QTableWidgetItem(plan.hand_in.name))
        self.table.setItem(row, 1, QTableWidgetItem(plan.branch_name or self.tr("（未知党支部）")))
        if plan.by_name and plan.action != REFUSED:
            choice = QComboBox()
            choice.addItems([self._action_text(plan), self.tr("新支部")])
            choice.currentIndexChanged.connect(self._update_buttons)
            self.choices[row] = choice
            self.table.setCellWidget(row, 2, choice)
        else:
            self.table.setItem(row, 2, QTableWidgetItem(self._action_text(plan)))
        explained = QTableWidgetItem(self._explain(plan))
        explained.setToolTip(explained.text())
        self.table.setItem(row, 3, explained)

    def _action_text(self, plan: HandInPlan) -> str:
        year = str(plan.year)
        if plan.action == "new":
            return self.tr("新支部")
        if plan.action == REFUSED:
            return self.tr("不导入")
        if plan.action == REPLACE:
            return self.tr("替换 %1 年度").replace("%1", year)
        return self.tr("追加 %1 年度").replace("%1", year) if plan.year else self.tr("追加（只合并人员）")

    def _explain(self, plan: HandInPlan) -> str:
        if plan.action == REFUSED:
            return plan.problem
        counts = plan.file_counts
        said = self.tr("人员 %1，会议 %2，谈心谈话 %3，整改 %4，民主评议 %5").replace("%1", str(counts["members"])) \
            .replace("%2", str(counts["meetings"])).replace("%3", str(counts["talks"])) \
            .replace("%4", str(counts["rectifications"])).replace("%5", str(counts["evaluations"]))
        if plan.action == REPLACE:
            said += self.tr("；数据库中该年度的会议 %1、谈心谈话 %2 等将被替换").replace(
                "%1", str(plan.replaced.get("meetings", 0))).replace("%2", str(plan.replaced.get("talks", 0)))
        return "；".join([said, *plan.notes])

    def _as_new(self) -> frozenset[int]:
        return frozenset(row for row, choice in self.choices.items() if choice.currentIndex() == 1)

    def _needs_tick(self) -> bool:
        as_new = self._as_new()
        return any(p.action == REPLACE or (p.by_name and i not in as_new)
                   for i, p in enumerate(self.plans) if p.action != REFUSED)

    def _update_buttons(self, *_: Any) -> None:
        ready = self.results is None and any(p.action != REFUSED for p in self.plans)
        self.start.setEnabled(ready and (self.confirm.isChecked() or not self._needs_tick()))

    # --- the import -------------------------------------------------------------------------------------

    def _run(self) -> None:
        self.start.setEnabled(False)
        self.confirm.setEnabled(False)
        for choice in self.choices.values():
            choice.setEnabled(False)
        self.progress.setRange(0, len(self.plans))
        self.progress.setValue(0)
        self.progress.show()
        self.status.setText(self.tr("正在备份数据库并导入，请稍候……"))
        plans, confirmed, as_new, store = self.plans, self.confirm.isChecked(), self._as_new(), self.store

        def work(progress) -> list[HandInResult]:
            return run_hand_ins(store, plans, confirmed,
                                lambda i, r: progress(i + 1, len(plans), r.message), as_new)

        self.jobs.run_with_progress(work, self._progressed, self._imported, self._failed)

    def _progressed(self, done: int, total: int, text: str) -> None:
        self.progress.setValue(done)
        self.status.setText(text)

    def _imported(self, results: list[HandInResult]) -> None:
        self.results = results
        self.progress.hide()
        ok = sum(r.done for r in results)
        head = self.tr("已导入 %1 个文件，%2 个未导入：").replace("%1", str(ok)).replace("%2", str(len(results) - ok))
        self.status.setText("\n".join([head, *(r.message for r in results)]))
        for row, result in enumerate(results):
            item = QTableWidgetItem(self.tr("已导入") if result.done else self.tr("未导入"))
            self.table.removeCellWidget(row, 2)
            self.table.setItem(row, 2, item)
        self._update_buttons()
        self.on_done(results)

    def _failed(self, error: Exception) -> None:
        """What the clerk can fix (a backup that cannot be written, the server gone) in the dialog's words; a bug
        also to the crash dialog."""
        from ui.errors import show_error, user_errors, user_message

        self.progress.hide()
        fixable = isinstance(error, user_errors())
        said = self.tr("导入未完成：%1\n已导入的文件不受影响，未导入的文件什么也没有写入。")
        self.status.setText(said.replace("%1", user_message(error) if fixable else str(error)))
        self.results = []
        self._update_buttons()
        if not fixable:
            show_error(self, error)  # a bug: the crash dialog with its details
