"""党委总览: for one year, every branch the login sees against the duties (the home grid's states and symbols),
the count of 缺 per branch; the table as Excel, the year's archive of one branch or of all, and a branch opened
read-only by a double-click. Shown to a 党委 reader, and wherever the database holds several branches."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressDialog, QPushButton, QWidget

from ui import options
from ui.errors import show_error
from ui.operations import Changes
from ui.pages.base import Page
from ui.party.overview_table import OverviewTable
from ui.widgets.year_combo import YearCombo

if TYPE_CHECKING:
    from models.overview.party import BranchListing, PartyOverview
    from models.server.login import Login
    from ui.context import AppContext
    from ui.party.branch_view import BranchView


def _read(engine, year: int, today: date) -> tuple[PartyOverview, list[int]]:  # type: ignore[no-untyped-def]
    """On the worker thread: the year's table and the years any branch has records in."""
    from models.overview.party import party_overview, party_years

    return party_overview(engine, year, today), party_years(engine)


class PartyPage(Page):
    key = "party"
    overview_shown = Signal()  # the table shows the year's figures

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.overview: PartyOverview | None = None
        self.views: list[BranchView] = []  # the branches opened read-only, kept while their windows are open
        self.progress: QProgressDialog | None = None
        self._generation = 0
        self.year = YearCombo("{0} 年度")
        self.year.fill([date.today().year])
        self.year.currentIndexChanged.connect(lambda _: self.load())
        self.header.addSpacing(16)
        self.header.addWidget(self.year)
        self.state = QLabel(self.tr("正在统计各党支部的落实情况…"))
        self.state.setObjectName("hint")
        self.state.setWordWrap(True)
        self.outer.addWidget(self.state)
        self.table = OverviewTable()
        self.table.opened.connect(self.open_branch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.outer.addWidget(self.table, 1)
        self.legend = QLabel(self.tr("✓ 已落实　✗ 缺（期限已过未开）　◐ 本期待办　○ 待开展　– 无需开展；"
                                     "“3/4”为已落实的期数/应开展的期数。双击一个支部，只读查看它的记录。"))
        self.legend.setObjectName("hint")
        self.legend.setWordWrap(True)
        self.outer.addWidget(self.legend)
        self.actions = QHBoxLayout()
        self.excel_button = self.add_action_button(self.tr("导出 Excel…"), self.export_excel)
        self.view_button = self.add_action_button(self.tr("查看所选支部（只读）"), self._open_selected)
        self.archive_button = self.add_action_button(self.tr("生成所选支部的本年度档案…"), self.archive_selected)
        self.archive_all_button = self.add_action_button(self.tr("生成全部支部的本年度档案…"), self.archive_all)
        self.hand_in_button = self.add_action_button(self.tr("导入报送文件…"), self.import_hand_ins)
        self.actions.addStretch(1)
        self.outer.addLayout(self.actions)
        self._selection_changed()
        self._set_ready(False)

    def page_title(self) -> str:
        return self.tr("党委总览")

    def add_action_button(self, text: str, slot: Callable[[], object]) -> QPushButton:
        """One more button on the page's row of actions (before the row's stretch), e.g. 导入支部报送…"""
        button = QPushButton(text)
        button.clicked.connect(lambda _checked=False: slot())
        stretch = self.actions.count() - 1
        if stretch >= 0 and self.actions.itemAt(stretch).spacerItem() is not None:
            self.actions.insertWidget(stretch, button)
        else:
            self.actions.addWidget(button)
        return button

    def import_hand_ins(self) -> None:
        """The branches' year files handed in (offline reporting), each into its branch; the table reads again."""
        from ui.party.hand_in import import_hand_ins

        import_hand_ins(self, self.ctx.store, self._handed_in)

    def _handed_in(self, _results: list) -> None:
        self.ctx.did_execute.emit(Changes(everything=True), self)  # branches may have been added: the window looks
        self.load()

    def can_import(self, login: Login | None) -> bool:
        """A 党委 reader's login writes nothing: handing in is for the 党委's own file (or the server's owner)."""
        return login is None or not login.is_reader

    def activate(self) -> None:
        window = self.window()
        self.hand_in_button.setVisible(self.can_import(getattr(window, "login", None)))
        self.load()  # branches may have been added or handed in since the page was last shown

    def load(self) -> None:
        """Read the chosen year's table in the background; the page says it is counting meanwhile."""
        self._generation += 1
        generation, engine, year, today = self._generation, self.ctx.store.engine, self.year.year(), date.today()
        self.state.setText(self.tr("正在统计各党支部 {0} 年度的落实情况…").format(year))
        self._set_ready(False)

        def done(result: tuple[PartyOverview, list[int]]) -> None:
            if generation == self._generation:
                self.show_overview(*result)

        self.ctx.jobs.run(lambda: _read(engine, year, today), done)

    def show_overview(self, overview: PartyOverview, years: list[int]) -> None:
        self.year.fill([*years, overview.year, date.today().year], prefer=overview.year)
        self.overview = overview
        self.table.show_overview(overview)
        behind = sum(1 for line in overview.lines if line.missing)
        self.state.setText(self.tr("{0} 年度，截至 {1}：共 {2} 个党支部，其中 {3} 个有缺项。").format(
            overview.year, f"{overview.as_of.year}年{overview.as_of.month}月{overview.as_of.day}日",
            len(overview.lines), behind))
        self._set_ready(True)
        self.overview_shown.emit()

    def _set_ready(self, ready: bool) -> None:
        for button in (self.excel_button, self.archive_all_button):
            button.setEnabled(ready and self.overview is not None and bool(self.overview.lines))
        self._selection_changed()

    def _selection_changed(self) -> None:
        chosen = self.table.selected_branch() is not None
        self.view_button.setEnabled(chosen)
        self.archive_button.setEnabled(chosen and self.progress is None)

    # --- actions ------------------------------------------------------------------------------------------
    def _open_selected(self) -> None:
        branch = self.table.selected_branch()
        if branch is not None:
            self.open_branch(branch)

    def open_branch(self, branch: BranchListing) -> BranchView:
        """The branch read-only, in a window of its own (one per branch: asked again, it comes to the front)."""
        from ui.party.branch_view import BranchView

        for view in self.views:
            if view.branch.id == branch.id:
                view.raise_()
                view.activateWindow()
                return view
        view = BranchView(self.ctx.store.engine, branch, self.year.year(), self.window())
        view.setWindowFlag(Qt.WindowType.Window)
        self.views.append(view)
        view.destroyed.connect(lambda _=None, v=view: self.views.remove(v) if v in self.views else None)
        view.show()
        return view

    def export_excel(self) -> None:
        if self.overview is None:
            return
        from exports.atomic import write_atomic
        from exports.overview import overview_xlsx
        from ui.dialogs.saved_file import tell_saved
        from ui.documents.dialogs import remember_folder
        from ui.stats.save import SaveFileDialog

        path = SaveFileDialog.ask(self, self.tr("{0}年度各党支部组织生活落实情况").format(self.overview.year), "xlsx")
        if path is None:
            return
        remember_folder(path.parent)
        data = overview_xlsx(self.overview, datetime.now(UTC).replace(tzinfo=None, microsecond=0))
        try:
            write_atomic(path, data)
        except OSError as error:
            show_error(self, error)
            return
        tell_saved(self, self.tr("已导出"), path)

    def archive_selected(self) -> None:
        branch = self.table.selected_branch()
        if branch is not None:
            self.build_archives([branch])

    def archive_all(self) -> None:
        if self.overview is not None and self.overview.lines:
            self.build_archives([line.branch for line in self.overview.lines])

    def build_archives(self, branches: list[BranchListing]) -> None:
        """The year's archive of each branch (as 年度归档 makes one), one after the other, with progress."""
        from ui.pages.archive import FolderChooser, default_folder

        if self.progress is not None or not branches:
            return
        year = self.year.year()
        folder = FolderChooser.ask(self, options.ARCHIVE_FOLDER.get() or default_folder())
        if not folder:
            return
        options.ARCHIVE_FOLDER.set(folder)
        self.progress = QProgressDialog(self.tr("正在生成 {0} 年度档案…").format(year), "", 0, 0, self)
        self.progress.setCancelButton(None)
        self.progress.setWindowTitle(self.tr("生成年度档案"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(0)
        self.progress.show()
        self._set_ready(self.overview is not None)
        self.archive_all_button.setEnabled(False)
        engine, out_dir = self.ctx.store.engine, Path(folder)

        def build(progress):  # type: ignore[no-untyped-def]
            from exports.archive.branches import branch_archives

            return branch_archives(engine, branches, year, out_dir, progress)

        self.ctx.jobs.run_with_progress(build, self._progressed, lambda made: self._built(out_dir, made),
                                        self._not_built)

    def _progressed(self, done: int, total: int, what: str) -> None:
        dialog = self.progress  # a modal dialog's setValue lets events through: the end may come meanwhile
        if dialog is not None:
            dialog.setLabelText(what)
            dialog.setMaximum(total)
            dialog.setValue(done)

    def _built(self, out_dir: Path, made: list[Path]) -> None:
        from ui.dialogs.saved_file import tell_saved

        self._end_progress()
        listed = "\n".join(f"· {path.name}" for path in made[:12])
        more = self.tr("\n……共 {0} 个").format(len(made)) if len(made) > 12 else ""
        self.ctx.message.emit(self.tr("已生成 {0} 个党支部的年度档案").format(len(made)))
        tell_saved(self, self.tr("年度档案已生成"), out_dir if len(made) > 1 else made[0], self.tr(
            "已生成 {0} 个党支部的年度档案（每个支部一个文件夹和同名 zip），存放在：{1}\n{2}{3}").format(
                len(made), out_dir, listed, more))

    def _not_built(self, error: Exception) -> None:
        self._end_progress()
        show_error(self, error)

    def _end_progress(self) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
        self._set_ready(self.overview is not None)

    def is_building(self) -> bool:
        return self.progress is not None

