"""Importing the roster from Excel: preview of every mapped column, a column mapping the clerk can correct, every
row's problems, people already in the roster to skip or update (已在名册), then all rows or only the valid ones."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP
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
from models.roster.excel import action_of, save_rows
from models.roster.matching import NAME_ONLY, NAMESAKE, SAME, choices
from ui.context import AppContext
from ui.errors import show_error
from ui.fmt import cn_birth, cn_date
from ui.joiners import clauses, commas
from ui.operations import Changes
from ui.widgets.combo import ValueCombo
from ui.words import sentence, word_for

DATES = {"birth_date", "joined_on", "full_member_on", "entered_on", "left_on"}
BAD, ASK = QColor("#a3262a"), QColor("#8a5a00")
MATCH_NOTES = {SAME: QT_TRANSLATE_NOOP("ImportDialog", "已在名册（姓名、出生日期相同）"),
               NAME_ONLY: QT_TRANSLATE_NOOP("ImportDialog", "名册中已有“{0}”，出生日期未填：请确认是否同一人"),
               NAMESAKE: QT_TRANSLATE_NOOP("ImportDialog", "名册中另有一位“{0}”（出生日期不同）")}


class ImportDialog(QDialog):
    def __init__(self, parent: QWidget | None, ctx: AppContext, path: str) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.result_value: ImportResult | None = None
        self.sheet = read_sheet(path)
        self.results: list[RowResult] = []
        self.chosen: dict[int, str | None] = {}  # Excel row -> what the clerk chose for someone already there
        self.columns: list[str] = []  # the mapped fields shown in the preview
        self.setWindowTitle(self.tr("从 Excel 导入名册 — {0}").format(Path(path).name))
        self.resize(1240, 700)  # room for every mapped column and the notes
        self.mapping_boxes: dict[str, QComboBox] = {}
        mapping = guess_mapping(self.sheet.headers)
        box = QGroupBox(self.tr("列对应关系（程序已按列标题自动识别，如有不对请更正）"))
        grid = QGridLayout(box)
        for i, (field, title, _) in enumerate(FIELDS):
            combo = ValueCombo()
            combo.addItem(self.tr("（不导入）"), None)
            for col, header in enumerate(self.sheet.headers):
                combo.addItem(self.tr("{0}列：{1}").format(_column_letter(col), header or self.tr("（无标题）")), col)
            combo.setCurrentIndex(max(0, combo.findData(mapping.get(field))))
            combo.currentIndexChanged.connect(self.reparse)
            self.mapping_boxes[field] = combo
            grid.addWidget(QLabel(title), i // 3, (i % 3) * 2)
            grid.addWidget(combo, i // 3, (i % 3) * 2 + 1)
        self.table = QTableWidget(0, 0)
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
        mapping = self.mapping()
        self.columns = [f for f, _, _ in FIELDS if mapping.get(f) is not None]
        titles = {f: t for f, t, _ in FIELDS}
        self.table.clear()
        self.table.setColumnCount(len(self.columns) + 3)
        self.table.setHorizontalHeaderLabels([self.tr("行号"), *[self.tr(titles[f]) for f in self.columns],
                                              self.tr("处理"), self.tr("说明")])
        self.table.setRowCount(len(self.results))
        for row, r in enumerate(self.results):
            self._show_row(row, r)
        self._show_summary()

    def _show_row(self, row: int, r: RowResult, choice: bool = True) -> None:
        groups = {g.id: g.name for g in self.ctx.groups()}
        values = [str(r.row), *[_preview(f, r, groups) for f in self.columns]]
        action = self.table.columnCount() - 2
        color = BAD if r.errors else ASK if r.person is not None and action_of(r, self.chosen) is None else None
        for col, text in enumerate(values):
            self._item(row, col, text, color)
        if r.errors:
            self._item(row, action, self.tr("不导入"), BAD)
            self._item(row, action + 1, clauses(sentence(e) for e in r.errors), BAD)
        elif r.existing is not None:
            if choice:
                self.table.setCellWidget(row, action, self._choice_box(r))
            notes = [self.tr(MATCH_NOTES[r.match]).format(r.name), *map(sentence, r.notes)]
            self._item(row, action + 1, clauses(notes), color)
        else:
            self._item(row, action, self.tr("导入"), None)
            notes = [self.tr("可导入"), *map(sentence, r.notes)]
            self._item(row, action + 1, clauses(notes), ASK if r.notes else None)

    def _item(self, row: int, col: int, text: str, color: QColor | None) -> None:
        item = QTableWidgetItem(text)
        item.setToolTip(text)
        if color is not None:
            item.setForeground(color)
        self.table.setItem(row, col, item)

    def _choice_box(self, r: RowResult) -> QComboBox:
        box = ValueCombo()
        for value, label in choices(r.match):
            box.addItem(self.tr(label), value)
        box.setCurrentIndex(max(0, box.findData(action_of(r, self.chosen))))
        box.currentIndexChanged.connect(lambda _=0, r=r, box=box: self._choose(r, box.currentData()))
        return box

    def choice_box(self, excel_row: int) -> QComboBox:
        """The 处理 choice of the row with this Excel row number (for someone already in the roster)."""
        index = next(i for i, r in enumerate(self.results) if r.row == excel_row)
        return self.table.cellWidget(index, self.table.columnCount() - 2)  # type: ignore[return-value]

    def _choose(self, r: RowResult, value: str | None) -> None:
        self.chosen[r.row] = value
        self._show_row(self.results.index(r), r, choice=False)  # the box itself stays: it is the sender
        self._show_summary()

    def _show_summary(self) -> None:
        bad = sum(1 for r in self.results if r.errors)
        good = [r for r in self.results if r.person is not None]
        actions = [action_of(r, self.chosen) for r in good]
        open_ = actions.count(None)
        known = sum(1 for r in good if r.existing is not None and action_of(r, self.chosen) in ("skip", "update"))
        saving = sum(1 for a in actions if a in ("add", "update"))
        parts = []
        if not self.results:
            parts.append(self.tr("表格中没有可导入的行。"))
        else:
            parts.append(self.tr("共 %n 行：", "", len(self.results)))
            found = [self.tr("%n 行可导入", "", len(good) - open_ - known)]
            if known:
                found.append(self.tr("{0} 人已在名册").format(known))
            if open_:
                found.append(self.tr("%n 行待确认是否同一人（棕色，在“处理”列中选择）", "", open_))
            if bad:
                found.append(self.tr("%n 行有问题（红色），可在 Excel 中改正后重新导入，或只导入无误的行", "", bad))
            parts.append(self.tr("{0}。").format(commas(found)))
        if self.sheet.footer:
            parts.append(self.tr("表格末尾的 {0} 行是表尾（{1}），不是人员，不导入。").format(
                len(self.sheet.footer), _short(self.sheet.footer[0])))
        self.summary.setText("".join(parts))
        self.import_all.setText(self.tr("全部导入（%n 人）", "", saving))
        self.import_all.setEnabled(saving > 0 and bad == 0 and open_ == 0)
        self.import_valid.setText(self.tr("只导入无误的 {0} 行").format(saving))
        self.import_valid.setVisible(bad > 0 or open_ > 0)
        self.import_valid.setEnabled(saving > 0)

    def _import(self, skip_invalid: bool) -> None:
        """Written in the background (one transaction: all rows or none); the dialog waits, then closes."""
        results, chosen = self.results, dict(self.chosen)

        def done(result: ImportResult) -> None:
            self.result_value = result
            self.accept()

        def failed(error: Exception) -> None:  # told to the clerk; nothing was imported
            self.setEnabled(True)
            show_error(self, error)

        auto = self.ctx.auto_backup
        backup_first = auto.before_change("before-import") if auto is not None else (lambda: None)

        def write(store):  # type: ignore[no-untyped-def]
            backup_first()  # a verified backup of the roster as it was, in the same write, before any row
            return save_rows(store, results, skip_invalid, chosen)

        self.setEnabled(False)
        self.ctx.writes.run(write, Changes(roster=True), initiator=self, success=done, failure=failed)

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


def _preview(field: str, r: RowResult, groups: dict[str, str]) -> str:
    """A mapped cell as it will be stored: dates as 2025年3月12日, the kind and group by name; as written when the
    row cannot be read."""
    p = r.person
    if p is None:
        return r.texts.get(field, "")
    value = getattr(p, field)
    if field == "birth_date":
        return cn_birth(p)
    if field in DATES:
        return cn_date(value)
    if field == "kind":
        return word_for(PERSON_KINDS, p.kind)
    if field == "group":
        return groups.get(p.group or "", r.group_name or "")
    return "" if value is None else str(value)


def _short(text: str, width: int = 24) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"
