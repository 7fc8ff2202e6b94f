"""组织生活会 dossier: one year's meeting, its steps in order, each edited or linked in the panel on the right.

征求意见 and 对照检查材料 are the meeting's `preparation`, the criticisms its `criticisms`: all saved into the
meeting record itself (autosave). The dossier re-reads the stored meeting before each save and replaces only
what it edits, so the meeting editor's work on the same record is never overwritten.
"""

from __future__ import annotations

import dataclasses
from datetime import date, datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from models.domain import Attachment, BranchData, Meeting
from models.orglife import dossier_steps
from models.orglife.dossier import participants
from models.record_limits import first_problem
from ui.context import AppContext
from ui.errors import Notice, show_error
from ui.fmt import day_month_text
from ui.joiners import aside
from ui.meetings.amend_dialog import AmendDialog
from ui.operations import Changes
from ui.orglife.attach import merged
from ui.orglife.new_meeting import MeetingDayDialog, default_day, org_life_meeting
from ui.orglife.opinions_panel import OpinionsPanel
from ui.orglife.self_exam_panel import SelfExaminationsPanel
from ui.orglife.step_panels import LinkPanel, MeetingPanel
from ui.orglife.steps_view import StepsView
from ui.widgets.autosave import Autosave


class DossierView(QWidget):
    open_meeting_requested = Signal(str)
    open_talks_requested = Signal(int)
    open_rectifications_requested = Signal()
    export_requested = Signal(str)  # "minutes" or "sign_in"
    year_requested = Signal(int)  # a meeting was made in another year than the one shown

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.year = date.today().year
        self.meeting: Meeting | None = None
        self.amending = False
        self.amend_dirty = False  # edits to a final record waiting for 保存更正
        self.autosave = Autosave(self, self._write)
        self._build()
        ctx.did_execute.connect(self._changed_elsewhere)

    def _build(self) -> None:
        self.chooser = QComboBox()
        self.state = QLabel()
        self.state.setObjectName("hint")
        self.banner = QLabel()
        self.banner.setObjectName("finalBanner")
        self.banner.setWordWrap(True)
        self.empty = QLabel()
        self.empty.setObjectName("hint")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.create_button = QPushButton(self.tr("新建本年度组织生活会"))
        self.create_button.setObjectName("primary")
        self.minutes_button = QPushButton(self.tr("导出组织生活会记录…"))
        self.sign_in_button = QPushButton(self.tr("打印签到表…"))
        self.amend_button = QPushButton(self.tr("更正已定稿记录"))
        self.save_amend_button = QPushButton(self.tr("保存更正"))
        self.steps = StepsView()
        self.opinions = OpinionsPanel(self.ctx)
        self.talks = LinkPanel(self.tr("会前，支委委员之间、支委委员和党员之间要普遍开展谈心谈话（第十九条）。"),
                               self.tr("前往谈心谈话"))
        self.exams = SelfExaminationsPanel(self.ctx)
        self.meeting_panel = MeetingPanel(self.ctx)
        self.rect_panel = LinkPanel(self.tr("会后针对查摆出的问题列出整改清单，明确整改措施、责任人和时限，逐项销号。"),
                                    self.tr("打开整改清单"))
        self.panels = QStackedWidget()
        for w in (self.opinions, self.talks, self.exams, self.meeting_panel, self.rect_panel):
            self.panels.addWidget(w)
        self._layout()
        self._connect()

    def _layout(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(self.chooser)
        bar.addWidget(self.state, 1)
        for b in (self.amend_button, self.save_amend_button, self.sign_in_button, self.minutes_button,
                  self.create_button):
            bar.addWidget(b)
        body = QHBoxLayout()
        body.addWidget(self.steps)
        body.addWidget(self.panels, 1)
        self.body = QWidget()
        self.body.setLayout(body)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.banner)
        layout.addWidget(self.empty)
        layout.addWidget(self.body, 1)

    def _connect(self) -> None:
        self.steps.step_selected.connect(self.panels.setCurrentIndex)
        for section in (self.opinions, self.exams, self.meeting_panel.criticisms):
            section.changed.connect(self._changed)
        self.talks.go.connect(lambda: self.open_talks_requested.emit(self.year))
        self.rect_panel.go.connect(self.open_rectifications_requested)
        self.meeting_panel.open_meeting.connect(self._open_meeting)
        self.create_button.clicked.connect(self.create)
        self.chooser.currentIndexChanged.connect(lambda _: self._open_chosen())
        self.minutes_button.clicked.connect(lambda: self.export_requested.emit("minutes"))
        self.sign_in_button.clicked.connect(lambda: self.export_requested.emit("sign_in"))
        self.amend_button.clicked.connect(self.start_amending)
        self.save_amend_button.clicked.connect(self.save_amendment)

    # --- which meeting ------------------------------------------------------------------------------------
    def set_year(self, year: int) -> None:
        self.save()
        self.year = year
        self.reload()

    def reload(self) -> None:
        """Read the year's 组织生活会 again (the meeting editor may have changed it), after what is being saved."""
        self.save()
        self.ctx.writes.settle()
        keep = self.meeting.id if self.meeting is not None else None
        found = self.ctx.store.meeting_summaries(self.year, "org_life_meeting")
        self.chooser.blockSignals(True)
        self.chooser.clear()
        for s in reversed(found):
            self.chooser.addItem(aside(s.title, day_month_text(s.date)), s.id)
        self.chooser.setCurrentIndex(max(0, self.chooser.findData(keep)))
        self.chooser.setVisible(len(found) > 1)
        self.chooser.blockSignals(False)
        self.empty.setText(self.tr("{0}年还没有组织生活会记录。点击“新建本年度组织生活会”开始准备：征求意见、谈心谈话、"
                                   "对照检查，然后召开会议、列出整改清单。").format(self.year))
        self._open_chosen()

    def _open_chosen(self) -> None:
        meeting_id = self.chooser.currentData()
        self.open(self.ctx.store.meeting(meeting_id) if meeting_id else None)

    def open(self, meeting: Meeting | None) -> None:
        self.autosave.clear()
        self.meeting, self.amending, self.amend_dirty = meeting, False, False
        has = meeting is not None
        self.body.setVisible(has)
        self.empty.setVisible(not has)
        self.create_button.setVisible(not has)
        for b in (self.minutes_button, self.sign_in_button):
            b.setVisible(has)
        if meeting is None:
            self.banner.setVisible(False)
            self.amend_button.setVisible(False)
            self.save_amend_button.setVisible(False)
            self.state.setText("")
            return
        people = participants(self.ctx.roster().data, meeting)
        self.exams.set_participants(people)
        self.meeting_panel.criticisms.set_participants(people)
        for section in (self.opinions, self.exams, self.meeting_panel.criticisms):
            section.load(meeting)
        self.meeting_panel.show_facts(meeting)
        self._show_lock()
        self.refresh_steps()

    def _show_lock(self) -> None:
        final = self.meeting is not None and self.meeting.status == "final"
        for section in (self.opinions, self.exams, self.meeting_panel.criticisms):
            section.set_read_only(final and not self.amending)
        self.amend_button.setVisible(final and not self.amending)
        self.save_amend_button.setVisible(self.amending)
        self.banner.setVisible(final)
        self.banner.setText(self.tr("正在更正已定稿的记录，改完后点击“保存更正”并说明理由。") if self.amending else
                            self.tr("本次组织生活会记录已定稿，内容已锁定。如需修改，请点击“更正已定稿记录”。"))
        self.state.setText(self.tr("已定稿") if final else self.tr("草稿 · 自动保存"))

    def current(self) -> Meeting | None:
        if self.meeting is None:
            return None
        m = self.meeting
        for section in (self.opinions, self.exams, self.meeting_panel.criticisms):
            m = section.apply(m)
        return dataclasses.replace(m, attachments=merged(m.attachments, self.opinions.added + self.exams.added))

    def step_data(self) -> BranchData:
        roster = self.ctx.roster().data
        return BranchData(roster.branch, roster.groups, roster.members, roster.committee,
                          talks=tuple(self.ctx.store.talks(self.year)),
                          rectifications=tuple(self.ctx.store.rectifications()), rules=self.ctx.store.own_rules(),
                          committee_changes=roster.committee_changes)

    def refresh_steps(self) -> None:
        current = self.current()
        if current is None:
            return
        self.steps_shown = dossier_steps(self.step_data(), current, date.today())
        self.steps.show_steps(self.steps_shown)
        self.talks.show_step(self.steps_shown[1])
        self.rect_panel.show_step(self.steps_shown[4])
        self.panels.setCurrentIndex(max(0, self.steps.list.currentRow()))

    # --- saving -------------------------------------------------------------------------------------------
    def _changed(self) -> None:
        if self.meeting is None or (self.meeting.status == "final" and not self.amending):
            return
        if self.amending:
            self.amend_dirty = True
        else:
            self.autosave.touch()
            self.state.setText(self.tr("草稿 · 正在保存…"))
        self.refresh_steps()

    def save(self) -> bool:
        """Save now; a pending amendment of a final record asks for its reason, as the meeting editor does."""
        if self.amending and self.amend_dirty:
            return self.save_amendment()
        return self.autosave.flush()

    def _edits(self) -> tuple[Meeting, list[Attachment]]:
        """What the dossier edits, taken from the widgets now: the meeting as shown and the files added."""
        current = self.current()
        assert current is not None
        return current, list(self.opinions.added + self.exams.added)

    def _write(self) -> bool:
        """The autosave's write: the stored meeting is read again in the write itself, and only what the dossier
        edits is replaced, so what the meeting editor saved meanwhile stays."""
        if self.meeting is None or self.amending:
            self.autosave.finished(True)
            return True
        current, added = self._edits()
        problem = first_problem(current)
        if problem is not None:  # refused before the write, as the importer refuses it in a file
            self.state.setText(self.tr("草稿 · 未保存：内容超出限制"))
            return self.autosave.refuse(problem)
        self.ctx.writes.run(lambda store: store.save_meeting(with_dossier_edits(store.meeting(current.id), current,
                                                                                added)),
                            Changes.of_meeting(current.id), initiator=self, success=self._saved,
                            failure=self._not_saved)
        return True

    def _saved(self, saved: Meeting) -> None:
        self.autosave.finished(True)
        if self.meeting is None or self.meeting.id != saved.id:
            return
        self.meeting = saved
        stamp = datetime.now().strftime("%H:%M:%S")
        self.state.setText(self.tr("草稿 · 已自动保存 {0}").format(stamp))
        self.ctx.saved.emit(self.tr("已自动保存 {0}").format(stamp))

    def _not_saved(self, error: Exception) -> None:
        self.state.setText(self.tr("草稿 · 未能保存，稍后自动重试"))
        self.autosave.write_failed(error)  # the text stays on screen and is tried again

    def _changed_elsewhere(self, changes: Changes, initiator: object) -> None:
        """The meeting editor (or a year's lock) changed the meeting shown: show it as stored."""
        if initiator is self or self.meeting is None or not self.isVisible():
            return
        if (self.meeting.id in changes.meetings or changes.years or changes.everything) and not self.dirty():
            self.reload()

    def dirty(self) -> bool:
        return not self.autosave.is_saved() or self.amend_dirty

    def start_amending(self) -> None:
        self.amending = True
        self._show_lock()

    def save_amendment(self) -> bool:
        if self.meeting is None:
            return True
        problem = first_problem(self._edits()[0])
        if problem is not None:
            Notice.warn(self, self.tr("内容过长，未能保存"), self.tr("{0}。改好后再保存更正。").format(problem))
            return False
        answer = AmendDialog.ask(self)
        if answer is None:
            return False
        current, added = self._edits()

        def saved(stored: Meeting) -> None:
            self.amend_dirty = False
            if self.meeting is not None and self.meeting.id == stored.id:
                self.open(stored)

        self.ctx.writes.run(lambda store: store.amend_meeting(with_dossier_edits(store.meeting(current.id), current,
                                                                                 added), *answer),
                            Changes.of_meeting(current.id), initiator=self, success=saved,
                            failure=lambda error: show_error(self, error))  # the edits stay on screen
        return True

    # --- creating and linking -----------------------------------------------------------------------------
    def create(self) -> None:
        day = MeetingDayDialog.ask(self, default_day(self.year, date.today()))
        if day is None:
            return
        meeting = org_life_meeting(self.ctx, day)

        def created(_: Meeting) -> None:
            self.meeting = meeting
            if day.year != self.year:
                self.year_requested.emit(day.year)
            else:
                self.reload()

        self.ctx.writes.run(lambda store: store.save_meeting(meeting), Changes.of_meeting(meeting.id),
                            initiator=self, success=created, failure=lambda error: show_error(self, error))

    def _open_meeting(self) -> None:
        if self.meeting is not None and self.save():
            self.open_meeting_requested.emit(self.meeting.id)


def with_dossier_edits(stored: Meeting, current: Meeting, added: list[Attachment]) -> Meeting:
    """The stored meeting with what the dossier edits: preparation, criticisms, added files."""
    return dataclasses.replace(stored, preparation=current.preparation, criticisms=current.criticisms,
                               attachments=merged(stored.attachments, added))
