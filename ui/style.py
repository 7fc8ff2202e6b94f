"""The look: calm greys, white work areas, one restrained red for the current place. Fonts chosen for Chinese."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

FONT_FAMILIES = ["Microsoft YaHei UI", "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Noto Sans SC",
                 "WenQuanYi Micro Hei", "SimSun"]
ACCENT = "#a3262a"

SCALES = (100, 125, 150, 175, 200)  # 文字大小 in 设置 › 显示, on top of the system's own scaling
SCHEMES = ("system", "light", "dark")  # 颜色: 跟随系统 / 浅色 / 深色

# The colours by role, for the light and the dark scheme. Text colours are chosen for a WCAG contrast of at
# least 4.5:1 against the background they are written on (tests/ui/test_look.py computes it).
LIGHT = {"window": "#f4f5f7", "base": "#ffffff", "alt": "#f7f9fb", "card": "#fbfcfd", "text": "#1f2933",
         "hint": "#5f6b76", "line": "#dfe3e8", "line2": "#d5dbe1", "grid": "#e3e7eb", "header": "#eef1f4",
         "selection": "#dbe7f3", "nav": "#2f3a45", "navText": "#e8ecef", "navSel": "#3b4856", "navHover": "#36424e",
         "ok": "#1d6b35", "bad": ACCENT, "accent": ACCENT, "accentHover": "#b52e33", "accentLine": "#8a1f22",
         "accentOff": "#d9a9ab", "onAccent": "#ffffff", "noteBg": "#fff7e0", "noteText": "#5c4500",
         "noteLine": "#e9d28c", "finalBg": "#e8f1fb", "finalText": "#1c3f66", "finalLine": "#a9c6e8",
         "readOnly": "#eef1f4", "readOnlyText": "#3d4852", "link": "#0b5394", "field": "#c9d1d9",
         "settingsSel": "#e8eef5", "focus": "#0b5394"}
DARK = {"window": "#1c2128", "base": "#22272e", "alt": "#262c34", "card": "#262c34", "text": "#e6e9ec",
        "hint": "#a8b3bd", "line": "#3a424c", "line2": "#444d58", "grid": "#333a43", "header": "#2d333b",
        "selection": "#2f4a66", "nav": "#161a1f", "navText": "#e8ecef", "navSel": "#2d3742", "navHover": "#242c35",
        "ok": "#6fd08c", "bad": "#ff8a8a", "accent": ACCENT, "accentHover": "#b52e33", "accentLine": "#d0494e",
        "accentOff": "#5a3032", "onAccent": "#ffffff", "noteBg": "#3a3020", "noteText": "#f2d98c",
        "noteLine": "#6b5a2a", "finalBg": "#1e3048", "finalText": "#b9d4f2", "finalLine": "#3d5f86",
        "readOnly": "#2d333b", "readOnlyText": "#c5ccd3", "link": "#8cbcf0", "field": "#4a535e",
        "settingsSel": "#2d3742", "focus": "#8cbcf0"}


def style_sheet(scale: int = 100, dark: bool = False) -> str:
    """The style sheet for a text size (percent) and a scheme: its pixel sizes scaled, its colours by role."""
    c = DARK if dark else LIGHT

    def px(n: float) -> str:
        return f"{max(1, round(n * scale / 100))}px"

    return f"""
QMainWindow, QDialog {{ background: {c["window"]}; }}
QListWidget#nav {{ background: {c["nav"]}; color: {c["navText"]}; border: none; font-size: {px(15)};
                   padding-top: {px(8)}; }}
QListWidget#nav::item {{ padding: {px(11)} {px(18)}; border-left: 4px solid transparent; }}
QListWidget#nav::item:selected {{ background: {c["navSel"]}; color: white; border-left: 4px solid {ACCENT}; }}
QListWidget#nav::item:hover:!selected {{ background: {c["navHover"]}; }}
QListWidget#nav:focus {{ border: 2px solid {c["focus"]}; }}
QListWidget#settingsNav {{ background: {c["base"]}; border: 1px solid {c["line"]}; border-radius: 6px; }}
QListWidget#settingsNav::item {{ padding-left: {px(12)}; border-left: 3px solid transparent; }}
QListWidget#settingsNav::item:selected {{ background: {c["settingsSel"]}; color: {c["text"]};
                                          border-left: 3px solid {ACCENT}; }}
QListWidget#settingsNav:focus {{ border: 2px solid {c["focus"]}; }}
QLabel#sampleNote {{ background: {c["noteBg"]}; color: {c["noteText"]}; border: 1px solid {c["noteLine"]};
                     border-radius: 4px; padding: 2px {px(8)}; margin-left: {px(12)}; }}
