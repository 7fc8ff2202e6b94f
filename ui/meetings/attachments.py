"""附件: add (button or drag and drop), open, remove; photos show a thumbnail; each file says when it was added.

A finalised record still takes files that arrive after the meeting (a scanned 签到表, photos): the editor gives
`late_files` a way to add them without an amendment (see MeetingService.attach_to_final)."""

from __future__ import annotations

import dataclasses
import hashlib
import mimetypes
import tempfile
from collections.abc import Callable
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

from models.domain import Attachment, Meeting, now_timestamp
from models.late_files import added_after_final
from ui import options
from ui.context import AppContext
from ui.errors import Notice, show_error
from ui.fmt import cn_timestamp
from ui.meetings.section import Section
from ui.widgets.start_folder import remember, start_folder

MAX_BYTES = 50 * 1024 * 1024
HINT = "可把文件或照片直接拖到这里。签到表扫描件、会议照片、学习材料等都可作为附件。"
LATE_HINT = ("本记录已定稿，仍可补充会后才有的签到表扫描件、会议照片等附件（点击“添加附件…”或拖到这里），"
             "记录和会议记录中会注明补充的时间；已有的附件不能删除。")


def attachment_from_file(path: Path) -> Attachment:
    data = path.read_bytes()
    media = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    return Attachment(path.name, media, hashlib.sha256(data).hexdigest(), data, added_at=now_timestamp())


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
        self.finalized_at: str | None = None
        self.late_files: Callable[[list[Attachment]], None] | None = None  # a final record's files, added at once
        self.list = QListWidget()
        self.list.setViewMode(QListView.ViewMode.IconMode)
        self.list.setIconSize(QSize(120, 90))
        self.list.setGridSize(QSize(180, 180))  # the thumbnail, then name, size, when added
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setWordWrap(True)
        self.list.itemDoubleClicked.connect(lambda _: self.open_selected())
        self.setAcceptDrops(True)
        hint = QLabel(HINT)
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        self.hint = hint
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
        self.finalized_at = m.finalized_at
        self.show_files()

    def apply(self, m: Meeting) -> Meeting:
        return dataclasses.replace(m, attachments=tuple(self.items))

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self.add_button.setEnabled(not read_only or self.late_files is not None)
        self.remove_button.setEnabled(not read_only)
        self.hint.setText(self.tr(LATE_HINT if read_only and self.late_files is not None else HINT))

    def show_files(self) -> None:
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
            item = QListWidgetItem(icon, f"{a.name}\n{size}{self._when(a)}")
            item.setToolTip(f"{a.name}\n{size}{self._when(a)}")
            self.list.addItem(item)

    def _when(self, a: Attachment) -> str:
        if not a.added_at:
            return ""
        if added_after_final(a, self.finalized_at):
            return "\n" + self.tr("定稿后补充\n{0}").format(cn_timestamp(a.added_at))
        return "\n" + self.tr("添加于\n{0}").format(cn_timestamp(a.added_at))

    def add_files(self, paths: list[str]) -> None:
        if self.read_only and self.late_files is None:
            return
        added = 0
        late: list[Attachment] = []
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
            if self.read_only:
                late.append(attachment)
                continue
            self.items.append(attachment)
            added += 1
        if late and self.late_files is not None:
            self.late_files(late)
        if added:
            self.show_files()
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
            self.show_files()
            self.touched()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and (not self.read_only or self.late_files is not None):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        self.add_files(paths)
        event.acceptProposedAction()
