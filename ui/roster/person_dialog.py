"""Adding or editing one person, with the checks (dates in order, no second 王芳 without asking)."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from models.domain import GENDERS, PERSON_KINDS, Group, Person, new_id
from models.record_limits import problems
from models.roster import duplicate_names, validate_person
from models.vocabulary import EDUCATIONS, ETHNICITIES, LEFT_REASONS
from ui.errors import Notice
from ui.joiners import clauses
from ui.widgets.buttons import ok_cancel
from ui.widgets.combo import ValueCombo, add_codes, chosen_code, select_code
from ui.widgets.date_field import DateField, invalid_dates
from ui.widgets.text_box import TextBox
from ui.words import label, sentence


class PersonDialog(QDialog):
    def __init__(self, parent: QWidget | None, person: Person | None, groups: list[Group],
                 others: list[Person]) -> None:
        super().__init__(parent)
        self.original = person
        self.others = others
        self.result_person: Person | None = None
        self.setWindowTitle(self.tr("新增人员") if person is None else self.tr("编辑人员：{0}").format(person.name))
        self.name = QLineEdit()
        self.name.setMaxLength(50)
        self.gender = ValueCombo()
        add_codes(self.gender, ("", *GENDERS))
        self.ethnicity = ValueCombo()
        self.ethnicity.setEditable(True)
        add_codes(self.ethnicity, ETHNICITIES)
        self.birth = DateField(months=True)  # 出生年月: a year and month alone, as rosters keep it
        self.education = ValueCombo()
        self.education.setEditable(True)
        add_codes(self.education, ("", *EDUCATIONS))
        self.kind = ValueCombo()
        for code, name in PERSON_KINDS.items():
            self.kind.addItem(label(name), code)
        self.joined = DateField()
        self.full = DateField()
        self.applied, self.activist, self.candidate = DateField(), DateField(), DateField()  # 发展党员
        self.group = ValueCombo()
        self.group.addItem(self.tr("（无）"), None)
        for g in groups:
            self.group.addItem(g.name, g.id)
        self.title = QLineEdit()
        self.phone = QLineEdit()
        self.entered = DateField()
        self.left = DateField()
        self.left_reason = ValueCombo()
        self.left_reason.setEditable(True)
        add_codes(self.left_reason, ("", *LEFT_REASONS))
        self.notes = TextBox()
        self.notes.setFixedHeight(60)
        self.errors = QLabel()
        self.errors.setObjectName("verdictBad")
        self.errors.setWordWrap(True)
        self._layout()
        self.kind.currentIndexChanged.connect(self._kind_changed)
        if person is not None:
            self._fill(person)
        else:
            select_code(self.ethnicity, "汉族")
        self._kind_changed()
        self.setMinimumWidth(640)
        for date_field in self.findChildren(DateField):
            date_field.dateChanged.connect(self._recheck)
            date_field.edit.textEdited.connect(self._recheck)
        self.name.textChanged.connect(self._recheck)
        for box in (self.kind, self.gender):
            box.currentIndexChanged.connect(self._recheck)
        self.left_reason.currentTextChanged.connect(self._recheck)

    def _layout(self) -> None:
        grid = QGridLayout()
        left, right = QFormLayout(), QFormLayout()
        left.addRow(self.tr("姓名 *"), self.name)
        left.addRow(self.tr("性别"), self.gender)
        left.addRow(self.tr("民族"), self.ethnicity)
        left.addRow(self.tr("出生日期"), self.birth)
        left.addRow(self.tr("学历"), self.education)
        left.addRow(self.tr("职务"), self.title)
        left.addRow(self.tr("联系电话"), self.phone)
        right.addRow(self.tr("人员类别"), self.kind)
        right.addRow(self.tr("申请入党日期"), self.applied)  # 发展党员: the steps before 预备党员
        right.addRow(self.tr("确定积极分子日期"), self.activist)
        right.addRow(self.tr("列为发展对象日期"), self.candidate)
        right.addRow(self.tr("入党日期"), self.joined)
        right.addRow(self.tr("转正日期"), self.full)
        right.addRow(self.tr("党小组"), self.group)
        right.addRow(self.tr("转入本支部日期"), self.entered)
        right.addRow(self.tr("离开日期"), self.left)
        right.addRow(self.tr("离开原因"), self.left_reason)
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)
        grid.setHorizontalSpacing(28)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        form = QFormLayout()
        form.addRow(self.tr("备注"), self.notes)
        layout.addLayout(form)
        hint = QLabel(self.tr("入党日期即成为预备党员之日；转正日期为空表示尚未转正。"))
        hint.setObjectName("hint")
        layout.addWidget(hint)
        layout.addWidget(self.errors)
        buttons = ok_cancel(self)
        layout.addWidget(buttons)
        self.buttons = buttons

    def _fill(self, p: Person) -> None:
        self.name.setText(p.name)
        select_code(self.gender, p.gender or "")
        select_code(self.ethnicity, p.ethnicity or "")
        self.birth.set_value(p.birth_date, p.birth_precision)
        select_code(self.education, p.education or "")
        self.kind.setCurrentIndex(max(0, self.kind.findData(p.kind)))
        self.joined.set_value(p.joined_on)
        self.full.set_value(p.full_member_on)
        self.applied.set_value(p.applied_on)
        self.activist.set_value(p.activist_on)
        self.candidate.set_value(p.candidate_on)
        self.group.setCurrentIndex(max(0, self.group.findData(p.group)))
        self.title.setText(p.title or "")
        self.phone.setText(p.phone or "")
        self.entered.set_value(p.entered_on)
        self.left.set_value(p.left_on)
        select_code(self.left_reason, p.left_reason or "")
        self.notes.setPlainText(p.notes)

    def _kind_changed(self) -> None:
        member = self.kind.currentData() == "member"
        self.joined.setEnabled(member)
        self.full.setEnabled(member)

    def person(self) -> Person:
        base = self.original or Person(id=new_id(), name="")
        member = self.kind.currentData() == "member"
        return dataclasses.replace(
            base,
            name=self.name.text().strip(),
            gender=self.gender.currentData() or None,
            ethnicity=chosen_code(self.ethnicity) or None,
            birth_date=self.birth.value(),
            birth_precision=self.birth.precision(),
            education=chosen_code(self.education) or None,
            kind=self.kind.currentData(),
            joined_on=self.joined.value() if member else None,
            full_member_on=self.full.value() if member else None,
            applied_on=self.applied.value(), activist_on=self.activist.value(), candidate_on=self.candidate.value(),
            group=self.group.currentData(),
            title=self.title.text().strip() or None,
            phone=self.phone.text().strip() or None,
            entered_on=self.entered.value(),
            left_on=self.left.value(),
            left_reason=chosen_code(self.left_reason) or None,
            notes=self.notes.toPlainText(),
        )

    def problems(self) -> list[str]:
        person = self.person()
        return [field.error() for field in invalid_dates(self)] or validate_person(person) + problems(person)

    def _recheck(self, *_: object) -> None:
        """Once a problem was shown, the message follows the corrections and goes when all is well."""
        if self.errors.text():
            self.errors.setText(clauses(sentence(e) for e in self.problems()))

    def accept(self) -> None:
        p = self.person()
        errors = self.problems()
        if errors:
            self.errors.setText(clauses(sentence(e) for e in errors))
            return
        same = duplicate_names(p, self.others)
        if same and not Notice.confirm(self, self.tr("重名"), self.tr(
                "名册中已有“{0}”。确实要再添加一位同名人员吗？").format(p.name)):
            return
        self.result_person = p
        super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None, person: Person | None, groups: list[Group],
            others: list[Person]) -> Person | None:
        dialog = cls(parent, person, groups, others)
        return dialog.result_person if dialog.exec() == QDialog.DialogCode.Accepted else None
