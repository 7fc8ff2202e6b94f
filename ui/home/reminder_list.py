"""The reminders (提醒): each a sentence, a link to where it is done, and 一周后再提醒.

Which reminders the clerk has put off, and until when, is kept in the program's settings by their key.
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui import options
from ui.words import label, sentence

if TYPE_CHECKING:
    from models.overview.reminders import Reminder

PUT_OFF_DAYS = 7


def put_off_until() -> dict[str, date]:
    """Reminder key → the day from which it shows again."""
    try:
        stored = json.loads(options.HOME_PUT_OFF.get() or "{}")
        return {k: date.fromisoformat(v) for k, v in stored.items()}
    except (ValueError, TypeError, AttributeError):  # a damaged setting only means nothing is put off
        return {}


def put_off(key: str, today: date) -> None:
    kept = {k: v for k, v in put_off_until().items() if v > today}  # forget what has run out
    kept[key] = today + timedelta(days=PUT_OFF_DAYS)
    options.HOME_PUT_OFF.set(json.dumps({k: v.isoformat() for k, v in kept.items()}, sort_keys=True))


class ReminderRow(QWidget):
    def __init__(self, reminder: Reminder, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reminder = reminder
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 1, 0, 1)
        self.text = QLabel(f"• {sentence(reminder.text)}")
        self.text.setWordWrap(True)
        layout.addWidget(self.text, 1)
        self.link = QPushButton(label(reminder.action))
        self.link.setObjectName("link")
        self.later = QPushButton(self.tr("一周后再提醒"))
        self.later.setObjectName("later")
        layout.addWidget(self.link)
        layout.addWidget(self.later)


class ReminderList(QFrame):
    follow = Signal(object)  # a Reminder: go where it is done
    put_off = Signal(object)  # a Reminder: not again for a week

    MAX_SHOWN = 4  # the rest behind 显示全部

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(16, 10, 16, 10)
        self.title = QLabel(self.tr("提醒"))
        self.title.setObjectName("cardTitle")
        self.layout_.addWidget(self.title)
        self.rows: list[ReminderRow] = []
        self.more = QPushButton()
        self.more.setObjectName("more")
        self.more.clicked.connect(self._show_all)
        self.layout_.addWidget(self.more)
        self.empty = QLabel(self.tr("暂无需要处理的事项。"))
        self.empty.setObjectName("hint")
        self.layout_.addWidget(self.empty)
        self.all_shown = False
        self.all: list[Reminder] = []

    def show_reminders(self, reminders: list[Reminder]) -> None:
        for row in self.rows:
            row.setParent(None)
            row.deleteLater()
        self.rows = []
        self.all = list(reminders)
        self._add_rows()
        self.title.setText(self.tr("提醒（{0} 项）").format(len(reminders)) if reminders else self.tr("提醒"))
        self.empty.setVisible(not reminders)

    def texts(self) -> list[str]:
        return [r.text for r in self.all]

    def row_of(self, kind: str) -> ReminderRow | None:
        """The first row of a kind among those on screen."""
        return next((row for row in self.rows if row.reminder.kind == kind), None)

    def _add_rows(self) -> None:
        """Rows for the first few reminders, or for all once the clerk asked: each row is a few widgets to make."""
        wanted = self.all if self.all_shown else self.all[: self.MAX_SHOWN]
        for reminder in wanted[len(self.rows):]:
            row = ReminderRow(reminder, self)
            row.link.clicked.connect(lambda _=False, r=reminder: self.follow.emit(r))
            row.later.clicked.connect(lambda _=False, r=reminder: self.put_off.emit(r))
            self.layout_.insertWidget(self.layout_.count() - 2, row)
            self.rows.append(row)
        hidden = len(self.all) - len(self.rows)
        self.more.setText(self.tr("还有 {0} 项，显示全部").format(hidden))
        self.more.setVisible(hidden > 0)

    def _show_all(self) -> None:
        self.all_shown = True
        self._add_rows()
