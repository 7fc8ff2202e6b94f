"""The unlock prompt's lines are shown whole — wrapped at the card's width, never cut — in Chinese and English, at
100 % and 200 % text, also in a narrow window and with the wrong-password line shown."""

from __future__ import annotations

from contextlib import nullcontext
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel

from tests.ui.in_english import english_ui
from ui import style
from ui.lock_screen import LockScreen


def cut_lines(screen: LockScreen) -> list[str]:
    """The shown labels lower than their wrapped text needs, or reaching out of the card."""
    QApplication.processEvents()
    problems = []
    for label in screen.card.findChildren(QLabel):
        if not label.isVisible() or not label.text():
            continue
        need = label.heightForWidth(label.width()) if label.wordWrap() else label.sizeHint().height()
        bottom = label.mapTo(screen.card, label.rect().bottomLeft()).y()
        if label.height() + 1 < need or bottom > screen.card.height() or label.width() > screen.card.width():
            problems.append(f"{label.text()[:20]!r} {label.width()}×{label.height()} needs height {need}")
    return problems


@pytest.mark.parametrize("language", ["zh_CN", "en"])
@pytest.mark.parametrize("scale", [100, 200])
@pytest.mark.parametrize("width", [1280, 620])
def test_the_unlock_prompt_shows_every_line_whole(app, qtbot, tmp_path: Path, language, scale, width) -> None:
    style.apply_display(app, scale, "light")
    try:
        with english_ui(app) if language == "en" else nullcontext():
            screen = LockScreen(tmp_path / "orglife.sqlite3")
            qtbot.addWidget(screen)
            screen.resize(width, 800)
            screen.show()
            qtbot.waitExposed(screen)
            assert cut_lines(screen) == []
            forgotten = [label for label in screen.card.findChildren(QLabel) if label.objectName() == "hint"][-1]
            if scale == 200 and width == 620:  # the card narrows with the window: the line wraps, shown whole
                assert forgotten.height() >= 2 * forgotten.fontMetrics().height()
            screen._say(screen.tr("密码不正确，请重新输入（注意大小写和输入法）。"))
            assert screen.error.isVisible()
            assert cut_lines(screen) == []
            assert screen.card.width() <= width
    finally:
        style.apply_display(app, 100, "light")
