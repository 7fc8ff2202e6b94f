"""Files attached from the dossier (征求意见 records, written 对照检查材料): kept with the meeting's attachments."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtWidgets import QWidget

from models.domain import Attachment, Meeting
from ui.errors import Notice, show_error
from ui.meetings import attachments as meeting_attachments

MAX_BYTES = meeting_attachments.MAX_BYTES


def pick_attachments(parent: QWidget, prefix: str) -> list[Attachment]:
    """Files the clerk picks (through ui.meetings.attachments.ask_files, which tests replace), named
    `prefix` + the file's name so the archive says what each one is."""
    found = []
    for text in meeting_attachments.ask_files(parent):
        path = Path(text)
        try:
            if path.stat().st_size > MAX_BYTES:
                text = parent.tr("“{0}”超过 50 MB，请压缩后再添加。").format(path.name)
                Notice.warn(parent, parent.tr("文件太大"), text)
                continue
            a = meeting_attachments.attachment_from_file(path)
        except OSError as error:
            show_error(parent, error)
            continue
        found.append(dataclasses.replace(a, name=f"{prefix}{a.name}"))
    return found


def merged(stored: tuple[Attachment, ...], added: list[Attachment]) -> tuple[Attachment, ...]:
    """The stored attachments and the newly added ones, each file (by content) once."""
    seen = {a.sha256 for a in stored}
    out = list(stored)
    for a in added:
        if a.sha256 not in seen:
            seen.add(a.sha256)
            out.append(a)
    return tuple(out)


def names_with(meeting: Meeting, prefix: str) -> list[str]:
    return [a.name for a in meeting.attachments if a.name.startswith(prefix)]
