"""Saving a file atomically: write a temporary file beside it, then replace the old one in one step."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from exports.errors import ExportError
from models.faults import file_write_message
from models.words import ERRORS, QT_TRANSLATE_NOOP, say

_umask: int | None = None


def _file_mode() -> int:
    """The mode a new file normally gets here (0o666 less the umask): mkstemp's own is owner-only."""
    global _umask
    if _umask is None:
        _umask = os.umask(0o022)
        os.umask(_umask)
    return 0o666 & ~_umask


def write_atomic(path: Path, data: bytes) -> Path:
    """Write `data` to `path` so that a reader sees the old file or the new, never half of one.

    Raises ExportError with a sentence for the clerk when the folder cannot be written or the old file
    cannot be replaced (on Windows: it is open in Word or another program).
    """
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".~" + path.stem[:40], suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise ExportError(file_write_message(path, exc) or say(QT_TRANSLATE_NOOP(
            "errors", "无法在文件夹“{0}”中保存文件，请检查是否有写入权限或磁盘空间（{1}）"), path.parent, exc.strerror,
            context=ERRORS)) from exc
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        if os.name == "posix":
            os.chmod(tmp, _file_mode())
        os.replace(tmp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise ExportError(file_write_message(path, exc) or say(QT_TRANSLATE_NOOP(
            "errors", "无法保存“{0}”：请先关闭已在 Word 或其他程序中打开的文件，并确认有写入权限后再试"), path.name,
            context=ERRORS)) from exc
    return path
