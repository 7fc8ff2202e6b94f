"""附件: add (button or drag and drop), open, remove; photos show a thumbnail; each file says when it was added.

A finalised record still takes files that arrive after the meeting (a scanned 签到表, photos): the editor gives
`late_files` a way to add them without an amendment (see MeetingService.attach_to_final).

A file added keeps its name cleaned to a plain file name (`models.filenames.clean_name`) and is refused over
50 MB (`models.limits.ATTACHMENT_BYTES`) before anything is written. Opening writes the attachment into this run's
private folder (`ui.attachment_files`) and asks the desktop to open it — except an executable type
(`models.filenames.is_executable`), which is never launched, only saved where the clerk says."""

from __future__ import annotations

import dataclasses
import hashlib
import mimetypes
import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt, QUrl
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
from models.filenames import clean_name, is_executable
from models.late_files import added_after_final
from models.limits import ATTACHMENT_BYTES
from ui import attachment_files, options
from ui.context import AppContext
from ui.errors import Notice, show_error
from ui.fmt import cn_timestamp
from ui.meetings.section import Section
from ui.widgets.start_folder import remember, start_folder

translate = QCoreApplication.translate  # a plain name lupdate reads with its context

HINT = QT_TRANSLATE_NOOP("AttachmentsSection",
                         "可把文件或照片直接拖到这里。签到表扫描件、会议照片、学习材料等都可作为附件。")
LATE_HINT = QT_TRANSLATE_NOOP("AttachmentsSection", "本记录已定稿，仍可补充会后才有的签到表扫描件、会议照片等附件"
                              "（点击“添加附件…”或拖到这里），记录和会议记录中会注明补充的时间；已有的附件不能删除。")


def attachment_from_file(path: Path, prefix: str = "") -> Attachment:
    """The file as an attachment named `prefix` + its name, cleaned to a plain file name. OSError as raised."""
    data = path.read_bytes()
    name = clean_name(prefix + path.name)
    media = mimetypes.guess_type(name)[0] or "application/octet-stream"
    return Attachment(name, media, hashlib.sha256(data).hexdigest(), data, added_at=now_timestamp())


def read_file(parent: QWidget, path: Path, prefix: str = "") -> Attachment | None:
    """The file `path` as an attachment, or None after telling the clerk why not (too large, unreadable): the
    limit is checked before the file is read, and again on what was read (a file still being written)."""
    too_large = translate("AttachmentsSection", "“{0}”超过 {1} MB，不能作为附件。请压缩或拆分后再添加。").format(
        path.name, ATTACHMENT_BYTES // 1_048_576)
    try:
        if path.stat().st_size > ATTACHMENT_BYTES:
            Notice.warn(parent, translate("AttachmentsSection", "文件太大"), too_large)
            return None
        attachment = attachment_from_file(path, prefix)
    except OSError as error:
        show_error(parent, error)
        return None
    if len(attachment.data) > ATTACHMENT_BYTES:
        Notice.warn(parent, translate("AttachmentsSection", "文件太大"), too_large)
        return None
    return attachment


def ask_files(parent: QWidget) -> list[str]:
    """Files to attach (tests replace this function)."""
    paths, _ = QFileDialog.getOpenFileNames(
        parent, translate("AttachmentsSection", "添加附件"), start_folder(options.ATTACHMENT_FOLDER)
    )
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
        add, open_button, remove = (
            QPushButton(self.tr("添加附件…")),
            QPushButton(self.tr("打开")),
            QPushButton(self.tr("删除")),
        )
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
                    icon = QIcon(
                        QPixmap.fromImage(
                            image.scaled(
                                120, 90, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
                            )
                        )
                    )
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
            attachment = read_file(self, Path(text))
            if attachment is None:
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
        open_attachment(self, self.items[row])

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


def open_attachment(parent: QWidget, a: Attachment) -> None:
    """Open `a` in the program the desktop chooses, from the private folder; an executable type is only saved."""
    if is_executable(a.name):
        save_executable(parent, a)
        return
    try:
        target = attachment_files.write(a)
    except OSError as error:
        show_error(parent, error)
        return
    if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(target))):
        Notice.warn(
            parent,
            translate("AttachmentsSection", "无法打开"),
            translate("AttachmentsSection", "系统没有能打开“{0}”的程序。可以安装相应的软件后再试。").format(
                target.name
            ),
        )


def save_executable(parent: QWidget, a: Attachment) -> None:
    """An attachment that could run a program when opened (.exe, .bat, .js, 照片.jpg.exe …): never launched,
    only saved where the clerk says, and said so."""
    from ui.dialogs.save_attachment import SaveAttachment

    chosen = SaveAttachment.ask(parent, clean_name(a.name))
    if not chosen:
        return
    target = Path(chosen)
    partial = target.with_name(target.name + ".part")
    try:
        partial.write_bytes(a.data)
        os.replace(partial, target)
    except OSError as error:
        partial.unlink(missing_ok=True)
        show_error(parent, error)
        return
    Notice.info(
        parent,
        translate("AttachmentsSection", "附件已保存"),
        translate(
            "AttachmentsSection",
            "“{0}”是可执行文件类型，打开它会运行程序，所以没有直接打开，只保存到了：\n{1}\n请确认来源可靠后再使用。",
        ).format(a.name, target),
    )
