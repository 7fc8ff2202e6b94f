"""党员名册: people, Party groups and the committee, with Excel import and export."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QTabWidget, QWidget

from models.roster import export_roster
from ui import options
from ui.context import AppContext
from ui.errors import Notice, show_error
from ui.operations import Changes
from ui.pages.base import Page
from ui.roster.committee_tab import CommitteeTab
from ui.roster.groups_tab import GroupsTab
from ui.roster.path_tab import PathTab
from ui.roster.people_tab import PeopleTab
from ui.widgets.start_folder import remember, start_folder
from ui.words import sentence


class RosterPage(Page):
    key = "roster"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.tabs = QTabWidget()
        self.people = PeopleTab(ctx)
        self.groups = GroupsTab(ctx)
        self.committee = CommitteeTab(ctx)
        self.path = PathTab(ctx)
        self.tabs.addTab(self.people, self.tr("人员"))
        self.tabs.addTab(self.groups, self.tr("党小组"))
        self.tabs.addTab(self.committee, self.tr("支部委员会"))
        self.tabs.addTab(self.path, self.tr("发展党员"))
        self.outer.addWidget(self.tabs, 1)
        self.people.import_requested.connect(self.import_excel)
        self.people.export_requested.connect(self.export_excel)
        ctx.did_execute.connect(self._changed)
        self._loaded = False

    def page_title(self) -> str:
        return self.tr("党员名册")

    def restore_state(self) -> None:
        self.people.restore_filters()

    def activate(self) -> None:
        if not self._loaded:
            self.reload()

    def _changed(self, changes: Changes, _initiator: object) -> None:
        if changes.touches_roster():
            self.reload()

    def reload(self) -> None:
        self._loaded = True
        self.people.reload()
        self.groups.reload()
        self.committee.reload()
        self.path.reload()

    def show_person(self, person_id: str) -> None:
        """One person in the roster, whoever it is (those who left included): a search result opened."""
        self.tabs.setCurrentWidget(self.people)
        self.people.presence_filter.setCurrentIndex(2)
        self.people.select(person_id)

    def show_committee(self) -> None:
        """The committee's tab: a reminder of the term ending leads here."""
        self.tabs.setCurrentWidget(self.committee)

    def new_record(self) -> None:
        self.tabs.setCurrentWidget(self.people)
        self.people.add_person()

    def import_excel(self) -> None:
        from ui.roster.import_dialog import ImportDialog

        path = ask_open_path(self, self.tr("选择名册 Excel 文件"), self.tr("Excel 工作簿 (*.xlsx)"))
        if not path:
            return
        result = ImportDialog.ask(self, self.ctx, path)
        if result is not None and result.imported:
            Notice.info(self, self.tr("导入完成"), sentence(result.message))

    def export_excel(self) -> None:
        path = ask_save_path(self, self.tr("导出名册"), self.tr("党员名册.xlsx"), self.tr("Excel 工作簿 (*.xlsx)"))
        if not path:
            return
        try:
            export_roster(self.ctx.people(), self.ctx.groups(), path)
        except Exception as error:  # told to the clerk
            show_error(self, error)
            return
        from ui.dialogs.saved_file import tell_saved

        tell_saved(self, self.tr("名册已导出"), path)


def ask_open_path(parent: QWidget, title: str, filter_text: str) -> str:
    """A file to open (tests replace this function)."""
    path, _ = QFileDialog.getOpenFileName(parent, title, start_folder(options.ROSTER_FOLDER), filter_text)
    remember(path, options.ROSTER_FOLDER)
    return path


def ask_save_path(parent: QWidget, title: str, name: str, filter_text: str) -> str:
    start = Path(start_folder(options.ROSTER_FOLDER)) / name
    path, _ = QFileDialog.getSaveFileName(parent, title, str(start), filter_text)
    if path and not path.lower().endswith(".xlsx"):
        path += ".xlsx"
    remember(path, options.ROSTER_FOLDER)
    return path
