"""导出所选为 PDF: one PDF per chosen meeting into a folder, in the background, with progress and a cancel button."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget
from shiboken6 import isValid

from ui.context import AppContext
from ui.documents.dialogs import ExportFolderDialog, remember_folder
from ui.documents.records import distinct_paths, file_stem, in_date_order
from ui.documents.save import report
from ui.jobs import Progress

translate = QCoreApplication.translate  # a plain name lupdate reads with its context


def export_meetings_as_pdf(parent: QWidget, ctx: AppContext, meeting_ids: Sequence[str]) -> PdfBatch | None:
    """Ask for a folder, then write the minutes there; None when the clerk cancels the folder dialog."""
    folder = ExportFolderDialog.ask(parent, translate("Documents", "选择存放 PDF 文件的文件夹"))
    if folder is None:
        return None
    remember_folder(folder)
    batch = PdfBatch(parent, ctx, list(meeting_ids), folder)
    batch.start()
    return batch


class PdfBatch(QObject):
    """One run of 导出所选为 PDF. Files of the same name in the folder are replaced (atomically)."""

    def __init__(self, parent: QWidget, ctx: AppContext, meeting_ids: list[str], folder: Path) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ids = meeting_ids
        self.folder = folder
        self.cancelled = threading.Event()
        self.progress = QProgressDialog(
            translate("Documents", "正在导出 PDF…"), translate("Documents", "取消"), 0, len(meeting_ids), parent
        )
        self.progress.setWindowTitle(translate("Documents", "导出所选为 PDF"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(600)  # a few records are done before it would appear
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.canceled.connect(self.cancelled.set)

    def start(self) -> None:
        self.ctx.jobs.run_with_progress(self._write, self._progressed, self._done, self._failed)

    def _write(self, progress: Progress) -> list[Path]:
        """On the worker thread: read, lay out and write one record after the other."""
        from exports.documents import document_of
        from exports.pdf.writer import save_pdf

        items = {item.record.id: item for item in self.ctx.store.records_data(self.ids)}
        meetings = in_date_order(item.record for item in items.values())
        paths = distinct_paths(self.folder, [file_stem(m.date, m.title or "会议记录") for m in meetings], ".pdf")
        written: list[Path] = []
        for n, (meeting, path) in enumerate(zip(meetings, paths, strict=True)):
            if self.cancelled.is_set():
                break
            progress(n, len(meetings), translate("Documents", "正在导出：{0}").format(path.name))
            save_pdf(document_of(items[meeting.id]), path)
            written.append(path)
        return written

    def _progressed(self, done: int, total: int, text: str) -> None:
        self.progress.setMaximum(total)
        self.progress.setValue(done)
        self.progress.setLabelText(text)

    def _done(self, written: list[Path]) -> None:
        from ui.dialogs.saved_file import tell_saved

        self._close()
        count = len(written)  # (a plain name: lupdate skips a call whose count is an expression)
        if count < len(self.ids):
            text = translate("Documents", "已取消导出：%n 份记录已导出为 PDF，在 {0}", "", count).format(self.folder)
        else:
            text = translate("Documents", "已将 %n 份会议记录导出为 PDF，保存在：{0}", "", count).format(self.folder)
        self.ctx.message.emit(text)
        parent = self.parent()
        tell_saved(
            parent if isinstance(parent, QWidget) and isValid(parent) else None,
            translate("Documents", "导出所选为 PDF"),
            self.folder,
            text,
        )

    def _failed(self, error: Exception) -> None:
        self._close()
        report(self.parent(), error)  # type: ignore[arg-type]

    def _close(self) -> None:
        self.progress.close()
        self.progress.deleteLater()
        self.deleteLater()
