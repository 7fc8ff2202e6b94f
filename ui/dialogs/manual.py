"""帮助 → 用户手册: the manual (docs/manual.md) with its screenshots, inside the program and offline."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import QDialog, QTextBrowser, QVBoxLayout, QWidget

from models.resources import resources_dir


def manual_path() -> Path:
    """docs/manual.md beside resources/ (from source; a package carries docs/ beside resources/ too)."""
    return resources_dir().parent / "docs" / "manual.md"


class ManualWindow(QDialog):
    """Not modal: the clerk reads it beside the screen it explains."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("用户手册"))
        self.resize(900, 760)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(False)
        path = manual_path()
        self.browser.setSearchPaths([str(path.parent)])  # img/… of the screenshots
        try:
            self.browser.setMarkdown(path.read_text(encoding="utf-8"))
            fit_images(self.browser.document(), 820)
        except OSError:
            self.browser.setPlainText(self.tr("找不到用户手册文件（{0}）。请重新安装程序。").format(path))
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)


def fit_images(document: QTextDocument, width: int) -> None:
    """Screenshots no wider than the window (they are taken at 1280 pixels)."""
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            image = fragment.charFormat().toImageFormat()
            if image.isValid() and image.name():
                picture = document.resource(QTextDocument.ResourceType.ImageResource, QUrl(image.name()))
                size = picture.size() if picture is not None else None
                if size is not None and size.width() > width:
                    image.setWidth(width)
                    image.setHeight(size.height() * width / size.width())
                    cursor = QTextCursor(document)
                    cursor.setPosition(fragment.position())
                    cursor.setPosition(fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor)
                    cursor.setCharFormat(image)
            it += 1
        block = block.next()


def show_manual(parent: QWidget) -> ManualWindow:
    window = getattr(parent, "_manual_window", None)
    if window is None:
        window = ManualWindow(parent)
        parent._manual_window = window  # one window, shown again
    window.show()
    window.raise_()
    return window
