"""显示: the size of the text (100 %–200 %, on top of the system's own scaling) and the colours (the system's
light or dark scheme, or one of them chosen). Both are applied at once when saved."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QWidget

from ui import options
from ui.context import AppContext
from ui.settings_pages.base import OptionsPage
from ui.style import SCALES, SCHEMES, apply_display


class DisplayPage(OptionsPage):
    NAME = "display"
    TITLE = "显示"
    OPTIONS = (options.TEXT_SCALE, options.COLOR_SCHEME)

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
        self.form.addRow(self.tr("文字大小"), self.text_scale)
        self.form.addRow(self.tr("颜色"), self.color_scheme)
        note = QLabel(self.tr("文字大小在系统的缩放之上再放大；保存后立即生效。"))
        note.setObjectName("hint")
        note.setWordWrap(True)
        self.form.addRow(note)
        self.outer.addStretch(1)

    def load(self) -> None:
        scale = options.TEXT_SCALE.get()
        self.text_scale.setCurrentIndex(max(0, self.text_scale.findData(scale if scale in SCALES else 100)))
        scheme = options.COLOR_SCHEME.get()
        self.color_scheme.setCurrentIndex(max(0, self.color_scheme.findData(scheme if scheme in SCHEMES
                                                                           else "system")))

    def save(self) -> None:
        scale, scheme = self.text_scale.currentData(), self.color_scheme.currentData()
        if (scale, scheme) == (options.TEXT_SCALE.get(), options.COLOR_SCHEME.get()):
            return
        options.TEXT_SCALE.set(scale)
        options.COLOR_SCHEME.set(scheme)
        apply_display(QApplication.instance(), scale, scheme)
