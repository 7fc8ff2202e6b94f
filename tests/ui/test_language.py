"""界面语言 English: the program's own texts come from resources/i18n/orglife_en.qm, Qt's from qtbase_en."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from ui.app import load_qt_translation


@pytest.fixture
def english(qapp):
    before = set(qapp.findChildren(QTranslator))
    yield load_qt_translation(qapp, "en")
    for translator in set(qapp.findChildren(QTranslator)) - before:
        qapp.removeTranslator(translator)
        translator.deleteLater()
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))


def test_english_gives_the_main_window_its_english_navigation_and_menus(english):
    assert english
    assert QCoreApplication.translate("MainWindow", "首页") == "Home"
    assert QCoreApplication.translate("MainWindow", "文件(&F)") == "&File"
    assert QLocale().language() == QLocale.Language.English


def test_chinese_leaves_the_texts_as_written(qapp):
    assert QCoreApplication.translate("MainWindow", "首页") == "首页"
