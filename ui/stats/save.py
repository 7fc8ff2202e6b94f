"""Exporting a chart as PNG and a table as .xlsx: the file dialog (tests replace `ask`), then an atomic write."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from ui.documents.dialogs import last_folder, remember_folder

translate = QCoreApplication.translate  # a plain name lupdate reads with its context

KINDS = {"png": (QT_TRANSLATE_NOOP("StatsSave", "PNG 图片"), ".png"),
         "xlsx": (QT_TRANSLATE_NOOP("StatsSave", "Excel 工作簿"), ".xlsx")}


class SaveFileDialog:
    @classmethod
    def ask(cls, parent: QWidget, stem: str, kind: str) -> Path | None:
        words, suffix = KINDS[kind]
        title = translate("StatsPage", "导出图表") if kind == "png" else translate("StatsPage", "导出表格")
        chosen, _ = QFileDialog.getSaveFileName(parent, title, str(last_folder() / f"{stem}{suffix}"),
                                                f"{translate('StatsSave', words)} (*{suffix})")
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)


def save_png(parent: QWidget, stem: str, png: bytes) -> Path | None:
    """Ask where, write the image; the path written (None when the clerk cancelled)."""
    from exports.atomic import write_atomic

    path = SaveFileDialog.ask(parent, stem, "png")
    if path is None:
        return None
    remember_folder(path.parent)
    return write_atomic(path, png)


def save_xlsx(parent: QWidget, stem: str, title: str, header: list[str], rows: list[list[object]],
              percent_columns: tuple[int, ...] = ()) -> Path | None:
    from exports.atomic import write_atomic
    from exports.xlsx import sheet_bytes

    path = SaveFileDialog.ask(parent, stem, "xlsx")
    if path is None:
        return None
    remember_folder(path.parent)
    widths = [max(8, min(30, 2 + 2 * max([len(str(h))] + [len(str(r[c])) for r in rows])))
              for c, h in enumerate(header)]
    when = datetime.now(UTC).replace(tzinfo=None, microsecond=0)
    data = sheet_bytes(title[:31], header, rows, widths, when, caption=title,
                       formats=dict.fromkeys(percent_columns, "0.0%"))
    return write_atomic(path, data)
