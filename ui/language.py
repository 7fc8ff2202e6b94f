"""界面语言: the translators of the chosen language — the program's own (English from resources/i18n/orglife_en.qm;
the texts are written in Chinese) and Qt's (qtbase_zh_CN or qtbase_en) — installed at the start and again when the
clerk changes the setting (the previous ones are removed first). Installing sends every widget a LanguageChange."""

from __future__ import annotations

import sys
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from models.resources import resource

LANGUAGES = ("zh_CN", "en")
NAMES = {"zh_CN": "中文", "en": "English"}  # each in its own language: the clerk finds the one they read

_installed: list[QTranslator] = []  # what `install_language` installed last, removed by the next call
_current = {"language": "zh_CN"}


def qt_translation_folders() -> list[str]:
    """Where Qt's own .qm files may be: Qt's configured folder, else the PySide6 wheel's translations folder
    (Qt/translations on Linux and macOS, translations on Windows), also inside a packaged program."""
    import PySide6

    wheel = Path(PySide6.__file__).resolve().parent
    return [QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
            str(wheel / "Qt" / "translations"), str(wheel / "translations")]


def current_language() -> str:
    """The language installed last ("zh_CN" before any)."""
    return _current["language"]


def install_language(app: QCoreApplication, language: str | None = None) -> bool:
    """Qt's own strings (确定/取消, the file dialogs' 查找范围、文件类型) and, in English, the program's own texts,
    in place of those installed before. `language`: the 界面语言 setting (read when None). False when the
    catalog was not found (Chinese: Qt's; English: ours)."""
    if language is None:
        from ui import options

        language = options.LANGUAGE.get()
    language = language if language in LANGUAGES else "zh_CN"
    for translator in _installed:
        if shiboken6.isValid(translator):  # one taken away by other code is already gone
            app.removeTranslator(translator)
            translator.deleteLater()
    _installed.clear()
    _current["language"] = language
    if language == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        ours = our_catalog(app)
        _install(app, ours)
        _install(app, _qt_catalog(app, "qtbase_en"))
        return ours is not None and not ours.isEmpty()
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    qt = _qt_catalog(app, "qtbase_zh_CN")
    if qt is None:
        print("未找到 Qt 的中文翻译（qtbase_zh_CN.qm），标准对话框将显示英文。", file=sys.stderr)
        return False
    _install(app, qt)
    from ui.qt_fallback import MissingQtStrings

    _install(app, MissingQtStrings(app))  # what Qt's catalog lacks (the file dialog's labels); asked first
    return True


def our_catalog(app: QCoreApplication) -> QTranslator | None:
    """The program's own English texts (resources/i18n/orglife_en.qm), None when the file is missing."""
    ours = QTranslator(app)
    if ours.load("orglife_en", str(resource("i18n"))):
        return ours
    ours.deleteLater()
    return None


def _qt_catalog(app: QCoreApplication, name: str) -> QTranslator | None:
    translator = QTranslator(app)
    for folder in qt_translation_folders():
        if translator.load(name, folder):
            return translator
    translator.deleteLater()
    return None


def _install(app: QCoreApplication, translator: QTranslator | None) -> None:
    if translator is not None:
        app.installTranslator(translator)
        _installed.append(translator)
