"""The look: calm greys, white work areas, one restrained red for the current place. Fonts chosen for Chinese."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

FONT_FAMILIES = ["Microsoft YaHei UI", "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Noto Sans SC",
                 "WenQuanYi Micro Hei", "SimSun"]
ACCENT = "#a3262a"

STYLE_SHEET = f"""
QMainWindow, QDialog {{ background: #f4f5f7; }}
QListWidget#nav {{ background: #2f3a45; color: #e8ecef; border: none; font-size: 15px; padding-top: 8px;
                   outline: 0; }}
QListWidget#nav::item {{ padding: 11px 18px; border-left: 4px solid transparent; }}
QListWidget#nav::item:selected {{ background: #3b4856; color: white; border-left: 4px solid {ACCENT}; }}
QListWidget#nav::item:hover:!selected {{ background: #36424e; }}
QListWidget#settingsNav {{ background: white; border: 1px solid #dfe3e8; border-radius: 6px; outline: 0; }}
QListWidget#settingsNav::item {{ padding-left: 12px; border-left: 3px solid transparent; }}
QListWidget#settingsNav::item:selected {{ background: #e8eef5; color: #1f2933; border-left: 3px solid {ACCENT}; }}
QLabel#sampleNote {{ background: #fff7e0; color: #5c4500; border: 1px solid #e9d28c; border-radius: 4px;
                     padding: 2px 8px; margin-left: 12px; }}
QLabel#pageTitle {{ font-size: 20px; font-weight: 600; color: #1f2933; padding: 2px 0 6px 0; }}
QLabel#hint {{ color: #5f6b76; }}
QLabel#verdictOk {{ color: #1d6b35; font-weight: 600; }}
QLabel#verdictBad {{ color: {ACCENT}; font-weight: 600; }}
QLabel#banner {{ background: #fff7e0; border: 1px solid #e9d28c; padding: 8px; color: #5c4500; }}
QLabel#finalBanner {{ background: #e8f1fb; border: 1px solid #a9c6e8; padding: 8px; color: #1c3f66; }}
QScrollArea#cards, QWidget#cardColumn {{ background: white; }}
QFrame#card {{ background: #fbfcfd; border: 1px solid #dfe3e8; border-radius: 6px; }}
QTableView {{ background: white; alternate-background-color: #f7f9fb; gridline-color: #e3e7eb;
             selection-background-color: #dbe7f3; selection-color: #1f2933; }}
QHeaderView::section {{ background: #eef1f4; padding: 5px 6px; border: none;
                        border-bottom: 1px solid #d5dbe1; border-right: 1px solid #e3e7eb; }}
QPushButton {{ padding: 5px 14px; }}
QPushButton#primary {{ background: {ACCENT}; color: white; border: 1px solid #8a1f22; border-radius: 4px;
                      padding: 6px 16px; font-weight: 600; }}
QPushButton#primary:hover {{ background: #b52e33; }}
QPushButton#primary:disabled {{ background: #d9a9ab; border-color: #d9a9ab; }}
QTabWidget::pane {{ background: white; border: 1px solid #dfe3e8; }}
QLineEdit#search {{ padding: 5px 8px; border: 1px solid #c9d1d9; border-radius: 4px; background: white;
                   min-width: 280px; }}
QLineEdit:read-only, QPlainTextEdit[readOnly="true"], QTextEdit[readOnly="true"],
QAbstractSpinBox[readOnly="true"] {{ background: #eef1f4;
    color: #3d4852; }}
QLineEdit#search:disabled {{ background: #eef1f4; border-color: #d5dbe1; }}
QLabel#cardTitle {{ font-weight: 600; font-size: 14px; color: #1f2933; }}
QLabel#cellTitle {{ font-weight: 600; color: #1f2933; }}
QPushButton#link {{ color: #0b5394; text-decoration: underline; border: none; padding: 2px 6px;
                    background: transparent; }}
QPushButton#later {{ color: #5f6b76; border: none; padding: 2px 6px; background: transparent; }}
QPushButton#more {{ color: #0b5394; border: none; text-align: left; padding: 2px 0; background: transparent; }}
"""


STYLE = "Fusion"  # the same look on every system; the style sheet is written for it


def style_arguments(argv: list[str]) -> list[str]:
    """The arguments for a new QApplication, choosing our style by Qt's own `-style` option: the same as
    `setStyle("Fusion")` later, which however makes PySide build QStyle's enums first (~4 ms of the start)."""
    return [*(argv or ["orglife"]), "-style", STYLE]


def apply_look(app: QApplication) -> None:
    """Fonts, for an application started with `style_arguments`; the style sheet follows with the first window
    (`apply_style_sheet`)."""
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setPointSize(10)
    app.setFont(font)


def apply_style_sheet(app: QApplication | None = None) -> None:
    """The style sheet, once. The main window sets it when its widgets are made and before it shows: each widget is
    then polished once, at its first show, and not again at every reparenting while the pages are put together
    (with the sheet set first, that is a fifth of the main window's start)."""
    app = app or QApplication.instance()
    if isinstance(app, QApplication) and app.styleSheet() != STYLE_SHEET:
        app.setStyleSheet(STYLE_SHEET)


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
