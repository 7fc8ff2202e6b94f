"""基本情况: title, date, times, place, host, recorder, lecturer and lecture title, other duties, guests, agenda."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.domain import MEETING_TYPES, Guest, Meeting
from ui.context import AppContext
from ui.meetings.section import Section
from ui.widgets.combo import ValueCombo
from ui.widgets.date_field import DateField
from ui.widgets.inline_row import inline_row
from ui.widgets.person_picker import PersonPicker
from ui.widgets.time_field import TimeField


class BasicsSection(Section):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        people = ctx.people()
        self.title = QLineEdit()
        self.kind = QLabel()
        self.day = DateField(optional=False)
        self.start = TimeField()
        self.end = TimeField()
        self.location = QLineEdit()
        self.host = PersonPicker(people, allow_free=False)
        self.recorder = PersonPicker(people, allow_free=False)
        self.group = ValueCombo()
        for g in ctx.groups():
            self.group.addItem(g.name, g.id)
        self.lecturer = PersonPicker(people)
        self.lecture_title = QLineEdit()
        self.also = {code: QCheckBox(label) for code, label in MEETING_TYPES.items() if code != "other"}
        self.guests = QTableWidget(0, 2)
        self.guests.setHorizontalHeaderLabels([self.tr("姓名"), self.tr("单位及职务")])
        self.guests.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.guests.verticalHeader().setVisible(False)
        self.guests.setMaximumHeight(110)
        self.agenda = QPlainTextEdit()
        self.agenda.setPlaceholderText(self.tr("每行一项议程"))
        self.agenda.setMaximumHeight(110)
        self._layout()
        for w in (self.title, self.location, self.lecture_title):
            w.textChanged.connect(self.touched)
        for w in (self.host, self.recorder, self.lecturer):
            w.currentTextChanged.connect(self.touched)
        self.group.currentIndexChanged.connect(self.touched)
        self.day.dateChanged.connect(self.touched)
        self.start.textChanged.connect(self.touched)
        self.end.textChanged.connect(self.touched)
        for box in self.also.values():
            box.toggled.connect(self.touched)
            box.toggled.connect(self._show_lecture)
        self.guests.itemChanged.connect(self.touched)
        self.agenda.textChanged.connect(self.touched)

    def _layout(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("会议类型"), self.kind)
        form.addRow(self.tr("会议名称/主题"), self.title)
        form.addRow(self.tr("时间"), inline_row(self.day, self.tr("开始"), self.start, self.tr("结束"), self.end))
        form.addRow(self.tr("地点"), self.location)
        form.addRow(self.tr("主持人"), inline_row(self.host, self.tr("记录人"), self.recorder))
        self.group_label = QLabel(self.tr("党小组"))
        form.addRow(self.group_label, self.group)
        self.lecture_box = QGroupBox(self.tr("党课"))
        lecture = QFormLayout(self.lecture_box)
        lecture.addRow(self.tr("主讲人"), self.lecturer)
        lecture.addRow(self.tr("课题"), self.lecture_title)
        also_box = QGroupBox(self.tr("同时计为（一次活动可计入多项)"))
        self.also_grid = QGridLayout(also_box)
        guests_box = QGroupBox(self.tr("列席人员"))
        guests = QVBoxLayout(guests_box)
        guests.addWidget(self.guests)
        row = QHBoxLayout()
        add, remove = QPushButton(self.tr("添加列席人员")), QPushButton(self.tr("删除所选"))
        add.clicked.connect(self._add_guest)
        self.add_guest_button = add
        remove.clicked.connect(self._remove_guest)
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        guests.addLayout(row)
        agenda_box = QGroupBox(self.tr("会议议程"))
        QVBoxLayout(agenda_box).addWidget(self.agenda)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.lecture_box)
        layout.addWidget(agenda_box)
        layout.addWidget(guests_box)
        layout.addWidget(also_box)
        layout.addStretch(1)

    def show_meeting(self, m: Meeting) -> None:
        self.meeting_type = m.type
        self.kind.setText(MEETING_TYPES.get(m.type, m.type))
        self.title.setText(m.title)
        self.day.set_value(m.date)
        self.start.set_value(m.start)
        self.end.set_value(m.end)
        self.location.setText(m.location)
        self.host.set_member(m.host)
        self.recorder.set_member(m.recorder)
        self.group.setCurrentIndex(max(0, self.group.findData(m.group)))
        self.group.setVisible(m.type == "group_meeting")
        self.group_label.setVisible(m.type == "group_meeting")
        self.lecturer.set_member(m.lecturer_member, m.lecturer)
        self.lecture_title.setText(m.lecture_title or "")
        shown = 0
        for code, box in self.also.items():  # the meeting's own kind is left out, without a gap
            box.setChecked(code in m.also_counts_as)
            self.also_grid.removeWidget(box)
            box.setVisible(code != m.type)
            if code != m.type:
                self.also_grid.addWidget(box, shown // 4, shown % 4)
                shown += 1
        self.guests.setRowCount(len(m.guests))
        for row, g in enumerate(m.guests):
            self.guests.setItem(row, 0, QTableWidgetItem(g.name))
            self.guests.setItem(row, 1, QTableWidgetItem(g.title))
        self.agenda.setPlainText("\n".join(m.agenda))
        self._show_lecture()

    def _show_lecture(self) -> None:
        kind = getattr(self, "meeting_type", "")
        self.lecture_box.setVisible(kind == "party_lecture" or self.also["party_lecture"].isChecked())

    def _add_guest(self) -> None:
        self.guests.insertRow(self.guests.rowCount())
        self.guests.setItem(self.guests.rowCount() - 1, 0, QTableWidgetItem(""))
        self.guests.setItem(self.guests.rowCount() - 1, 1, QTableWidgetItem(""))
        self.guests.editItem(self.guests.item(self.guests.rowCount() - 1, 0))

    def _remove_guest(self) -> None:
        row = self.guests.currentRow()
        if row >= 0:
            self.guests.removeRow(row)
            self.touched()

    def apply(self, m: Meeting) -> Meeting:
        lecturer_member, lecturer = self.lecturer.value()
        lecture = m.type == "party_lecture" or self.also["party_lecture"].isChecked()
        guests = []
        for row in range(self.guests.rowCount()):
            name = (self.guests.item(row, 0).text() if self.guests.item(row, 0) else "").strip()
            title = (self.guests.item(row, 1).text() if self.guests.item(row, 1) else "").strip()
            if name:
                guests.append(Guest(name, title))
        return dataclasses.replace(
            m, title=self.title.text().strip(), date=self.day.value(), start=self.start.value(), end=self.end.value(),
            location=self.location.text().strip(), host=self.host.member(), recorder=self.recorder.member(),
            group=self.group.currentData() if m.type == "group_meeting" else None,
            lecturer_member=lecturer_member if lecture else None, lecturer=lecturer if lecture else None,
            lecture_title=(self.lecture_title.text().strip() or None) if lecture else None,
            also_counts_as=tuple(c for c, b in self.also.items() if b.isChecked() and c != m.type),
            guests=tuple(guests),
            agenda=tuple(line.strip() for line in self.agenda.toPlainText().splitlines() if line.strip()),
        )
