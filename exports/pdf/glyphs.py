"""Cutting an embedded TrueType font down to the glyphs some pages use, keeping every glyph's number.

A PDF painted in one pass (exports.pdf.batch) embeds each face once, with the glyphs of every document in it;
a document taken out of it keeps only its own glyphs. Glyph numbers (= CIDs, Qt writes Identity-H with an
identity CIDToGIDMap) stay as they are, so the pages' text needs no rewriting: the glyphs not used are left
empty, as a subsetter that keeps glyph ids does.
"""

from __future__ import annotations

import struct
import sys
from array import array
from itertools import accumulate

_MORE, _WORDS, _SCALE, _XY_SCALE, _TWO_BY_TWO = 0x20, 0x01, 0x08, 0x40, 0x80


class Font:
    """A TrueType font file, read once: its tables and each glyph's data."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        (count,) = struct.unpack_from(">H", data, 4)
        self.tables: dict[bytes, bytes] = {}
        for i in range(count):
            tag, _checksum, offset, length = struct.unpack_from(">4sIII", data, 12 + 16 * i)
            self.tables[tag] = data[offset:offset + length]
        head, loca, glyf = self.tables[b"head"], self.tables[b"loca"], self.tables[b"glyf"]
        if struct.unpack_from(">h", head, 50)[0] == 1:
            offsets = struct.unpack(f">{len(loca) // 4}I", loca)
        else:
            offsets = tuple(2 * o for o in struct.unpack(f">{len(loca) // 2}H", loca))
        self.glyphs = [glyf[a:b] for a, b in zip(offsets, offsets[1:], strict=False)]
        self.padded = [g + b"\0" * (-len(g) % 4) for g in self.glyphs]
        self.composite = {i for i, g in enumerate(self.glyphs) if len(g) >= 10 and g[0] & 0x80}  # contours < 0

    def components(self, gid: int) -> list[int]:
        """The glyphs a composite glyph is made of (none for a simple one)."""
        data = self.glyphs[gid] if gid < len(self.glyphs) else b""
        if len(data) < 10 or struct.unpack_from(">h", data, 0)[0] >= 0:
            return []
        found, pos = [], 10
        while pos + 4 <= len(data):
            flags, component = struct.unpack_from(">HH", data, pos)
            found.append(component)
            pos += 4 + (4 if flags & _WORDS else 2)
            pos += 2 if flags & _SCALE else 4 if flags & _XY_SCALE else 8 if flags & _TWO_BY_TWO else 0
            if not flags & _MORE:
                break
        return found

    def closure(self, used: set[int]) -> set[int]:
        """`used`, .notdef and every component of a composite glyph among them."""
        count = len(self.glyphs)
        keep = {g for g in used if g < count} | {0}
        todo = [g for g in keep if g in self.composite]
        while todo:
            for component in self.components(todo.pop()):
                if component < count and component not in keep:
                    keep.add(component)
                    if component in self.composite:
                        todo.append(component)
        return keep

    def subset(self, keep: set[int]) -> bytes:
        """The font with only the glyphs in `keep` (every other glyph empty), long loca offsets."""
        sizes = [0] * len(self.padded)
        for gid in keep:
            if gid < len(sizes):
                sizes[gid] = len(self.padded[gid])
        glyf = b"".join(self.padded[gid] for gid in sorted(keep) if gid < len(sizes))
        loca = struct.pack(f">{len(sizes) + 1}I", 0, *accumulate(sizes))
        head = bytearray(self.tables[b"head"])
        struct.pack_into(">I", head, 8, 0)  # checkSumAdjustment, recomputed below
        struct.pack_into(">h", head, 50, 1)
        tables = {**self.tables, b"glyf": glyf, b"loca": loca, b"head": bytes(head)}
        font, offsets = _sfnt(tables)
        adjustment = (0xB1B0AFBA - _checksum(font)) & 0xFFFFFFFF
        offset = offsets[b"head"]
        return font[:offset + 8] + struct.pack(">I", adjustment) + font[offset + 12:]


def _checksum(data: bytes) -> int:
    words = array("I", data + b"\0" * (-len(data) % 4))
    if sys.byteorder == "little":
        words.byteswap()
    return sum(words) & 0xFFFFFFFF


def _sfnt(tables: dict[bytes, bytes]) -> tuple[bytes, dict[bytes, int]]:
    tags = sorted(tables)
    count = len(tags)
    power = 1 << (count.bit_length() - 1)
    header = struct.pack(">IHHHH", 0x00010000, count, power * 16, power.bit_length() - 1, count * 16 - power * 16)
    offset = 12 + 16 * count
    directory, body, offsets = [], [], {}
    for tag in tags:
        data = tables[tag]
        offsets[tag] = offset
        directory.append(struct.pack(">4sIII", tag, _checksum(data), offset, len(data)))
        padded = data + b"\0" * (-len(data) % 4)
        body.append(padded)
        offset += len(padded)
    return header + b"".join(directory) + b"".join(body), offsets