QLabel#pageTitle {{ font-size: {px(20)}; font-weight: 600; color: {c["text"]}; padding: 2px 0 {px(6)} 0; }}
QLabel#hint {{ color: {c["hint"]}; }}
QLabel#verdictOk {{ color: {c["ok"]}; font-weight: 600; }}
QLabel#verdictBad {{ color: {c["bad"]}; font-weight: 600; }}
QLabel#banner {{ background: {c["noteBg"]}; border: 1px solid {c["noteLine"]}; padding: {px(8)};
                 color: {c["noteText"]}; }}
QLabel#finalBanner {{ background: {c["finalBg"]}; border: 1px solid {c["finalLine"]}; padding: {px(8)};
                      color: {c["finalText"]}; }}
QScrollArea#cards, QWidget#cardColumn {{ background: {c["base"]}; }}
QScrollArea#plain, QWidget#plainContent {{ background: transparent; }}
QFrame#card {{ background: {c["card"]}; border: 1px solid {c["line"]}; border-radius: 6px; }}
QTableView {{ background: {c["base"]}; alternate-background-color: {c["alt"]}; gridline-color: {c["grid"]};
             selection-background-color: {c["selection"]}; selection-color: {c["text"]}; }}
QHeaderView::section {{ background: {c["header"]}; color: {c["text"]}; padding: {px(5)} {px(6)}; border: none;
                        border-bottom: 1px solid {c["line2"]}; border-right: 1px solid {c["grid"]}; }}
QPushButton {{ padding: {px(5)} {px(14)}; }}
QPushButton#primary {{ background: {c["accent"]}; color: {c["onAccent"]}; border: 1px solid {c["accentLine"]};
                      border-radius: 4px; padding: {px(6)} {px(16)}; font-weight: 600; }}
QPushButton#primary:hover {{ background: {c["accentHover"]}; }}
QPushButton#primary:focus {{ border: 2px solid {c["focus"]}; }}
QPushButton#primary:disabled {{ background: {c["accentOff"]}; border-color: {c["accentOff"]}; }}
QTabWidget::pane {{ background: {c["base"]}; border: 1px solid {c["line"]}; }}
QLineEdit#search {{ padding: {px(5)} {px(8)}; border: 1px solid {c["field"]}; border-radius: 4px;
                   background: {c["base"]}; min-width: {px(280)}; }}
QLineEdit#search:focus {{ border: 2px solid {c["focus"]}; }}
QLineEdit:read-only, QPlainTextEdit[readOnly="true"], QTextEdit[readOnly="true"],
QAbstractSpinBox[readOnly="true"] {{ background: {c["readOnly"]};
    color: {c["readOnlyText"]}; }}
QLineEdit#search:disabled {{ background: {c["readOnly"]}; border-color: {c["line2"]}; }}
QLabel#cardTitle {{ font-weight: 600; font-size: {px(14)}; color: {c["text"]}; }}
QLabel#cellTitle {{ font-weight: 600; color: {c["text"]}; }}
QPushButton#link {{ color: {c["link"]}; text-decoration: underline; border: none; padding: 2px {px(6)};
                    background: transparent; }}
QPushButton#link:focus, QPushButton#later:focus, QPushButton#more:focus {{ border: 1px dotted {c["focus"]}; }}
QPushButton#later {{ color: {c["hint"]}; border: none; padding: 2px {px(6)}; background: transparent; }}
QPushButton#more {{ color: {c["link"]}; border: none; text-align: left; padding: 2px 0; background: transparent; }}
"""


STYLE_SHEET = style_sheet()


STYLE = "Fusion"  # the same look on every system; the style sheet is written for it


def style_arguments(argv: list[str]) -> list[str]:
    """The arguments for a new QApplication, choosing our style by Qt's own `-style` option: the same as
    `setStyle("Fusion")` later, which however makes PySide build QStyle's enums first (~4 ms of the start)."""
    return [*(argv or ["orglife"]), "-style", STYLE]


def apply_look(app: QApplication) -> None:
    """Fonts (and the palette), for an application started with `style_arguments`, at the text size and colours
    chosen in 设置 › 显示 (at 100 % and the system's light scheme nothing more is done than before); the style
    sheet follows with the first window (`apply_style_sheet`)."""
    from ui import options

    apply_display(app, options.TEXT_SCALE.get(), options.COLOR_SCHEME.get(), first=True)


_current = {"scale": 100, "dark": False}


def current_scale() -> int:
    """The text size in percent now in use (设置 › 显示)."""
    return _current["scale"]


