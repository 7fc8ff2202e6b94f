"""决议与表决: each resolution with its vote, and the verdict of the rules, live as the counts are typed."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from models.domain import ELECTION_OFFICES, RESOLUTION_KINDS, Election, Meeting, Person, Resolution, Vote
from models.rules import resolution_verdict
from models.rules.elections import election_result
from models.rules.votes import WRITTEN_COUNTS
from ui.context import AppContext
from ui.errors import Notice, show_error
from ui.meetings.section import Section
from ui.operations import Changes
from ui.widgets.card_list import Card, CardList
from ui.widgets.combo import ValueCombo
from ui.widgets.person_picker import PersonPicker
from ui.widgets.text_box import TextBox
from ui.words import sentence, word_for


def _spin() -> QSpinBox:
    box = QSpinBox()
    box.setRange(0, 9999)
    box.setMinimumWidth(70)
    return box


SUBJECT_KINDS = frozenset({"admission", "full_membership", "activist", "candidate"})  # decided about one person


class ResolutionCard(Card):
    def __init__(self, resolution: Resolution | None = None,
                 open_election: Callable[[ResolutionCard], None] | None = None,
                 people: list[Person] | None = None) -> None:
        super().__init__("")
        self.election = resolution.election if resolution is not None else None  # 选举: the ballot and count
        self.kind = ValueCombo()
        for code in RESOLUTION_KINDS:
            self.kind.addItem(word_for(RESOLUTION_KINDS, code), code)
        self.text = TextBox()
        self.text.setPlaceholderText(self.tr("决议内容"))
        self.text.setMaximumHeight(80)
        self.voted = QCheckBox(self.tr("进行了表决"))
        self.yes, self.against, self.abstain = _spin(), _spin(), _spin()
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        self.head_extra.addWidget(QLabel(self.tr("事项类别")))
        self.head_extra.addWidget(self.kind)
        self.head_extra.addStretch(1)
        self.body.addWidget(self.text)
        # the person decided on (接收预备党员, 转正, 积极分子, 发展对象), and the roster updated from it
        self.subject_row = QWidget()
        subject = QHBoxLayout(self.subject_row)
        subject.setContentsMargins(0, 0, 0, 0)
        self.subject = PersonPicker(people or [], allow_free=False)
        self.apply_button = QPushButton(self.tr("按此决议更新名册…"))
        subject.addWidget(QLabel(self.tr("涉及人员")))
        subject.addWidget(self.subject)
        subject.addWidget(self.apply_button)
        subject.addStretch(1)
        self.body.addWidget(self.subject_row)
        votes = QHBoxLayout()
        votes.addWidget(self.voted)
        for label, box in ((self.tr("赞成"), self.yes), (self.tr("反对"), self.against),
                           (self.tr("弃权"), self.abstain)):
            votes.addWidget(QLabel(label))
            votes.addWidget(box)
        votes.addStretch(1)
        self.body.addLayout(votes)
        # 书面意见: voters absent who handed in a written opinion before the meeting (admission and 转正 only)
        self.written_row = QWidget()
        written = QHBoxLayout(self.written_row)
        written.setContentsMargins(0, 0, 0, 0)
        self.written = QCheckBox(self.tr("有未到会党员的书面意见"))
        self.written_yes, self.written_against, self.written_abstain = _spin(), _spin(), _spin()
        written.addWidget(self.written)
        for label, box in ((self.tr("赞成"), self.written_yes), (self.tr("反对"), self.written_against),
                           (self.tr("弃权"), self.written_abstain)):
            written.addWidget(QLabel(label))
            written.addWidget(box)
        written.addStretch(1)
        self.body.addWidget(self.written_row)
        # 选举: the ballot of one office, its candidates and count, in a dialog of its own
        self.election_row = QWidget()
        rows = QVBoxLayout(self.election_row)  # the buttons, then what the rules say of the count
        rows.setContentsMargins(0, 0, 0, 0)
        election = QHBoxLayout()
        self.election_button = QPushButton(self.tr("填写选票和计票结果…"))
        self.election_summary = QLabel()
        self.election_summary.setWordWrap(True)
        self.new_term_button = QPushButton(self.tr("按结果更新支部委员会…"))
        self.new_term_button.setEnabled(False)
        self.forms_button = QPushButton(self.tr("选举文书"))  # a menu: 选票, 计票单, 选举结果报告
        forms = QMenu(self.forms_button)
        self.form_actions = {key: forms.addAction(label) for key, label in (
            ("ballot", self.tr("选票（候选人按姓氏笔画）…")), ("tally", self.tr("计票单…")),
            ("report", self.tr("选举结果报告…")))}
        self.forms_button.setMenu(forms)
        election.addWidget(self.election_button)
        election.addWidget(self.forms_button)
        election.addWidget(self.new_term_button)
        election.addStretch(1)
        rows.addLayout(election)
        rows.addWidget(self.election_summary)
        self.body.addWidget(self.election_row)
        if open_election is not None:
            self.election_button.clicked.connect(lambda: open_election(self))
        self.body.addWidget(self.verdict)
        if resolution is not None:
            self.kind.setCurrentIndex(max(0, self.kind.findData(resolution.kind)))
            self.text.setPlainText(resolution.text)
            self.subject.set_member(resolution.subject)
            if resolution.vote is not None:
                self.voted.setChecked(True)
                self.yes.setValue(resolution.vote.yes)
                self.against.setValue(resolution.vote.against)
                self.abstain.setValue(resolution.vote.abstain)
            if resolution.written is not None:
                self.written.setChecked(True)
                self.written_yes.setValue(resolution.written.yes)
                self.written_against.setValue(resolution.written.against)
                self.written_abstain.setValue(resolution.written.abstain)
        self._enable_votes()
        self.voted.toggled.connect(self._enable_votes)
        self.written.toggled.connect(self._enable_votes)
        self.kind.currentIndexChanged.connect(self._enable_votes)
        for box in (self.yes, self.against, self.abstain, self.written_yes, self.written_against,
                    self.written_abstain):
            box.valueChanged.connect(self.changed)
        self.written.toggled.connect(self.changed)
        self.subject.currentIndexChanged.connect(self.changed)
        self.kind.currentIndexChanged.connect(self.changed)
        self.voted.toggled.connect(self.changed)
        self.text.textChanged.connect(self.changed)

    def _enable_votes(self) -> None:
        for box in (self.yes, self.against, self.abstain):
            box.setEnabled(self.voted.isChecked())
        counted = self.kind.currentData() in WRITTEN_COUNTS
        self.written_row.setVisible(counted or self.written.isChecked())  # never hide what was entered
        self.election_row.setVisible(self.kind.currentData() == "election" or self.election is not None)
        self.subject_row.setVisible(self.kind.currentData() in SUBJECT_KINDS or self.subject.member() is not None)
        self.written.setEnabled(self.voted.isChecked())
        for box in (self.written_yes, self.written_against, self.written_abstain):
            box.setEnabled(self.voted.isChecked() and self.written.isChecked())

    def value(self) -> Resolution | None:
        text = self.text.toPlainText()
        vote = Vote(self.yes.value(), self.against.value(), self.abstain.value()) if self.voted.isChecked() else None
        written = None
        if vote is not None and self.written.isChecked():
            written = Vote(self.written_yes.value(), self.written_against.value(), self.written_abstain.value())
        if not text.strip() and vote is None and self.election is None:
            return None
        subject = self.subject.member() if self.kind.currentData() in SUBJECT_KINDS else None
        return Resolution(text, self.kind.currentData(), vote, written, self.election, subject)

    def set_election(self, election: Election | None) -> None:
        self.election = election
        self._enable_votes()
        self.changed.emit()


class ResolutionsSection(Section):
    def __init__(self, ctx: AppContext, current: Callable[[], Meeting], parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.current = current  # the meeting as it stands in the editor (attendance included)
        self.list = CardList(self.tr("添加决议"), self._new_card, name=self.tr("决议"), empty_text=self.tr(
            "还没有决议。会议形成决定时，点击下方“添加决议”；进行了表决的，勾选“进行了表决”并填写票数，"
            "程序会按到会情况判断表决是否有效。"))
        self.list.changed.connect(self.touched)
        self.list.changed.connect(self.update_verdicts)
        hint = QLabel(self.tr("只有正式党员有表决权；预备党员参加会议但不参加表决。"
                              "赞成票须超过应到会有表决权党员的半数；赞成、反对、弃权合计不能多于实到有表决权党员，"
                              "否则表决无效。讨论接收预备党员和预备党员转正时，未到会党员会前提交的书面意见计入票数，"
                              "但不计入到会人数。"))
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.list)

    def show_meeting(self, m: Meeting) -> None:
        self.list.clear()
        for r in m.resolutions:
            self.list.append(self._wire(ResolutionCard(r, self.open_election, self.ctx.people())))

    def _new_card(self) -> ResolutionCard:
        return self._wire(ResolutionCard(None, self.open_election, self.ctx.people()))

    def _wire(self, card: ResolutionCard) -> ResolutionCard:
        card.new_term_button.clicked.connect(lambda _=False: self.new_term(card))
        card.apply_button.clicked.connect(lambda _=False: self.apply_to_roster(card))
        for key, action in card.form_actions.items():
            action.triggered.connect(lambda _=False, k=key: self.export_election_form(card, k))
        return card

    def apply_to_roster(self, card: ResolutionCard) -> None:
        """The person's step from this resolution: 入党 on the meeting's day, 转正 from the end of the probation,
        积极分子 or 发展对象 from the meeting's day — after the clerk confirms what changes."""
        from models.rules.path import person_after

        resolution, meeting = card.value(), self.current()
        if resolution is None or resolution.subject is None:
            Notice.info(self, self.tr("更新名册"), self.tr("请先选择这项决议涉及的人员。"))
            return
        verdict = resolution_verdict(self.ctx.roster(), meeting, resolution)
        if verdict is not None and not verdict.passed:
            Notice.info(self, self.tr("更新名册"), self.tr("这项决议的表决没有通过，名册不作改变。"))
            return
        person = self.ctx.roster().person(resolution.subject)
        if person is None:
            return
        changed, words = person_after(person, resolution.kind, meeting.date)
        if changed == person or not Notice.confirm(self, self.tr("更新名册"), sentence(words)):
            return
        self.ctx.writes.run(lambda store: store.save_person(changed), Changes(roster=True), initiator=self,
                            success=lambda _: self.ctx.saved.emit(self.tr("名册已更新")),
                            failure=lambda error: show_error(self, error))

    def export_election_form(self, card: ResolutionCard, key: str) -> None:
        """选票, 计票单 or 选举结果报告 of the card's election, as the editor has it now."""
        from exports.forms import election_ballot_document, election_report_document, election_tally_document
        from ui.orglife.export import export_form

        if card.election is None:
            Notice.info(self, self.tr("选举文书"), self.tr("请先点“填写选票和计票结果…”，至少填写应选人数和候选人。"))
            return
        make = {"ballot": election_ballot_document, "tally": election_tally_document,
                "report": election_report_document}[key]
        words = {"ballot": "选票", "tally": "计票单", "report": "选举结果报告"}[key]
        data, meeting, election = self.ctx.roster().data, self.current(), card.election
        office = ELECTION_OFFICES.get(election.office, election.office)
        export_form(self, self.ctx, lambda: make(data, meeting, election),
                    f"{meeting.date.year}年选举{office}{words}.docx")

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        for card in self.list.cards:  # the forms, the new term and the roster follow a final record too
            card.forms_button.setEnabled(True)  # type: ignore[attr-defined]
            card.apply_button.setEnabled(True)  # type: ignore[attr-defined]
        self.update_verdicts()

    def new_term(self, card: ResolutionCard) -> None:
        """The committee from the election's result on the meeting's day, after the clerk gives the roles."""
        from models.rules.elections import committee_after
        from ui.meetings.new_term_dialog import NewTermDialog

        election, meeting = card.election, self.current()
        if election is None:
            return
        result = election_result(self.ctx.roster(), meeting, election)
        elected = [(m, self.ctx.name(m)) for m in result.elected]
        answer = NewTermDialog.ask(self, election.office, elected, meeting.date)
        if answer is None:
            return
        day, roles = answer

        def write(store) -> None:
            store.set_committee(committee_after(store.committee(), election.office, day, roles))

        self.ctx.writes.run(write, Changes(roster=True), initiator=self,
                            success=lambda _: self.ctx.saved.emit(self.tr("支部委员会已按选举结果更新")),
                            failure=lambda error: show_error(self, error))

    def open_election(self, card: ResolutionCard) -> None:
        """The ballot of `card`'s election, judged with the meeting's voters as the attendance stands."""
        from ui.meetings.election_dialog import ElectionDialog

        election = ElectionDialog.ask(self, self.ctx.roster(), self.current(), card.election)
        if election is not None:
            card.set_election(election)

    def apply(self, m: Meeting) -> Meeting:
        values = [c.value() for c in self.list.cards]  # type: ignore[attr-defined]
        return dataclasses.replace(m, resolutions=tuple(r for r in values if r is not None))

    def update_verdicts(self) -> None:
        if not self.list.cards:
            return
        meeting = self.current()
        for card in self.list.cards:
            resolution = card.value()  # type: ignore[attr-defined]
            verdict = resolution_verdict(self.ctx.roster(), meeting, resolution) if resolution else None
            label: QLabel = card.verdict  # type: ignore[attr-defined]
            if resolution is not None and resolution.election is not None:
                result = election_result(self.ctx.roster(), meeting, resolution.election)
                card.election_summary.setText(sentence(result.message))  # type: ignore[attr-defined]
                card.new_term_button.setEnabled(bool(result.valid and result.elected))  # type: ignore[attr-defined]
            if verdict is None:
                label.setText("")
                continue
            label.setText(sentence(verdict.message))
            label.setObjectName("verdictOk" if verdict.quorum and verdict.passed else "verdictBad")
            label.style().unpolish(label)
            label.style().polish(label)
