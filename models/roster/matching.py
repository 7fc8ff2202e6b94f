"""People of an imported sheet who are already in the roster (已在名册): skipped or updated, never a second copy.

The same name and the same birth date are the same person. The same name alone is not enough — two people can
both be 李娜 — so when a birth date is missing on either side the clerk says whether it is the same person; when
both birth dates are known and differ it is another person of the same name. A birth date of year and month only
(出生年月 1988.02) is compared by its year and month.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable

from models.domain import Person

SKIP, UPDATE, ADD = "skip", "update", "add"
SAME, NAME_ONLY, NAMESAKE = "same", "name", "namesake"  # how a row matches someone in the roster


def find_existing(person: Person, roster: Iterable[Person]) -> tuple[Person | None, str]:
    """(the person of the roster this row may be, SAME / NAME_ONLY / NAMESAKE), or (None, "")."""
    name = person.name.strip()
    same_name = [p for p in roster if p.name.strip() == name] if name else []
    if not same_name:
        return None, ""
    born = person.birth_date
    for p in same_name:
        if born is not None and same_birth(person, p):
            return p, SAME
    for p in same_name:
        if born is None or p.birth_date is None:
            return p, NAME_ONLY
    return same_name[0], NAMESAKE


def same_birth(a: Person, b: Person) -> bool:
    """Both born on the same day, or in the same month when either is known only to the month."""
    if a.birth_date is None or b.birth_date is None:
        return False
    if a.birth_month_only or b.birth_month_only:
        return (a.birth_date.year, a.birth_date.month) == (b.birth_date.year, b.birth_date.month)
    return a.birth_date == b.birth_date


def default_action(match: str) -> str | None:
    """What happens to a row unless the clerk chooses: None = the clerk must say (the same name alone)."""
    return {SAME: SKIP, NAME_ONLY: None, NAMESAKE: ADD}.get(match, ADD)


def choices(match: str) -> list[tuple[str | None, str]]:
    """The choices offered for a row that matches someone in the roster, the default first."""
    if match == SAME:
        return [(SKIP, "跳过（已在名册）"), (UPDATE, "用表格内容更新名册")]
    if match == NAME_ONLY:
        return [(None, "请确认：是否同一人？"), (SKIP, "是同一人：跳过"), (UPDATE, "是同一人：用表格内容更新"),
                (ADD, "不是同一人：作为新人员导入")]
    if match == NAMESAKE:
        return [(ADD, "另一位同名人员：作为新人员导入"), (SKIP, "是同一人：跳过"), (UPDATE, "是同一人：用表格内容更新")]
    return [(ADD, "导入")]


def updated(existing: Person, row: Person, mapped: Iterable[str]) -> Person:
    """`existing` with what the row says in its mapped columns; an empty cell leaves the roster's value."""
    changes: dict[str, object] = {}
    for field in mapped:
        if field in ("name", "id"):
            continue
        value = getattr(row, field)
        if value not in (None, ""):
            changes[field] = value
            if field == "birth_date":
                changes["birth_precision"] = row.birth_precision
    return dataclasses.replace(existing, **changes)
