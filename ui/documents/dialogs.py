"""Where documents go: a file dialog for one document, a folder dialog for many. Tests replace the `ask`s."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from ui import options

translate = QCoreApplication.translate  # a plain name lupdate reads with its context

KINDS = {"docx": (QT_TRANSLATE_NOOP("Documents", "Word 文档"), ".docx"),
         "pdf": (QT_TRANSLATE_NOOP("Documents", "PDF 文件"), ".pdf")}


def last_folder() -> Path:
    """The folder the clerk saved to last time, else their Documents folder."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(options.EXPORT_FOLDER.get() or documents or Path.home())


def remember_folder(folder: Path) -> None:
    options.EXPORT_FOLDER.set(str(folder))


def with_suffix(path: Path, suffix: str) -> Path:
    """`path` ending in `suffix`: another document suffix is replaced, anything else (第1.5期) is kept."""
    if path.suffix.lower() == suffix:
        return path
    if path.suffix.lower() in {s for _, s in KINDS.values()}:
        return path.with_suffix(suffix)
    return path.with_name(path.name + suffix)


class SaveDocumentDialog:
    """Save one document as one of `kinds` ("docx", "pdf"; the first is offered first)."""

    @classmethod
    def ask(cls, parent: QWidget, stem: str, kinds: Sequence[str]) -> Path | None:
        filters = [f"{translate('Documents', KINDS[k][0])} (*{KINDS[k][1]})" for k in kinds]
        title = (
            translate("Documents", "导出 PDF 文件")
            if list(kinds) == ["pdf"]
            else translate("Documents", "导出 Word 文档")
        )
        start = last_folder() / f"{stem}{KINDS[kinds[0]][1]}"
        chosen, chosen_filter = QFileDialog.getSaveFileName(parent, title, str(start), ";;".join(filters))
        if not chosen:
            return None
        kind = kinds[filters.index(chosen_filter)] if chosen_filter in filters else kinds[0]
        return with_suffix(Path(chosen), KINDS[kind][1])


class ExportFolderDialog:
    """The folder to write many documents into."""

    @classmethod
    def ask(cls, parent: QWidget, title: str) -> Path | None:
        folder = QFileDialog.getExistingDirectory(parent, title, str(last_folder()))
        return Path(folder) if folder else None
