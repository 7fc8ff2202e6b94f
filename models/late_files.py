"""Files added to a record after its 定稿 (a scanned 签到表, photos that arrive later): the record and the minutes
say so, with the time each was added."""

from __future__ import annotations

from datetime import datetime, timedelta

from models.domain import Attachment


def late_stamp(finalized_at: str | None) -> str:
    """Now, to the microsecond, for a file added after 定稿: always later than `finalized_at` (kept to the second),
    so a file attached in the same second as 定稿 is still told apart from those attached to the draft."""
    now = datetime.now().astimezone()
    final = _moment(finalized_at) if finalized_at else None
    if final is not None and final.tzinfo is not None and now <= final:
        now = final + timedelta(microseconds=1)
    return now.isoformat(timespec="microseconds")


def _moment(stamp: str) -> datetime | None:
    try:
        return datetime.fromisoformat(stamp)
    except ValueError:
        return None


def added_after_final(attachment: Attachment, finalized_at: str | None) -> bool:
    """Whether the file was attached after the record was finalised (timestamps compared with their offsets)."""
    if not attachment.added_at or not finalized_at:
        return False
    added, final = _moment(attachment.added_at), _moment(finalized_at)
    if added is None or final is None:
        return False
    if (added.tzinfo is None) != (final.tzinfo is None):
        return attachment.added_at > finalized_at
    return added > final
