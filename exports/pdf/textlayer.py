"""Repairing the text layer of a PDF written by Qt, so that pdftotext gives back exactly what was typed.

Qt builds each font's ToUnicode map by asking which code point first maps to a glyph (seen with Qt 6.12 and
the Noto CJK fonts): 支 comes out as the Kangxi radical ⽀ (U+2F40), a space as a tab, and characters outside
the BMP (𠮷, emoji) are left out. We know the text that was drawn, so for every CID we choose the character
of that text that the original font draws with the same glyph; a CID Qt left unmapped is matched to the
text's remaining characters by the glyph's bounding box in the embedded font.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import pikepdf
from PySide6.QtGui import QFont, QRawFont, QTextLayout

from exports.pdf import cmap, sfnt

_NOT_ALNUM = re.compile(r"[^0-9a-z]")


def _norm(name: str) -> str:
    return _NOT_ALNUM.sub("", name.split("+")[-1].lower())


def face_key(raw: QRawFont) -> str:
    """A face's key: its family and style, normalised as the PDF's font names are."""
    return _norm(raw.familyName()) + _norm(raw.styleName())


def raw_fonts(fonts: Iterable[QFont], chars: str) -> dict[str, QRawFont]:
    """The fonts Qt really draws `chars` with (fallbacks included), by normalised PostScript-like name."""
    found: dict[str, QRawFont] = {}
    for font in fonts:
        layout = QTextLayout(chars, font)
        layout.beginLayout()
        layout.createLine()
        layout.endLayout()
        for run in layout.glyphRuns():
            raw = run.rawFont()
            family, style = _norm(raw.familyName()), _norm(raw.styleName())
            for key in (family + style, family):
                found.setdefault(key, raw)
    return found


class _Glyphs:
    """Which glyph of one original font draws each character of the text."""

    def __init__(self, raw: QRawFont, chars: Iterable[str]) -> None:
        self.raw = raw
        self.of: dict[str, int] = {}
        for char in sorted(chars):  # a fixed order: ties in _match_unmapped must not depend on set order
            if raw.supportsCharacter(ord(char)):
                indexes = raw.glyphIndexesForString(char)
                if len(indexes) == 1 and indexes[0]:
                    self.of[char] = indexes[0]

    def glyph(self, text: str) -> int:
        indexes = self.raw.glyphIndexesForString(text) if text else []
        return indexes[0] if len(indexes) == 1 else 0

    def chars_of(self, glyph: int) -> list[str]:
        return sorted((c for c, g in self.of.items() if g == glyph), key=_preference)


def _preference(char: str) -> tuple[int, int]:
    """Among characters drawn alike, prefer a unified ideograph or plain ASCII, then the lowest code point."""
    code = ord(char)
    unified = 0x4E00 <= code <= 0x9FFF or 0x20000 <= code <= 0x3FFFF or 0x20 <= code < 0x7F
    return (0 if unified else 1, code)


def _cids(descendant: pikepdf.Dictionary) -> set[int]:
    """Every CID the font's widths array names (Qt lists each glyph of its subset)."""
    cids: set[int] = set()
    items = list(descendant.get("/W", []))
    i = 0
    while i < len(items):
        first = int(items[i])
        if isinstance(items[i + 1], pikepdf.Array):
            cids.update(range(first, first + len(items[i + 1])))
            i += 2
        else:
            cids.update(range(first, int(items[i + 1]) + 1))
            i += 3
    return cids


def _remap(old: dict[int, str], glyphs: _Glyphs, chars: set[str]) -> dict[int, str]:
    fixed: dict[int, str] = {}
    for cid, text in old.items():
        if text.isspace() and cid:
            fixed[cid] = " "  # Qt maps the space glyph to TAB (U+0009), the first code point drawn with it
            continue
        if cid == 0 or text in chars or not text:
            fixed[cid] = text
            continue
        same = glyphs.chars_of(glyphs.glyph(text))
        fixed[cid] = same[0] if same else text
    return fixed


def _match_unmapped(cids: set[int], fixed: dict[int, str], glyphs: _Glyphs, font_file: bytes,
                    own: set[str] | None = None) -> dict[int, str]:
    """CIDs Qt left without text, matched to the text's unplaced characters by glyph bounding box."""
    missing = sorted(c for c in cids if c not in fixed and c != 0)
    if not missing:
        return {}
    placed = set(fixed.values())
    candidates = [c for c in glyphs.of if c not in placed and (own is None or c in own)]
    if len(missing) == 1 and len(candidates) == 1:
        return {missing[0]: candidates[0]}
    boxes = sfnt.glyph_boxes(font_file)
    raw = QRawFont(glyphs.raw)
    raw.setPixelSize(sfnt.units_per_em(font_file))
    found: dict[int, str] = {}
    for cid in missing:
        if cid not in boxes or not candidates:
            continue
        x0, y0, x1, y1 = boxes[cid]

        def distance(char: str, box: tuple[int, int, int, int] = (x0, y0, x1, y1)) -> float:
            r = raw.boundingRect(glyphs.of[char])
            return sum(abs(a - b) for a, b in zip(box, (r.left(), -r.bottom(), r.right(), -r.top()), strict=True))

        best = min(candidates, key=distance)
        found[cid] = best
        candidates.remove(best)
    return found


def repair(pdf: pikepdf.Pdf, text: str, fonts: Iterable[QFont], drawn: dict[str, set[str]] | None = None) -> int:
    """Rewrite the ToUnicode map of every Type0 font in `pdf` for `text`; returns how many fonts changed.

    `drawn`: the characters drawn with each face (exports.pdf.render tells), so that a glyph Qt left unmapped
    is matched among that face's characters only (a bold 𠮷 among the bold ones, not among the whole text).
    """
    chars = set(text)
    chars_text = "".join(sorted(chars))
    raws = raw_fonts(fonts, chars_text)
    seen: set[tuple[int, int]] = set()
    changed = 0
    for page in pdf.pages:
        for font in page.resources.get("/Font", {}).values():
            if font.objgen in seen or font.get("/Subtype") != "/Type0" or "/ToUnicode" not in font:
                continue
            seen.add(font.objgen)
            raw = raws.get(_norm(str(font.BaseFont)))
            if raw is None:
                continue
            own = (drawn or {}).get(_norm(str(font.BaseFont)))
            changed += _repair_font(pdf, font, _Glyphs(raw, chars), chars, own)
    return changed


def _repair_font(pdf: pikepdf.Pdf, font: pikepdf.Dictionary, glyphs: _Glyphs, chars: set[str],
                 own: set[str] | None = None) -> int:
    old = cmap.parse(font.ToUnicode.read_bytes())
    fixed = _remap(old, glyphs, chars)
    if own:  # what was drawn with this face is known: a CID Qt mapped elsewhere (a space for 𠮷) is unmapped
        fixed = {cid: text for cid, text in fixed.items() if cid == 0 or text in own}
    descendant = font.DescendantFonts[0]
    font_file = descendant.FontDescriptor.get("/FontFile2")
    if font_file is not None:
        font_bytes = font_file.read_bytes()
        # Qt leaves /W out when every glyph has the default width (a face drawing only ideographs)
        cids = _cids(descendant) or set(sfnt.glyph_boxes(font_bytes))
        fixed.update(_match_unmapped(cids, fixed, glyphs, font_bytes, own))
    if fixed == old:
        return 0
    font.ToUnicode = pdf.make_stream(cmap.build(fixed))
    return 1
