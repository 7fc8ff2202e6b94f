"""Records as files: names from the date and the title as Windows accepts them, and the records in date order."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, time
from pathlib import Path

from exports.text import safe_name
from models.domain import Meeting, Talk
from ui.context import AppContext


def file_stem(day: date, title: str) -> str:
    return safe_name(f"{day.isoformat()} {title.strip()}".strip())


def record_stem(ctx: AppContext, record: Meeting | Talk) -> str:
    """A meeting by its title; a talk by its form's name and the two people."""
    if isinstance(record, Talk):
        people = f"{ctx.name(record.talker)}与{ctx.name(record.talkee)}" if record.talker and record.talkee else ""
        return file_stem(record.date, f"谈心谈话记录表 {people}")
    return file_stem(record.date, record.title or "会议记录")


def distinct_paths(folder: Path, stems: list[str], suffix: str) -> list[Path]:
    """One path per stem in `folder`; a name already taken gets （2）, （3） … so no file overwrites another."""
    used: set[str] = set()
    paths = []
    for stem in stems:
        name, n = f"{stem}{suffix}", 1
        while name.casefold() in used:  # Windows names ignore case
            n += 1
            name = f"{stem}（{n}）{suffix}"
        used.add(name.casefold())
        paths.append(folder / name)
    return paths


def in_date_order(meetings: Iterable[Meeting]) -> list[Meeting]:
    """As they were held: by date, then start time (the archive's order)."""
    return sorted(meetings, key=lambda m: (m.date, m.start or time.min, m.id))
