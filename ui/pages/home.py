"""首页: the branch at a glance — people, this year's meetings by kind, drafts to finish, reminders."""

from __future__ import annotations

from collections import Counter
from datetime import date

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

from models.domain import MEETING_TYPES
from models.roster.committee import term_warning
from models.rules import standing
from ui.context import AppContext
from ui.fmt import cn_date
from ui.pages.base import Page


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
    key = "home"

    def __init__(self, ctx: AppContext, window: QWidget) -> None:
        super().__init__(ctx)
        self.window_ = window
        self.today_label = QLabel()
        self.today_label.setObjectName("hint")
        self.header.addWidget(self.today_label)
        self.reminder = QLabel()
        self.reminder.setObjectName("banner")
        self.reminder.setWordWrap(True)
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
        roster.clicked.connect(lambda: window.show_page("roster"))
        buttons.addWidget(new)
        buttons.addWidget(roster)
        buttons.addStretch(1)
        grid.addWidget(people_card, 0, 0)
        grid.addWidget(year_card, 0, 1)
        grid.addWidget(recent_card, 1, 0, 1, 2)
        grid.setRowStretch(1, 1)
        self.outer.addLayout(buttons)
        self.outer.addLayout(grid, 1)
        ctx.roster_changed.connect(self._refresh_if_visible)
        ctx.meetings_changed.connect(self._refresh_if_visible)

    def page_title(self) -> str:
        return self.tr("首页")

    def _refresh_if_visible(self) -> None:
        if self.isVisible():
            self.activate()

    def activate(self) -> None:
        today = date.today()
        self.today_label.setText(self.tr("今天是 {0}").format(cn_date(today)))
        people = self.ctx.people()
        kinds = Counter(standing(p, today) or p.kind for p in people if not (p.left_on and p.left_on <= today))
        self.people_text.setText(self.tr(
            "正式党员 {0} 人，预备党员 {1} 人\n发展对象 {2} 人，入党积极分子 {3} 人").format(
            kinds["正式党员"], kinds["预备党员"], kinds["candidate"], kinds["activist"]))
        warning = term_warning(self.ctx.roster().data.committee, today)
        self.reminder.setText(warning or "")
        self.reminder.setVisible(bool(warning))
        store = self.ctx.store

        def read() -> tuple[list, list]:  # in the background: over many years this takes a moment
            this_year = store.meeting_summaries(year=today.year)
            return this_year, this_year[:8] if this_year else store.meeting_summaries()[:8]

        self.ctx.jobs.run(read, lambda found: self._show_meetings(today, *found))

    def _show_meetings(self, today: date, summaries: list, recent: list) -> None:
        by_type = Counter(s.type for s in summaries)
        drafts = sum(1 for s in summaries if s.status == "draft")
        lines = [f"{MEETING_TYPES[t]}：{by_type[t]} 次" for t in MEETING_TYPES if by_type[t]]
        if not lines:
            lines = [self.tr("{0}年还没有会议记录。").format(today.year)]
        if drafts:
            lines.append(self.tr("其中 {0} 条尚未定稿").format(drafts))
        self.year_text.setText("\n".join(lines))
        self.recent.clear()
        for s in recent:
            state = self.tr("草稿") if s.status == "draft" else self.tr("已定稿")
            item = QListWidgetItem(f"{cn_date(s.date)}　{MEETING_TYPES.get(s.type, s.type)}　{s.title}　（{state}）")
            item.setData(256, s.id)
            self.recent.addItem(item)

    def _open_recent(self, item: QListWidgetItem) -> None:
        self.window_.open_meeting(item.data(256))
