"""Every text a clerk can read in a widget tree: labels, buttons, group boxes, tab titles, the items and headers
of lists, tables and combos, placeholders, tooltips, window titles, accessible names, menus and actions — each
with where it was found, so a test can say which widget shows a text and check the words."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from models.resources import sample_branch_path

CJK = re.compile("[\u2e80-\u2fff\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef"
                 "\U00020000-\U0003ffff]")
ROWS = 60  # cells read per view: enough to meet every kind of value, not every record of a long list


@dataclass(frozen=True)
class Text:
    where: str  # the widget's class and object name, and the property: "QLabel#hint.text"
    text: str


def plain(text: str) -> str:
    """Rich text as the words shown."""
    if "<" in text and ">" in text:
        document = QTextDocument()
        document.setHtml(text)
        return document.toPlainText()
    return text


def _where(widget: QWidget, what: str) -> str:
    chain = []
    node: QWidget | None = widget
    while node is not None and len(chain) < 3:
        chain.append(type(node).__name__ + (f"#{node.objectName()}" if node.objectName() else ""))
        node = node.parentWidget()
    return " < ".join(chain) + "." + what


def texts_of(root: QWidget) -> Iterator[Text]:
    for widget in [root, *root.findChildren(QWidget)]:
        yield from _texts_of_widget(widget)


def _texts_of_widget(w: QWidget) -> Iterator[Text]:
    def text(what: str, value: str | None) -> Iterator[Text]:
        if value:
            yield Text(_where(w, what), plain(value))

    yield from text("toolTip", w.toolTip())
    yield from text("accessibleName", w.accessibleName())
    yield from text("accessibleDescription", w.accessibleDescription())
    yield from text("whatsThis", w.whatsThis())
    if w.isWindow():
        yield from text("windowTitle", w.windowTitle())
    if isinstance(w, QLabel):
        yield from text("text", w.text())
    elif isinstance(w, QAbstractButton):
        yield from text("text", w.text())
    elif isinstance(w, QGroupBox):
        yield from text("title", w.title())
    elif isinstance(w, (QLineEdit, QTextEdit, QPlainTextEdit)):
        yield from text("placeholderText", w.placeholderText())
    if isinstance(w, QTabWidget):
        for i in range(w.count()):
            yield from text(f"tabText[{i}]", w.tabText(i))
            yield from text(f"tabToolTip[{i}]", w.tabToolTip(i))
    elif isinstance(w, QTabBar):
        for i in range(w.count()):
            yield from text(f"tabText[{i}]", w.tabText(i))
    if isinstance(w, QComboBox):
        if w.lineEdit() is not None:
            yield from text("placeholderText", w.lineEdit().placeholderText())
        for i in range(w.count()):
            yield from text(f"item[{i}]", w.itemText(i))
    if isinstance(w, QAbstractItemView) and not isinstance(w, QHeaderView) and w.model() is not None:
        yield from _texts_of_model(w, w.model())
    if isinstance(w, QMenu):
        yield from text("title", w.title())
    for action in w.actions():
        yield from text("action.text", action.text())
        yield from text("action.toolTip", action.toolTip() if action.toolTip() != action.text().replace("&", "")
                        else "")


def _columns(model: QAbstractItemModel, parent: QModelIndex) -> int:
    try:
        return model.columnCount(parent)
    except TypeError:  # a list model's columnCount is private to it: one column
        return 1


def _has_children(model: QAbstractItemModel, index: QModelIndex) -> bool:
    try:
        return model.hasChildren(index)
    except TypeError:  # a list's or a table's: private, and none
        return False


def _texts_of_model(w: QWidget, model: QAbstractItemModel) -> Iterator[Text]:
    for orientation, count in ((Qt.Orientation.Horizontal, _columns(model, QModelIndex())),
                               (Qt.Orientation.Vertical, min(model.rowCount(QModelIndex()), ROWS))):
        for section in range(count):
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.headerData(section, orientation, role)
                if isinstance(value, str) and value:
                    yield Text(_where(w, f"header[{section}]"), plain(value))

    def cells(parent: QModelIndex, depth: int) -> Iterator[Text]:
        for row in range(min(model.rowCount(parent), ROWS)):
            for column in range(_columns(model, parent)):
                index = model.index(row, column, parent)
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                             Qt.ItemDataRole.AccessibleTextRole):
                    value = index.data(role)
                    if isinstance(value, str) and value:
                        yield Text(_where(w, f"cell[{row},{column}]"), plain(value))
            if depth < 3 and _has_children(model, model.index(row, 0, parent)):
                yield from cells(model.index(row, 0, parent), depth + 1)

    yield from cells(QModelIndex(), 0)


def sample_strings() -> set[str]:
    """Every string the sample branch holds (names, titles, what was said …): data, shown as typed."""
    found: set[str] = set()

    def collect(value: object) -> None:
        if isinstance(value, str):
            if CJK.search(value):
                found.add(value)
                found.update(part for part in re.split(r"[\n，。；、]", value) if CJK.search(part))
        elif isinstance(value, dict):
            for v in value.values():
                collect(v)
        elif isinstance(value, list):
            for v in value:
                collect(v)

    collect(json.loads(sample_branch_path().read_text(encoding="utf-8")))
    return found


def without_data(text: str, data: list[str]) -> str:
    """`text` with every piece of data (longest first) taken out."""
    for piece in data:
        if piece in text:
            text = text.replace(piece, " ")
    return text
