"""出席情况: one row per expected person, status and reason, “all present” in one click, live counts."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.domain import ATTENDANCE_STATUSES, PRESENT_STATUSES, Attendance, Meeting
from models.rules import committee_attendance, expected_attendees, meeting_voters, standing
from models.rules.votes import voting_quorum
from models.vocabulary import ATTENDANCE_REASONS
from ui.context import AppContext
from ui.joiners import items
from ui.meetings.section import Section
from ui.widgets.combo import ValueCombo, add_codes, chosen_code, select_code
from ui.widgets.person_picker import PersonPicker
from ui.words import label, sentence


class AttendanceSection(Section):
    counts_changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.members: list[str] = []
        self.meeting: Meeting | None = None
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("姓名"), self.tr("身份"), self.tr("出席情况"),
                                              self.tr("原因（请假、缺席时填写）")])
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.counts = QLabel()
        self.counts.setStyleSheet("font-size:14px;")
        self.quorum_note = QLabel()  # 支委会: the committee present; 支部党员大会: the voters present
        self.quorum_note.setWordWrap(True)
        self.all_present = QPushButton(self.tr("全部出席"))
        self.all_present.setObjectName("primary")
        self.all_present.clicked.connect(self.mark_all_present)
        self.refill = QPushButton(self.tr("按名册重新生成应到名单"))
        self.refill.clicked.connect(self.fill_from_roster)
        self.add_picker = PersonPicker(ctx.people(), allow_free=False)
        add = QPushButton(self.tr("加入"))
        add.clicked.connect(self._add_person)
        remove = QPushButton(self.tr("移出所选"))
        remove.clicked.connect(self._remove_selected)
        top = QHBoxLayout()
        top.addWidget(self.all_present)
        top.addWidget(self.counts, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.refill)
        bottom.addStretch(1)
        bottom.addWidget(QLabel(self.tr("加入人员")))
        bottom.addWidget(self.add_picker)
        bottom.addWidget(add)
        bottom.addWidget(remove)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.quorum_note)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

    # --- rows ---------------------------------------------------------------------------------------------
    def show_meeting(self, m: Meeting) -> None:
        self.meeting = m
        self.table.setRowCount(0)
        self.members = []
        for a in m.attendance:
            self._append(a)
        self._update_counts()

    def _append(self, a: Attendance) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.members.append(a.member)
        person = self.ctx.roster().person(a.member)
        day = self.meeting.date if self.meeting else None
        role = ""
        if person is not None and day is not None:
            held = standing(person, day)
            role = label(held) if held else ""
            roles = self.ctx.roster().roles_on(a.member, day)
            if roles and self.meeting is not None and self.meeting.type == "committee_meeting":
                role = items(label(r) for r in roles)
        self.table.setItem(row, 0, QTableWidgetItem(self.ctx.name(a.member)))
        self.table.setItem(row, 1, QTableWidgetItem(role))
        status = ValueCombo()
        for code, name in ATTENDANCE_STATUSES.items():
            status.addItem(label(name), code)
        status.setCurrentIndex(max(0, status.findData(a.status)))
        reason = ValueCombo()
        reason.setEditable(True)
        add_codes(reason, ("", *ATTENDANCE_REASONS))
        select_code(reason, a.reason or "")
        status.currentIndexChanged.connect(self._row_changed)
        reason.currentTextChanged.connect(self.touched)
        self.table.setCellWidget(row, 2, status)
        self.table.setCellWidget(row, 3, reason)

    def status_box(self, row: int) -> QComboBox:
        return self.table.cellWidget(row, 2)  # type: ignore[return-value]

    def reason_box(self, row: int) -> QComboBox:
        return self.table.cellWidget(row, 3)  # type: ignore[return-value]

    def row_of(self, name: str) -> int:
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).text() == name:
                return row
        raise KeyError(name)

    def _row_changed(self) -> None:
        self._update_counts()
        self.touched()

    def mark_all_present(self) -> None:
        for row in range(self.table.rowCount()):
            box = self.status_box(row)
            box.blockSignals(True)
            box.setCurrentIndex(box.findData("present"))
            box.blockSignals(False)
            self.reason_box(row).setEditText("")
        self._update_counts()
        self.touched()

    def fill_from_roster(self) -> None:
        if self.meeting is None:
            return
        m = self.apply(self.meeting)
        ids = expected_attendees(self.ctx.roster(), m.type, m.date, m.group)
        kept = {a.member: a for a in m.attendance}
        self.show_meeting(dataclasses.replace(m, attendance=tuple(kept.get(i, Attendance(i, "present"))
                                                                  for i in ids)))
        self.touched()

    def _add_person(self) -> None:
        member = self.add_picker.member()
        if member is None or member in self.members:
            return
        self._append(Attendance(member, "present"))
        self.add_picker.set_member(None)
        self._update_counts()
        self.touched()

    def _remove_selected(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            del self.members[row]
            self._update_counts()
            self.touched()

    # --- values -------------------------------------------------------------------------------------------
    def attendance(self) -> tuple[Attendance, ...]:
        out = []
        for row, member in enumerate(self.members):
            status = self.status_box(row).currentData()
            reason = chosen_code(self.reason_box(row)) or None
            out.append(Attendance(member, status, reason if status not in PRESENT_STATUSES or reason else None))
        return tuple(out)

    def apply(self, m: Meeting) -> Meeting:
        return dataclasses.replace(m, attendance=self.attendance())

    def set_meeting_date(self, m: Meeting) -> None:
        """The date or kind changed in 基本情况: standings and counts are judged on the new date."""
        self.meeting = m
        self._update_counts()

    def _update_counts(self) -> None:
        if self.meeting is None:
            return
        m = dataclasses.replace(self.meeting, attendance=self.attendance())
        present = sum(1 for a in m.attendance if a.status in PRESENT_STATUSES)
        voters, voters_present = meeting_voters(self.ctx.roster(), m)
        self.counts.setText(self.tr("应到 {0} 人，实到 {1} 人；有表决权党员应到 {2} 人，实到 {3} 人").format(
            len(m.attendance), present, len(voters), len(voters_present)))
        self._show_quorum(m, len(voters), len(voters_present))
        self.counts_changed.emit()

    def _show_quorum(self, m: Meeting, voters: int, voters_present: int) -> None:
        """Before any vote, whether enough are here: the committee (支委会) or the voters (支部党员大会)."""
        if m.type == "committee_meeting":
            check = committee_attendance(self.ctx.roster(), m)
            text, ok = sentence(check.message), check.quorum
        elif m.type == "general_meeting":
            quorum = voting_quorum(voters, voters_present)
            text, ok = sentence(quorum.message), quorum.quorum
        else:
            self.quorum_note.setVisible(False)
            return
        self.quorum_note.setText(text)
        self.quorum_note.setObjectName("verdictOk" if ok else "verdictBad")
        self.quorum_note.style().unpolish(self.quorum_note)
        self.quorum_note.style().polish(self.quorum_note)
        self.quorum_note.setVisible(True)
