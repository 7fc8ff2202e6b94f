"""What the home page shows once the store is open: the year's grid and the reminders, read in one go."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from models.overview.grid import YearGrid, year_grid
from models.overview.reminders import Reminder, reminders
from models.paths import backup_dir

if TYPE_CHECKING:
    from models.services import Store


@dataclass(frozen=True)
class HomeOverview:
    grid: YearGrid
    reminders: tuple[Reminder, ...]  # of `today`, whichever year the grid shows
    locked: bool = False  # the grid's year is archived (锁定): its records are only amended, none are added


def home_overview(store: Store, year: int, today: date, newest_backup: date | None) -> HomeOverview:
    """The grid of `year` judged on `today`, and today's reminders (from this year's grid)."""
    data = store.year_outline(today.year)
    current = year_grid(data, today.year, today)
    grid = current if year == today.year else year_grid(store.year_outline(year), year, today)
    locked = store.locked_years()
    found = reminders(data, current, today, newest_backup=newest_backup, locked_years=locked,
                      years_with_records=store.years_with_records(), drafts=store.meeting_summaries(status="draft"))
    return HomeOverview(grid, tuple(found), year in locked)


_BACKUP_NAME = re.compile(r"^orglife-(\d{4})(\d{2})(\d{2})-\d{6}.*\.sqlite3$")


def newest_backup_day(folder: Path | None = None) -> date | None:
    """The day of the newest backup in `folder` (default: the backups' folder), by the date in its name
    (`orglife-20250312-164000.sqlite3`, as models.backup names them); None when there is none."""
    where = backup_dir() if folder is None else folder
    days = []
    try:
        names = [p.name for p in where.iterdir()]
    except OSError:  # no folder yet: no backup
        return None
    for name in names:
        found = _BACKUP_NAME.match(name)
        if found:
            try:
                days.append(date(*map(int, found.groups())))
            except ValueError:
                continue
    return max(days, default=None)
