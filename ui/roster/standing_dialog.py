"""不计入应到 and 留党察看 of one member: the periods the rules leave them out of 应到 (with the superior body's
approval) or out of the voters (留党察看: no vote, no election rights)."""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models.domain import EXCLUSION_REASONS, Exclusion, PartyProbation, Person
from ui.fmt import cn_date
from ui.joiners import labelled
from ui.widgets.buttons import ok_cancel
from ui.widgets.combo import ValueCombo, add_codes, chosen_code
from ui.widgets.date_field import DateField, dates_valid
from ui.words import label

OTHER = "其他"  # the reason whose words the clerk writes out
translate = QCoreApplication.translate


class Period(NamedTuple):
    start: date
    end: date | None
    reason: str = ""
    approval: str = ""


def _period(start, end) -> str:
    return translate("StandingDialog", "{0}—{1}").format(
        cn_date(start), cn_date(end) if end else translate("StandingDialog", "至今"))


def exclusion_words(x: Exclusion) -> str:
    approval = translate("StandingDialog", "；批准：{0}").format(x.approval) if x.approval else ""
    return labelled(_period(x.start, x.end), label(x.reason) + approval)


def probation_words(p: PartyProbation) -> str:
    return labelled(_period(p.start, p.end), translate("StandingDialog", "留党察看"))


class PeriodDialog(QDialog):
    """A period (from, to or open) and, for an exclusion, its reason and approval."""

    def __init__(self, parent: QWidget | None, title: str, with_reason: bool) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.start = DateField(optional=False)
        self.end = DateField()
        self.reason = ValueCombo()
        add_codes(self.reason, EXCLUSION_REASONS)
        self.other = QLineEdit()
        self.other.setPlaceholderText(self.tr("写明原因"))
        self.approval = QLineEdit()
        self.approval.setPlaceholderText(self.tr("例如：机关党委 2025年6月1日批复"))
        self.error = QLabel()
        self.error.setObjectName("verdictBad")
        form = QFormLayout(self)
        if with_reason:
            form.addRow(self.tr("原因"), self.reason)
            form.addRow("", self.other)
        form.addRow(self.tr("自"), self.start)
        form.addRow(self.tr("至（空着表示至今）"), self.end)
        if with_reason:
            form.addRow(self.tr("批准"), self.approval)
        form.addRow(self.error)
        form.addRow(ok_cancel(self))
        self.reason.currentIndexChanged.connect(lambda: self.other.setVisible(self._other_chosen()))
        self.other.setVisible(False)

    def _other_chosen(self) -> bool:
        return chosen_code(self.reason) == OTHER

    def reason_text(self) -> str:
        """The reason stored: the code of the one chosen, or the words written out for 其他."""
        return self.other.text().strip() if self._other_chosen() else chosen_code(self.reason)

    def accept(self) -> None:
        if not dates_valid(self):
            return
        start, end = self.start.value(), self.end.value()
        if start is not None and end is not None and end < start:
            self.error.setText(self.tr("结束日期不能早于开始日期"))
            return
        if self._other_chosen() and not self.other.text().strip():
            self.error.setText(self.tr("请写明原因"))
            return
        super().accept()

    def period(self) -> Period:
        start = self.start.value()
        assert start is not None  # not optional, and checked
        return Period(start, self.end.value(), self.reason_text(), self.approval.text().strip())

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, with_reason: bool) -> Period | None:
        dialog = cls(parent, title, with_reason)
        return dialog.period() if dialog.exec() == QDialog.DialogCode.Accepted else None


class StandingDialog(QDialog):
    def __init__(self, parent: QWidget | None, person: Person, exclusions: list[Exclusion],
                 probations: list[PartyProbation]) -> None:
        super().__init__(parent)
        self.person = person
        self.setWindowTitle(self.tr("{0}：不计入应到人数和留党察看").format(person.name))
        self.exclusions = sorted(exclusions, key=lambda x: x.start)
        self.probations = sorted(probations, key=lambda p: p.start)
        self.exclusion_list, self.probation_list = QListWidget(), QListWidget()
        layout = QVBoxLayout(self)
        layout.addWidget(self._box(
            self.tr("不计入应到会人数（经上级党组织批准）"), self.exclusion_list, self._add_exclusion,
            lambda: self._remove(self.exclusion_list, self.exclusions),
            self.tr("患病不能参加、出国出境半年以上、外出半年以上未转组织关系、正在服刑等，经上级党组织批准，"
                    "期间不计入应到会人数和表决的应到人数；会议记录写明未计入的人员和原因。")))
        layout.addWidget(self._box(
            self.tr("留党察看"), self.probation_list, self._add_probation,
            lambda: self._remove(self.probation_list, self.probations),
            self.tr("留党察看期间参加组织生活，但没有表决权、选举权和被选举权，不计入有表决权的党员。")))
        layout.addWidget(ok_cancel(self))
        self._show()

    def _box(self, title: str, items: QListWidget, add, remove, hint: str) -> QGroupBox:
        box = QGroupBox(title)
        note = QLabel(hint)
        note.setObjectName("hint")
        note.setWordWrap(True)
        items.setMaximumHeight(90)
        add_button, remove_button = QPushButton(self.tr("添加…")), QPushButton(self.tr("删除所选"))
        add_button.clicked.connect(add)
        remove_button.clicked.connect(remove)
        buttons = QHBoxLayout()
        buttons.addWidget(add_button)
        buttons.addWidget(remove_button)
        buttons.addStretch(1)
        inner = QVBoxLayout(box)
        inner.addWidget(note)
        inner.addWidget(items)
        inner.addLayout(buttons)
        return box

    def _show(self) -> None:
        self.exclusion_list.clear()
        self.exclusion_list.addItems([exclusion_words(x) for x in self.exclusions])
        self.probation_list.clear()
        self.probation_list.addItems([probation_words(p) for p in self.probations])

    def _add_exclusion(self) -> None:
        period = PeriodDialog.ask(self, self.tr("不计入应到会人数"), with_reason=True)
        if period is not None:
            self.exclusions.append(Exclusion(self.person.id, period.reason, period.start, period.end,
                                             period.approval))
            self.exclusions.sort(key=lambda x: x.start)
            self._show()

    def _add_probation(self) -> None:
        period = PeriodDialog.ask(self, self.tr("留党察看"), with_reason=False)
        if period is not None:
            self.probations.append(PartyProbation(self.person.id, period.start, period.end))
            self.probations.sort(key=lambda p: p.start)
            self._show()

    def _remove(self, items: QListWidget, values: list) -> None:
        row = items.currentRow()
        if 0 <= row < len(values):
            del values[row]
            self._show()

    @classmethod
    def ask(cls, parent: QWidget | None, person: Person, exclusions: list[Exclusion],
            probations: list[PartyProbation]) -> tuple[list[Exclusion], list[PartyProbation]] | None:
        dialog = cls(parent, person, exclusions, probations)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.exclusions, dialog.probations
