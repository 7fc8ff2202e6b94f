"""首页: the branch at a glance — reminders, this year's duties by month, people, the latest records.

Made with the window's frame, before the store is open: the start fills the people, meetings and latest records
from the database file (`show_glance`); the duties grid and the reminders come from the store once it is open
(`show_overview`), computed by models.overview from the compliance report.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from models.vocabulary import MEETING_TYPES
from ui.fmt import cn_date
from ui.joiners import bracketed, spaced
from ui.pages.base import Page
from ui.widgets.year_combo import YearCombo
from ui.words import label, sentence, word_for

if TYPE_CHECKING:
    from models.glance import Glance
    from models.overview.grid import GridCell, GridRow
    from models.overview.home import HomeOverview
    from models.overview.reminders import Reminder
    from models.services import Store
    from ui.context import AppContext
    from ui.home.cell_panel import CellPanel
    from ui.home.duty_grid import DutyGrid
    from ui.home.reminder_list import ReminderList
    from ui.operations import Changes


def _card(title: str) -> tuple[QFrame, QVBoxLayout]:
    frame = QFrame()
    frame.setObjectName("card")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(16, 12, 16, 12)
    label = QLabel(title)
    label.setObjectName("cardTitle")
    layout.addWidget(label)
    return frame, layout


def _read_overview(store: Store, year: int, today: date) -> HomeOverview:
    """On the worker thread: the figures, and the modules that show them imported meanwhile (the first time)."""
    from models.overview.home import home_overview, newest_backup_day
    from ui.home import duty_grid, reminder_list  # noqa: F401

    return home_overview(store, year, today, newest_backup_day())


class HomePage(Page):
    """Made with the window's frame, before the store is open: the start fills it from the database file
    (`show_glance`); once the window is attached (`attach`) it reads the same glance through the store, and the
    grid and reminders (`show_overview`)."""

    key = "home"
    overview_shown = Signal()  # the grid and reminders are on screen

    def __init__(self, ctx: AppContext | None, window: QWidget) -> None:
        super().__init__(ctx)
        self.window_ = window
        self.glance_from_file = False  # filled by the launcher's glance; the window's attaching need not read again
        self.glance_day: date | None = None
        self.overview: HomeOverview | None = None
        self._overview_asked = False  # the attaching asked for it: the first activate need not ask again
        self._stale = False  # something was written while the page was not on screen: read again when shown
        self.today_label = QLabel()
        self.today_label.setObjectName("hint")
        self.today_label.setWordWrap(True)  # on two lines when the header is short of room (200 %)
        self.header.addWidget(self.today_label)
        self._make_tools()
        self.reminder = QLabel()
        self.reminder.setObjectName("banner")
        self.reminder.setWordWrap(True)
        self.reminder.hide()
        self.outer.addWidget(self.reminder)
        content = QWidget()
        column = self.column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 8, 0)
        column.setSpacing(12)
        # the reminders, the grid and the cell's panel are made when the store has given their figures: the start
        # does not wait for their modules and widgets
        self.reminders: ReminderList | None = None
        self.grid: DutyGrid | None = None
        self.cell_panel: CellPanel | None = None
        column.addWidget(self._make_grid_card())
        column.addLayout(self._make_buttons())
        column.addLayout(self._make_cards(), 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        self.outer.addWidget(scroll, 1)
        if ctx is not None:
            self.attach(ctx)

    # --- construction -------------------------------------------------------------------------------------
    def _make_tools(self) -> None:
        self.year = YearCombo()
        self.year.setToolTip(self.tr("查看以往年度的落实情况"))
        self.year.fill([date.today().year])
        self.year.currentIndexChanged.connect(lambda _: self.load_overview())
        self.print_button = QPushButton(self.tr("打印一览"))
        self.print_button.setEnabled(False)
        self.print_button.clicked.connect(self.print_grid)
        self.rules_button = QPushButton(self.tr("本支部的要求…"))
        self.rules_button.setToolTip(self.tr("各项组织生活的频次（默认按党内规定），可按本支部实际调整"))
        self.rules_button.setEnabled(False)
        self.rules_button.clicked.connect(self.edit_rules)
        self.header.addSpacing(16)
        for widget in (self.year, self.print_button, self.rules_button):
            self.header.addWidget(widget)

    def _make_grid_card(self) -> QFrame:
        card, layout = _card(self.tr("本年度落实情况"))
        self.grid_card = layout
        self.grid_title = card.findChild(QLabel)
        self.grid_wait = QLabel(self.tr("正在统计本年度各项组织生活的落实情况…"))
        self.grid_wait.setObjectName("hint")
        layout.addWidget(self.grid_wait)
        return card

    def _make_overview_widgets(self) -> None:
        """The reminders above the grid's card, the grid in it: once, for the first figures."""
        from ui.home.duty_grid import DutyGrid
        from ui.home.reminder_list import ReminderList

        self.reminders = ReminderList()
        self.reminders.follow.connect(self.follow)
        self.reminders.put_off.connect(self.put_off)
        self.column.insertWidget(0, self.reminders)
        self.grid = DutyGrid()
        self.grid.chosen.connect(self._cell_chosen)
        row = QHBoxLayout()
        row.addWidget(self.grid)
        row.addStretch(1)
        self.grid_card.addLayout(row)
        self.grid_hint = QLabel(self.tr("点击上表中的一格，查看计入该期的会议，或按模板补建缺少的会议。"))
        self.grid_hint.setObjectName("hint")
        self.grid_card.addWidget(self.grid_hint)

    def _make_cell_panel(self) -> CellPanel:
        """Under the grid, at the first click on a cell (its list is the dearest widget of the page to make)."""
        from ui.home.cell_panel import CellPanel

        panel = self.cell_panel = CellPanel()
        panel.open_meeting.connect(lambda meeting_id: self.window_.open_meeting(meeting_id))
        panel.create.connect(self.create_missing)
        panel.go_to.connect(lambda key: self.window_.go_to(key))
        self.grid_hint.hide()
        self.grid_card.addWidget(panel)
        return panel

    def _make_buttons(self) -> QHBoxLayout:
        buttons = QHBoxLayout()
        new = QPushButton(self.tr("新建会议记录"))
        new.setObjectName("primary")
        new.clicked.connect(lambda: self.window_.new_meeting())
        roster = QPushButton(self.tr("打开党员名册"))
        roster.clicked.connect(lambda: self.window_.go_to("roster"))
        buttons.addWidget(new)
        buttons.addWidget(roster)
        buttons.addStretch(1)
        return buttons

    def _make_cards(self) -> QGridLayout:
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
        self.recent.setMinimumHeight(150)
        self.recent.itemActivated.connect(self._open_recent)  # a double click, or Enter
        recent_layout.addWidget(self.recent)
        grid.addWidget(people_card, 0, 0)
        grid.addWidget(year_card, 0, 1)
        grid.addWidget(recent_card, 0, 2)
        grid.setColumnStretch(2, 1)
        return grid

    # --- the store ----------------------------------------------------------------------------------------
    def attach(self, ctx: AppContext) -> None:
        self.ctx = ctx
        ctx.did_execute.connect(self._changed)
        self.rules_button.setEnabled(True)
        self.load_overview()
        self._overview_asked = True

    def page_title(self) -> str:
        return self.tr("首页")

    def _changed(self, changes: Changes, _initiator: object) -> None:
        """Records or the branch's rules written: shown again now if on screen, else when next shown."""
        if not changes.touches_records():
            return
        self._stale = True
        if self.isVisible():
            self.activate()

    def activate(self) -> None:
        if self.ctx is None:  # the frame before the store: `show_glance` comes from the launcher
            return
        stale, self._stale = self._stale, False
        if self._overview_asked and not stale:  # read at attach and nothing written since
            self._overview_asked = False
        else:
            self._overview_asked = False
            self.load_overview()
            if stale and self.grid is not None:  # a record of another year may have been written
                self.ctx.jobs.run(self.ctx.store.years_with_records, self._fill_years)
            self.glance_from_file = False
        if self.glance_from_file and date.today() == self.glance_day:  # read from the file moments ago
            return
        store, today = self.ctx.store, date.today()
        self.ctx.jobs.run(lambda: store.glance(today), self.show_glance)  # over many years it takes a moment

    def load_overview(self) -> None:
        """Read the chosen year's grid and today's reminders in the background, then show them."""
        if self.ctx is None:
            return
        store, year, today = self.ctx.store, self.year.year(), date.today()
        self.ctx.jobs.run(lambda: _read_overview(store, year, today), self.show_overview)

    def _fill_years(self, years: list[int]) -> None:
        self.year.fill([*years, date.today().year], prefer=self.year.year())

    # --- showing ------------------------------------------------------------------------------------------
    def show_glance(self, glance: Glance | None) -> None:
        if glance is None:
            return
        today = self.glance_day = glance.today
        self.today_label.setText(self.tr("今天是 {0}").format(cn_date(today)))
        people = glance.people
        self.people_text.setText(self.tr("{0}，{1}\n{2}，{3}").format(
            self.tr("正式党员 %n 人", "", people["正式党员"]), self.tr("预备党员 %n 人", "", people["预备党员"]),
            self.tr("发展对象 %n 人", "", people["candidate"]), self.tr("入党积极分子 %n 人", "", people["activist"])))
        self.reminder.setText(sentence(glance.term_warning or ""))
        self.reminder.setVisible(bool(glance.term_warning) and self.overview is None)  # later one of the reminders
        lines = [self.tr("{0}：%n 次", "", glance.meetings[t]).format(label(name)) for t, name in MEETING_TYPES.items()
                 if glance.meetings.get(t)]
        if not lines:
            lines = [self.tr("{0}年还没有会议记录。").format(today.year)]
        if glance.drafts:
            lines.append(self.tr("其中 {0} 条尚未定稿").format(glance.drafts))
        self.year_text.setText("\n".join(lines))
        self.recent.clear()
        for m in glance.recent:
            state = self.tr("草稿") if m.status == "draft" else self.tr("已定稿")
            item = QListWidgetItem(spaced([cn_date(m.date), word_for(MEETING_TYPES, m.type), m.title,
                                           bracketed(state)]))
            item.setData(256, m.id)  # Qt.UserRole
            self.recent.addItem(item)

    def show_overview(self, overview: HomeOverview) -> None:
        from models.overview.reminders import shown
        from ui.home.reminder_list import put_off_until

        if overview.grid.year != self.year.year():  # read for a year the clerk has since left
            return
        if self.grid is None:
            self._make_overview_widgets()
            store = self.ctx.store if self.ctx is not None else None
            if store is not None:  # the years with records, for the year box: after the figures, not beside them
                self.ctx.jobs.run(store.years_with_records, self._fill_years)
        assert self.grid is not None and self.reminders is not None
        previous = self.overview
        self.overview = overview
        grid = overview.grid
        self.grid_title.setText(self.tr("{0}年度落实情况").format(grid.year))
        self.grid.show_grid(grid)
        self.grid.show()
        self.grid_wait.hide()
        self.print_button.setEnabled(True)
        self.reminder.hide()
        showing = shown(list(overview.reminders), put_off_until(), grid.as_of)
        self.reminders.show_reminders(showing)
        self.reminders.show()
        if previous is None and showing and self.ctx is not None and self._opened_elsewhere():
            # the window opened on another page: the reminders are told at start all the same
            self.ctx.message.emit(self.tr("首页有 %n 项提醒", "", len(showing)))
        panel = self.cell_panel
        if panel is not None and panel.row is not None and self.grid.selected is not None \
                and previous is not None and previous.grid.year == grid.year:
            r, c = self.grid.selected
            panel.show_cell(grid, grid.rows[r], grid.rows[r].cells[c], overview.locked)  # the same cell, new figures
        else:
            self.grid.selected = None
            if panel is not None:
                panel.clear_cell()
                panel.hide()
                self.grid_hint.show()
        self.overview_shown.emit()

    def _opened_elsewhere(self) -> bool:
        """The window shows another page of the navigation (not a search the clerk asked for meanwhile)."""
        current = getattr(self.window_, "current_page", lambda: None)()
        return current is not None and current is not self and getattr(current, "key", "") not in ("", "search")

    def _cell_chosen(self, row: int, cell: int) -> None:
        if self.overview is None:
            return
        grid = self.overview.grid
        panel = self.cell_panel or self._make_cell_panel()
        panel.show_cell(grid, grid.rows[row], grid.rows[row].cells[cell], self.overview.locked)
        panel.show()
        self.grid_hint.hide()

    def _open_recent(self, item: QListWidgetItem) -> None:
        self.window_.open_meeting(item.data(256))

    # --- actions ------------------------------------------------------------------------------------------
    def create_missing(self, row: GridRow, cell: GridCell) -> None:
        """The 新建会议记录 dialog for the meeting a cell lacks: its kind, its group, a day in its period."""
        from ui.meetings.new_dialog import NewMeeting

        kind = row.meeting_type
        if kind is None:
            return
        today, period = date.today(), cell.period
        day = today if today in period else period.last if period.last < today else period.first
        group = row.group if kind == "group_meeting" else None
        self.window_.show_page("meetings").new_record(NewMeeting(kind, day, group))

    def follow(self, reminder: Reminder) -> None:
        """Go where the reminder is done."""
        window = self.window_
        if reminder.kind == "duty" and self.overview is not None:
            grid = self.overview.grid
            row = next((r for r in grid.rows if r.key == reminder.target and r.group == reminder.group), None)
            cell = next((c for c in row.cells if c.period.label == reminder.period), None) if row else None
            if row is not None and cell is not None:
                self.create_missing(row, cell)
                return
        if reminder.kind == "draft" and reminder.target:
            window.open_meeting(reminder.target)
        elif reminder.kind == "draft":  # many: the list of drafts, every year
            window.show_page("meetings").show_drafts()  # type: ignore[attr-defined]
        elif reminder.kind in ("probation", "path") and reminder.target:
            window.open_person(reminder.target)
        elif reminder.kind == "committee":
            window.show_page("settings").show_section("branch")  # type: ignore[attr-defined]
        elif reminder.kind == "term":
            window.show_page("roster").show_committee()  # type: ignore[attr-defined]
        elif reminder.kind == "talks":
            window.open_talk_coverage(self.overview.grid.as_of.year if self.overview else date.today().year)
        else:
            window.go_to(reminder.where)

    def put_off(self, reminder: Reminder) -> None:
        from ui.home.reminder_list import put_off

        put_off(reminder.key, date.today())
        if self.overview is not None:
            self.show_overview(self.overview)

    def print_grid(self) -> None:
        if self.overview is None:
            return
        from ui.home.grid_print import grid_title, print_grid

        print_grid(self, self.overview.grid, grid_title(self.window_.branch_label.text(), self.overview.grid))

    def edit_rules(self) -> None:
        if self.ctx is None:
            return
        from ui.settings_pages.rules_dialog import RulesDialog

        RulesDialog.ask(self, self.ctx)  # once written, the change (its branch) redraws the grid: `_changed`
