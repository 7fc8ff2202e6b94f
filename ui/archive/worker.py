"""The archive is built on a worker thread; progress and the outcome come back to the UI thread as signals."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QThread, Signal

from models.services import Store


class ArchiveWorker(QThread):
    progressed = Signal(int, int, str)
    succeeded = Signal(object)  # the zip's Path
    failed = Signal(object)  # the exception

    def __init__(self, store: Store, year: int, out_dir: Path) -> None:
        super().__init__()
        self.store = store
        self.year = year
        self.out_dir = out_dir

    def run(self) -> None:
        from exports.archive import build_archive

        try:
            data = self.store.load_year(self.year)
            self.progressed.emit(0, 1, self.tr("正在读取 {0} 年度的记录").format(self.year))
            path = build_archive(data, self.year, self.out_dir, progress=self.progressed.emit)
        except Exception as error:  # told to the clerk on the UI thread
            self.failed.emit(error)
        else:
            self.succeeded.emit(path)
