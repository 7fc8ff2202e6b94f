"""设置 › 显示: the text size (100 %–200 %) and the colours (system / light / dark) applied to the whole window at
once; the verdict colours keep a WCAG contrast of at least 4.5:1 in both schemes."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QLabel

from ui import options, style
from ui.home.grid_paint import EXEMPT, FILL, INK, LEGEND


@pytest.fixture
def plain_look(app):
    """The look the other tests expect, put back afterwards."""
    yield app
    style.apply_display(app, 100, "light")


def luminance(colour: str) -> float:
    def channel(v: int) -> float:
        c = v / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    q = QColor(colour)
    return 0.2126 * channel(q.red()) + 0.7152 * channel(q.green()) + 0.0722 * channel(q.blue())


def contrast(ink: str, ground: str) -> float:
    a, b = sorted((luminance(ink), luminance(ground)), reverse=True)
    return (a + 0.05) / (b + 0.05)


def test_contrast_formula_is_wcags() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)  # the well-known just-too-pale grey


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_verdict_words_and_hints_are_readable_in_both_schemes(scheme) -> None:
    c = style.DARK if scheme == "dark" else style.LIGHT
    for ink in ("ok", "bad", "text", "hint", "link"):
        for ground in ("window", "base", "card", "alt"):
            assert contrast(c[ink], c[ground]) >= 4.5, (scheme, ink, ground)
    assert contrast(c["noteText"], c["noteBg"]) >= 4.5
    assert contrast(c["finalText"], c["finalBg"]) >= 4.5
    assert contrast(c["readOnlyText"], c["readOnly"]) >= 4.5
    assert contrast(c["onAccent"], c["accent"]) >= 4.5
    assert contrast(c["navText"], c["nav"]) >= 4.5


def test_the_grids_met_missing_and_to_come_are_readable_on_their_cells() -> None:
    # the grid is painted as a white sheet in both schemes (ui/home/duty_grid.py), so one check covers both
    for state in (*LEGEND, EXEMPT):
        assert contrast(INK[state], FILL[state]) >= 4.5, state
        assert contrast("#1f2933", FILL[state]) >= 4.5, state


def test_text_size_is_applied_at_once_to_the_window_and_the_grid(window, plain_look, qtbot) -> None:
    page = window.show_page("settings")
    display = page.show_section("display")
    before = QLabel("党员名册").sizeHint().width()
    display.text_scale.setCurrentIndex(display.text_scale.findData(200))
    assert page.save_now()
    assert options.TEXT_SCALE.get() == 200
    assert QGuiApplication.font().pointSizeF() == pytest.approx(20)
    assert QLabel("党员名册").sizeHint().width() >= 1.8 * before
    assert "font-size: 40px" in plain_look.styleSheet()  # the page titles' 20px, doubled
    from ui.home.duty_grid import DutyGrid

    assert DutyGrid().metrics.row == pytest.approx(60)  # a month's cell twice as high for words twice as big
    display.load()
    assert display.text_scale.currentText() == "200%"


def test_dark_colours_chosen_in_settings(window, plain_look) -> None:
    page = window.show_page("settings")
    display = page.show_section("display")
    display.color_scheme.setCurrentIndex(display.color_scheme.findText("深色"))
    assert page.save_now()
    assert options.COLOR_SCHEME.get() == "dark"
    window_colour = QGuiApplication.palette().color(QPalette.ColorRole.Window)
    assert window_colour.lightness() < 60
    assert style.DARK["window"] in plain_look.styleSheet()
    display.color_scheme.setCurrentIndex(display.color_scheme.findText("浅色"))
    assert page.save_now()
    assert QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness() > 200


def test_following_the_system_uses_its_scheme(plain_look, monkeypatch) -> None:
    monkeypatch.setattr(style, "system_is_dark", lambda app: True)
    style.apply_display(plain_look, 100, "system")
    assert style.is_dark()
    style.apply_display(plain_look, 100, "light")
    assert not style.is_dark()
