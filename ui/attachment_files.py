"""Where an attachment is written to be opened in another program: a private folder of this run.

Opening a photo or a Word file means handing a plain file to the desktop. It goes into a folder of the system's
temporary directory that only this user may enter (mode 0700, made once per run with `tempfile.mkdtemp`), under
the attachment's cleaned name (`models.filenames.clean_name`) — never into a shared folder, never elsewhere
through a name like `../../x`. The folder is removed when the program exits and whenever `clear()` is called
(the app lock calls it when it locks); a folder left by a run that was killed is removed by the next run.
"""

from __future__ import annotations

import atexit
import os
import shutil
import sys
import tempfile
import threading
from pathlib import Path

from models.dblock import pid_alive
from models.domain import Attachment
from models.filenames import clean_name

PREFIX = "orglife-attachments-"

_folder: Path | None = None
_guard = threading.Lock()
_registered = False


def folder() -> Path:
    """This run's private folder, made on first use (and again after `clear`)."""
    global _folder, _registered
    with _guard:
        if _folder is None or not _folder.is_dir():
            _remove_left_behind()
            _folder = Path(tempfile.mkdtemp(prefix=f"{PREFIX}{os.getpid()}-"))  # mode 0700
            if not _registered:
                atexit.register(clear)
                _registered = True
        return _folder


def write(attachment: Attachment) -> Path:
    """The attachment as a file of the private folder, named as cleaned, to be opened: each attachment in a
    subfolder of its own (two attachments may have the same name)."""
    inner = folder() / attachment.sha256[:16]
    inner.mkdir(mode=0o700, exist_ok=True)
    target = inner / clean_name(attachment.name)
    partial = inner / (target.name + ".part")
    descriptor = os.open(partial, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, 0o600)
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(attachment.data)
    os.replace(partial, target)
    return target


def clear() -> list[str]:
    """Remove the private folder with everything written into it; returns what could not be removed (a file
    still open in another program on Windows), which is logged. The next `write` makes a new folder."""
    global _folder
    with _guard:
        gone, _folder = _folder, None
    return _remove(gone) if gone is not None else []


def _remove(path: Path) -> list[str]:
    left: list[str] = []

    def failed(_function: object, name: str, error: BaseException) -> None:
        left.append(name)
        from models import logbook

        logbook.fault(error, "removing opened attachments")

    if sys.version_info >= (3, 12):
        shutil.rmtree(path, onexc=failed)
    else:  # Python 3.11 has only onerror, deprecated since 3.12
        shutil.rmtree(path, onerror=lambda f, name, info: failed(f, name, info[1]))
    return left


def _remove_left_behind() -> None:
    """Folders of earlier runs that did not end normally (killed, a power cut): removed once their process is gone."""
    for old in Path(tempfile.gettempdir()).glob(f"{PREFIX}*"):
        pid = old.name[len(PREFIX):].split("-", 1)[0]
        if old.is_dir() and pid.isdigit() and int(pid) != os.getpid() and not pid_alive(int(pid)) and _mine(old):
            _remove(old)


def _mine(path: Path) -> bool:
    getuid = getattr(os, "getuid", None)  # Windows: the temporary folder is the user's own already
    return getuid is None or path.stat().st_uid == getuid()
