"""会议记录: the list of all meetings and, on top of it, the editor of one meeting."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time

from PySide6.QtWidgets import QStackedWidget, QWidget

from models.domain import Meeting
from models.storage.errors import RecordNotFound
from models.templates import Usual, new_meeting
from ui import options
from ui.context import AppContext
from ui.errors import Notice, show_error
from ui.meetings.editor import MeetingEditor
from ui.meetings.list_view import MeetingList
from ui.meetings.new_dialog import NewMeeting, NewMeetingDialog
from ui.operations import Changes
from ui.pages.base import Page


class MeetingsPage(Page):
    key = "meetings"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.list = MeetingList(ctx)
        self.editor: MeetingEditor | None = None
        self.stack = QStackedWidget()
        self.stack.addWidget(self.list)
        self.outer.addWidget(self.stack, 1)
        self.list.open_requested.connect(self.open_meeting)
        self.list.new_requested.connect(self.new_record)
        ctx.did_execute.connect(self._changed)
        self._loaded = False
        self.back_target: Callable[[], None] | None = None  # where “←” leads: the search results it came from

    def page_title(self) -> str:
        return self.tr("会议记录")

    def activate(self) -> None:
        if not self._loaded:
            self._loaded = True
            self.list.fill_filters()
            self.list.reload()

    def restore_state(self) -> None:
        """After a crash or a normal exit, the meeting that was open opens again with what was typed."""
        open_id = options.OPEN_MEETING.get()
        if open_id:
            try:
                self.open_meeting(open_id)
            except RecordNotFound:
                options.OPEN_MEETING.set("")

    def _changed(self, changes: Changes, _initiator: object) -> None:
        if not changes.touches_roster():
            return
        if self.editor is not None and self.stack.currentWidget() is self.editor and self.editor.meeting:
            return  # the open editor keeps its pickers until it is reopened
        if self.editor is not None:
            self.stack.removeWidget(self.editor)
            self.editor.deleteLater()
            self.editor = None

    def _ensure_editor(self) -> MeetingEditor:
        if self.editor is None:
            self.editor = MeetingEditor(self.ctx)
            self.editor.back_requested.connect(self._back)
            self.stack.addWidget(self.editor)
        return self.editor

    def open_meeting(self, meeting_id: str, back_target: Callable[[], None] | None = None,
                     back_label: str = "") -> None:
        """Open the record; `back_target` (the search results) is where its “←” button leads instead of the list."""
        if self.editor is not None and self.editor.meeting is not None and not self.editor.leave():
            return
        self.back_target = back_target
        self.ctx.writes.settle()  # the record being left is written first
        meeting = self.ctx.store.meeting(meeting_id)
        editor = self._ensure_editor()
        editor.open(meeting)
        editor.back.setText(back_label or self.tr("← 返回列表"))
        self.stack.setCurrentWidget(editor)
        self.title_label.setVisible(False)
        options.OPEN_MEETING.set(meeting_id)

    def _back(self) -> None:
        """“←”: back to the search results the record was opened from, or to the list (also when it is gone)."""
        target, self.back_target = self.back_target, None
        if self.show_list() and target is not None and self.editor is not None and self.editor.meeting is not None:
            target()

    def show_list(self) -> bool:
        """The list of meetings; False when the record being left could not be saved (it stays open)."""
        if self.editor is not None and not self.editor.leave():
            return False
        self.ctx.writes.settle()  # the list shows what was just written
        self.stack.setCurrentWidget(self.list)
        self.title_label.setVisible(True)
        options.OPEN_MEETING.set("")
        self._loaded = True
        self.list.fill_filters()
        self.list.reload()
        return True

    def show_drafts(self) -> None:
        """The list of every year's drafts (草稿): a reminder of old drafts leads here."""
        self.show_list()
        self.list.year.setCurrentIndex(max(0, self.list.year.findData("")))
        self.list.status.setCurrentIndex(max(0, self.list.status.findData("draft")))

    def new_record(self, preset: NewMeeting | None = None) -> None:
        """The 新建会议记录 dialog (`preset`: its kind, day and group chosen already), then the new record."""
        answer = NewMeetingDialog.ask(self, self.ctx.groups()) if preset is None else \
            NewMeetingDialog.ask(self, self.ctx.groups(), preset)
        if answer is None:
            return
        meeting = self.template(answer)
        self.ctx.writes.run(lambda store: store.save_meeting(meeting), Changes.of_meeting(meeting.id),
                            initiator=self, success=lambda saved: self.open_meeting(saved.id),
                            failure=lambda error: show_error(self, error))

    def template(self, answer: NewMeeting) -> Meeting:
        """A new meeting filled as usual for its kind (models.templates), with what the clerk used last time."""
        usual = Usual(options.LAST_HOST.get() or None,
                      options.LAST_RECORDER.get() or None,
                      options.LAST_LOCATION.get())
        start = _now_to_five_minutes() if answer.day == date.today() else None
        return new_meeting(self.ctx.roster(), answer.type, answer.day, answer.group, usual, start)

    def save_now(self) -> bool:
        if self.editor is not None and self.stack.currentWidget() is self.editor:
            return self.editor.save()
        return True

    def unsaved(self) -> bool:
        return self.editor is not None and self.editor.autosave.failed

    def unsaved_records(self) -> list[object]:
        editor = self.editor
        return [editor.current()] if editor is not None and editor.meeting is not None and self.unsaved() else []

    def print_current(self) -> None:
        if self.editor is not None and self.stack.currentWidget() is self.editor and self.editor.meeting:
            self.editor.print_preview()
        elif self.list.selected_ids():
            self.list.print_selected()
        else:
            Notice.info(self, self.tr("打印"), self.tr("请先打开一条会议记录，或在列表中选中要打印的记录。"))



def _now_to_five_minutes() -> time:
    """A meeting recorded as it happens starts about now."""
    now = datetime.now()
    return time(now.hour, now.minute - now.minute % 5)
