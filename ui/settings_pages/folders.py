"""数据与文件夹: where the records live (read only), and the folders documents and archives are saved to."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from models.paths import data_dir
from ui import options
from ui.context import AppContext
from ui.settings_pages.base import OptionsPage


class FoldersPage(OptionsPage):
    NAME = "folders"
    TITLE = QT_TRANSLATE_NOOP("FoldersPage", "数据与文件夹")
    OPTIONS = (options.EXPORT_FOLDER, options.ARCHIVE_FOLDER)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        database = ctx.store.engine.url.database or str(data_dir())
        where = QLabel(self.tr("数据保存在本机：{0}。程序不联网，记录不会上传。").format(database))
        where.setObjectName("hint")
        where.setWordWrap(True)
        self.fields: dict[str, QLineEdit] = {}
        self.form.addRow(where)
        for option in self.OPTIONS:
            field = QLineEdit()
            field.setPlaceholderText(self.tr("（默认：“文档”文件夹）"))
            self.fields[option.key] = field
            self.form.addRow(self.tr(option.title), field)
        self.outer.addStretch(1)

    def load(self) -> None:
        for option in self.OPTIONS:
            self.fields[option.key].setText(option.get())

    def save(self) -> None:
        for option in self.OPTIONS:
            text = self.fields[option.key].text().strip()
            if text != option.get():
                option.set(text)
