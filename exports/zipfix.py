"""Making an Office file's package the same bytes every time: fixed entry times and fixed core-property dates.

python-docx and openpyxl stamp the clock's time on every zip entry, and openpyxl also writes the save time
as dcterms:modified. We rewrite the package with times derived from the records.
"""

from __future__ import annotations

import io
import re
import zipfile
from datetime import UTC, datetime

_CORE_DATE = re.compile(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)")


def utc_naive(value: str) -> datetime:
    """An ISO 8601 timestamp as naive UTC; an unreadable one as 2000-01-01."""
    try:
        parsed = datetime.fromisoformat(value)
    except (TypeError, ValueError):
        return datetime(2000, 1, 1)
    if parsed.tzinfo is not None:
        parsed = parsed.astimezone(UTC).replace(tzinfo=None)
    return parsed


def wall_time(value: str) -> datetime:
    """The local time as written in an ISO 8601 timestamp (zip entries keep local time, without a zone)."""
    try:
        return datetime.fromisoformat(value).replace(tzinfo=None)
    except (TypeError, ValueError):
        return datetime(2000, 1, 1)


def zip_time(when: datetime) -> tuple[int, int, int, int, int, int]:
    when = max(when, datetime(1980, 1, 1))
    return (when.year, when.month, when.day, when.hour, when.minute, when.second // 2 * 2)


def fixed_package(data: bytes, when: datetime, core_dates: datetime | None = None) -> bytes:
    """The package again, every entry stamped `when`; with `core_dates`, docProps/core.xml's dates too."""
    stamp = zip_time(when)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            content = src.read(item.filename)
            if core_dates is not None and item.filename == "docProps/core.xml":
                content = _set_core_dates(content, core_dates)
            dst.writestr(entry(item.filename, stamp), content)
    return out.getvalue()


def _set_core_dates(core: bytes, when: datetime) -> bytes:
    value = when.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    return _CORE_DATE.sub(lambda m: m.group(1) + value + m.group(3), core)


UTF8_NAME = 0x800  # general purpose bit 11: the name is UTF-8


def entry(name: str, stamp: tuple[int, int, int, int, int, int], unix: bool = False) -> zipfile.ZipInfo:
    """A zip entry, the same bytes on Windows and Linux.

    `unix`: an entry of the archive's zip (Chinese names) — made by "Unix" with a regular file's mode and the
    UTF-8 flag, so that the unzip of 麒麟 / UOS and Windows Explorer both read the name as UTF-8 (an entry
    made by MS-DOS has its name taken as code page 437 by Linux unzip, and garbled).
    """
    info = zipfile.ZipInfo(name, date_time=stamp)
    info.compress_type = zipfile.ZIP_DEFLATED
    if unix:
        info.create_system = 3
        info.external_attr = (0o100644 << 16)
        info.flag_bits |= UTF8_NAME
    else:
        info.external_attr = 0o644 << 16
        info.create_system = 0
    return info
