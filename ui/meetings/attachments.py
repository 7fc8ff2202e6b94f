"""附件: add (button or drag and drop), open, remove; photos show a thumbnail."""

from __future__ import annotations

import dataclasses
import hashlib
import mimetypes
import tempfile
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent, QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QFileIconProvider,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models.domain import Attachment, Meeting
from ui import options
from ui.context import AppContext
from ui.errors import Notice, show_error
from ui.meetings.section import Section
from ui.widgets.start_folder import remember, start_folder

MAX_BYTES = 50 * 1024 * 1024


def attachment_from_file(path: Path) -> Attachment:
    data = path.read_bytes()
    media = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    return Attachment(path.name, media, hashlib.sha256(data).hexdigest(), data)


def ask_files(parent: QWidget) -> list[str]:
    """Files to attach (tests replace this function)."""
    paths, _ = QFileDialog.getOpenFileNames(parent, parent.tr("添加附件"), start_folder(options.ATTACHMENT_FOLDER))
    if paths:
        remember(paths[0], options.ATTACHMENT_FOLDER)
    return paths


class AttachmentsSection(Section):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.items: list[Attachment] = []
        self.read_only = False
        self.list = QListWidget()
        self.list.setViewMode(QListView.ViewMode.IconMode)
        self.list.setIconSize(QSize(120, 90))
        self.list.setGridSize(QSize(160, 140))
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setWordWrap(True)
        self.list.itemDoubleClicked.connect(lambda _: self.open_selected())
        self.setAcceptDrops(True)
        hint = QLabel(self.tr("可把文件或照片直接拖到这里。签到表扫描件、会议照片、学习材料等都可作为附件。"))
        hint.setObjectName("hint")
        add, open_button, remove = (QPushButton(self.tr("添加附件…")), QPushButton(self.tr("打开")),
                                    QPushButton(self.tr("删除")))
        add.setObjectName("primary")
        add.clicked.connect(lambda: self.add_files(ask_files(self)))
        open_button.clicked.connect(self.open_selected)
        remove.clicked.connect(self.remove_selected)
        self.add_button, self.remove_button = add, remove
        row = QHBoxLayout()
        for b in (add, open_button, remove):
            row.addWidget(b)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)

    def show_meeting(self, m: Meeting) -> None:
        self.items = list(m.attachments)
        self._refresh()

    def apply(self, m: Meeting) -> Meeting:
        return dataclasses.replace(m, attachments=tuple(self.items))

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self.add_button.setEnabled(not read_only)
        self.remove_button.setEnabled(not read_only)

    def _refresh(self) -> None:
        self.list.clear()
        provider = QFileIconProvider()
        for a in self.items:
            icon = QIcon()
            if a.media_type.startswith("image/"):
                image = QImage.fromData(a.data)
                if not image.isNull():
                    icon = QIcon(QPixmap.fromImage(image.scaled(
                        120, 90, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)))
            if icon.isNull():
                icon = provider.icon(QFileIconProvider.IconType.File)
            size = f"{len(a.data) / 1024:.0f} KB" if len(a.data) < 1024 * 1024 else f"{len(a.data) / 1048576:.1f} MB"
            self.list.addItem(QListWidgetItem(icon, f"{a.name}\n{size}"))

    def add_files(self, paths: list[str]) -> None:
        if self.read_only:
            return
        added = 0
        for text in paths:
            path = Path(text)
            try:
                if path.stat().st_size > MAX_BYTES:
                    Notice.warn(self, self.tr("文件太大"),
                                self.tr("“{0}”超过 50 MB，请压缩后再添加。").format(path.name))
                    continue
                attachment = attachment_from_file(path)
            except OSError as error:
                show_error(self, error)
                continue
            if any(a.sha256 == attachment.sha256 for a in self.items):
                continue
            self.items.append(attachment)
            added += 1
        if added:
            self._refresh()
            self.touched()

    def open_selected(self) -> None:
        row = self.list.currentRow()
        if row < 0:
            return
        a = self.items[row]
        folder = Path(tempfile.gettempdir()) / "orglife-attachments" / a.sha256[:12]
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / a.name
        target.write_bytes(a.data)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))

    def remove_selected(self) -> None:
        row = self.list.currentRow()
        if row < 0 or self.read_only:
            return
        if Notice.confirm(self, self.tr("删除附件"), self.tr("删除附件“{0}”？").format(self.items[row].name)):
            del self.items[row]
            self._refresh()
            self.touched()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and not self.read_only:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        self.add_files(paths)
        event.acceptProposedAction()
