"""Qt strings that Qt's own Chinese catalog (qtbase_zh_CN.qm) lacks: its file dialog still says `&Look in:`,
`Files of &type:` and lists folders as `Folder`. Installed after Qt's catalog; asked first, it answers only these."""

from __future__ import annotations

from PySide6.QtCore import QTranslator

MISSING = {
    ("QFileDialog", "&Look in:"): "查找范围(&L)：",
    ("QFileDialog", "Files of &type:"): "文件类型(&T)：",
    ("QAbstractFileIconProvider", "Folder"): "文件夹",
    ("QAbstractFileIconProvider", "File"): "文件",
    ("QAbstractFileIconProvider", "%1 File"): "%1 文件",
    ("QAbstractFileIconProvider", "Drive"): "驱动器",
}


class MissingQtStrings(QTranslator):
    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        return MISSING.get((context, source))  # None: no answer (a null string), the next catalog is asked

    def isEmpty(self) -> bool:
        return False
