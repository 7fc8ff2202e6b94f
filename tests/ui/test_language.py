"""界面语言 English: the program's own texts come from resources/i18n/orglife_en.qm, Qt's from qtbase_en."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from ui.app import load_qt_translation


@pytest.fixture
def english(qapp):
    yield load_qt_translation(qapp, "en")
    load_qt_translation(qapp, "zh_CN")  # in place of the English ones


def test_english_gives_the_main_window_its_english_navigation_and_menus(english):
    assert english
    assert QCoreApplication.translate("MainWindow", "首页") == "Home"
    assert QCoreApplication.translate("MainWindow", "文件(&F)") == "&File"
    assert QLocale().language() == QLocale.Language.English


def test_chinese_leaves_the_texts_as_written(qapp):
    assert QCoreApplication.translate("MainWindow", "首页") == "首页"


def test_a_change_of_language_replaces_the_translators_installed_before(english, qapp):
    assert load_qt_translation(qapp, "zh_CN")
    assert QCoreApplication.translate("MainWindow", "首页") == "首页"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"
    assert QLocale().language() == QLocale.Language.Chinese
    assert load_qt_translation(qapp, "en")
    assert QCoreApplication.translate("MainWindow", "首页") == "Home"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
