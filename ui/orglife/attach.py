"""Files attached from the dossier (征求意见 records, written 对照检查材料): kept with the meeting's attachments."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from models.domain import Attachment, Meeting
from ui.meetings import attachments as meeting_attachments


def pick_attachments(parent: QWidget, prefix: str) -> list[Attachment]:
    """Files the clerk picks (through ui.meetings.attachments.ask_files, which tests replace), named
    `prefix` + the file's name so the archive says what each one is."""
    found = []
    for text in meeting_attachments.ask_files(parent):
        a = meeting_attachments.read_file(parent, Path(text), prefix)
        if a is not None:
            found.append(a)
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
