"""What every page of 设置 is: a name, a title, the options it offers, and its own load / check / save."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from PySide6.QtWidgets import QFormLayout, QFrame, QScrollArea, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from ui.context import AppContext
    from ui.settings import Option


class OptionsPage(QWidget):
    """One page of 设置. `load()` shows what is stored; `check()` says what is wrong in the clerk's words (or
    None); `save()` stores it — options through their declaration, the branch's own data through the store."""

    NAME: ClassVar[str] = ""
    TITLE: ClassVar[str] = ""
    OPTIONS: ClassVar[tuple[Option, ...]] = ()  # the stored settings this page offers

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        frame = QVBoxLayout(self)
        frame.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()  # a long page at a large text size scrolls rather than squashing its rows
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        frame.addWidget(scroll)
        content = QWidget()
        scroll.setObjectName("plain")  # the page's own background shows through, as before
        content.setObjectName("plainContent")
        outer = QVBoxLayout(content)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll.setWidget(content)
        self.card = QFrame()
        self.card.setObjectName("card")
        self.form = QFormLayout(self.card)
        self.form.setContentsMargins(18, 16, 18, 16)
        outer.addWidget(self.card)
        self.outer = outer

    def load(self) -> None:
        """Show what is stored."""

    def check(self) -> str | None:
        """What must be corrected before saving, or None."""
        return None

    def save(self) -> None:
        """Store what is shown (only what changed)."""
