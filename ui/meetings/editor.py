"""The meeting editor: sections in tabs, saved automatically, finalised (定稿) and amended with a reason."""

from __future__ import annotations

import dataclasses
from datetime import datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from models.domain import MEETING_TYPES, Attachment, Meeting
from models.record_limits import first_problem
from models.rules import finalize_warnings
from models.storage.errors import RecordNotFound, StaleRecord
from ui import options
from ui.context import AppContext
from ui.errors import Notice, show_error
from ui.fmt import cn_date, cn_timestamp
from ui.joiners import spaced
from ui.meetings import recovery
from ui.meetings.amend_dialog import AmendDialog
from ui.meetings.attachments import AttachmentsSection
from ui.meetings.attendance import AttendanceSection
from ui.meetings.basics import BasicsSection
from ui.meetings.resolutions import ResolutionsSection
from ui.meetings.section import Section
from ui.meetings.speeches import SpeechesSection
from ui.meetings.summary import SummarySection
from ui.operations import Changes
from ui.widgets.autosave import Autosave
from ui.words import sentence, word_for


class MeetingEditor(QWidget):
    back_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.meeting: Meeting | None = None
        self.amending = False
        self.amend_dirty = False  # edits of a final record, kept in the recovery file until “保存更正”
        self.autosave = Autosave(self, self._start_write)
        ctx.did_execute.connect(self._changed_elsewhere)
        self.heading = QLabel()
        self.heading.setWordWrap(True)  # a long title wraps rather than being cut off at a large text size
        self.heading.setObjectName("pageTitle")
        self.state = QLabel()
        self.banner = QLabel()
        self.banner.setObjectName("finalBanner")
        self.banner.setWordWrap(True)
        self.back = QPushButton(self.tr("← 返回列表"))
        self.finalize_button = QPushButton(self.tr("定稿"))
        self.finalize_button.setObjectName("primary")
        self.amend_button = QPushButton(self.tr("更正已定稿记录"))
        self.save_amend_button = QPushButton(self.tr("保存更正"))
        self.save_amend_button.setObjectName("primary")
        self.cancel_amend_button = QPushButton(self.tr("放弃更正"))
        self.print_button = QPushButton(self.tr("打印预览"))
        self.word_button = QPushButton(self.tr("导出 Word…"))
        self.pdf_button = QPushButton(self.tr("导出 PDF…"))
        self.delete_button = QPushButton(self.tr("删除草稿"))
        self.tabs = QTabWidget()
        self.tabs.currentChanged.connect(self._tab_changed)
        self._build_sections()
        self._layout()
        self.back.clicked.connect(self.back_requested)
        self.finalize_button.clicked.connect(self.finalize)
        self.amend_button.clicked.connect(self.start_amending)
        self.save_amend_button.clicked.connect(self.save_amendment)
        self.cancel_amend_button.clicked.connect(self.cancel_amending)
        self.delete_button.clicked.connect(self.delete_draft)
        self.print_button.clicked.connect(self.print_preview)
        self.word_button.clicked.connect(lambda: self.export("docx"))
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))

    def _build_sections(self) -> None:
        ctx = self.ctx
        self.basics = BasicsSection(ctx)
        self.attendance = AttendanceSection(ctx)
        self.speeches = SpeechesSection(ctx)
        self.resolutions = ResolutionsSection(ctx, self.current)
        self.summary = SummarySection(ctx)
        self.attachments = AttachmentsSection(ctx)
        self.sections: list[Section] = [self.basics, self.attendance, self.speeches, self.resolutions,
                                        self.summary, self.attachments]
        basics_scroll = QScrollArea()
        basics_scroll.setWidgetResizable(True)
        basics_scroll.setWidget(self.basics)
        for widget, title in (
            (basics_scroll, self.tr("基本情况")),
            (self.attendance, self.tr("出席情况")),
            (self.speeches, self.tr("发言记录")),
            (self.resolutions, self.tr("决议与表决")),
            (self.summary, self.tr("小结与备注")),
            (self.attachments, self.tr("附件")),
        ):
            self.tabs.addTab(widget, title)
        for section in self.sections:
            section.changed.connect(self._changed)
        self.basics.changed.connect(self._basics_changed)
        self.attendance.counts_changed.connect(self.resolutions.update_verdicts)

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.back)
        top.addSpacing(12)
        top.addWidget(self.heading, 1)
        top.addWidget(self.state)
        buttons = QHBoxLayout()
        for b in (self.print_button, self.word_button, self.pdf_button):
            buttons.addWidget(b)
        buttons.addSpacing(16)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        for b in (self.cancel_amend_button, self.amend_button, self.save_amend_button, self.finalize_button):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)

    # --- showing ------------------------------------------------------------------------------------------
    def open(self, meeting: Meeting) -> None:
        self.autosave.clear()
        self.meeting = meeting
        self.amending = False
        self.amend_dirty = False
        shown = self._recovered(meeting)
        if shown is not meeting and meeting.status == "draft":
            self.autosave.touch()  # the recovered text goes to the database with the next save
        for section in self.sections:
            section.load(shown)
        self.resolutions.update_verdicts()
        self._show_state()
        if meeting.status == "draft":  # a draft is still being written: back where the clerk was writing
            self.tabs.setCurrentIndex(min(max(0, options.DRAFT_TAB.get()), self.tabs.count() - 1))
        else:
            self.tabs.setCurrentIndex(0)

    def _recovered(self, meeting: Meeting) -> Meeting:
        """What the recovery file holds beyond the stored record (the program stopped, or a save failed), if the
        clerk wants it back; else the stored record."""
        pending = recovery.recovered(meeting.id)
        if pending is None or dataclasses.replace(pending, updated_at=meeting.updated_at) == meeting:
            recovery.discard(meeting.id)
            return meeting
        if meeting.status == "final":
            title, text = (
                self.tr("恢复未保存的更正"),
                self.tr("上次更正这条记录时程序意外退出，有尚未保存的修改。\n要恢复这些修改并继续更正吗？"),
            )
        else:
            title, text = (
                self.tr("恢复未保存的内容"),
                self.tr("这条记录有上次未能保存到数据库的内容（程序意外退出或保存失败）。\n要恢复这些内容吗？"),
            )
        if not Notice.confirm(self, title, text):
            recovery.discard(meeting.id)
            return meeting
        if meeting.status == "final":
            self.amending, self.amend_dirty = True, True
        # the clerk's text, as a change of the record as now stored (saved over it only because they chose so)
        return dataclasses.replace(pending, version=meeting.version)

    def _tab_changed(self, index: int) -> None:
        if self.meeting is not None and self.meeting.status == "draft" and index >= 0:
            options.DRAFT_TAB.set(index)

    def current(self) -> Meeting:
        """The meeting as it stands in the editor, unsaved edits included."""
        assert self.meeting is not None
        m = self.meeting
        for section in self.sections:
            m = section.apply(m)
        return m

    def _show_state(self) -> None:
        m = self.meeting
        if m is None:
            return
        final = m.status == "final"
        kind = word_for(MEETING_TYPES, m.type)
        self.heading.setText(spaced([kind, m.title or self.tr("（未命名）")]))
        self.state.setText(self.tr("已定稿") if final else self.tr("草稿 · 自动保存"))
        read_only = final and not self.amending
        self.attachments.late_files = self.attach_late if read_only else None  # 签到表 scanned after 定稿
        for section in self.sections:
            section.set_read_only(read_only)
        self.finalize_button.setVisible(not final)
        self.delete_button.setVisible(not final)
        self.amend_button.setVisible(final and not self.amending)
        self.save_amend_button.setVisible(self.amending)
        self.cancel_amend_button.setVisible(self.amending)
        if self.amending:
            self.banner.setText(self.tr("正在更正已定稿的记录。改完后点击“保存更正”，并说明更正理由。"))
        elif final:
            by = self.tr("（{0}）").format(m.finalized_by) if m.finalized_by else ""
            lines = [
                self.tr("本记录已于 {0} 定稿{1}，内容已锁定。如需修改，请点击“更正已定稿记录”。").format(
                    cn_timestamp(m.finalized_at), by
                )
            ]
            for a in m.amendments:
                lines.append(
                    self.tr("更正（{0}{1}）：{2}{3}").format(
                        cn_timestamp(a.at),
                        self.tr("，{0}").format(a.author) if a.author else "",
                        a.reason,
                        f"——{a.summary}" if a.summary else "",
                    )
                )
            self.banner.setText("\n".join(lines))
        self.banner.setVisible(final or self.amending)

    # --- saving -------------------------------------------------------------------------------------------
    def _changed(self) -> None:
        if self.meeting is None:
            return
        if self.amending:
            self.amend_dirty = True
            self.autosave.touch()  # kept in the recovery file until “保存更正”
        elif self.meeting.status == "draft":
            self.autosave.touch()
            self.state.setText(self.tr("草稿 · 正在保存…"))

    def _basics_changed(self) -> None:
        if self.meeting is not None:
            m = self.basics.apply(self.meeting)
            self.attendance.set_meeting_date(self.attendance.apply(m))
            self.heading.setText(spaced([word_for(MEETING_TYPES, m.type), m.title]))

    @property
    def dirty(self) -> bool:
        """Edits not yet in the database (being written, or not yet asked to be)."""
        return not self.autosave.is_saved() or self.amend_dirty

    def save(self) -> bool:
        """Write the draft now (autosave, focus change, Ctrl+S, leaving the page). The write runs in the
        background; False only when it cannot be started."""
        return self.autosave.flush()

    def _start_write(self) -> bool:
        """The autosave's write. What is typed goes to the recovery file first, so a crash, a full disk or a
        locked database loses nothing: the file goes when the database has it (or, amending, at “保存更正”)."""
        if self.meeting is None:
            self.autosave.finished(True)
            return True
        current = self.current()
        recovery.keep(current)
        if self.amending or self.meeting.status == "final":
            self.autosave.finished(True)
            return True
        problem = first_problem(current)
        if problem is not None:  # refused here, before the write: the importer would refuse it in a file too
            self.state.setText(self.tr("草稿 · 未保存：内容超出限制"))
            return self.autosave.refuse(problem)
        self.ctx.writes.run(
            lambda store: store.save_meeting(current),
            Changes.of_meeting(current.id),
            initiator=self,
            success=self._saved,
            failure=self._not_saved,
        )
        return True

    def _saved(self, saved: Meeting) -> None:
        self.autosave.finished(True)
        if self.meeting is None or self.meeting.id != saved.id:
            return  # the editor has moved on to another record meanwhile
        self.meeting = saved
        if not self.autosave.dirty:
            recovery.discard(saved.id)
        stamp = datetime.now().strftime("%H:%M:%S")
        self.state.setText(self.tr("草稿 · 已自动保存 {0}").format(stamp))
        self.ctx.saved.emit(self.tr("已自动保存 {0}").format(stamp))

    def _not_saved(self, error: Exception) -> None:
        """Disk full, read-only file, locked database …: the text stays on screen and in the recovery file, and is
        tried again a little later; the clerk is told once, not at every try."""
        if isinstance(error, StaleRecord):
            self._changed_in_another_window(error)
            return
        self.state.setText(self.tr("草稿 · 未能保存，内容已暂存在本机，稍后自动重试"))
        self.autosave.write_failed(error)

    def _changed_in_another_window(self, error: StaleRecord) -> None:
        """Another window or computer saved this record meanwhile: nothing is overwritten. The stored record is
        shown; what was typed here stays in the recovery file, and opening offers it back."""
        self.autosave.finished(True)  # nothing to retry: the clerk decides
        Notice.warn(
            self,
            self.tr("记录已在别处修改"),
            self.tr("{0}\n\n现在显示别处保存的内容。您刚才输入的内容已暂存在本机，接下来会询问是否恢复。").format(
                sentence(error.errors[0])
            ),
        )
        try:
            stored = self.ctx.store.meeting(error.record_id)
        except RecordNotFound:
            self.meeting = None
            self.back_requested.emit()
            return
        self.open(stored)

    def _changed_elsewhere(self, changes: Changes, initiator: object) -> None:
        """Another screen (the 组织生活会 dossier, a year's lock) wrote the meeting shown: show it as stored, so the
        next save keeps what was written there."""
        if initiator is self or self.meeting is None or self.dirty:
            return
        if self.meeting.id in changes.meetings or changes.years or changes.everything:
            try:
                stored = self.ctx.store.meeting(self.meeting.id)
            except RecordNotFound:
                self.meeting = None
                self.back_requested.emit()
                return
            tab = self.tabs.currentIndex()
            self.open(stored)
            self.tabs.setCurrentIndex(tab)

    def leave(self) -> bool:
        """Before the editor closes: save a draft; a pending amendment asks for its reason."""
        if self.amending and self.amend_dirty:
            return self.save_amendment()
        self.amending = False
        return self.save()

    # --- finalising and amending --------------------------------------------------------------------------
    def finalize(self) -> None:
        if self.meeting is None or not self.save():
            return
        m = self.current()
        problems = [*finalize_warnings(self.ctx.roster(), m), *self.basics.title_warnings(m)]
        text = self.tr(
            "定稿后记录将被锁定，之后的修改需要说明理由并留下更正记录，标题固定为“{2}”。\n确定将“{0}”（{1}）定稿吗？"
        ).format(m.title, cn_date(m.date), self.basics.heading.text())
        if problems:
            text = self.tr("请注意：\n{0}\n\n").format("\n".join(f"· {sentence(p)}" for p in problems)) + text
        if not Notice.confirm(self, self.tr("定稿"), text):
            return
        self.ctx.writes.run(
            lambda store: store.finalize_meeting(m.id),
            Changes.of_meeting(m.id),
            initiator=self,
            success=self._reopen,
            failure=lambda error: show_error(self, error),
        )

    def _reopen(self, stored: Meeting) -> None:
        if stored.status == "final":
            remember_people(stored)  # what is on paper, not a draft's text corrected later
        if self.meeting is not None and self.meeting.id == stored.id:
            self.open(stored)

    def attach_late(self, files: list[Attachment]) -> None:
        """Files for a finalised record (a scanned 签到表, photos): added without an amendment, each with the time
        it was added; in a year archived and locked, an amendment like any change (保存更正 asks the reason)."""
        m = self.meeting
        if m is None or not files:
            return
        if m.date.year in self.ctx.store.locked_years():
            if not Notice.confirm(
                self,
                self.tr("补充附件"),
                self.tr(
                    "{0} 年度已归档锁定，补充附件需作为更正保存并说明理由。\n现在开始更正并加入这些附件吗？"
                ).format(m.date.year),
            ):
                return
            self.start_amending()
            self.attachments.items.extend(files)
            self.attachments.show_files()
            self.attachments.touched()
            return
        tab = self.tabs.currentIndex()

        def added(stored: Meeting) -> None:
            if self.meeting is not None and self.meeting.id == stored.id:
                self.open(stored)
                self.tabs.setCurrentIndex(tab)
            self.ctx.saved.emit(self.tr("已补充 %n 个附件", "", len(files)))

        self.ctx.writes.run(
            lambda store: store.attach_to_final(m.id, tuple(files)),
            Changes.of_meeting(m.id),
            initiator=self,
            success=added,
            failure=lambda error: show_error(self, error),
        )

    def start_amending(self) -> None:
        self.amending = True
        self._show_state()

    def cancel_amending(self) -> None:
        if self.meeting is None:
            return
        if self.amend_dirty and not Notice.confirm(
            self, self.tr("放弃更正"), self.tr("放弃这次更正吗？所做的修改将不会保存，记录恢复为定稿时的内容。")
        ):
            return
        self._discard_amendment()

    def _discard_amendment(self) -> None:
        assert self.meeting is not None
        recovery.discard(self.meeting.id)
        self.open(self.ctx.store.meeting(self.meeting.id))

    def save_amendment(self) -> bool:
        if self.meeting is None:
            return True
        if not self.amend_dirty:
            self._discard_amendment()
            return True
        problem = first_problem(self.current())
        if problem is not None:
            Notice.warn(self, self.tr("内容过长，未能保存"),
                        self.tr("{0}。改好后再保存更正。").format(sentence(problem)))
            return False
        answer = AmendDialog.ask(self)
        if answer is None:
            if Notice.confirm(self, self.tr("放弃更正"), self.tr("不保存这次更正吗？所做的修改将被放弃。")):
                self._discard_amendment()
                return True
            return False
        reason, summary = answer
        amended = self.current()
        recovery.keep(amended)

        def saved(stored: Meeting) -> None:
            recovery.discard(stored.id)
            self.amend_dirty = False
            self._reopen(stored)

        self.ctx.writes.run(
            lambda store: store.amend_meeting(amended, reason, summary),
            Changes.of_meeting(amended.id),
            initiator=self,
            success=saved,
            failure=lambda error: show_error(self, error),
        )  # the edits stay on screen
        return True

    def delete_draft(self) -> None:
        if self.meeting is None or not Notice.confirm(
            self, self.tr("删除草稿"), self.tr("删除草稿“{0}”？删除后无法恢复。").format(self.meeting.title)
        ):
            return
        self.autosave.clear()
        meeting_id = self.meeting.id

        def deleted(_: object) -> None:
            recovery.discard(meeting_id)
            if self.meeting is not None and self.meeting.id == meeting_id:
                self.meeting = None
                self.back_requested.emit()

        self.ctx.writes.run(
            lambda store: store.delete_meeting(meeting_id),
            Changes.of_meeting(meeting_id),
            initiator=self,
            success=deleted,
            failure=lambda error: show_error(self, error),
        )

    def print_preview(self) -> None:
        from ui.printing import print_preview

        if self.meeting is not None:
            self.save()
            print_preview(self, self.ctx, self.current())

    def export(self, kind: str) -> None:
        """导出 Word… / 导出 PDF…: the minutes as the editor shows them (saved first, as for printing)."""
        from ui.documents.save import export_record

        if self.meeting is not None:
            self.save()
            export_record(self, self.ctx, self.current(), kind)


def remember_people(m: Meeting) -> None:
    """Host, recorder and place of the last final record: the next new meeting starts with them."""
    for option, value in (
        (options.LAST_HOST, m.host),
        (options.LAST_RECORDER, m.recorder),
        (options.LAST_LOCATION, m.location),
    ):
        if value:
            option.set(value)
