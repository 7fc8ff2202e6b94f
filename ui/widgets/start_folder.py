"""Where a file dialog opens: the folder used last time (an option of ui.options), else the clerk's Documents
folder (文档), never the program's own folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths

from ui.settings import Option


def documents_folder() -> str:
    """The clerk's Documents folder when it exists, else their home folder (a dialog must never open on a folder
    that is not there: Qt then writes its name into the file name box)."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return documents if documents and Path(documents).is_dir() else str(Path.home())


def start_folder(option: Option) -> str:
    """The folder remembered in `option` while it still exists, else Documents."""
    last = option.get()
    return last if last and Path(last).is_dir() else documents_folder()


def remember(path: str, option: Option) -> None:
    """The folder of the file `path` chosen: the next dialog opens there."""
    if path:
        option.set(str(Path(path).parent))
