"""The Chinese faces for print and PDF, chosen explicitly (left to itself Qt picks the Japanese CJK face).

A packaged program carries its own faces (resources/fonts: Noto Serif/Sans CJK SC), so its PDFs look the same on
every PC; they are registered with Qt when first needed and preferred over the system's. From source there are none.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from PySide6.QtGui import QFontDatabase

from models.resources import resource

# 宋体-like for the body, 黑体-like for titles: the Windows faces first, then those of Linux and macOS.
SERIF = ("SimSun", "宋体", "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", "AR PL UMing CN")
SANS = ("SimHei", "黑体", "Noto Sans CJK SC", "Source Han Sans SC", "Heiti SC", "WenQuanYi Micro Hei")


def fonts_folder() -> Path:
    return resource("fonts")


@lru_cache(maxsize=1)
def bundled_families() -> tuple[str, ...]:
    """Register the program's own font files with Qt (once; a QGuiApplication must exist): their families."""
    families: list[str] = []
    folder = fonts_folder()
    files = sorted(folder.iterdir()) if folder.is_dir() else []
    for path in (p for p in files if p.suffix.lower() in (".ttc", ".otf", ".ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            continue  # an unreadable file: the system's faces serve, as from source
        families += [f for f in QFontDatabase.applicationFontFamilies(font_id) if f not in families]
    return tuple(families)


def choose(preferred: tuple[str, ...], bundled: tuple[str, ...], available: set[str]) -> str:
    """The first preferred face the program brings, else the first the system has, else the last resort."""
    for family in preferred:
        if family in bundled:
            return family
    for family in preferred:
        if family in available:
            return family
    return preferred[-1]


@lru_cache(maxsize=4)
def _pick(preferred: tuple[str, ...]) -> str:
    bundled = bundled_families()
    return choose(preferred, bundled, set(QFontDatabase.families()))


def body_family() -> str:
    return _pick(SERIF)


def title_family() -> str:
    return _pick(SANS)


def latin_family() -> str:
    """The Word template's Latin face; where it is missing, Qt substitutes as LibreOffice does (fontconfig)."""
    return "Times New Roman"


def fallback_families() -> tuple[str, ...]:
    """Faces to try for a character the chosen one lacks (rare ideographs, symbols, emoji)."""
    return (body_family(), title_family(), latin_family(), "DejaVu Sans", "Noto Sans Symbols2", "Noto Emoji")


# A face the documents use for nothing else: a character no face has is drawn as its □, and the PDF's text layer
# gives the character back (exports.pdf.missing marks each such glyph with the character it stands for).
MISSING_FACES = ("DejaVu Sans Mono", "Courier New", "Liberation Mono", "Menlo")
MISSING_GLYPH = "\u25a1"  # □


def missing_family() -> str:
    return _pick(MISSING_FACES)
