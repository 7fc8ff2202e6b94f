"""姓氏笔画 order: names by the stroke counts of their characters, surname first — the order of candidates on a
ballot (选票) and a tally sheet (计票单).

The counts are Unicode's Unihan `kTotalStrokes` (the first value, for simplified forms), for 93,867 characters, in
resources/strokes/total-strokes.txt (see its README). The rules also order names of equal strokes by the shape of
the first stroke (横竖撇点折); the program has no stroke-order data, so names of equal counts follow pinyin.
"""

from __future__ import annotations

from functools import cache

from models.resources import resource
from models.roster.names import name_key

OFFSET = 33  # a count n is stored as chr(n + 33): printable ASCII


@cache
def _counts() -> dict[int, int]:
    counts: dict[int, int] = {}
    for line in resource("strokes", "total-strokes.txt").read_text(encoding="ascii").splitlines():
        start, run = line.split(" ", 1)
        first = int(start, 16)
        counts.update((first + i, ord(c) - OFFSET) for i, c in enumerate(run))
    return counts


def strokes(char: str) -> int | None:
    """The character's total strokes, or None for one the table does not have (a letter, a digit, ·)."""
    return _counts().get(ord(char))


def stroke_key(name: str) -> tuple[tuple[int, ...], tuple[tuple[str, ...], str]]:
    """The sort key of `name` in 姓氏笔画 order: the counts of its characters in turn, then its pinyin."""
    chars = [c for c in name if not c.isspace() and c not in "·•"]
    return tuple(strokes(c) or 0 for c in chars), name_key(name)


def by_strokes(names: list[str]) -> list[str]:
    return sorted(names, key=stroke_key)
