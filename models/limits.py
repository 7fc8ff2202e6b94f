"""What a record may hold: generous limits for anything a person writes, and the characters refused in ids,
names and one-line fields (running text keeps exactly what was typed). Stated in docs/formats.md; the importer
and the editors check the same numbers."""

from __future__ import annotations

import re

ID_CHARS = 100  # ids (the database's ext_id column)
NAME_CHARS = 50  # a person's or group's name
LINE_CHARS = 200  # one-line fields: a title, a place, a guest's name, an attachment's name …
TEXT_CHARS = 200_000  # running text: a speech, a summary, a talk's content …
ATTACHMENT_BYTES = 50 * 1024 * 1024  # one attachment

# C0 and C1 controls, DEL, and the invisible direction marks and overrides (U+202E makes “gpj.exe” look
# like “exe.jpg”): refused where text is one line or an id, kept in running text.
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def control_character(text: str) -> str | None:
    """The first control or direction character in `text`, as U+XXXX, or None."""
    found = _CONTROL.search(text)
    return None if found is None else f"U+{ord(found.group()):04X}"
