"""Qt's raw fonts, one set per thread: a QRawFont belongs to the thread that made it (its font engine is cached per
thread), and using one after that thread has ended crashes the program — two PDFs written by two background jobs
in turn did. The advances measured with them are plain numbers and are shared."""

from __future__ import annotations

import threading

from PySide6.QtGui import QFont, QRawFont

_local = threading.local()


def raw_font(family: str, bold: bool, pixels: float) -> QRawFont:
    """The face `family` (bold or not) at `pixels`, made once in this thread."""
    fonts: dict[tuple[str, bool, float], QRawFont] | None = getattr(_local, "fonts", None)
    if fonts is None:
        fonts = _local.fonts = {}
    key = (family, bold, pixels)
    raw = fonts.get(key)
    if raw is None:
        font = QFont(family)
        font.setBold(bold)
        font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
        raw = QRawFont.fromFont(font)
        raw.setPixelSize(pixels)
        fonts[key] = raw
    return raw
