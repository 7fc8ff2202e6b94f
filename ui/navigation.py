"""The window's navigation on the left: as wide as its longest label needs (within reason), a label longer than
that wrapped onto a second line, never cut and never a horizontal scrollbar — in Chinese and English, at 100 % and
200 % text size (设置 › 显示)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QModelIndex, QPersistentModelIndex, QSize, Qt, QTimer
from PySide6.QtWidgets import QListWidget, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from ui.style import scaled

NARROWEST = 210  # px at 100 %: the width the Chinese labels have always had
WIDEST = 250  # px at 100 %: wider would take too much from the page; a longer label wraps instead
WINDOW_SHARE = 0.3  # nor more of the window than this: at 200 % the page keeps room for its own words


NAV = (
    ("home", QT_TRANSLATE_NOOP("MainWindow", "首页")),
    ("meetings", QT_TRANSLATE_NOOP("MainWindow", "会议记录")),
    ("talks", QT_TRANSLATE_NOOP("MainWindow", "谈心谈话")),
    ("orglife", QT_TRANSLATE_NOOP("MainWindow", "组织生活会与民主评议")),
    ("roster", QT_TRANSLATE_NOOP("MainWindow", "党员名册")),
    ("archive", QT_TRANSLATE_NOOP("MainWindow", "年度归档")),
    ("stats", QT_TRANSLATE_NOOP("MainWindow", "统计")),
    ("party", QT_TRANSLATE_NOOP("MainWindow", "党委总览")),  # shown only where several branches are in sight
    ("settings", QT_TRANSLATE_NOOP("MainWindow", "设置")),
)
KEYS = [k for k, _ in NAV]  # the pages in the navigation's order

class _WrappingDelegate(QStyledItemDelegate):
    """An item as high as its words wrapped at the navigation's width (the style sheet's padding aside)."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        view: NavigationList = self.parent()  # type: ignore[assignment]
        unwrapped = super().sizeHint(option, index)
        wrap = QStyleOptionViewItem(option)
        wrap.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
        wrap.rect.setWidth(max(1, view.viewport().width() - view.padding(index)))
        wrapped = super().sizeHint(wrap, index)
        return QSize(min(unwrapped.width(), view.viewport().width()), max(unwrapped.height(), wrapped.height()))


class NavigationList(QListWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("nav")
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.setItemDelegate(_WrappingDelegate(self))
        self.setFixedWidth(scaled(NARROWEST))
        self._fitting = QTimer(self, singleShot=True, interval=0)
        self._fitting.timeout.connect(self.fit)
        self.model().dataChanged.connect(self._fitting.start)  # a label translated anew (界面语言)
        self.model().rowsInserted.connect(self._fitting.start)

    def padding(self, index: QModelIndex | QPersistentModelIndex) -> int:
        """What an item's width holds besides its words: the style sheet's padding and border, the text margins."""
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        option.features &= ~QStyleOptionViewItem.ViewItemFeature.WrapText
        hint = QStyledItemDelegate.sizeHint(self.itemDelegate(), option, index)
        return max(0, hint.width() - self.fontMetrics().horizontalAdvance(str(index.data())))

    def longest_label(self) -> int:
        """The width the longest label (shown or hidden: 党委总览 may appear later) needs on one line."""
        widths = [self.padding(self.model().index(row, 0)) +
                  self.fontMetrics().horizontalAdvance(self.item(row).text()) for row in range(self.count())]
        return max(widths, default=0)

    def widest(self) -> int:
        """The most the navigation takes: WIDEST at the text size in use, within WINDOW_SHARE of the window (but
        NARROWEST at 100 % always)."""
        return max(NARROWEST, min(scaled(WIDEST), round(self.window().width() * WINDOW_SHARE)))

    def fit(self) -> None:
        """The width from the labels, from NARROWEST at the text size in use up to `widest`."""
        self.ensurePolished()
        frame = self.width() - self.viewport().width()  # the style sheet's border, if any (a scrollbar: wraps)
        if self.verticalScrollBar().isVisible():
            frame -= self.verticalScrollBar().width()
        width = self.longest_label() + frame
        widest = self.widest()
        self.setFixedWidth(max(min(scaled(NARROWEST), widest), min(widest, width)))
        self.scheduleDelayedItemsLayout()  # the items' heights at the new width

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.LanguageChange):
            self._fitting.start()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.window() is not self:
            self.window().installEventFilter(self)  # the window's width bounds the navigation's
        self.fit()

    def eventFilter(self, watched, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.window():
            self._fitting.start()
        return super().eventFilter(watched, event)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.scheduleDelayedItemsLayout()
