"""本支部的要求: how often each duty is due (每月 / 每季度 / 每年, at least n times, per Party group or not) and which
谈心谈话 are owed, stored with the branch (the interchange's `rules`); 恢复默认 goes back to the Party's rules
(DOMAIN.md). The compliance report, the archive's report and the home page's grid all count by these.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from models.vocabulary import MEETING_TYPES
from ui.errors import show_error
from ui.joiners import items
from ui.operations import Changes
from ui.settings_pages.base import OptionsPage
from ui.widgets.combo import ValueCombo
from ui.words import word_for

translate = QCoreApplication.translate  # a plain name lupdate reads with its context

if TYPE_CHECKING:
    from models.domain import Rules
    from ui.context import AppContext

PERIOD_WORDS = {"month": QT_TRANSLATE_NOOP("RulesPage", "每月"), "quarter": QT_TRANSLATE_NOOP("RulesPage", "每季度"),
                "year": QT_TRANSLATE_NOOP("RulesPage", "每年")}
DUTIES = tuple(k for k in MEETING_TYPES if k != "other")


class DutyRow:
    """The widgets of one duty's rule in the page's table."""

    def __init__(self, parent: QWidget, duty: str) -> None:
        self.duty = duty
        self.required = QCheckBox(word_for(MEETING_TYPES, duty), parent)
        self.per = ValueCombo(parent)
        for code, words in PERIOD_WORDS.items():
            self.per.addItem(translate("RulesPage", words), code)
        self.at_least = QSpinBox(parent)
        self.at_least.setRange(1, 31)
        self.at_least.setSuffix(translate("RulesPage", " 次"))
        self.per_group = QCheckBox(translate("RulesPage", "每个党小组各自计"), parent)
        self.required.toggled.connect(self._enable)

    def _enable(self, on: bool) -> None:
        for widget in (self.per, self.at_least, self.per_group):
            widget.setEnabled(on)

    def set_rule(self, per: str | None, at_least: int = 1, per_group: bool = False) -> None:
        self.required.setChecked(per is not None)
        self.per.setCurrentIndex(self.per.findData(per or "year"))
        self.at_least.setValue(at_least)
        self.per_group.setChecked(per_group)
        self._enable(per is not None)


class RulesPage(OptionsPage):
    NAME = "rules"
    TITLE = QT_TRANSLATE_NOOP("RulesPage", "本支部的要求")
    saved = Signal()  # the rules are written (the change, Changes(branch=True), redraws the home page's grid)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.loaded: Rules | None = None  # the rules `load` showed: saving them unchanged writes nothing
        body = QWidget()
        self.form.addRow(body)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        intro = QLabel(self.tr(
            "各项组织生活至少多久开展一次。默认按党内规定：支部党员大会每季度、支委会每月、党小组会每月（各党小组）、"
            "党课每季度、主题党日每月、组织生活会和民主评议党员每年。首页的落实情况、年度归档的落实情况报告都按这里计算。"))
        intro.setWordWrap(True)
        intro.setObjectName("hint")
        layout.addWidget(intro)
        table = QGridLayout()
        for column, words in enumerate((self.tr("要求"), self.tr("频次"), self.tr("至少"), self.tr("党小组"))):
            head = QLabel(words)
            head.setStyleSheet("font-weight:600;")
            table.addWidget(head, 0, column)
        self.rows: dict[str, DutyRow] = {}
        for r, duty in enumerate(DUTIES, 1):
            row = self.rows[duty] = DutyRow(self, duty)
            for column, widget in enumerate((row.required, row.per, row.at_least, row.per_group)):
                table.addWidget(widget, r, column)
        table.setColumnStretch(4, 1)
        layout.addLayout(table)
        self.committee_pairs = QCheckBox(self.tr("支委之间每年两两谈心谈话"))
        self.member_with_committee = QCheckBox(self.tr("每名党员每年至少与一名支委谈心谈话"))
        layout.addWidget(self.committee_pairs)
        layout.addWidget(self.member_with_committee)
        buttons = QHBoxLayout()
        self.defaults_button = QPushButton(self.tr("恢复默认"))
        self.defaults_button.setToolTip(self.tr("恢复为党内规定的默认频次（保存后生效）"))
        self.defaults_button.clicked.connect(self.restore_defaults)
        buttons.addWidget(self.defaults_button)
        self.state = QLabel()
        self.state.setObjectName("hint")
        buttons.addWidget(self.state, 1)
        layout.addLayout(buttons)
        self.error = QLabel()
        self.error.setObjectName("verdictBad")
        self.error.setWordWrap(True)
        self.error.setAlignment(Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.error)
        layout.addStretch(1)

    # --- the page's three steps ---------------------------------------------------------------------------
    def load(self) -> None:
        """Show the branch's own rules, or the defaults when it has none."""
        from models.domain import DEFAULT_RULES

        own = self.ctx.store.own_rules()
        self.loaded = own if own is not None else DEFAULT_RULES
        self.show_rules(self.loaded)
        self.state.setText(self.tr("本支部已自定要求。") if own is not None else self.tr("当前按党内规定的默认要求。"))
        self.error.clear()

    def check(self) -> str | None:
        """What stops saving, in words for the clerk (None when the rules can be saved); also shown on the page."""
        problem = None
        grouped = [r for r in self.rows.values() if r.required.isChecked() and r.per_group.isChecked()]
        if grouped and not self.ctx.groups():
            names = items(word_for(MEETING_TYPES, r.duty) for r in grouped)
            problem = self.tr("本支部还没有党小组，“{0}”无法按党小组计算。请先在“党员名册 → 党小组”中新增党小组，"
                              "或取消“每个党小组各自计”。").format(names)
        self.error.setText(problem or "")
        return problem

    def save(self) -> None:
        """Store the rules with the branch (the defaults as "no rules of its own"), in the background; when it is
        written the page shows it and `saved` is emitted. Only after `check` found nothing."""
        from models.domain import DEFAULT_RULES

        rules = self.rules()
        if rules == self.loaded:  # nothing changed: nothing to write
            return
        stored = None if rules == DEFAULT_RULES else rules

        def done(_: object) -> None:
            self.load()
            self.saved.emit()

        self.ctx.writes.run(lambda store: store.set_rules(stored), Changes(branch=True), initiator=self,
                            success=done, failure=lambda error: show_error(self, error))

    # --- values -------------------------------------------------------------------------------------------
    def rules(self) -> Rules:
        """The rules as the page shows them, in the order of the duties."""
        from models.domain import DutyRule, Rules, TalkRules

        duties = tuple(
            DutyRule(duty, row.per.currentData(), row.at_least.value(), row.per_group.isChecked())
            for duty, row in self.rows.items() if row.required.isChecked()
        )
        return Rules(duties, TalkRules(self.committee_pairs.isChecked(), self.member_with_committee.isChecked()))

    def show_rules(self, rules: Rules) -> None:
        by_duty = {r.duty: r for r in rules.duties}
        for duty, row in self.rows.items():
            rule = by_duty.get(duty)
            if rule is None:
                row.set_rule(None)
            else:
                row.set_rule(rule.per, rule.at_least, rule.per_group)
        self.committee_pairs.setChecked(rules.talks.committee_pairs)
        self.member_with_committee.setChecked(rules.talks.member_with_committee)

    def restore_defaults(self) -> None:
        from models.domain import DEFAULT_RULES

        self.show_rules(DEFAULT_RULES)
        self.state.setText(self.tr("已恢复为党内规定的默认要求，保存后生效。"))
