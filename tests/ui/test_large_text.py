"""At 200 % text on a 1280×800 window no label of the main pages is cut off: each shown label is as wide and as
high as its text needs and lies inside the widget it is shown in (a page that scrolls may scroll, but no words
are clipped)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QRect, QSize
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QLabel, QWidget

from ui import style


@pytest.fixture
def large_text(app):
    style.apply_display(app, 200, "light")
    yield app
    style.apply_display(app, 100, "light")


def clipped_labels(root: QWidget) -> list[str]:
    """The shown labels whose words do not fit where they are (once the layouts have settled: a change of text
    size relays out each nested layout in a round of its own)."""
    for _round in range(5):
        QApplication.processEvents()
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    problems = []
    for label in root.findChildren(QLabel):
        if not label.isVisible() or not label.text().strip() or label.pixmap() is not None and \
                not label.pixmap().isNull():
            continue
        need = label.sizeHint()
        if label.wordWrap():  # wrapped words need their height at the width they have
            need = QSize(label.minimumSizeHint().width(), label.heightForWidth(label.width()))
        if label.width() + 1 < need.width() or label.height() + 1 < need.height():
            problems.append(f"{label.text()[:30]!r}: {label.width()}×{label.height()} < "
                            f"{need.width()}×{need.height()}")
            continue
        # inside every shown ancestor up to the window, unless an ancestor scrolls
        child: QWidget = label
        parent = label.parentWidget()
        while parent is not None and parent is not root.window():
            if isinstance(parent, QAbstractScrollArea) or isinstance(parent.parentWidget(), QAbstractScrollArea):
                break
            box = QRect(child.mapTo(parent, child.rect().topLeft()), child.size())
            if not parent.rect().adjusted(-1, -1, 1, 1).contains(box):
                problems.append(f"{label.text()[:30]!r} outside {type(parent).__name__} "
                                f"{parent.objectName()}: {box} ⊄ {parent.rect()}")
                break
            child, parent = parent, parent.parentWidget()
    return problems


NOT_YET: dict[str, str] = {}  # known at 200 %: to be laid out to fit (strict: a fix makes these fail until it goes)


@pytest.mark.parametrize("key", [pytest.param(k, marks=pytest.mark.xfail(strict=True, reason=NOT_YET[k]))
                                 if k in NOT_YET else k
                                 for k in ["home", "meetings", "roster", "talks", "orglife", "stats", "settings"]])
def test_no_label_is_cut_off_at_200_percent(window, large_text, qtbot, key) -> None:
    window.resize(1280, 800)
    page = window.show_page(key)
    qtbot.waitUntil(lambda: window.isVisible())
    QApplication.processEvents()
    assert clipped_labels(window) == []
    if key == "settings":
        for section in page.sections:
            page.show_section(section.NAME)
            assert clipped_labels(window) == [], section.NAME


def test_no_label_is_cut_off_in_a_meeting_at_200_percent(window, large_text) -> None:
    window.resize(1280, 800)
    page = window.show_page("meetings")
    page.open_meeting("mt2")
    assert clipped_labels(window) == []
