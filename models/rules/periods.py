"""Periods of a year for the frequency rules: month "2025-08", quarter "2025-Q3", year "2025"."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

_LABEL = re.compile(r"^(\d{4})(?:-(\d{2})|-Q([1-4]))?$")


@dataclass(frozen=True)
class Period:
    """One period of a year, both ends inclusive."""

    label: str
    first: date
    last: date

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.first <= day <= self.last


def _month_last(year: int, month: int) -> date:
    if month == 12:
        return date(year, 12, 31)
    return date(year, month + 1, 1) - timedelta(days=1)


def month_period(year: int, month: int) -> Period:
    return Period(f"{year:04d}-{month:02d}", date(year, month, 1), _month_last(year, month))


def quarter_period(year: int, quarter: int) -> Period:
    first_month = 3 * (quarter - 1) + 1
    return Period(f"{year:04d}-Q{quarter}", date(year, first_month, 1), _month_last(year, first_month + 2))


def year_period(year: int) -> Period:
    return Period(f"{year:04d}", date(year, 1, 1), date(year, 12, 31))


def _check_per(per: str) -> None:
    if per not in ("month", "quarter", "year"):
        raise ValueError(f"unknown period kind: {per!r}")


def periods_of_year(year: int, per: str) -> tuple[Period, ...]:
    """The periods of `per` ("month", "quarter", "year") in `year`, in calendar order."""
    _check_per(per)
    if per == "month":
        return tuple(month_period(year, m) for m in range(1, 13))
    if per == "quarter":
        return tuple(quarter_period(year, q) for q in range(1, 5))
    return (year_period(year),)


def period_index(day: date, per: str) -> int:
    """The 0-based position of the period holding `day` within its year's `periods_of_year(..., per)`."""
    _check_per(per)
    if per == "month":
        return day.month - 1
    if per == "quarter":
        return (day.month - 1) // 3
    return 0


def period_of(day: date, per: str) -> Period:
    """The period of kind `per` that holds `day`."""
    return periods_of_year(day.year, per)[period_index(day, per)]


def parse_period(label: str) -> Period:
    """The period named by "2025", "2025-Q3" or "2025-08"; ValueError for anything else."""
    match = _LABEL.match(label)
    if match is None:
        raise ValueError(f"not a period: {label!r}")
    year = int(match.group(1))
    if match.group(2) is not None:
        month = int(match.group(2))
        if not 1 <= month <= 12:
            raise ValueError(f"not a period: {label!r}")
        return month_period(year, month)
    if match.group(3) is not None:
        return quarter_period(year, int(match.group(3)))
    return year_period(year)
