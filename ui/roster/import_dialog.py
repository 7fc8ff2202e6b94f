"""Importing the roster from Excel: preview, a column mapping the clerk can correct, every row's problems,
then all rows or only the valid ones — as the clerk chooses."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.domain import PERSON_KINDS
from models.roster import FIELDS, ImportResult, RosterFileError, RowResult, guess_mapping, parse_sheet, read_sheet
from models.roster.excel import save_rows
from ui.context import AppContext
from ui.errors import show_error
from ui.fmt import cn_date
from ui.operations import Changes
from ui.widgets.combo import ValueCombo

PREVIEW = (("姓名", "name"), ("类别", "kind"), ("入党日期", "joined_on"), ("转正日期", "full_member_on"),
           ("党小组", "group"), ("联系电话", "phone"))


class ImportDialog(QDialog):
    def __init__(self, parent: QWidget | None, ctx: AppContext, path: str) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.result_value: ImportResult | None = None
        self.sheet = read_sheet(path)
        self.results: list[RowResult] = []
        self.setWindowTitle(self.tr("从 Excel 导入名册 — {0}").format(Path(path).name))
        self.resize(1000, 680)
        self.mapping_boxes: dict[str, QComboBox] = {}
        mapping = guess_mapping(self.sheet.headers)
        box = QGroupBox(self.tr("列对应关系（程序已按列标题自动识别，如有不对请更正）"))
        grid = QGridLayout(box)
        for i, (field, title, _) in enumerate(FIELDS):
            combo = ValueCombo()
            combo.addItem(self.tr("（不导入）"), None)
            for col, header in enumerate(self.sheet.headers):
                combo.addItem(f"{_column_letter(col)}列：{header or '（无标题）'}", col)
            combo.setCurrentIndex(max(0, combo.findData(mapping.get(field))))
            combo.currentIndexChanged.connect(self.reparse)
            self.mapping_boxes[field] = combo
            grid.addWidget(QLabel(title), i // 3, (i % 3) * 2)
            grid.addWidget(combo, i // 3, (i % 3) * 2 + 1)
        self.table = QTableWidget(0, len(PREVIEW) + 2)
        self.table.setHorizontalHeaderLabels([self.tr("行号"), *[self.tr(t) for t, _ in PREVIEW], self.tr("问题")])
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.import_all = QPushButton()
        self.import_all.setObjectName("primary")
        self.import_valid = QPushButton()
        cancel = QPushButton(self.tr("取消"))
        self.import_all.clicked.connect(lambda: self._import(False))
        self.import_valid.clicked.connect(lambda: self._import(True))
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.import_valid)
        buttons.addWidget(self.import_all)
        layout = QVBoxLayout(self)
        layout.addWidget(box)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.reparse()

    def mapping(self) -> dict[str, int | None]:
        return {field: combo.currentData() for field, combo in self.mapping_boxes.items()}

    def reparse(self) -> None:
        mapping = self.mapping()
        if mapping.get("name") is None:
            self.results = []
            self._show()
            self.summary.setText(self.tr("请指定哪一列是“姓名”。"))
            return
        self.results = parse_sheet(self.sheet, mapping, self.ctx.people(), self.ctx.groups())
        self._show()

    def _show(self) -> None:
        groups = {g.id: g.name for g in self.ctx.groups()}
        self.table.setRowCount(len(self.results))
        for row, r in enumerate(self.results):
            values = [str(r.row)]
            if r.person is not None:
                p = r.person
                values += [p.name, PERSON_KINDS.get(p.kind, p.kind), cn_date(p.joined_on), cn_date(p.full_member_on),
                           groups.get(p.group or "", r.group_name or ""), p.phone or ""]
            else:
                values += [r.name] + [""] * (len(PREVIEW) - 1)
            values.append("；".join(r.errors) if r.errors else self.tr("可导入"))
            for col, text in enumerate(values):
                item = QTableWidgetItem(text)
                if r.errors:
                    item.setForeground(QColor("#a3262a"))
                self.table.setItem(row, col, item)
        bad = sum(1 for r in self.results if r.errors)
        good = len(self.results) - bad
        if not self.results:
            self.summary.setText(self.tr("表格中没有可导入的行。"))
        elif bad:
            self.summary.setText(self.tr("共 {0} 行：{1} 行可导入，{2} 行有问题（红色）。可在 Excel 中改正后重新导入，"
                                         "或只导入无误的行。").format(len(self.results), good, bad))
        else:
            self.summary.setText(self.tr("共 {0} 行，全部可以导入。").format(len(self.results)))
        self.import_all.setText(self.tr("全部导入（{0} 人）").format(len(self.results)))
        self.import_all.setEnabled(bool(self.results) and bad == 0)
        self.import_valid.setText(self.tr("只导入无误的 {0} 行").format(good))
        self.import_valid.setVisible(bad > 0)
        self.import_valid.setEnabled(good > 0)

    def _import(self, skip_invalid: bool) -> None:
        """Written in the background (one transaction: all rows or none); the dialog waits, then closes."""
        results = self.results

        def done(result: ImportResult) -> None:
            self.result_value = result
            self.accept()

        def failed(error: Exception) -> None:  # told to the clerk; nothing was imported
            self.setEnabled(True)
            show_error(self, error)

        self.setEnabled(False)
        self.ctx.writes.run(lambda store: save_rows(store, results, skip_invalid), Changes(roster=True),
                            initiator=self, success=done, failure=failed)

    @classmethod
    def ask(cls, parent: QWidget | None, ctx: AppContext, path: str) -> ImportResult | None:
        try:
            dialog = cls(parent, ctx, path)
        except RosterFileError as error:
            show_error(parent, error)
            return None
        return dialog.result_value if dialog.exec() == QDialog.DialogCode.Accepted else None


def _column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters
