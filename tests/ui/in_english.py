"""The program in English for one test: our orglife_en.qm and Qt's qtbase_en installed, the English locale the
program's dates follow; all taken away again afterwards."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtWidgets import QApplication

from ui.app import load_qt_translation


@contextmanager
def english_ui(app: QApplication) -> Iterator[None]:
    """English for the block, then the Chinese translators and locale again, as the program installs them."""
    assert load_qt_translation(app, "en")
    try:
        yield
    finally:
        load_qt_translation(app, "zh_CN")
