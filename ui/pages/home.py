"""首页: the branch at a glance — people, this year's meetings by kind, drafts to finish, reminders."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models.vocabulary import MEETING_TYPES
from ui.fmt import cn_date
from ui.operations import Changes
from ui.pages.base import Page

if TYPE_CHECKING:
    from models.glance import Glance
    from ui.context import AppContext


def _card(title: str) -> tuple[QFrame, QVBoxLayout]:
    frame = QFrame()
    frame.setObjectName("card")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(16, 12, 16, 12)
    label = QLabel(title)
    label.setStyleSheet("font-weight:600; font-size:14px; color:#1f2933;")
    layout.addWidget(label)
    return frame, layout


class HomePage(Page):
    """Made with the window's frame, before the store is open: the start fills it from the database file
    (`show_glance`); once the window is attached (`attach`) it reads the same glance through the store."""

    key = "home"

    def __init__(self, ctx: AppContext | None, window: QWidget) -> None:
        super().__init__(ctx)
        self.window_ = window
        self.glance_from_file = False  # filled by the launcher's glance; the window's attaching need not read again
        self.glance_day: date | None = None
        self.today_label = QLabel()
        self.today_label.setObjectName("hint")
        self.header.addWidget(self.today_label)
        self.reminder = QLabel()
        self.reminder.setObjectName("banner")
        self.reminder.setWordWrap(True)
        self.reminder.hide()
        self.outer.addWidget(self.reminder)
        grid = QGridLayout()
        grid.setSpacing(14)
        people_card, people_layout = _card(self.tr("党员情况"))
        self.people_text = QLabel()
        people_layout.addWidget(self.people_text)
        people_layout.addStretch(1)
        year_card, year_layout = _card(self.tr("本年度会议"))
        self.year_text = QLabel()
        year_layout.addWidget(self.year_text)
        year_layout.addStretch(1)
        recent_card, recent_layout = _card(self.tr("最近的记录（双击打开）"))
        self.recent = QListWidget()
        self.recent.itemDoubleClicked.connect(self._open_recent)
        recent_layout.addWidget(self.recent)
        buttons = QHBoxLayout()
        new = QPushButton(self.tr("新建会议记录"))
        new.setObjectName("primary")
        new.clicked.connect(lambda: window.new_meeting())
        roster = QPushButton(self.tr("打开党员名册"))
        roster.clicked.connect(lambda: window.go_to("roster"))
        buttons.addWidget(new)
        buttons.addWidget(roster)
        buttons.addStretch(1)
        grid.addWidget(people_card, 0, 0)
        grid.addWidget(year_card, 0, 1)
        grid.addWidget(recent_card, 1, 0, 1, 2)
        grid.setRowStretch(1, 1)
        self.outer.addLayout(buttons)
        self.outer.addLayout(grid, 1)
        if ctx is not None:
            self.attach(ctx)

    def attach(self, ctx: AppContext) -> None:
        self.ctx = ctx
        ctx.did_execute.connect(self._changed)

    def page_title(self) -> str:
        return self.tr("首页")

    def _changed(self, changes: Changes, _initiator: object) -> None:
        if changes.touches_records() and self.isVisible():
            self.activate()

    def activate(self) -> None:
        if self.ctx is None:  # the frame before the store: `show_glance` comes from the launcher
            return
        if self.glance_from_file and date.today() == self.glance_day:  # read from the file moments ago
            return
        store, today = self.ctx.store, date.today()
        self.ctx.jobs.run(lambda: store.glance(today), self.show_glance)  # over many years it takes a moment

    def show_glance(self, glance: Glance | None) -> None:
        if glance is None:
            return
        today = self.glance_day = glance.today
        self.today_label.setText(self.tr("今天是 {0}").format(cn_date(today)))
        people = glance.people
        self.people_text.setText(self.tr(
            "正式党员 {0} 人，预备党员 {1} 人\n发展对象 {2} 人，入党积极分子 {3} 人").format(
            people["正式党员"], people["预备党员"], people["candidate"], people["activist"]))
        self.reminder.setText(glance.term_warning or "")
        self.reminder.setVisible(bool(glance.term_warning))
        lines = [f"{name}：{glance.meetings[t]} 次" for t, name in MEETING_TYPES.items() if glance.meetings.get(t)]
        if not lines:
            lines = [self.tr("{0}年还没有会议记录。").format(today.year)]
        if glance.drafts:
            lines.append(self.tr("其中 {0} 条尚未定稿").format(glance.drafts))
        self.year_text.setText("\n".join(lines))
        self.recent.clear()
        for m in glance.recent:
            state = self.tr("草稿") if m.status == "draft" else self.tr("已定稿")
            item = QListWidgetItem(f"{cn_date(m.date)}　{MEETING_TYPES.get(m.type, m.type)}　{m.title}　（{state}）")
            item.setData(256, m.id)  # Qt.UserRole
            self.recent.addItem(item)

    def _open_recent(self, item: QListWidgetItem) -> None:
        self.window_.open_meeting(item.data(256))