def is_dark() -> bool:
    """Whether the dark colours are in use now."""
    return _current["dark"]


def colors() -> dict[str, str]:
    """The colours by role of the scheme in use: for what is painted by hand."""
    return DARK if _current["dark"] else LIGHT


def scaled(n: float) -> int:
    """A size in pixels laid out for 100 %, at the text size in use: fixed widths and heights of our own."""
    return max(1, round(n * _current["scale"] / 100))


def system_is_dark(app: QApplication) -> bool:
    """Whether the system's colours are dark. At the start, before a palette of ours is set, from the palette the
    platform gives (Fusion follows the system's scheme): asking `styleHints().colorScheme()` makes PySide build
    every enum of the Qt namespace, a tenth of the start. Later from the style hints themselves."""
    if not _current.get("own_palette"):
        return app.palette().color(QPalette.ColorRole.Window).lightness() < 128
    from PySide6.QtCore import Qt

    return app.styleHints().colorScheme() == Qt.ColorScheme.Dark


def palette_for(dark: bool) -> QPalette:
    """Qt's own palette for our colours (Fusion draws fields, buttons and menus from it)."""
    c = DARK if dark else LIGHT
    palette = QPalette()
    role = QPalette.ColorRole
    for name, key in ((role.Window, "window"), (role.Base, "base"), (role.AlternateBase, "alt"),
                      (role.Text, "text"), (role.WindowText, "text"), (role.ButtonText, "text"),
                      (role.ToolTipText, "text"), (role.ToolTipBase, "base"), (role.PlaceholderText, "hint"),
                      (role.Highlight, "selection"), (role.HighlightedText, "text"), (role.Link, "link")):
        palette.setColor(name, QColor(c[key]))
    palette.setColor(role.Button, QColor(c["header"]))
    palette.setColor(role.Mid, QColor(c["line2"]))
    palette.setColor(role.Dark, QColor(c["line2"] if not dark else "#111418"))
    palette.setColor(role.Light, QColor("#ffffff" if not dark else c["line"]))
    palette.setColor(QPalette.ColorGroup.Disabled, role.Text, QColor(c["hint"]))
    palette.setColor(QPalette.ColorGroup.Disabled, role.WindowText, QColor(c["hint"]))
    palette.setColor(QPalette.ColorGroup.Disabled, role.ButtonText, QColor(c["hint"]))
    return palette


def apply_display(app: QApplication, scale: int, scheme: str, first: bool = False) -> None:
    """The text size (percent) and the colours (system / light / dark) applied to the whole program at once;
    the scheme followed live when it is the system's (its change signal)."""
    scale = scale if scale in SCALES else 100
    dark = scheme == "dark" or (scheme not in ("light", "dark") and system_is_dark(app))
    changed = not first or scale != 100 or dark
    _current.update(scale=scale, dark=dark, scheme=scheme)
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setPointSizeF(10 * scale / 100)
    app.setFont(font)
    if changed:
        app.setPalette(palette_for(dark))
        _current["own_palette"] = True
    if not first:
        apply_style_sheet(app)
    if not getattr(app, "_orglife_follows_scheme", False):
        app._orglife_follows_scheme = True  # type: ignore[attr-defined]
        app.styleHints().colorSchemeChanged.connect(lambda _scheme: _follow_system(app))


def _follow_system(app: QApplication) -> None:
    if _current.get("scheme", "system") not in ("light", "dark"):
        apply_display(app, _current["scale"], "system")


def current_style_sheet() -> str:
    """The style sheet for the text size and the colours in use."""
    scale, dark = _current["scale"], _current["dark"]
    return STYLE_SHEET if (scale, dark) == (100, False) else style_sheet(scale, dark)


def apply_style_sheet(app: QApplication | None = None) -> None:
    """The style sheet, once. The main window sets it when its widgets are made and before it shows: each widget is
    then polished once, at its first show, and not again at every reparenting while the pages are put together
    (with the sheet set first, that is a fifth of the main window's start). Again when 显示 changes."""
    app = app or QApplication.instance()
    sheet = current_style_sheet()
    if isinstance(app, QApplication) and app.styleSheet() != sheet:
        app.setStyleSheet(sheet)


def apply_style(app: QApplication) -> None:
    """Style, fonts and style sheet, for an application made elsewhere (the tests' own)."""
    app.setStyle(STYLE)
    apply_look(app)
    apply_style_sheet(app)


def pixel_font(px: float, bold: bool = False) -> QFont:
    """Our Chinese faces at a size in pixels: for what is painted by hand (the year's grid, the charts)."""
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setPixelSize(max(1, round(px)))
    font.setBold(bold)
    return font
