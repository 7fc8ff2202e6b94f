"""The Chinese faces for print and PDF, chosen explicitly (left to itself Qt picks the Japanese CJK face)."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtGui import QFontDatabase

# 宋体-like for the body, 黑体-like for titles: the Windows faces first, then those of Linux and macOS.
SERIF = ("SimSun", "宋体", "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", "AR PL UMing CN")
SANS = ("SimHei", "黑体", "Noto Sans CJK SC", "Source Han Sans SC", "Heiti SC", "WenQuanYi Micro Hei")


@lru_cache(maxsize=4)
def _pick(preferred: tuple[str, ...]) -> str:
    available = set(QFontDatabase.families())
    for family in preferred:
        if family in available:
            return family
    return preferred[-1]


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
