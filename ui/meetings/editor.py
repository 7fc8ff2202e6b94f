"""The meeting editor: sections in tabs, saved automatically, finalised (定稿) and amended with a reason."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from models.domain import MEETING_TYPES, PRESENT_STATUSES, Meeting
from models.storage.errors import RecordLocked
from ui import settings
from ui.context import AppContext
from ui.errors import Notice, show_error
from ui.fmt import cn_date, cn_timestamp
from ui.meetings import recovery
from ui.meetings.amend_dialog import AmendDialog
from ui.meetings.attachments import AttachmentsSection
from ui.meetings.attendance import AttendanceSection
from ui.meetings.basics import BasicsSection
from ui.meetings.resolutions import ResolutionsSection
from ui.meetings.section import Section
from ui.meetings.speeches import SpeechesSection
from ui.meetings.summary import SummarySection

AUTOSAVE_MS = 1500  # edits reach the database within two seconds


class MeetingEditor(QWidget):
    back_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.meeting: Meeting | None = None
        self.dirty = False
        self.amending = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(AUTOSAVE_MS)
        self.timer.timeout.connect(self.save)
        self.heading = QLabel()
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
        app = QApplication.instance()
        app.focusChanged.connect(self._focus_changed)  # type: ignore[attr-defined]

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
        for widget, title in ((basics_scroll, "基本情况"), (self.attendance, "出席情况"), (self.speeches, "发言记录"),
                              (self.resolutions, "决议与表决"), (self.summary, "小结与备注"),
                              (self.attachments, "附件")):
            self.tabs.addTab(widget, self.tr(title))
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
        self.timer.stop()
        self.meeting = meeting
        self.dirty = False
        self.amending = False
        pending = recovery.recovered(meeting.id) if meeting.status == "final" else None
        shown = meeting
        if pending is not None and pending != meeting:
            if Notice.confirm(self, self.tr("恢复未保存的更正"), self.tr(
                    "上次更正这条记录时程序意外退出，有尚未保存的修改。\n要恢复这些修改并继续更正吗？")):
                shown, self.amending, self.dirty = pending, True, True
            else:
                recovery.discard(meeting.id)
        for section in self.sections:
            section.load(shown)
        self.resolutions.update_verdicts()
        self._show_state()

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
        kind = MEETING_TYPES.get(m.type, m.type)
        self.heading.setText(f"{kind}　{m.title or self.tr('（未命名）')}")
        self.state.setText(self.tr("已定稿") if final else self.tr("草稿 · 自动保存"))
        read_only = final and not self.amending
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
            lines = [self.tr("本记录已于 {0} 定稿，内容已锁定。如需修改，请点击“更正已定稿记录”。").format(
                cn_timestamp(m.finalized_at))]
            for a in m.amendments:
                lines.append(self.tr("更正（{0}）：{1}{2}").format(cn_timestamp(a.at), a.reason,
                                                              f"——{a.summary}" if a.summary else ""))
            self.banner.setText("\n".join(lines))
        self.banner.setVisible(final or self.amending)

    # --- saving -------------------------------------------------------------------------------------------
    def _changed(self) -> None:
        self.dirty = True
        if self.meeting is not None and (self.meeting.status == "draft" or self.amending):
            self.timer.start()
            if not self.amending:
                self.state.setText(self.tr("草稿 · 正在保存…"))

    def _basics_changed(self) -> None:
        if self.meeting is not None:
            m = self.basics.apply(self.meeting)
            self.attendance.set_meeting_date(self.attendance.apply(m))
            self.heading.setText(f"{MEETING_TYPES.get(m.type, m.type)}　{m.title}")

    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        if self.dirty and old is not None and self.isAncestorOf(old) and self.timer.isActive():
            self.save()

    def save(self) -> bool:
        """Write the draft now (autosave, focus change, Ctrl+S, leaving the page)."""
        self.timer.stop()
        if self.meeting is not None and self.amending and self.dirty:
            recovery.keep(self.current())  # not yet an amendment: kept aside until “保存更正”
            return True
        if self.meeting is None or not self.dirty or self.meeting.status == "final":
            return True
        current = self.current()
        try:
            self.ctx.store.save_meeting(current)
        except RecordLocked as error:
            show_error(self, error)
            return False
        except Exception as error:  # disk full, file locked …: the text stays in the editor, try again later
            show_error(self, error)
            self.timer.start()
            return False
        self.meeting = current
        self.dirty = False
        remember_people(current)
        from datetime import datetime

        self.state.setText(self.tr("草稿 · 已自动保存 {0}").format(datetime.now().strftime("%H:%M:%S")))
        self.ctx.saved.emit(self.tr("已自动保存 {0}").format(datetime.now().strftime("%H:%M:%S")))
        self.ctx.meetings_changed.emit()
        return True

    def leave(self) -> bool:
        """Before the editor closes: save a draft; a pending amendment asks for its reason."""
        if self.amending and self.dirty:
            return self.save_amendment()
        self.amending = False
        return self.save()

    # --- finalising and amending --------------------------------------------------------------------------
    def finalize(self) -> None:
        if self.meeting is None or not self.save():
            return
        m = self.meeting
        problems = []
        if not m.attendance:
            problems.append(self.tr("没有应到人员名单"))
        elif not any(a.status in PRESENT_STATUSES for a in m.attendance):
            problems.append(self.tr("出席情况还没有登记（实到 0 人）"))
        if m.host is None or m.recorder is None:
            problems.append(self.tr("没有填写主持人或记录人"))
        text = self.tr("定稿后记录将被锁定，之后的修改需要说明理由并留下更正记录。\n确定将“{0}”（{1}）定稿吗？").format(
            m.title, cn_date(m.date))
        if problems:
            text = self.tr("请注意：{0}。\n\n").format("；".join(problems)) + text
        if not Notice.confirm(self, self.tr("定稿"), text):
            return
        self.open(self.ctx.store.finalize_meeting(m.id))
        self.ctx.meetings_changed.emit()

    def start_amending(self) -> None:
        self.amending = True
        self._show_state()

    def cancel_amending(self) -> None:
        if self.meeting is not None:
            recovery.discard(self.meeting.id)
            self.open(self.ctx.store.meeting(self.meeting.id))

    def save_amendment(self) -> bool:
        if self.meeting is None:
            return True
        if not self.dirty:
            self.cancel_amending()
            return True
        answer = AmendDialog.ask(self)
        if answer is None:
            if Notice.confirm(self, self.tr("放弃更正"), self.tr("不保存这次更正吗？所做的修改将被放弃。")):
                self.cancel_amending()
                return True
            return False
        reason, summary = answer
        try:
            saved = self.ctx.store.amend_meeting(self.current(), reason, summary)
        except Exception as error:  # told to the clerk; the edits stay on screen
            show_error(self, error)
            return False
        recovery.discard(saved.id)
        self.open(self.ctx.store.meeting(saved.id))
        self.ctx.meetings_changed.emit()
        return True

    def delete_draft(self) -> None:
        if self.meeting is None or not Notice.confirm(self, self.tr("删除草稿"), self.tr(
                "删除草稿“{0}”？删除后无法恢复。").format(self.meeting.title)):
            return
        self.timer.stop()
        self.dirty = False
        self.ctx.store.delete_meeting(self.meeting.id)
        self.meeting = None
        self.ctx.meetings_changed.emit()
        self.back_requested.emit()

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
    """Host, recorder and place of the last meeting: the next new meeting starts with them."""
    for key, value in (("host", m.host), ("recorder", m.recorder), ("location", m.location)):
        if value:
            settings.set_value(f"meetings/last_{key}", value)
