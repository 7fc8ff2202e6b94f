"""谈心谈话: the year's talks with their editor, and the year's coverage (who still owes a talk)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSplitter, QTabWidget, QVBoxLayout, QWidget

from models.domain import BranchData, Talk, new_id
from models.orglife import talk_coverage
from ui.context import AppContext
from ui.errors import Notice, show_error
from ui.fmt import cn_date
from ui.operations import Changes
from ui.pages.base import Page
from ui.talks.coverage_view import CoverageView
from ui.talks.editor import TalkEditor
from ui.talks.list_view import TalkList
from ui.widgets.year_combo import YearCombo


class TalksPage(Page):
    key = "talks"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.year = YearCombo()
        self.header.addWidget(QLabel(self.tr("年度")))
        self.header.addWidget(self.year)
        self.list = TalkList(ctx)
        self.editor = TalkEditor(ctx)
        self.coverage = CoverageView(ctx)
        self.new_button = QPushButton(self.tr("登记谈话"))
        self.new_button.setObjectName("primary")
        self.count = QLabel()
        self.count.setObjectName("hint")
        self.tabs = QTabWidget()
        self.tabs.addTab(self._records_tab(), self.tr("谈话记录"))
        self.tabs.addTab(self.coverage, self.tr("谈话覆盖情况"))
        self.outer.addWidget(self.tabs, 1)
        self.year.currentIndexChanged.connect(self.reload)
        self.list.selected.connect(self.open_talk)
        self.new_button.clicked.connect(self.new_record)
        self.editor.saved.connect(self._talk_saved)
        self.editor.delete_requested.connect(self.delete_talk)
        self.coverage.record_requested.connect(self.record_missing)
        self.coverage.open_requested.connect(self._open_from_coverage)
        ctx.did_execute.connect(self._changed)

    def _records_tab(self) -> QWidget:
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        bar.addWidget(self.count, 1)
        bar.addWidget(self.new_button)
        column.addLayout(bar)
        column.addWidget(self.list, 1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.editor)
        splitter.setSizes([420, 640])
        return splitter

    def page_title(self) -> str:
        return self.tr("谈心谈话")

    # --- years and reloading ------------------------------------------------------------------------------
    def selected_year(self) -> int:
        return self.year.year()

    def activate(self) -> None:
        self.year.fill({*self.ctx.store.years_with_records(), date.today().year})
        self.reload()

    def show_coverage(self, year: int) -> None:
        """The coverage of `year`: who has talked with whom, and who is still owed a talk."""
        self.set_year(year)
        self.tabs.setCurrentIndex(1)

    def set_year(self, year: int) -> None:
        self.year.select(year)

    def reload(self) -> None:
        if not self.editor.save():
            return
        year = self.selected_year()
        talks = self.ctx.store.talks(year)
        current = self.editor.talk.id if self.editor.talk is not None else None
        self.list.show_talks(talks, current)
        self.count.setText(self.tr("{0}年共 %n 次谈话", "", len(talks)).format(year))
        roster = self.ctx.roster().data
        data = BranchData(roster.branch, roster.groups, roster.members, roster.committee, talks=tuple(talks),
                          rules=self.ctx.store.own_rules(), committee_changes=roster.committee_changes)
        self.coverage.show_coverage(talk_coverage(data, year), talks)

    def _changed(self, changes: Changes, _initiator: object) -> None:
        if changes.touches_roster():
            self.editor.save()
            self.editor.refill_people()

    def view_state(self) -> object:
        talk = self.editor.talk if not self.editor.is_new else None
        return self.selected_year(), self.tabs.currentIndex(), talk.id if talk is not None else None

    def show_view_state(self, state: object) -> None:
        year, tab, talk_id = state  # type: ignore[misc]
        self.set_year(year)
        if talk_id is not None:
            self._open_from_coverage(talk_id)
        self.tabs.setCurrentIndex(tab)

    # --- records ------------------------------------------------------------------------------------------
    def open_talk(self, talk_id: str) -> None:
        if self.editor.talk is not None and self.editor.talk.id == talk_id:
            return
        if not self.editor.save():
            self.list.select(self.editor.talk.id if self.editor.talk else None)
            return
        self.ctx.writes.settle()  # the talk being left is written before the list moves on
        self.editor.open(self.ctx.store.talk(talk_id))

    def show_talk(self, talk_id: str) -> None:
        """One talk opened and chosen in its year's list (a search result)."""
        talk = self.ctx.store.talk(talk_id)
        if talk.date.year != self.selected_year():
            self.set_year(talk.date.year)
            self.reload()
        self._open_from_coverage(talk_id)

    def _open_from_coverage(self, talk_id: str) -> None:
        self.tabs.setCurrentIndex(0)
        self.open_talk(talk_id)
        self.list.select(talk_id)

    def new_record(self) -> None:
        self.record_missing("", "")

    def record_missing(self, talker: str, talkee: str) -> None:
        """A new talk with the two people filled in; written with the clerk's first edit."""
        if not self.editor.save():
            return
        year = self.selected_year()
        today = date.today()
        day = today if today.year == year else date(year, 12, 31)
        self.tabs.setCurrentIndex(0)
        self.list.clearSelection()
        self.editor.open(Talk(new_id(), day, talker, talkee), is_new=True)
        (self.editor.content if talker and talkee else self.editor.talker).setFocus()

    def _talk_saved(self, talk: Talk) -> None:
        if talk.date.year != self.selected_year():
            self.set_year(talk.date.year)
        else:
            self.reload()

    def delete_talk(self, talk: Talk) -> None:
        text = self.tr("删除{0}{1}与{2}的谈话记录？删除后无法恢复。").format(
            cn_date(talk.date), self.ctx.name(talk.talker), self.ctx.name(talk.talkee))
        if not Notice.confirm(self, self.tr("删除谈话记录"), text):
            return
        stored = not self.editor.is_new
        self.editor.close_talk()
        if stored:
            self.ctx.writes.run(lambda store: store.delete_talk(talk.id), Changes.of_talk(talk.id), initiator=self,
                                success=lambda _: self.reload(), failure=lambda error: show_error(self, error))
        else:
            self.reload()

    # --- the menus ----------------------------------------------------------------------------------------
    def save_now(self) -> bool:
        return self.editor.save()

    def unsaved(self) -> bool:
        return self.editor.autosave.failed

    def unsaved_records(self) -> list[object]:
        return [self.editor.current()] if self.editor.talk is not None and self.unsaved() else []

    def print_current(self) -> None:
        if self.editor.talk is not None:
            self.editor.print_preview()
        else:
            Notice.info(self, self.tr("打印"), self.tr("请先选择一条谈话记录。"))
