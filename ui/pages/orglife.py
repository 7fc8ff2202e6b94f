"""组织生活会与民主评议: the year's 组织生活会 dossier, its rectification list (整改清单) and the democratic
evaluation of members (民主评议党员), each with its forms."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QLabel, QPushButton, QTabWidget, QWidget

from ui.context import AppContext
from ui.errors import Notice
from ui.orglife import forms
from ui.orglife.dossier_view import DossierView
from ui.orglife.evaluation_view import EvaluationView
from ui.orglife.export import export_form, preview_form
from ui.orglife.meeting_picker import MeetingPickerDialog
from ui.orglife.rectification_view import RectificationView
from ui.pages.base import Page
from ui.widgets.year_combo import YearCombo


class OrgLifePage(Page):
    key = "orglife"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.year = YearCombo()
        self.sign_in_button = QPushButton(self.tr("会议签到表…"))
        self.sign_in_button.setToolTip(self.tr("为本年度任一次会议打印带应到人员姓名的签到表"))
        self.header.addWidget(self.sign_in_button)
        self.header.addSpacing(12)
        self.header.addWidget(QLabel(self.tr("年度")))
        self.header.addWidget(self.year)
        self.dossier = DossierView(ctx)
        self.rectifications = RectificationView(ctx)
        self.evaluation = EvaluationView(ctx)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.dossier, self.tr("组织生活会"))
        self.tabs.addTab(self.rectifications, self.tr("整改清单"))
        self.tabs.addTab(self.evaluation, self.tr("民主评议党员"))
        self.outer.addWidget(self.tabs, 1)
        self._connect()

    def _connect(self) -> None:
        self.year.currentIndexChanged.connect(lambda _: self._year_changed())
        self.tabs.currentChanged.connect(lambda _: self._tab_changed())
        self.dossier.open_rectifications_requested.connect(lambda: self.tabs.setCurrentWidget(self.rectifications))
        self.dossier.open_talks_requested.connect(self._open_talks)
        self.dossier.open_meeting_requested.connect(self._open_meeting)
        self.dossier.export_requested.connect(self._export_meeting)
        self.dossier.year_requested.connect(self.set_year)
        self.rectifications.export_requested.connect(self._export_rectifications)
        self.evaluation.export_requested.connect(self._export_evaluation)
        self.sign_in_button.clicked.connect(self._export_any_sign_in)

    def page_title(self) -> str:
        return self.tr("组织生活会与民主评议")

    # --- years --------------------------------------------------------------------------------------------
    def selected_year(self) -> int:
        return self.year.year()

    def activate(self) -> None:
        self.year.fill({*self.ctx.store.meeting_years(), date.today().year})
        self._year_changed()

    def set_year(self, year: int) -> None:
        self.year.select(year)

    def _year_changed(self) -> None:
        year = self.selected_year()
        self.dossier.set_year(year)
        self.rectifications.set_year(year)
        self.evaluation.set_year(year)

    def _tab_changed(self) -> None:
        self.save_now()
        view = self.tabs.currentWidget()
        if view is self.dossier:
            self.dossier.reload()
        elif view is self.rectifications:
            self.rectifications.reload()

    # --- links to other pages -----------------------------------------------------------------------------
    def _open_talks(self, year: int) -> None:
        window = self.window()
        if hasattr(window, "open_talk_coverage"):
            window.open_talk_coverage(year)

    def _open_meeting(self, meeting_id: str) -> None:
        window = self.window()
        if hasattr(window, "open_meeting"):
            window.open_meeting(meeting_id)

    # --- forms --------------------------------------------------------------------------------------------
    def _export_meeting(self, which: str) -> None:
        meeting = self.dossier.meeting
        if meeting is None:
            return
        self.dossier.save()
        store, year = self.ctx.store, meeting.date.year
        if which == "sign_in":
            export_form(self, self.ctx, lambda: forms.sign_in(store, meeting.id), f"{year}年度组织生活会签到表.docx")
        else:
            export_form(self, self.ctx, lambda: forms.minutes(store, meeting.id), f"{year}年度组织生活会记录.docx")

    def _export_any_sign_in(self) -> None:
        meeting_id = MeetingPickerDialog.ask(self, self.ctx.store.meeting_summaries(self.selected_year()))
        if meeting_id is not None:
            store = self.ctx.store
            title = store.meeting(meeting_id).title
            export_form(self, self.ctx, lambda: forms.sign_in(store, meeting_id), f"{title}签到表.docx")

    def _export_rectifications(self) -> None:
        self.rectifications.save()
        store, year, today = self.ctx.store, self.selected_year(), date.today()
        export_form(self, self.ctx, lambda: forms.rectification_list(store, year, today), f"{year}年度整改清单.docx")

    def _export_evaluation(self, which: str) -> None:
        self.evaluation.save()
        store, year, current = self.ctx.store, self.selected_year(), self.evaluation.current()
        if which == "ballot":
            export_form(self, self.ctx, lambda: forms.ballot(store, year, current, date.today()),
                        f"{year}年度民主评议党员测评表.docx")
        elif current is not None:
            export_form(self, self.ctx, lambda: forms.tally(store, current), f"{year}年度民主评议党员测评汇总表.docx")

    # --- the menus ----------------------------------------------------------------------------------------
    def save_now(self) -> bool:
        return all((self.dossier.save(), self.rectifications.save(), self.evaluation.save()))

    def unsaved(self) -> bool:
        return any(view.autosave.failed for view in (self.dossier, self.rectifications, self.evaluation))

    def unsaved_records(self) -> list[object]:
        found = [self.dossier.current() if self.dossier.autosave.failed else None,
                 self.rectifications.form.current() if self.rectifications.autosave.failed else None,
                 self.evaluation.current() if self.evaluation.autosave.failed else None]
        return [r for r in found if r is not None]

    def print_current(self) -> None:
        """Ctrl+P: the print preview of the form of the tab shown."""
        self.save_now()
        store, year, view = self.ctx.store, self.selected_year(), self.tabs.currentWidget()
        meeting, evaluation = self.dossier.meeting, self.evaluation.current()
        if view is self.dossier and meeting is not None:
            preview_form(self, self.ctx, lambda: forms.minutes(store, meeting.id), meeting.title)
        elif view is self.rectifications:
            preview_form(self, self.ctx, lambda: forms.rectification_list(store, year, date.today()),
                         f"{year}年度整改清单")
        elif view is self.evaluation and evaluation is not None:
            preview_form(self, self.ctx, lambda: forms.tally(store, evaluation), f"{year}年度民主评议党员测评汇总表")
        elif view is self.evaluation:
            preview_form(self, self.ctx, lambda: forms.ballot(store, year, None, date.today()),
                         f"{year}年度民主评议党员测评表")
        else:
            Notice.info(self, self.tr("打印"), self.tr("本年度还没有组织生活会记录。"))
