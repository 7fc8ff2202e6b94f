"""The program in English for one test: our orglife_en.qm and Qt's qtbase_en installed, the English locale the
program's dates follow; all taken away again afterwards."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from ui.app import load_qt_translation


@contextmanager
def english_ui(app: QApplication) -> Iterator[None]:
    before = set(app.findChildren(QTranslator))
    assert load_qt_translation(app, "en")
    try:
        yield
    finally:
        for translator in set(app.findChildren(QTranslator)) - before:
            app.removeTranslator(translator)
            translator.deleteLater()
        QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
