"""A vertical list of cards (speeches, resolutions) that can be added, moved up and down and removed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QToolButton, QVBoxLayout, QWidget

from ui.errors import Notice

translate = QCoreApplication.translate  # a plain name lupdate reads with its context


class Card(QFrame):
    changed = Signal()
    move = Signal(object, int)  # card, -1 up / +1 down
    remove = Signal(object)

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.setAccessibleName(title)  # numbered by its list
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(12, 8, 12, 10)
        head = QHBoxLayout()
        self.number = QLabel(title)
        self.number.setObjectName("hint")  # its colour from the scheme in use
        self.number.setStyleSheet("font-weight:600;")
        head.addWidget(self.number)
        self.head_extra = QHBoxLayout()
        head.addLayout(self.head_extra, 1)
        for text, tip, slot in (("↑", translate("Card", "上移"), lambda: self.move.emit(self, -1)),
                                ("↓", translate("Card", "下移"), lambda: self.move.emit(self, 1)),
                                ("✕", translate("Card", "删除"), lambda: self.remove.emit(self))):
            button = QToolButton()
            button.setText(text)
            button.setToolTip(tip)
            button.setAccessibleName(tip)
            button.clicked.connect(slot)
            head.addWidget(button)
        self.body.addLayout(head)


class CardList(QWidget):
    """Owns the cards' order; `changed` when a card changes, is added, moved or removed."""

    changed = Signal()

    def __init__(self, add_text: str, make: Callable[[], Card], empty_text: str = "",
                 parent: QWidget | None = None, name: str = "") -> None:
        """`name`: what the cards are (发言记录), said by a screen reader for the list and each card."""
        super().__init__(parent)
        self.name = name or add_text
        self.setAccessibleName(self.name)
        self.empty = QLabel(empty_text)
        self.empty.setObjectName("hint")
        self.empty.setWordWrap(True)
        self.empty.setContentsMargins(4, 8, 4, 8)
        self.make = make
        self.cards: list[Card] = []
        self.inner = QWidget()
        self.inner.setObjectName("cardColumn")
        self.column = QVBoxLayout(self.inner)
        self.column.setSpacing(10)
        self.column.addWidget(self.empty)
        self.column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.inner)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setObjectName("cards")
        self.scroll = scroll
        self.add_button = QPushButton(add_text)
        self.add_button.setObjectName("primary")
        self.add_button.clicked.connect(self.add_new)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 1)
        layout.addLayout(row)

    def clear(self) -> None:
        for card in self.cards:
            card.setParent(None)
            card.deleteLater()
        self.cards = []
        self._renumber()

    def append(self, card: Card) -> Card:
        card.changed.connect(self.changed)
        card.move.connect(self._move)
        card.remove.connect(self._remove)
        self.cards.append(card)
        self.column.insertWidget(self.column.count() - 1, card)
        self._renumber()
        return card

    def add_new(self) -> Card:
        card = self.append(self.make())
        self.changed.emit()
        self.scroll.ensureWidgetVisible(card)
        card.setFocus()
        return card

    def _move(self, card: Card, step: int) -> None:
        i = self.cards.index(card)
        j = i + step
        if not 0 <= j < len(self.cards):
            return
        self.cards[i], self.cards[j] = self.cards[j], self.cards[i]
        self.column.removeWidget(card)
        self.column.insertWidget(j + 1, card)  # after the empty-list hint
        self._renumber()
        self.changed.emit()

    def _remove(self, card: Card) -> None:
        """✕ on a card that holds something asks first: a speech or resolution typed in is not lost by a slip."""
        value = getattr(card, "value", None)
        number = self.cards.index(card) + 1
        if callable(value) and value() is not None and not Notice.confirm(
                self, self.tr("删除"), self.tr("删除第 {0} 项？其中的内容将被删除。").format(number)):
            return
        self.cards.remove(card)
        card.setParent(None)
        card.deleteLater()
        self._renumber()
        self.changed.emit()

    def _renumber(self) -> None:
        self.empty.setVisible(not self.cards and bool(self.empty.text()))
        for i, card in enumerate(self.cards, 1):
            card.number.setText(f"{i}.")
            card.setAccessibleName(translate("CardList", "{0}：第 {1} 项").format(self.name, i))
        self.setAccessibleDescription(translate("CardList", "共 {0} 项").format(len(self.cards)))
