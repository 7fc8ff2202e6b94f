"""The talks list shows a long 主题 whole, on more lines, rather than cut off."""

from __future__ import annotations

import dataclasses

from tests.ui.test_talks_page import YEAR, talks_page

LONG = "围绕落实全面从严治党主体责任、加强支部标准化规范化建设和做好妇女群众工作开展谈心谈话"


def test_a_long_topic_is_shown_whole(window, store, qtbot) -> None:
    store.save_talk(dataclasses.replace(store.talks(YEAR)[0], topic=LONG))
    page = talks_page(window)
    qtbot.waitUntil(lambda: page.list.rowCount() == 1 and page.list.item(0, 3).text() == LONG)
    table = page.list
    table.resize(420, 300)
    table.show_talks(store.talks(YEAR))
    width = table.columnWidth(3)
    needed = table.fontMetrics().horizontalAdvance(LONG)
    assert needed > width  # too long for one line of the column...
    lines = table.rowHeight(0) // table.fontMetrics().lineSpacing()
    assert lines * width >= needed  # ...so the row has the lines to hold it all
    assert table.item(0, 3).toolTip() == LONG
