"""基本情况: title, the minutes' number (第 n 次, by date or as corrected), date, times, place, host, recorder, lecturer
and lecture title, other duties, guests, agenda."""

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
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.domain import MEETING_TYPES, Guest, Meeting
from models.titles import SeriesEntry, heading, number_by_date, sharing_number
from ui.context import AppContext
from ui.fmt import cn_date
from ui.joiners import items
from ui.meetings.section import Section
from ui.widgets.combo import ValueCombo
from ui.widgets.date_field import DateField
from ui.widgets.inline_row import inline_row
from ui.widgets.person_picker import PersonPicker
from ui.widgets.tab_order import tab_chain
from ui.widgets.text_box import TextBox
from ui.widgets.time_field import TimeField
from ui.words import label, word_for


class BasicsSection(Section):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        people = ctx.people()
        self.title = QLineEdit()
        self.kind = QLabel()
        self.number = QSpinBox()  # the clerk's correction of 第 n 次 (before 定稿)
        self.number.setRange(1, 999)
        self.number.setPrefix(self.tr("第 "))
        self.number.setSuffix(self.tr(" 次"))
        self.by_date = QPushButton()
        self.heading = QLabel()  # the minutes' title as printed
        self.number_note = QLabel()
        self.number_note.setWordWrap(True)
        self.corrected: int | None = None
        self.series: list[SeriesEntry] = []
        self.shown: Meeting | None = None
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
        self.also = {code: QCheckBox(label(name)) for code, name in MEETING_TYPES.items() if code != "other"}
        self.guests = QTableWidget(0, 2)
        self.guests.setHorizontalHeaderLabels([self.tr("姓名"), self.tr("单位及职务")])
        self.guests.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.guests.verticalHeader().setVisible(False)
        self.guests.setMaximumHeight(110)
        self.agenda = TextBox()
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
        self.number.valueChanged.connect(self._number_corrected)
        self.by_date.clicked.connect(self._number_by_date)
        for signal in (self.day.dateChanged, self.start.textChanged, self.group.currentIndexChanged):
            signal.connect(self._facts_changed)

    def _layout(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("会议类型"), self.kind)
        form.addRow(self.tr("会议名称/主题"), self.title)
        form.addRow(self.tr("记录标题"), inline_row(self.heading, self.number, self.by_date, self.number_note,
                                                grow=self.number_note))
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
        for index, box in enumerate(self.also.values()):  # in the section from the start (show_meeting rearranges)
            self.also_grid.addWidget(box, index // 4, index % 4)
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
        tab_chain(self.title, self.number, self.by_date, self.day, self.start, self.end, self.location, self.host,
                  self.recorder, self.group, self.lecturer, self.lecture_title, self.agenda, self.guests, add, remove,
                  *self.also.values())

    def show_meeting(self, m: Meeting) -> None:
        self.meeting_type = m.type
        self.kind.setText(word_for(MEETING_TYPES, m.type))
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
        self.shown, self.corrected = m, m.number
        self.series = self.ctx.store.meeting_series(m) if m.status == "draft" else []
        self._show_number()

    # --- 第 n 次 ------------------------------------------------------------------------------------------
    def _show_number(self, *_: object) -> None:
        """The title as it will print: the number by date, or the clerk's correction; a final one's is fixed."""
        if self.shown is None:
            return
        m = self.apply(self.shown)
        if m.date.year != self.shown.date.year or m.group != self.shown.group:
            self.series = self.ctx.store.meeting_series(m)
            self.shown = dataclasses.replace(self.shown, date=m.date, group=m.group)
        draft = m.status == "draft"
        automatic = number_by_date(m, self.series) if draft else (m.number or 1)
        number = m.number or automatic
        self.number.blockSignals(True)
        self.number.setValue(number)
        self.number.blockSignals(False)
        self.heading.setText(heading(m.type, m.date.year, number, self.ctx.group_name(m.group)))
        self.by_date.setText(self.tr("按日期编号（第 {0} 次）").format(automatic))
        self.by_date.setVisible(draft and self.corrected is not None and self.corrected != automatic)
        clash = sharing_number(m, self.series) if draft else []
        self.number_note.setObjectName("verdictBad" if clash else "hint")
        self.number_note.style().unpolish(self.number_note)
        self.number_note.style().polish(self.number_note)
        if clash:
            self.number_note.setText(self.tr("第 {0} 次已用于{1}的记录，两份记录的标题将相同，请改正编号。").format(
                number, items(cn_date(o.date) for o in clash)))
        elif draft:
            self.number_note.setText(self.tr("编号按会议日期排定；定稿时固定，之后补录更早的会议也不再改变。")
                                     if self.corrected is None else self.tr("编号已手动改正，定稿时固定。"))
        else:
            self.number_note.setText(self.tr("编号已在定稿时固定。"))

    def _facts_changed(self, *_: object) -> None:
        if not self._loading:
            self._show_number()

    def title_warnings(self, m: Meeting) -> list[str]:
        """Before 定稿: a corrected number another meeting of the series already prints."""
        clash = sharing_number(m, self.series) if m.status == "draft" and self.shown is not None else []
        if not clash:
            return []
        return [self.tr("“{0}”与{1}的记录标题相同").format(
            self.heading.text(), items(cn_date(o.date) for o in clash))]

    def _number_corrected(self, value: int) -> None:
        if self._loading or self.shown is None:
            return
        self.corrected = value
        self._show_number()
        self.touched()

    def _number_by_date(self) -> None:
        self.corrected = None
        self._show_number()
        self.touched()

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
            number=self.corrected if m.status == "draft" else m.number,
        )
