"""Unsaved amendments survive a crash: while a finalised record is being corrected, what is typed is kept in a
recovery file next to the data (a draft goes straight to the database instead)."""

from __future__ import annotations

import os
import pickle
from pathlib import Path

from models.domain import Meeting
from models.paths import data_dir


def _path(meeting_id: str) -> Path:
    safe = "".join(c if c.isalnum() or c in "-_" else "_" for c in meeting_id)
    return data_dir() / "recovery" / f"amend-{safe}.pickle"


def keep(meeting: Meeting) -> None:
    """Write the meeting as it stands in the editor (atomically: a crash mid-write keeps the older copy)."""
    path = _path(meeting.id)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    with open(tmp, "wb") as f:
        pickle.dump(meeting, f, protocol=pickle.HIGHEST_PROTOCOL)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)


def recovered(meeting_id: str) -> Meeting | None:
    """The unsaved amendment of this meeting, if the program stopped before it was saved."""
    path = _path(meeting_id)
    if not path.exists():
        return None
    try:
        with open(path, "rb") as f:
            value = pickle.load(f)  # our own file in the user's data folder
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError) as error:
        print(f"recovery file unreadable, kept aside: {path}: {error}")
        path.replace(path.with_suffix(".bad"))
        return None
    return value if isinstance(value, Meeting) and value.id == meeting_id else None


def discard(meeting_id: str) -> None:
    _path(meeting_id).unlink(missing_ok=True)
