"""Just enough of a TrueType file to read each glyph's bounding box (the font Qt embeds in a PDF)."""

from __future__ import annotations

import struct


def _tables(font: bytes) -> dict[bytes, tuple[int, int]]:
    (count,) = struct.unpack_from(">H", font, 4)
    tables = {}
    for i in range(count):
        tag, _checksum, offset, length = struct.unpack_from(">4sIII", font, 12 + 16 * i)
        tables[tag] = (offset, length)
    return tables


def units_per_em(font: bytes) -> int:
    head, _ = _tables(font)[b"head"]
    return struct.unpack_from(">H", font, head + 18)[0]


def glyph_boxes(font: bytes) -> dict[int, tuple[int, int, int, int]]:
    """glyph id -> (xMin, yMin, xMax, yMax) in font units, for every glyph with an outline."""
    tables = _tables(font)
    if b"glyf" not in tables or b"loca" not in tables:
        return {}
    head, _ = tables[b"head"]
    long_offsets = struct.unpack_from(">h", font, head + 50)[0] == 1
    loca, loca_len = tables[b"loca"]
    glyf, _ = tables[b"glyf"]
    if long_offsets:
        offsets = struct.unpack_from(f">{loca_len // 4}I", font, loca)
    else:
        offsets = tuple(2 * o for o in struct.unpack_from(f">{loca_len // 2}H", font, loca))
    boxes = {}
    for gid in range(len(offsets) - 1):
        if offsets[gid + 1] > offsets[gid]:
            boxes[gid] = struct.unpack_from(">4h", font, glyf + offsets[gid] + 2)
    return boxes
