"""Breaking a paragraph into lines the way LibreOffice breaks the same paragraph of our Word file.

The Word file and the PDF must have the same lines, or their page counts differ. The rules, measured against
LibreOffice (soffice --convert-to pdf, read back with pdftotext -bbox):
- a Chinese character is one em wide; Latin letters and digits take the Latin face's advance;
- a character of no script of its own (a space, “ ”, a hyphen) takes the script of the one before it;
- between a Chinese character and a Latin letter or digit a fifth of an em is added (LibreOffice's Asian–Latin
  spacing; none next to punctuation);
- a line may not start with closing punctuation nor end with opening punctuation (the zh_CN rules), nor
  break between closing punctuation and a Latin word or number; one
  of ，。、：；！？ that does not fit hangs past the margin instead of taking a character down with it (in a
  justified paragraph, after Chinese text; not in a table cell, not after a Latin word);
- Latin words break at spaces only; a space at a line's end takes no room.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache
from typing import NamedTuple

from PySide6.QtGui import QRawFont

from exports.pdf.fonts import body_family, latin_family, title_family
from exports.pdf.rawfonts import raw_font

NO_START = set("!),.:;?]}¢'\"、。〉》」』】〕〗〞︰︱︳﹐､﹒﹔﹕﹖﹗﹚﹜﹞！），．：；？｜｝"
               "︴︶︸︺︼︾﹀﹂﹄﹏～￠々‖•·ˇˉ―′’”%‰℃")
NO_END = set("([{£¥'\"‵〈《「『【〔〖（［｛￡￥〝︵︷︹︻︽︿﹁﹃﹙﹛﹝“‘")
HANGING = set("，。、：；！？")
AUTOSPACE = 0.2  # em, between Chinese and Latin text
TAB_PT = 21.0  # the template's default tab stop (420 twips)
# LibreOffice sets Latin glyphs a little closer than their design advance (measured: a 0.9998, W 0.9995,
# m 0.9991, 0 0.9990 of it); the middle of that band keeps a line's fit within a few hundredths of a point.
LATIN_SCALE = 0.9994

ASIAN, LATIN, WEAK = "A", "L", "W"


@cache
def script(char: str) -> str:
    code = ord(char)
    if char.isspace() or 0x2000 <= code <= 0x206F or (code < 0x80 and not char.isalnum()) or 0xA0 <= code <= 0xBF:
        return WEAK
    if (0x2E80 <= code <= 0x9FFF or 0xAC00 <= code <= 0xD7AF or 0xF900 <= code <= 0xFAFF or 0xFE30 <= code <= 0xFE4F
            or 0xFF00 <= code <= 0xFFEF or 0x20000 <= code <= 0x3FFFF or 0x1F000 <= code <= 0x1FAFF
            or 0x3000 <= code <= 0x303F):
        return ASIAN
    return LATIN


@dataclass(frozen=True)
class Face:
    """The fonts of one text style: Chinese and Latin, regular and bold, at a size in points."""

    cjk: str
    size: float

    def raw(self, latin: bool, bold: bool) -> QRawFont:
        return _raw(latin_family() if latin else self.cjk, bold)


def body_face(size: float = 12.0) -> Face:
    return Face(body_family(), size)


def title_face(size: float) -> Face:
    return Face(title_family(), size)


def _raw(family: str, bold: bool) -> QRawFont:
    return raw_font(family, bold, 1000)  # this thread's (rawfonts.py)


@lru_cache(maxsize=65536)
def _advance(family: str, bold: bool, char: str) -> float:
    """The advance of `char` in em (Qt's raw font at 1000 units to the em)."""
    raw = _raw(family, bold)
    glyphs = raw.glyphIndexesForString(char)
    if not glyphs:
        return 0.0
    return sum(p.x() for p in raw.advancesForGlyphIndexes(glyphs)) / 1000


class Glyph(NamedTuple):
    char: str
    x: float  # from the line's start, in points
    latin: bool
    bold: bool


@dataclass(frozen=True)
class Line:
    """A line's characters with, for each, its x from the line's start (points), whether it is set in the Latin
    face and whether it is bold: columns rather than an object a character (a year's archive lays out millions)."""

    text: str
    xs: tuple[float, ...]
    latin: tuple[bool, ...]
    bold: tuple[bool, ...]
    width: float  # the room the line's text takes (trailing spaces not counted)
    last: bool  # the paragraph's (or the forced break's) last line: not justified
    hang: bool = False  # its last mark hangs past the margin

    @property
    def glyphs(self) -> list[Glyph]:
        return [Glyph(*g) for g in zip(self.text, self.xs, self.latin, self.bold, strict=True)]


def _resolve(chars: list[str]) -> list[str]:
    scripts = [script(c) for c in chars]
    previous = next((s for s in scripts if s != WEAK), ASIAN)
    for i, s in enumerate(scripts):
        if s == WEAK:
            scripts[i] = previous
        else:
            previous = s
    return scripts


def _widths(chars: list[str], bolds: list[bool], face: Face) -> tuple[list[float], list[str], list[float]]:
    """Each character's advance, its resolved script, and the Asian–Latin space before it (none at a line's
    start: the space belongs to a pair that a line break parts)."""
    scripts = _resolve(chars)
    size = face.size
    widths: list[float] = []
    latin = latin_family()
    for char, s, bold in zip(chars, scripts, bolds, strict=True):
        if s == ASIAN:
            w = 1.0 if script(char) == ASIAN else _advance(face.cjk, bold, char)
        else:
            w = _advance(latin, bold, char) * LATIN_SCALE
        widths.append(w * size)
    strong = [script(c) if c.isalnum() else WEAK for c in chars]  # an ideograph, a letter, a digit
    leads = [0.0] * len(chars)
    space = AUTOSPACE * size
    for i in range(1, len(chars)):
        a, b = strong[i - 1], strong[i]
        if (a == ASIAN and b == LATIN) or (a == LATIN and b == ASIAN):
            leads[i] = space
    return widths, scripts, leads


def _breakable(chars: list[str], scripts: list[str], i: int, hanging: bool) -> bool:
    """May a line break between chars[i - 1] and chars[i]?"""
    before, after = chars[i - 1], chars[i]
    if after in NO_START or before in NO_END:
        return False
    if before in NO_START and after.isalnum() and script(after) == LATIN and not (hanging and before in HANGING):
        return False  # 。100 and ）PDF stay together (only a mark that may hang lets the line end after it)
    if after.isspace():
        return False
    if before.isspace():
        return True
    if scripts[i - 1] == LATIN and scripts[i] == LATIN and script(before) != ASIAN and script(after) != ASIAN:
        return False  # inside a Latin word or number
    return True


def break_lines(spans: list[tuple[str, bool]], face: Face, width: float, indent: float = 0.0,
                hanging: bool = True) -> list[Line]:
    """The lines of a paragraph of `spans` (text, bold) set in `width` points, the first indented by `indent`.

    `hanging`: marks may hang past the margin (LibreOffice does so in justified paragraphs, not in table cells).
    """
    lines: list[Line] = []
    chars: list[str] = []
    bolds: list[bool] = []
    for text, bold in spans:
        chars.extend(text)
        bolds.extend([bold] * len(text))
    start = 0
    first = True
    pieces: list[tuple[int, int]] = []
    for i, char in enumerate(chars):
        if char == "\n":
            pieces.append((start, i))
            start = i + 1
    pieces.append((start, len(chars)))
    for a, b in pieces:
        part = chars[a:b]
        lines.extend(_break(part, bolds[a:b], face, width, indent if first else 0.0, hanging))
        first = False
    return lines


def _break(chars: list[str], bolds: list[bool], face: Face, width: float, indent: float,
           hanging: bool) -> list[Line]:
    if not chars:
        return [Line("", (), (), (), 0.0, True)]
    widths, scripts, leads = _widths(chars, bolds, face)
    latin = [s == LATIN or script(c) == LATIN for s, c in zip(scripts, chars, strict=True)]
    lines: list[Line] = []
    start, avail = 0, width - indent
    while start < len(chars):
        end, hang = _fit(chars, widths, leads, scripts, start, avail, hanging)
        lines.append(_line(chars, widths, leads, latin, bolds, start, end, end >= len(chars), hang))
        start = end
        while start < len(chars) and chars[start] == " " and start > 0:
            start += 1  # the spaces at a break stay at the end of the line before
        avail = width
    return lines


def _fit(chars: list[str], widths: list[float], leads: list[float], scripts: list[str], start: int, avail: float,
         hanging: bool) -> tuple[int, bool]:
    """The end (exclusive) of the line that starts at `start`, and whether its last mark hangs."""
    x = 0.0
    pos = start
    while pos < len(chars):
        char = chars[pos]
        w = widths[pos] + (leads[pos] if pos > start else 0.0)
        if char == "\t":
            w = widths[pos] = (int(x // TAB_PT) + 1) * TAB_PT - x
        if x + w > avail + 1e-6 and not char.isspace():
            break
        x += w
        pos += 1
    if pos >= len(chars):
        return pos, False
    if pos == start:
        return start + 1, False
    followed = pos + 1 < len(chars) and chars[pos + 1] in NO_START
    if hanging and chars[pos] in HANGING and scripts[pos - 1] == ASIAN and not followed:
        return pos + 1, True
    cut = pos
    while cut > start and not _breakable(chars, scripts, cut, hanging):
        cut -= 1
    if cut == start:
        cut = pos  # one word longer than the line: broken where it is full
    return cut, False


def _line(chars: list[str], widths: list[float], leads: list[float], latin: list[bool], bolds: list[bool], a: int,
          b: int, last: bool, hang: bool) -> Line:
    xs: list[float] = []
    x = 0.0
    for i in range(a, b):
        if i > a:
            x += leads[i]
        xs.append(x)
        x += widths[i]
    end = b - 1 if hang else b
    while end > a and chars[end - 1].isspace():
        end -= 1
    width = xs[end - a - 1] + widths[end - 1] if end > a else 0.0
    return Line("".join(chars[a:b]), tuple(xs), tuple(latin[a:b]), tuple(bolds[a:b]), width, last, hang)


def measure(text: str, size: float, bold: bool = False) -> float:
    """The width in points of `text` on one line in the body face at `size` (as break_lines sets it)."""
    return max((line.width for line in break_lines([(text, bold)], body_face(size), 1e9, hanging=False)),
               default=0.0)
