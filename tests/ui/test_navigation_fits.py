"""The navigation shows every label whole, in Chinese and in English, at 100 % and 200 % text size: the list is as
wide as its longest label (within reason), a longer one wraps, and no horizontal scrollbar appears."""

from __future__ import annotations

from contextlib import nullcontext

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextLayout, QTextOption
from PySide6.QtWidgets import QApplication

from tests.ui.in_english import english_ui
from ui import style


def lines_needed(nav, text: str, width: int) -> int:
    """How many lines `text` takes at `width` in the navigation's font."""
    layout = QTextLayout(text, nav.font())
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    lines = 0
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        lines += 1
    layout.endLayout()
    return lines


def cut_items(nav) -> list[str]:
    """The shown items whose words do not fit in their row (its width, and its height for the lines they wrap to)."""
    problems = []
    viewport = nav.viewport().width()
    metrics = nav.fontMetrics()
    for row in range(nav.count()):
        item = nav.item(row)
        if item.isHidden():
            continue
        text, box = item.text(), nav.visualItemRect(item)
        room = box.width() - nav.padding(nav.model().index(row, 0))
        lines = lines_needed(nav, text, room)
        if box.right() > viewport + 1 or lines * metrics.lineSpacing() > box.height():
            problems.append(f"{text!r}: {lines} line(s) in {room}×{box.height()} (viewport {viewport})")
        elif lines == 1 and metrics.horizontalAdvance(text) > room:
            problems.append(f"{text!r}: {metrics.horizontalAdvance(text)} wide in {room}")
    return problems


@pytest.mark.parametrize("scale", [100, 200])
@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_every_navigation_label_is_shown_whole(app, qtbot, store, language, scale) -> None:
    from ui.main_window import MainWindow

    style.apply_display(app, scale, "light")
    try:
        with english_ui(app) if language == "en" else nullcontext():
            window = MainWindow(store._store)
            qtbot.addWidget(window)
            window.resize(1280, 800)
            window.show()
            nav = window.nav
            nav.item(7).setHidden(False)  # 党委总览 too, the longest Chinese label but one
            QApplication.processEvents()
            if language == "en":
                assert nav.item(3).text() != "组织生活会与民主评议"  # translated: the long English label
            assert not cut_items(nav), cut_items(nav)
            assert not nav.horizontalScrollBar().isVisible()
            assert nav.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
            assert nav.width() <= max(210, min(style.scaled(250), 0.3 * window.width()) + 1)  # the page keeps most
            # of the window
            window.ctx.writes.settle()
            window.ctx.jobs.wait()
            window.close()
    finally:
        style.apply_display(app, 100, "light")


def test_the_chinese_navigation_keeps_its_width_at_100_percent(app, qtbot, store) -> None:
    from ui.main_window import MainWindow

    window = MainWindow(store._store)
    qtbot.addWidget(window)
    window.show()
    QApplication.processEvents()
    assert window.nav.width() == 210  # every Chinese label fits on one line as before
    heights = {window.nav.visualItemRect(window.nav.item(r)).height() for r in range(window.nav.count())
               if not window.nav.item(r).isHidden()}
    assert len(heights) == 1  # none wrapped onto a second line
    window.ctx.writes.settle()
    window.ctx.jobs.wait()
    window.close()
