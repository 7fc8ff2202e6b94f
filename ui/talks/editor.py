"""The editor of one talk (谈心谈话记录): saved automatically like the meeting editor.

A new talk is written to the database with the clerk's first edit, so a record opened by mistake and left
untouched does not count as a talk held.
"""

from __future__ import annotations

import dataclasses
from datetime import date, datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from models.domain import Talk
from models.record_limits import first_problem
from models.vocabulary import TALK_KINDS
from ui.context import AppContext
from ui.operations import Changes
from ui.widgets.autosave import Autosave
from ui.widgets.combo import add_codes, chosen_code, select_code
from ui.widgets.date_field import DateField
from ui.widgets.inline_row import inline_row
from ui.widgets.person_picker import PersonPicker
from ui.widgets.text_box import TextBox


class TalkEditor(QWidget):
    saved = Signal(object)  # the Talk as stored
    delete_requested = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.talk: Talk | None = None
        self.is_new = False
        self._loading = False
        self.autosave = Autosave(self, self._write)
        self._build()
        self.set_enabled(False)

    def _build(self) -> None:
        people = self.ctx.people()
        self.day = DateField(optional=False)
        self.location = QLineEdit()
        self.talker = PersonPicker(people, allow_free=False)
        self.talkee = PersonPicker(people, allow_free=False)
        self.kind = QComboBox()
        self.kind.setEditable(True)
        add_codes(self.kind, TALK_KINDS)
        self.topic = QLineEdit()
        self.content = TextBox()
        self.views = TextBox()
        self.follow_up = TextBox()
        self.content.setPlaceholderText(self.tr("谈话的主要内容"))
        self.views.setPlaceholderText(self.tr("谈话对象提出的意见和建议"))
        self.follow_up.setPlaceholderText(self.tr("意见建议的落实情况"))
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.state.setObjectName("hint")
        self.print_button = QPushButton(self.tr("打印预览"))
        self.word_button = QPushButton(self.tr("导出 Word…"))
        self.pdf_button = QPushButton(self.tr("导出 PDF…"))
        self.delete_button = QPushButton(self.tr("删除"))
        self.print_button.clicked.connect(self.print_preview)
        self.word_button.clicked.connect(lambda: self.export("docx"))
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        self.delete_button.clicked.connect(lambda: self.talk and self.delete_requested.emit(self.talk))
        self._layout()
        for w in (self.location, self.topic):
            w.textChanged.connect(self.touched)
        for w in (self.content, self.views, self.follow_up):
            w.textChanged.connect(self.touched)
        for w in (self.talker, self.talkee, self.kind):
            w.currentTextChanged.connect(self.touched)
        self.day.dateChanged.connect(self.touched)

    def _layout(self) -> None:
        fields = QWidget()
        form = QFormLayout(fields)
        form.setContentsMargins(0, 0, 8, 0)
        form.addRow(self.tr("谈话人"), inline_row(self.talker, self.tr("谈话对象"), self.talkee))
        form.addRow(self.tr("时间"), inline_row(self.day, self.tr("地点"), self.location, grow=self.location))
        form.addRow(self.tr("谈话类型"), inline_row(self.kind, self.tr("主题"), self.topic, grow=self.topic))
        form.addRow(self.tr("谈话内容"), self.content)
        form.addRow(self.tr("对方意见建议"), self.views)
        form.addRow(self.tr("落实情况"), self.follow_up)
        for box in (self.content, self.views, self.follow_up):  # three lines at least, at any text size
            box.setMinimumHeight(box.fontMetrics().lineSpacing() * 3 + 12)
        state = QHBoxLayout()  # the state on a line of its own: the buttons keep their words at a large text size
        state.addWidget(self.state, 1)
        state.addWidget(self.delete_button)
        buttons = QHBoxLayout()
        for b in (self.print_button, self.word_button, self.pdf_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        scroll = QScrollArea()  # at a large text size the fields scroll rather than being squashed
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(fields)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 1)
        layout.addLayout(state)
        layout.addLayout(buttons)

    def refill_people(self) -> None:
        """After the roster changed: the pickers offer the people as they are now."""
        people = self.ctx.people()
        self._loading = True
        try:
            for picker in (self.talker, self.talkee):
                picker.refill(people)
        finally:
            self._loading = False

    def set_enabled(self, enabled: bool) -> None:
        for w in (self.day, self.location, self.talker, self.talkee, self.kind, self.topic, self.content,
                  self.views, self.follow_up, self.print_button, self.word_button, self.pdf_button,
                  self.delete_button):
            w.setEnabled(enabled)
        if not enabled:
            self.state.setText(self.tr("请在左侧选择一条谈话记录，或点击“登记谈话”。"))

    # --- showing ------------------------------------------------------------------------------------------
    def open(self, talk: Talk, is_new: bool = False) -> None:
        self._loading = True
        try:
            self.talk, self.is_new = talk, is_new
            self.day.set_value(talk.date)
            self.location.setText(talk.location)
            self.talker.set_member(talk.talker)
            self.talkee.set_member(talk.talkee)
            select_code(self.kind, talk.kind)
            self.topic.setText(talk.topic)
            self.content.setPlainText(talk.content)
            self.views.setPlainText(talk.talkee_views)
            self.follow_up.setPlainText(talk.follow_up)
        finally:
            self._loading = False
        self.autosave.clear()
        self.set_enabled(True)
        self.state.setText(self.tr("新谈话 · 输入内容后自动保存") if is_new else self.tr("已保存"))

    def close_talk(self) -> None:
        self.autosave.clear()
        self.talk = None
        self.set_enabled(False)

    def current(self) -> Talk:
        """The talk as it stands on screen (people left empty keep their last value)."""
        assert self.talk is not None
        return dataclasses.replace(
            self.talk, date=self.day.value() or date.today(), location=self.location.text().strip(),
            talker=self.talker.member() or self.talk.talker, talkee=self.talkee.member() or self.talk.talkee,
            kind=chosen_code(self.kind) or "谈心谈话", topic=self.topic.text().strip(),
            content=self.content.toPlainText(), talkee_views=self.views.toPlainText(),
            follow_up=self.follow_up.toPlainText(),
        )

    # --- saving -------------------------------------------------------------------------------------------
    def touched(self, *_: object) -> None:
        if self._loading or self.talk is None:
            return
        self.autosave.touch()
        self.state.setText(self.tr("正在保存…"))

    def save(self) -> bool:
        """Save now (Ctrl+S, leaving the page or the record)."""
        return self.autosave.flush()

    def _write(self) -> bool:
        """The autosave's write, in the background; False (nothing started) while the two people are missing."""
        if self.talk is None:
            self.autosave.finished(True)
            return True
        talk = self.current()
        if not talk.talker or not talk.talkee:
            self.state.setText(self.tr("请选择谈话人和谈话对象，选好后自动保存"))
            return False
        problem = first_problem(talk)
        if problem is not None:  # refused before the write, as the importer refuses it in a file
            self.state.setText(self.tr("未保存：内容超出限制"))
            return self.autosave.refuse(problem)
        self.ctx.writes.run(lambda store: store.save_talk(talk), Changes.of_talk(talk.id), initiator=self,
                            success=self._written, failure=self._not_written)
        return True

    def _written(self, stored: Talk) -> None:
        self.autosave.finished(True)
        if self.talk is None or self.talk.id != stored.id:
            return  # another talk is open by now
        self.talk, self.is_new = stored, False
        stamp = datetime.now().strftime("%H:%M:%S")
        self.state.setText(self.tr("已自动保存 {0}").format(stamp))
        self.ctx.saved.emit(self.tr("已自动保存 {0}").format(stamp))
        self.saved.emit(stored)

    def _not_written(self, error: Exception) -> None:
        self.state.setText(self.tr("未能保存，稍后自动重试"))
        self.autosave.write_failed(error)  # the text stays here and is tried again

    # --- paper --------------------------------------------------------------------------------------------
    def print_preview(self) -> None:
        """打印预览 (and Ctrl+P): the 谈心谈话记录表 as shown, saved first."""
        from ui.printing import print_preview

        if self.talk is not None:
            self.save()
            print_preview(self, self.ctx, self.current())

    def export(self, kind: str) -> None:
        """导出 Word… / 导出 PDF…: the record as shown, saved first."""
        from ui.documents.save import export_record

        if self.talk is not None:
            self.save()
            export_record(self, self.ctx, self.current(), kind)
