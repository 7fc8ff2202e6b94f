"""支部委员会: whether the branch has one, and since when (《中国共产党支部工作条例（试行）》第六章) — a part of the
支部信息 page. A branch with fewer than 7 full members has no committee, only a 书记 (and, if needed, a 副书记);
the year's duties and the talks owed follow what is recorded here."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from models.domain import CommitteeChange
from models.rules.committee import has_committee_on, ordered
from ui.fmt import cn_date
from ui.widgets.date_field import DateField, dates_valid

translate = QCoreApplication.translate


def change_words(change: CommitteeChange) -> str:
    what = (translate("CommitteeChangeDialog", "设立支部委员会") if change.has_committee else
            translate("CommitteeChangeDialog", "不设支部委员会，只设书记（必要时设副书记）"))
    return translate("CommitteeChanges", "{0}起：{1}").format(cn_date(change.since), what)


class CommitteeChangeDialog(QDialog):
    """One change: from which day the branch has, or no longer has, a committee."""

    def __init__(self, has_now: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("记录支部委员会的变化"))
        self.day = DateField(optional=False)
        self.day.set_value(date.today())
        self.with_committee = QRadioButton(self.tr("设立支部委员会"))
        self.without_committee = QRadioButton(self.tr("不设支部委员会，只设书记（必要时设副书记）"))
        choice = QButtonGroup(self)
        choice.addButton(self.with_committee)
        choice.addButton(self.without_committee)
        (self.without_committee if has_now else self.with_committee).setChecked(True)  # the change, most likely
        form = QFormLayout()
        form.addRow(self.tr("自"), self.day)
        form.addRow(self.tr("起"), self.with_committee)
        form.addRow("", self.without_committee)
        hint = QLabel(self.tr("正式党员 7 人以上的党支部设立支部委员会；不足 7 人的，只设书记，必要时设副书记。"
                              "请填写换届选举或上级批复的日期。"))
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(buttons)

    def _accept(self) -> None:
        if dates_valid(self):
            self.accept()

    def change(self) -> CommitteeChange:
        day = self.day.value()
        assert day is not None  # the field is not optional and was checked
        return CommitteeChange(day, self.with_committee.isChecked())

    @classmethod
    def ask(cls, parent: QWidget | None, has_now: bool) -> CommitteeChange | None:
        dialog = cls(has_now, parent)
        return dialog.change() if dialog.exec() == QDialog.DialogCode.Accepted else None


class CommitteeChanges(QWidget):
    """The recorded changes, newest last, with 记录变化… and 删除所选; `changes()` is what is shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._changes: list[CommitteeChange] = []
        self.now = QLabel()
        self.now.setWordWrap(True)  # whole at any text size
        self.list = QListWidget()
        self.list.setMaximumHeight(90)
        self.add_button = QPushButton(self.tr("记录变化…"))
        self.remove_button = QPushButton(self.tr("删除所选"))
        self.add_button.clicked.connect(self._add)
        self.remove_button.clicked.connect(self._remove)
        self.list.currentRowChanged.connect(lambda row: self.remove_button.setEnabled(row >= 0))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.now)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        self.set_changes([])

    def changes(self) -> list[CommitteeChange]:
        return list(self._changes)

    def set_changes(self, changes: list[CommitteeChange]) -> None:
        self._changes = ordered(changes)
        self.list.clear()
        for change in self._changes:
            self.list.addItem(change_words(change))
        self.list.setVisible(bool(self._changes))
        self.remove_button.setEnabled(False)
        self.remove_button.setVisible(bool(self._changes))
        has = has_committee_on(self._changes, date.today())
        since = next((c.since for c in reversed(self._changes) if c.since <= date.today()), None)
        words = self.tr("现在：设立支部委员会") if has else self.tr("现在：不设支部委员会，只设书记")
        if since is None:
            words += self.tr("（未记录变化的党支部按设立支部委员会计）")
        self.now.setText(words)

    def _add(self) -> None:
        change = CommitteeChangeDialog.ask(self, has_committee_on(self._changes, date.today()))
        if change is not None:
            kept = [c for c in self._changes if c.since != change.since]  # one change a day: the new one
            self.set_changes([*kept, change])

    def _remove(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self._changes):
            self.set_changes(self._changes[:row] + self._changes[row + 1:])
