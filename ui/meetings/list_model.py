"""The meeting list as a lazily filled table: summaries come from the Store, rows appear as they are scrolled to."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from models.domain import MEETING_TYPES
from models.services import MeetingSummary
from ui.fmt import cn_date
from ui.widgets.table_model import ColumnsModel
from ui.words import word_for

COLUMNS = (  # translated by the model (ColumnsModel.headerData: self.tr in this class's name)
    QT_TRANSLATE_NOOP("MeetingListModel", "日期"),
    QT_TRANSLATE_NOOP("MeetingListModel", "记录标题"),
    QT_TRANSLATE_NOOP("MeetingListModel", "会议名称"),
    QT_TRANSLATE_NOOP("MeetingListModel", "党小组"),
    QT_TRANSLATE_NOOP("MeetingListModel", "应到"),
    QT_TRANSLATE_NOOP("MeetingListModel", "实到"),
    QT_TRANSLATE_NOOP("MeetingListModel", "状态"),
)
BATCH = 200
ID_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


class MeetingListModel(ColumnsModel):
    columns = COLUMNS

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.all: list[MeetingSummary] = []
        self.shown = 0
        self.group_names: dict[str, str] = {}

    def set_summaries(self, summaries: list[MeetingSummary], group_names: dict[str, str]) -> None:
        self.beginResetModel()
        self.all = summaries
        self.group_names = group_names
        self.shown = min(BATCH, len(summaries))
        self.endResetModel()

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and self.shown < len(self.all)

    def fetchMore(self, parent: Index) -> None:
        more = min(BATCH, len(self.all) - self.shown)
        if more <= 0:
            return
        self.beginInsertRows(QModelIndex(), self.shown, self.shown + more - 1)
        self.shown += more
        self.endInsertRows()

    def row_total(self) -> int:
        return self.shown

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        s = self.all[index.row()]
        col = index.column()
        if role == ID_ROLE:
            return s.id
        if role == Qt.ItemDataRole.DisplayRole:
            return (cn_date(s.date), s.heading or word_for(MEETING_TYPES, s.type), s.title,
                    self.group_names.get(s.group or "", ""),
                    str(s.expected), str(s.present), self.tr("已定稿") if s.status == "final" else self.tr("草稿"))[col]
        if role == Qt.ItemDataRole.ForegroundRole and col == 6 and s.status == "draft":
            return QColor("#a05a00")
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (4, 5):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None
