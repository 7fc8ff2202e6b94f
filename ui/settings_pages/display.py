"""显示: the size of the text (100 %–200 %, on top of the system's own scaling) and the colours (the system's
light or dark scheme, or one of them chosen). Both are applied at once when saved."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QWidget

from ui import options
from ui.context import AppContext
from ui.language import LANGUAGES, NAMES
from ui.settings_pages.base import OptionsPage
from ui.style import SCALES, SCHEMES, apply_display


class DisplayPage(OptionsPage):
    NAME = "display"
    TITLE = QT_TRANSLATE_NOOP("DisplayPage", "显示")
    OPTIONS = (options.LANGUAGE, options.TEXT_SCALE, options.COLOR_SCHEME)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.text_scale = QComboBox()
        self.text_scale.setAccessibleName(self.tr("文字大小"))
        for percent in SCALES:
            self.text_scale.addItem(f"{percent}%", percent)
        self.color_scheme = QComboBox()
        self.color_scheme.setAccessibleName(self.tr("颜色"))
        names = {"system": self.tr("跟随系统"), "light": self.tr("浅色"), "dark": self.tr("深色")}
        for code in SCHEMES:
            self.color_scheme.addItem(names[code], code)
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("界面语言"))
        for code in LANGUAGES:
            self.language.addItem(NAMES[code], code)
        self.language.activated.connect(lambda _index: self._language_chosen())
        self.form.addRow(self.tr("界面语言"), self.language)
        self.form.addRow(self.tr("文字大小"), self.text_scale)
        self.form.addRow(self.tr("颜色"), self.color_scheme)
        note = QLabel(self.tr("界面语言选定后立即生效（会议记录等文书始终是中文）；"
                              "文字大小在系统的缩放之上再放大，保存后立即生效。"))
        note.setObjectName("hint")
        note.setWordWrap(True)
        self.form.addRow(note)
        self.outer.addStretch(1)

    def load(self) -> None:
        language = options.LANGUAGE.get()
        self.language.setCurrentIndex(max(0, self.language.findData(language if language in LANGUAGES
                                                                    else "zh_CN")))
        scale = options.TEXT_SCALE.get()
        self.text_scale.setCurrentIndex(max(0, self.text_scale.findData(scale if scale in SCALES else 100)))
        scheme = options.COLOR_SCHEME.get()
        self.color_scheme.setCurrentIndex(max(0, self.color_scheme.findData(scheme if scheme in SCHEMES
                                                                           else "system")))

    def _language_chosen(self) -> None:
        """Applied at once, after this signal (the settings page, this one too, is built again in the language)."""
        from ui.language_switch import switch_language
        from ui.main_window import MainWindow

        code, window = self.language.currentData(), self.window()
        if isinstance(window, MainWindow):
            QTimer.singleShot(0, lambda: switch_language(window, code))
        else:
            options.LANGUAGE.set(code)

    def save(self) -> None:
        scale, scheme = self.text_scale.currentData(), self.color_scheme.currentData()
        if (scale, scheme) == (options.TEXT_SCALE.get(), options.COLOR_SCHEME.get()):
            return
        options.TEXT_SCALE.set(scale)
        options.COLOR_SCHEME.set(scheme)
        apply_display(QApplication.instance(), scale, scheme)
