"""Text as it goes into a document: exactly as typed, less what XML cannot hold; dates in Chinese."""

from __future__ import annotations

import re
from datetime import date, time

# XML 1.0 forbids C0 controls other than tab, LF and CR, lone surrogates and U+FFFE/U+FFFF.
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def clean(text: str | None) -> str:
    """`text` with only the XML-invalid control characters removed; CR LF and CR become LF."""
    if not text:
        return ""
    return _XML_INVALID.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


DIGITS = "零一二三四五六七八九"


def cn_numeral(n: int) -> str:
    """1 -> 一, 10 -> 十, 11 -> 十一, 23 -> 二十三 (a section's number; from 100 on in digits)."""
    if not 0 < n < 100:
        return str(n)
    tens, ones = divmod(n, 10)
    head = "" if tens == 0 else "十" if tens == 1 else f"{DIGITS[tens]}十"
    return head + (DIGITS[ones] if ones else "")


def cn_date(day: date) -> str:
    """2025年3月12日"""
    return f"{day.year}年{day.month}月{day.day}日"


def cn_month(day: date) -> str:
    """2025年3月"""
    return f"{day.year}年{day.month}月"


def hm(value: time | None) -> str:
    return value.strftime("%H:%M") if value is not None else ""


def cn_when(day: date, start: time | None, end: time | None) -> str:
    """2025年1月8日 09:00—10:30 (the times only where recorded)."""
    if start and end:
        return f"{cn_date(day)} {hm(start)}—{hm(end)}"
    if start:
        return f"{cn_date(day)} {hm(start)}"
    return cn_date(day)


_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f]')
_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))}


_OPEN, _CLOSE = "（([【《〔", "）)]】》〕"


def _cut(name: str, limit: int) -> str:
    """`name` cut to `limit` characters ending in …, without a bracket left open."""
    cut = name[: limit - 1].rstrip(". ")
    depth, opened = 0, -1
    for i, char in enumerate(cut):
        if char in _OPEN:
            if depth == 0:
                opened = i
            depth += 1
        elif char in _CLOSE and depth:
            depth -= 1
    if depth and opened > 0:
        cut = cut[:opened].rstrip(". ")
    return cut + "…"


def safe_name(name: str, limit: int = 90) -> str:
    """A file name Windows accepts: no reserved characters or names, no trailing dot or space, not too long
    (a long one is cut with an ellipsis, before a bracket it would leave open)."""
    cleaned = _FORBIDDEN.sub("_", clean(name)).strip().rstrip(". ")
    if len(cleaned) > limit:
        cleaned = _cut(cleaned, limit)
    cleaned = cleaned.rstrip(". ") or "_"
    if cleaned.split(".")[0].upper() in _RESERVED:
        cleaned = "_" + cleaned
    return cleaned
