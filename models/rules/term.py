"""The committee's term (任期, normally 3 years) and the warning three months before it ends."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from datetime import date
from typing import TYPE_CHECKING

from models.rules.status import holds_role
from models.words import QT_TRANSLATE_NOOP, Day, Words, say

if TYPE_CHECKING:
    from models.domain import CommitteeRole

TERM_YEARS = 3
WARN_MONTHS = 3


def _add_months(day: date, months: int) -> date:
    month0 = day.month - 1 + months
    year, month = day.year + month0 // 12, month0 % 12 + 1
    for d in (day.day, 30, 29, 28):
        try:
            return date(year, month, d)
        except ValueError:
            continue
    raise ValueError(day)


def term_start(committee: Iterable[CommitteeRole], today: date) -> date | None:
    """When the sitting committee was elected: the start most of the roles held today share (换届日)."""
    starts = Counter(r.start for r in committee if holds_role(r, today))
    if not starts:
        return None
    best = max(starts.values())
    return max(d for d, n in starts.items() if n == best)


def term_end(committee: Iterable[CommitteeRole], today: date, years: int = TERM_YEARS) -> date | None:
    start = term_start(committee, today)
    return _add_months(start, 12 * years) if start else None


def term_warning(committee: Iterable[CommitteeRole], today: date, years: int = TERM_YEARS) -> Words | None:
    """A sentence for the roster page when the term ends within three months or has ended; else None."""
    roles = list(committee)
    end = term_end(roles, today, years)
    if end is None:
        return None
    when = Day.of(end)
    if today >= end:
        return say(QT_TRANSLATE_NOOP("rules", "本届支部委员会任期已于 {0} 届满，请及时按程序进行换届选举。"), when)
    if today >= _add_months(end, -WARN_MONTHS):
        return say(QT_TRANSLATE_NOOP("rules", "本届支部委员会任期将于 {0} 届满（不足三个月），请提前做好换届准备。"),
                   when)
    return None
