"""The program's log: a file in the data folder that rotates (`logs/orglife.log`, 1 MB, 5 old ones kept).

It holds what happened — commands, the kinds of error, where in the code a bug occurred — never record text:
an exception is written as its type and the lines of code it passed through, without its message (a message
or an SQL parameter can hold a speech or a criticism). Callers log events with `log.info("…")` and values
that are not record content (counts, ids, file sizes).
"""

from __future__ import annotations

import logging
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path

from models.paths import data_dir

LOGGER = "orglife"
MAX_BYTES = 1_000_000
KEEP = 5

log = logging.getLogger(LOGGER)


class _WithoutText(logging.Formatter):
    """Exceptions as their type and frames only: the message may quote the clerk's records."""

    def format(self, record: logging.LogRecord) -> str:
        cached, record.exc_text = record.exc_text, None  # another handler's text of it would hold the message
        try:
            return super().format(record)
        finally:
            record.exc_text = cached

    def formatException(self, ei) -> str:
        kind, _value, tb = ei
        frames = "".join(traceback.format_list(traceback.extract_tb(tb)))
        name = getattr(kind, "__qualname__", str(kind))
        return f"Traceback (most recent call last):\n{frames}{kind.__module__}.{name} (message not logged)"


class _QuietHandler(RotatingFileHandler):
    def handleError(self, record: logging.LogRecord) -> None:
        # A full or read-only disk must not turn a log line into an error on the clerk's screen; the failure
        # itself is told by the operation that met it.
        return


def log_file(folder: Path | None = None) -> Path:
    return (folder or data_dir()) / "logs" / "orglife.log"


def start(folder: Path | None = None) -> Path | None:
    """Log to the rotating file in `folder` (the data folder); returns its path, None when it cannot be made."""
    path = log_file(folder)
    for handler in list(log.handlers):
        if isinstance(handler, _QuietHandler):
            if Path(handler.baseFilename) == path:
                return path
            log.removeHandler(handler)
            handler.close()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = _QuietHandler(path, maxBytes=MAX_BYTES, backupCount=KEEP, encoding="utf-8", delay=True)
    except OSError:
        return None
    handler.setFormatter(_WithoutText("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    log.propagate = False
    return path


def bug(error: BaseException, where: str) -> None:
    """A bug (not the environment's fault): its type and code path into the log."""
    log.error("bug in %s: %s", where, type(error).__name__, exc_info=(type(error), error, error.__traceback__))


def fault(error: BaseException, where: str) -> None:
    """An error of the environment or the input the clerk was told about: its kind only."""
    log.warning("%s: %s", where, type(error).__name__)
