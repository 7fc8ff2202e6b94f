"""民主评议党员 of a year: start it with every member in the branch on the day, then the tally with live checks."""

from __future__ import annotations

import dataclasses
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout, QWidget

from models.domain import Evaluation
from models.orglife import check_tally, evaluation_day, new_evaluation
from models.orglife.tally import add_missing_members
from models.record_limits import first_problem
from ui.context import AppContext
from ui.errors import Notice, show_error
from ui.fmt import cn_date
from ui.joiners import clauses
from ui.meetings.amend_dialog import AmendDialog
from ui.operations import Changes
from ui.orglife.evaluation_grid import EvaluationGrid
from ui.widgets.autosave import Autosave
from ui.words import sentence


class EvaluationView(QWidget):
    export_requested = Signal(str)  # "tally" (测评汇总表) or "ballot" (空白测评表)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.year = date.today().year
        self.evaluation: Evaluation | None = None
        self.grid = EvaluationGrid(ctx)
        self.voters = QSpinBox()
        self.voters.setRange(0, 9999)
        self.meeting_label = QLabel()
        self.meeting_label.setObjectName("hint")
        self.checks = QLabel()
        self.checks.setWordWrap(True)
        self.empty = QLabel()
        self.empty.setObjectName("hint")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.start_button = QPushButton(self.tr("开始本年度民主评议"))
        self.start_button.setObjectName("primary")
        self.refill_button = QPushButton(self.tr("补充名单"))
        self.tally_button = QPushButton(self.tr("导出测评汇总表…"))
        self.ballot_button = QPushButton(self.tr("打印空白测评表…"))
        self.locked = False  # the evaluation's meeting is finalised
        self.amending = False
        self.dirty_amendment = False  # changed since 更正测评结果 was pressed
        self.lock_banner = QLabel()
        self.lock_banner.setObjectName("finalBanner")
        self.lock_banner.setWordWrap(True)
        self.amend_button = QPushButton(self.tr("更正测评结果"))
        self.save_amend_button = QPushButton(self.tr("保存更正"))
        self.save_amend_button.setObjectName("primary")
        self.cancel_amend_button = QPushButton(self.tr("放弃更正"))
        self.autosave = Autosave(self, self._write)
        self._layout()
        self.grid.changed.connect(self._changed)
        self.voters.valueChanged.connect(self._voters_changed)
        self.start_button.clicked.connect(self.start)
        self.refill_button.clicked.connect(self.add_missing)
        self.tally_button.clicked.connect(lambda: self.export_requested.emit("tally"))
        self.ballot_button.clicked.connect(lambda: self.export_requested.emit("ballot"))
        self.amend_button.clicked.connect(self.start_amending)
        self.save_amend_button.clicked.connect(self.save_amendment)
        self.cancel_amend_button.clicked.connect(self.cancel_amending)

    def _layout(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("参加评议人数")))
        bar.addWidget(self.voters)
        bar.addWidget(self.meeting_label, 1)
        for b in (self.refill_button, self.ballot_button, self.tally_button, self.start_button):
            bar.addWidget(b)
        lock = QHBoxLayout()
        lock.addWidget(self.lock_banner, 1)
        for b in (self.cancel_amend_button, self.amend_button, self.save_amend_button):
            lock.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(lock)
        layout.addWidget(self.checks)
        layout.addWidget(self.empty)
        layout.addWidget(self.grid, 1)

    # --- showing ------------------------------------------------------------------------------------------
    def set_year(self, year: int) -> None:
        self.save()
        self.year = year
        self.reload()

    def reload(self) -> None:
        found = [e for e in self.ctx.store.evaluations() if e.year == self.year]
        self.show_evaluation(found[0] if found else None)

    def show_evaluation(self, evaluation: Evaluation | None) -> None:
        self.autosave.clear()
        self.evaluation = evaluation
        self.amending = self.dirty_amendment = False
        has = evaluation is not None
        self.locked = has and self.ctx.store.evaluation_locked(evaluation)
        for w in (self.grid, self.voters, self.refill_button, self.tally_button, self.checks):
            w.setVisible(has)
        self.start_button.setVisible(not has)
        self.empty.setVisible(not has)
        self.empty.setText(self.tr("{0}年还没有民主评议记录。点击“开始本年度民主评议”，按评议当天在册的党员生成测评名单。")
                           .format(self.year))
        if evaluation is None:
            self.meeting_label.setText("")
            return
        self.voters.blockSignals(True)
        self.voters.setValue(evaluation.voters)
        self.voters.blockSignals(False)
        self.grid.show_results(evaluation.results, evaluation.voters)
        self.meeting_label.setText(self._meeting_text(evaluation))
        self.show_checks()
        self._show_lock()

    def _show_lock(self) -> None:
        """A finalised evaluation is read-only until 更正测评结果; the amendment is kept with its reason."""
        read_only = self.locked and not self.amending
        self.grid.set_read_only(read_only)
        self.voters.setEnabled(not read_only)
        self.refill_button.setEnabled(not read_only)
        self.lock_banner.setVisible(self.locked)
        self.lock_banner.setText(self.tr("正在更正测评结果。改完后点击“保存更正”，并说明更正理由。") if self.amending
                                 else self.tr("评议会议已定稿，测评结果已锁定。如需修改，请点击“更正测评结果”。"))
        self.amend_button.setVisible(self.locked and not self.amending)
        self.save_amend_button.setVisible(self.amending)
        self.cancel_amend_button.setVisible(self.amending)

    def _meeting_text(self, evaluation: Evaluation) -> str:
        if evaluation.meeting is None:
            return self.tr("（未关联会议）")
        try:
            m = self.ctx.store.meeting(evaluation.meeting)
        except Exception:  # the meeting was deleted: the evaluation keeps its content
            return ""
        return self.tr("评议会议：{0}（{1}）").format(m.title, cn_date(m.date))

    def current(self) -> Evaluation | None:
        if self.evaluation is None:
            return None
        return dataclasses.replace(self.evaluation, voters=self.voters.value(), results=self.grid.current())

    def show_checks(self) -> None:
        current = self.current()
        if current is None:
            return
        check = check_tally(current)
        lines = [self.tr("{0}的得票合计 {1} 票，超过参加评议的 {2} 人").format(
            self.ctx.name(r.member), r.total, current.voters) for r in check.rows_over]
        if check.excellent_over_third:
            lines.append(self.tr("评为优秀 {0} 人，超过参评党员 {1} 人的三分之一").format(
                check.excellent, check.evaluated))
        if lines:
            self.checks.setText("⚠ " + clauses(lines))
            self.checks.setObjectName("verdictBad")
        else:
            self.checks.setText(self.tr("参评党员 {0} 人，评为优秀 {1} 人；得票核对无误。").format(
                check.evaluated, check.excellent))
            self.checks.setObjectName("verdictOk")
        self.checks.style().unpolish(self.checks)
        self.checks.style().polish(self.checks)

    # --- changing -----------------------------------------------------------------------------------------
    def _voters_changed(self, value: int) -> None:
        self.grid.set_voters(value)
        self._changed()

    def _changed(self) -> None:
        self.show_checks()
        if self.amending:
            self.dirty_amendment = True
        elif not self.locked:
            self.autosave.touch()

    def save(self) -> bool:
        if self.amending:
            return self.save_amendment()
        return self.autosave.flush()

    def start_amending(self) -> None:
        self.amending, self.dirty_amendment = True, False
        self._show_lock()

    def save_amendment(self) -> bool:
        """保存更正: the changed tally and, in the same transaction, an amendment of the meeting with the reason."""
        current = self.current()
        if current is None or not self.amending:
            return True
        if not self.dirty_amendment:
            self.show_evaluation(self.evaluation)
            return True
        problem = first_problem(current)
        if problem is not None:
            Notice.warn(self, self.tr("内容过长，未能保存"),
                        self.tr("{0}。改好后再保存更正。").format(sentence(problem)))
            return False
        answer = AmendDialog.ask(self)
        if answer is None:
            return False

        def saved(stored: Evaluation) -> None:
            self.show_evaluation(stored)
            self.ctx.saved.emit(self.tr("民主评议的更正已保存"))

        self.ctx.writes.run(lambda store: store.amend_evaluation(current, *answer),
                            Changes(evaluations=True, meetings=frozenset({current.meeting or ""})),
                            initiator=self, success=saved, failure=lambda error: show_error(self, error))
        return True

    def cancel_amending(self) -> None:
        if self.dirty_amendment and not Notice.confirm(
                self, self.tr("放弃更正"), self.tr("不保存这次更正吗？所做的修改将被放弃。")):
            return
        self.reload()

    def _write(self) -> bool:
        current = self.current()
        if current is None:
            self.autosave.finished(True)
            return True
        problem = first_problem(current)
        if problem is not None:  # refused before the write, as the importer refuses it in a file
            return self.autosave.refuse(problem)

        def saved(stored: Evaluation) -> None:
            self.autosave.finished(True)
            if self.evaluation is not None and self.evaluation.id == stored.id:
                self.evaluation = stored
            self.ctx.saved.emit(self.tr("民主评议已保存"))

        self.ctx.writes.run(lambda store: store.save_evaluation(current), Changes(evaluations=True),
                            initiator=self, success=saved, failure=self.autosave.write_failed)
        return True

    def _year_data(self):
        return self.ctx.store.load_year(self.year)

    def start(self) -> None:
        evaluation = new_evaluation(self._year_data(), self.year, date.today())
        if not evaluation.results:
            Notice.warn(self, self.tr("民主评议"), self.tr("评议当天没有在册党员，请先在党员名册中登记党员。"))
            return
        self.ctx.writes.run(lambda store: store.save_evaluation(evaluation), Changes(evaluations=True),
                            initiator=self, success=self.show_evaluation, failure=lambda error: show_error(self, error))

    def add_missing(self) -> None:
        current = self.current()
        if current is None:
            return
        data = self._year_data()
        day = evaluation_day(data.meetings, self.year, date.today())
        grown = add_missing_members(data, current, day)
        added = len(grown.results) - len(current.results)
        if added:
            self.ctx.writes.run(lambda store: store.save_evaluation(grown), Changes(evaluations=True),
                                initiator=self, success=self.show_evaluation,
                                failure=lambda error: show_error(self, error))
        Notice.info(self, self.tr("补充名单"), self.tr("已补充 %n 名党员。", "", added) if added
                    else self.tr("名单已包含评议当天在册的全部党员。"))
