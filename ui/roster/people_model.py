"""The roster as a table model, and the filter/sort proxy in front of it (pinyin order for names)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt

from models.domain import PERSON_KINDS, Person
from models.roster import name_key
from models.rules import standing
from ui.fmt import cn_birth, cn_date
from ui.joiners import aside
from ui.widgets.table_model import ColumnsModel
from ui.words import label, word_for

COLUMNS = (
    QT_TRANSLATE_NOOP("PeopleModel", "姓名"),
    QT_TRANSLATE_NOOP("PeopleModel", "性别"),
    QT_TRANSLATE_NOOP("PeopleModel", "出生年月"),
    QT_TRANSLATE_NOOP("PeopleModel", "类别"),
    QT_TRANSLATE_NOOP("PeopleModel", "身份"),
    QT_TRANSLATE_NOOP("PeopleModel", "党小组"),
    QT_TRANSLATE_NOOP("PeopleModel", "入党日期"),
    QT_TRANSLATE_NOOP("PeopleModel", "转正日期"),
    QT_TRANSLATE_NOOP("PeopleModel", "职务"),
    QT_TRANSLATE_NOOP("PeopleModel", "联系电话"),
    QT_TRANSLATE_NOOP("PeopleModel", "状态"),
)
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
PERSON_ROLE = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex


class PeopleModel(ColumnsModel):
    columns = COLUMNS

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.people: list[Person] = []
        self.group_names: dict[str, str] = {}
        self.today = date.today()

    def set_people(self, people: list[Person], group_names: dict[str, str]) -> None:
        self.beginResetModel()
        self.people = people
        self.group_names = group_names
        self.today = date.today()
        self.endResetModel()

    def row_total(self) -> int:
        return len(self.people)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        p = self.people[index.row()]
        col = index.column()
        if role == PERSON_ROLE:
            return p
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(p, col)
        if role == SORT_ROLE:
            if col == 0:
                return name_key(p.name)
            if col in (2, 6, 7):
                day = p.birth_date if col == 2 else p.joined_on if col == 6 else p.full_member_on
                return day.isoformat() if day else ""
            return self._text(p, col)
        if role == Qt.ItemDataRole.ForegroundRole and p.left_on and p.left_on <= self.today:
            from PySide6.QtGui import QColor

            return QColor("#8a949e")
        return None

    def _text(self, p: Person, col: int) -> str:
        match col:
            case 0:
                return p.name
            case 1:
                return label(p.gender) if p.gender else ""
            case 2:
                return cn_birth(p)
            case 3:
                return word_for(PERSON_KINDS, p.kind)
            case 4:
                held = standing(p, self.today)
                return label(held) if held else ""
            case 5:
                return self.group_names.get(p.group or "", "")
            case 6:
                return cn_date(p.joined_on)
            case 7:
                return cn_date(p.full_member_on)
            case 8:
                return p.title or ""
            case 9:
                return p.phone or ""
            case 10:
                if p.left_on and p.left_on <= self.today:
                    return aside(self.tr("已离开"), label(p.left_reason)) if p.left_reason else self.tr("已离开")
                return self.tr("在册")
        return ""


class PeopleFilter(QSortFilterProxyModel):
    """Filter by group, kind, in/left and a text; sort by the model's sort role (pinyin for names)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.group: str | None = None  # group id, "" = without a group, None = all
        self.kind: str | None = None  # member / probationary / full / candidate / activist
        self.presence = "in"  # in / left / all
        self.text = ""
        self.rank: dict[str, int] | None = None  # member id -> place by committee rank then join date

    def set_filter(self, **values: object) -> None:
        self.beginFilterChange()
        for key, value in values.items():
            setattr(self, key, value)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def lessThan(self, left: Index, right: Index) -> bool:
        if self.rank is not None and left.column() == 0:
            model: PeopleModel = self.sourceModel()  # type: ignore[assignment]
            last = len(model.people)
            a_id, b_id = model.people[left.row()].id, model.people[right.row()].id
            a_key = (self.rank.get(a_id, last), left.data(SORT_ROLE))
            return a_key < (self.rank.get(b_id, last), right.data(SORT_ROLE))
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        if left.column() != 0 and a == b:  # ties: by name in pinyin order
            a = left.siblingAtColumn(0).data(SORT_ROLE)
            b = right.siblingAtColumn(0).data(SORT_ROLE)
        return a < b

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:
        model: PeopleModel = self.sourceModel()  # type: ignore[assignment]
        p = model.people[row]
        today = model.today
        left = p.left_on is not None and p.left_on <= today
        if (self.presence == "in" and left) or (self.presence == "left" and not left):
            return False
        if self.group is not None and (p.group or "") != self.group:
            return False
        if self.kind is not None:
            if self.kind in ("candidate", "activist", "member") and p.kind != self.kind:
                return False
            if self.kind == "full" and standing(p, today) != "正式党员":
                return False
            if self.kind == "probationary" and standing(p, today) != "预备党员":
                return False
        if self.text and self.text not in p.name and self.text not in (p.phone or "") and self.text not in (
                p.title or ""):
            return False
        return True
