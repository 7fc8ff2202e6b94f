"""帮助 → 用户手册 shows the manual with its screenshots inside the program."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextDocument


def test_the_manual_opens_from_the_help_menu(window, qtbot) -> None:
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "帮助(&H)")
    assert [a.text() for a in help_menu.actions()][:1] == ["用户手册(&M)"]
    window.actions_by_key["manual"].trigger()
    manual = window._manual_window
    qtbot.waitUntil(manual.isVisible)
    text = manual.browser.toPlainText()
    assert "党员大会和表决" in text and "从 Excel 导入名册" in text
    image = manual.browser.document().resource(QTextDocument.ResourceType.ImageResource,
                                               QUrl("img/ui-editor-resolutions.png"))
    assert image is not None and not image.isNull()  # the screenshots are there, offline
