"""选举: one ballot of one office — seats, candidates and 另选他人 with their votes, the ballots, 监票人 and 计票人 —
judged live by the rules (models.rules.elections) as the counts are typed."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from models.domain import ELECTION_OFFICES, Candidate, Election, Meeting, Person
from models.rules import Roster
from models.rules.elections import election_problems, election_result
from ui.joiners import clauses
from ui.widgets.buttons import ok_cancel
from ui.widgets.combo import ValueCombo
from ui.widgets.person_picker import PersonPicker
from ui.words import sentence, word_for

COLUMNS = (QT_TRANSLATE_NOOP("ElectionDialog", "姓名"), QT_TRANSLATE_NOOP("ElectionDialog", "赞成"),
           QT_TRANSLATE_NOOP("ElectionDialog", "不赞成"), QT_TRANSLATE_NOOP("ElectionDialog", "弃权"),
           QT_TRANSLATE_NOOP("ElectionDialog", "另选他人"))


def _count(limit: int = 9999) -> QSpinBox:
    box = QSpinBox()
    box.setRange(0, limit)
    return box


class ElectionDialog(QDialog):
    def __init__(self, parent: QWidget | None, roster: Roster, meeting: Meeting, election: Election | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("选举：选票和计票结果"))
        self.roster, self.meeting = roster, meeting
        self.people: list[Person] = [p for p in roster.data.members if p.kind == "member"]
        self.office = ValueCombo()
        for code in ELECTION_OFFICES:
            self.office.addItem(word_for(ELECTION_OFFICES, code), code)
        self.seats, self.round = _count(99), _count(9)
        self.seats.setValue(1)
        self.round.setRange(1, 9)
        self.issued, self.returned, self.invalid = _count(), _count(), _count()
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.add_button, self.remove_button = QPushButton(self.tr("添加候选人")), QPushButton(self.tr("删除所选"))
        self.add_button.clicked.connect(lambda: self.add_candidate(None))
        self.remove_button.clicked.connect(self._remove)
        self.scrutineers = [PersonPicker(self.people, allow_free=False) for _ in range(3)]
        self.tellers = [PersonPicker(self.people, allow_free=False) for _ in range(3)]
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        self._layout()
        if election is not None:
            self._fill(election)
        for box in (self.seats, self.round, self.issued, self.returned, self.invalid):
            box.valueChanged.connect(self.update_verdict)
        self.office.currentIndexChanged.connect(self.update_verdict)
        self.update_verdict()
        self.resize(760, 620)

    def _layout(self) -> None:
        head = QFormLayout()
        head.addRow(self.tr("选举"), self.office)
        head.addRow(self.tr("应选人数"), self.seats)
        head.addRow(self.tr("第几轮"), self.round)
        ballots = QHBoxLayout()
        for label, box in ((self.tr("发出选票"), self.issued), (self.tr("收回"), self.returned),
                           (self.tr("其中无效"), self.invalid)):
            ballots.addWidget(QLabel(label))
            ballots.addWidget(box)
        ballots.addStretch(1)
        head.addRow(self.tr("选票"), ballots)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        officials = QFormLayout()
        for label, pickers in ((self.tr("监票人"), self.scrutineers), (self.tr("计票人"), self.tellers)):
            row = QHBoxLayout()
            for picker in pickers:
                row.addWidget(picker)
            officials.addRow(label, row)
        hint = QLabel(self.tr("委员选举实行差额选举，候选人应多于应选人数的 20%；书记、副书记可以等额选举。"
                              "赞成票超过应到会有选举权党员的一半才能当选。每张有效选票对每位候选人只计一次。"))
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addLayout(officials)
        layout.addWidget(hint)
        layout.addWidget(self.verdict)
        layout.addWidget(ok_cancel(self))

    def add_candidate(self, candidate: Candidate | None) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        picker = PersonPicker(self.people, allow_free=False)
        if candidate is not None:
            picker.set_member(candidate.member)
        picker.currentIndexChanged.connect(self.update_verdict)
        self.table.setCellWidget(row, 0, picker)
        for col, value in enumerate((candidate.yes, candidate.against, candidate.abstain) if candidate else (0, 0, 0),
                                    1):
            box = _count()
            box.setValue(value)
            box.valueChanged.connect(self.update_verdict)
            self.table.setCellWidget(row, col, box)
        write_in = QCheckBox()
        write_in.setChecked(bool(candidate and candidate.write_in))
        write_in.toggled.connect(self.update_verdict)
        holder = QWidget()
        inner = QHBoxLayout(holder)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(write_in, alignment=Qt.AlignmentFlag.AlignCenter)
        self.table.setCellWidget(row, 4, holder)
        self.update_verdict()

    def _remove(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self.update_verdict()

    def _fill(self, e: Election) -> None:
        self.office.setCurrentIndex(max(0, self.office.findData(e.office)))
        self.seats.setValue(e.seats)
        self.round.setValue(e.round)
        self.issued.setValue(e.ballots_issued)
        self.returned.setValue(e.ballots_returned)
        self.invalid.setValue(e.ballots_invalid)
        for c in e.candidates:
            self.add_candidate(c)
        for pickers, members in ((self.scrutineers, e.scrutineers), (self.tellers, e.tellers)):
            for picker, member in zip(pickers, members, strict=False):
                picker.set_member(member)

    def election(self) -> Election:
        candidates = []
        for row in range(self.table.rowCount()):
            member = self.table.cellWidget(row, 0).member()  # type: ignore[attr-defined]
            if member is None:
                continue
            yes, against, abstain = (self.table.cellWidget(row, col).value() for col in (1, 2, 3))  # type: ignore
            write_in = self.table.cellWidget(row, 4).findChild(QCheckBox).isChecked()
            candidates.append(Candidate(member, yes, against, abstain, write_in))
        officials = [tuple(m for p in pickers if (m := p.member()) is not None)
                     for pickers in (self.scrutineers, self.tellers)]
        return Election(self.office.currentData(), self.seats.value(), tuple(candidates), self.issued.value(),
                        self.returned.value(), self.invalid.value(), officials[0], officials[1], self.round.value())

    def update_verdict(self) -> None:
        election = self.election()
        problems = election_problems(election, self.roster)
        result = election_result(self.roster, self.meeting, election)
        text = clauses(sentence(said) for said in [*problems, result.message])
        self.verdict.setText(text)
        self.verdict.setObjectName("verdictOk" if result.valid and not problems else "verdictBad")
        self.verdict.style().unpolish(self.verdict)
        self.verdict.style().polish(self.verdict)

    @classmethod
    def ask(cls, parent: QWidget | None, roster: Roster, meeting: Meeting,
            election: Election | None) -> Election | None:
        dialog = cls(parent, roster, meeting, election)
        return dialog.election() if dialog.exec() == QDialog.DialogCode.Accepted else None
