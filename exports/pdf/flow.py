"""Laying the neutral document out on pages with the metrics of our Word template, as LibreOffice does.

Everything is in points from the page's top left corner. The numbers are those of exports.docx.template (exact
line pitch, paragraph spacing, margins, cell margins, the border's width) and the pagination follows the same
rules Word's properties ask for: two lines at least at either end of a split paragraph (widowControl), a heading
on the page of what follows it (keepNext), a short table row never split (cantSplit), header rows repeated
(tblHeader), the signature lines on the page of the last paragraph.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from exports.docx import template as word
from exports.model import Block, Cell, Document, Paragraph, Signatures, Table
from exports.pdf.lines import Face, Line, body_face, break_lines, title_face

TWIP = 1 / 20  # points
PITCH = 20.0  # exact line pitch of the body text (w:line="400" exact)
TITLE_PITCH, TITLE_AFTER, TITLE_PT = 28.0, 6.0, 18.0
HEADING_BEFORE, HEADING_AFTER, HEADING_PT = 10.0, 3.0, 14.0
SIGN_BEFORE = 30.0
BODY_PT = 12.0
INDENT = 2 * BODY_PT  # w:firstLineChars="200"
CELL_PAD = 108 * TWIP  # left and right cell margin
RULE = 0.75  # a table border (w:sz="6", eighths of a point)
SIGN_SPACE = 8  # ideographic spaces to sign on
SPLITTABLE_CHARS = 400  # as exports.docx.body: a longer row may run on to the next page
# A listing (Document.compact, the catalogue): 五号 text on an exact 14 pt pitch, margins of 20 mm
COMPACT_PT, COMPACT_PITCH = word.COMPACT_PT, word.COMPACT_PITCH
EPS = 1e-6


@dataclass(frozen=True)
class Text:
    """One line of text; `top` is the top of its line box, `width` the box it is aligned in."""

    x: float
    top: float
    line: Line
    face: Face
    pitch: float
    width: float
    align: str  # justify, left, center, right


@dataclass(frozen=True)
class Rule:
    x1: float
    y1: float
    x2: float
    y2: float


Item = Text | Rule


@dataclass
class Page:
    items: list[Item] = field(default_factory=list)


@dataclass(frozen=True)
class Geometry:
    width: float
    height: float
    left: float
    top: float
    right: float
    bottom: float

    @property
    def text_width(self) -> float:
        return self.width - self.left - self.right

    @property
    def body_bottom(self) -> float:
        return self.height - self.bottom


def geometry(landscape: bool = False, compact: bool = False) -> Geometry:
    m = word.COMPACT_MARGINS if compact else word.MARGINS
    w, h = (word.PAGE_H, word.PAGE_W) if landscape else (word.PAGE_W, word.PAGE_H)
    return Geometry(w * TWIP, h * TWIP, m["left"] * TWIP, m["top"] * TWIP, m["right"] * TWIP, m["bottom"] * TWIP)


@dataclass
class _Para:
    lines: list[Line]
    face: Face
    pitch: float = PITCH
    before: float = 0.0
    after: float = 0.0
    align: str = "justify"
    indent: float = 0.0
    keep_next: bool = False
    underline: tuple[tuple[float, float], ...] = ()  # x ranges of the signature blanks


@dataclass
class _Cell:
    lines: list[tuple[Line, str]]  # each line and its alignment
    x: float
    width: float
    middle: bool


@dataclass
class _Row:
    cells: list[_Cell]
    min_height: float
    cant_split: bool
    header: bool
    pitch: float = PITCH

    @property
    def lines(self) -> int:
        return max((len(c.lines) for c in self.cells), default=0)

    @property
    def height(self) -> float:
        return max(self.min_height, self.lines * self.pitch + RULE)


@dataclass
class _Table:
    rows: list[_Row]
    left: float
    width: float
    face: Face
    pitch: float = PITCH


class _Flow:
    def __init__(self, geo: Geometry) -> None:
        self.geo = geo
        self.pages: list[Page] = [Page()]
        self.y = geo.top

    @property
    def page(self) -> Page:
        return self.pages[-1]

    @property
    def at_top(self) -> bool:
        return self.y <= self.geo.top + EPS

    @property
    def room(self) -> float:
        return self.geo.body_bottom - self.y

    def new_page(self) -> None:
        self.pages.append(Page())
        self.y = self.geo.top

    # paragraphs -------------------------------------------------------------------------------------------
    def para(self, p: _Para, lines: list[Line] | None = None) -> None:
        lines = p.lines if lines is None else lines
        i, n = 0, len(lines)
        before = 0.0 if self.at_top else p.before
        while i < n:
            room = math.floor((self.room - before) / p.pitch + EPS)
            rest = n - i
            if room >= rest:
                self._lines(p, lines[i:], before, i == 0)
                break
            k = min(room, rest - 2)
            if k < 2:
                k = 0
            if k <= 0 and self.at_top:
                k = max(1, room)
            if k > 0:
                self._lines(p, lines[i:i + k], before, i == 0)
                i += k
            self.new_page()
            before = 0.0
        self.y += p.after

    def _lines(self, p: _Para, lines: list[Line], before: float, first: bool) -> None:
        self.y += before
        x0 = self.geo.left
        for j, line in enumerate(lines):
            indent = p.indent if first and j == 0 else 0.0
            self.page.items.append(Text(x0 + indent, self.y, line, p.face, p.pitch, self.geo.text_width - indent,
                                        p.align))
            for a, b in p.underline:
                base = self.y + p.pitch * 0.82
                self.page.items.append(Rule(x0 + a, base, x0 + b, base))
            self.y += p.pitch

    def para_need(self, p: _Para) -> float:
        """The room the first part of `p` needs on a page (two lines, or all of a short paragraph)."""
        n = len(p.lines)
        return p.before + p.pitch * (n if n <= 3 else 2)

    # tables ------------------------------------------------------------------------------------------------
    def table(self, t: _Table) -> None:
        headers = [r for r in t.rows if r.header]
        for index, row in enumerate(t.rows):
            if row.height <= self.room + EPS:
                self._row(t, row, row.lines, 0)
                continue
            if row.cant_split:
                if not self.at_top:
                    self._break_table(t, headers, index)
                self._row(t, row, row.lines, 0)
                continue
            first = 0
            while first < row.lines:
                rest = row.lines - first
                fit = math.floor((self.room - RULE) / t.pitch + EPS)
                count = rest if fit >= rest else min(fit, rest - 2)  # two lines at least on either page
                if count < 2 and not self.at_top:
                    self._break_table(t, headers, index)
                    continue
                count = max(1, count)
                self._row(t, row, count, first, split=count < row.lines)
                first += count
                if first < row.lines:
                    self._break_table(t, headers, index)
        self._bottom_rule(t)
        self.y += RULE

    def _break_table(self, t: _Table, headers: list[_Row], index: int) -> None:
        if not self.at_top:
            self._bottom_rule(t)  # a table split across pages closes with its bottom rule
        self.new_page()
        if index >= len(headers):
            for h in headers:
                self._row(t, h, h.lines, 0)

    def _bottom_rule(self, t: _Table) -> None:
        self.page.items.append(Rule(t.left, self.y, t.left + t.width, self.y))

    def _row(self, t: _Table, row: _Row, count: int, first: int, split: bool = False) -> None:
        top = self.y
        height = count * t.pitch + RULE if split else row.height
        items = self.page.items
        items.append(Rule(t.left, top, t.left + t.width, top))
        for cell in row.cells:
            items.append(Rule(cell.x, top, cell.x, top + height))
            lines = cell.lines[first:first + count] if split else cell.lines
            offset = RULE
            if cell.middle and not split:
                offset += (height - RULE - len(lines) * t.pitch) / 2
            for j, (line, align) in enumerate(lines):
                items.append(Text(cell.x + CELL_PAD, top + offset + j * t.pitch, line, t.face, t.pitch,
                                  cell.width - 2 * CELL_PAD, align))
        items.append(Rule(t.left + t.width, top, t.left + t.width, top + height))
        self.y = top + height


# from the neutral document -----------------------------------------------------------------------------------
def _paragraph(block: Paragraph, width: float) -> _Para:
    spans = [(s.text, s.bold) for s in block.spans]
    if block.style == "heading":
        face = title_face(HEADING_PT)
        return _Para(break_lines(spans, face, width), face, before=HEADING_BEFORE, after=HEADING_AFTER,
                     keep_next=True)
    face = body_face(BODY_PT)
    if block.style == "subheading":
        return _Para(break_lines(spans, face, width), face, keep_next=True)
    indent = INDENT if block.style == "body" else 0.0
    align = "right" if block.style == "right" else "justify"
    return _Para(break_lines(spans, face, width, indent, hanging=align == "justify"), face, align=align,
                 indent=indent)


def _signatures(block: Signatures, width: float) -> _Para:
    spans: list[tuple[str, bool]] = []
    underline: list[tuple[float, float]] = []
    x = 0.0
    for i, label in enumerate(block.labels):
        if i:
            spans.append(("\u3000\u3000", False))
            x += 2 * BODY_PT
        spans.append((f"{label}：", False))
        x += (len(label) + 1) * BODY_PT
        spans.append(("\u3000" * SIGN_SPACE, False))
        underline.append((x, x + SIGN_SPACE * BODY_PT))
        x += SIGN_SPACE * BODY_PT
    face = body_face(BODY_PT)
    return _Para(break_lines(spans, face, width), face, before=SIGN_BEFORE, align="left",
                 underline=tuple(underline))


def _table(block: Table, geo: Geometry, compact: bool = False) -> _Table:
    total_twips = round(geo.text_width / TWIP)
    total = sum(block.widths)
    cols = [round(total_twips * w / total) * TWIP for w in block.widths]
    width = sum(cols)
    left = geo.left + (geo.text_width - width) / 2
    face = body_face(COMPACT_PT if compact else BODY_PT)
    pitch = COMPACT_PITCH if compact else PITCH
    rows: list[_Row] = []
    for index, row in enumerate(block.rows):
        cells: list[_Cell] = []
        x, col = left, 0
        min_mm = block.row_mm(index)
        for cell in row:
            w = sum(cols[col:col + cell.span])
            cells.append(_cell(cell, x, w, face, min_mm))
            x += w
            col += cell.span
        cant = sum(len(c.text) for c in row) <= SPLITTABLE_CHARS
        rows.append(_Row(cells, round(min_mm * 56.7) * TWIP if min_mm else 0.0, cant, index < block.header, pitch))
    return _Table(rows, left, width, face, pitch)


def _cell(cell: Cell, x: float, width: float, face: Face, min_mm: float) -> _Cell:
    align = "center" if cell.label or cell.center else "left"
    lines: list[tuple[Line, str]] = []
    for text in cell.text.split("\n"):
        lines.extend((line, align) for line in break_lines([(text, cell.label)], face, width - 2 * CELL_PAD,
                                                           hanging=False))
    return _Cell(lines, x, width, middle=not (min_mm > 20 and not cell.label))


def layout(document: Document) -> list[Page]:
    """The pages of `document`, every line of it placed."""
    geo = geometry(document.landscape, document.compact)
    flow = _Flow(geo)
    title = title_face(TITLE_PT)
    for line in document.title:
        flow.para(_Para(break_lines([(line, False)], title, geo.text_width), title, TITLE_PITCH, after=TITLE_AFTER,
                        align="center"))
    items = _items(document.blocks, geo, document.compact)
    for index, item in enumerate(items):
        following = items[index + 1] if index + 1 < len(items) else None
        if isinstance(item, _Para):
            if item.keep_next and following is not None and not flow.at_top:
                need = item.before + len(item.lines) * item.pitch + item.after + _need(flow, following)
                after = items[index + 2] if index + 2 < len(items) else None
                if need > flow.room + EPS or (isinstance(following, _Para) and isinstance(after, _Para)
                                              and after.underline and _goes_over(flow, item, following, after)):
                    flow.new_page()
            if isinstance(following, _Para) and following.underline:
                _keep_with_signatures(flow, item, following)
            else:
                flow.para(item)
        else:
            flow.table(item)
    return flow.pages


def _need(flow: _Flow, item: _Para | _Table) -> float:
    if isinstance(item, _Para):
        return flow.para_need(item)
    if not item.rows:
        return 0.0
    row = item.rows[0]
    return row.height if row.cant_split else RULE + item.pitch * min(2, row.lines)


def _goes_over(flow: _Flow, heading: _Para, last: _Para, signatures: _Para) -> bool:
    """Whether the last paragraph, after this heading, would go over to the next page with the signature lines
    (`_keep_with_signatures`): the heading then goes with it (LibreOffice keeps the chain together)."""
    head = heading.before + len(heading.lines) * heading.pitch + heading.after
    body = last.before + len(last.lines) * last.pitch
    if head + body > flow.room + EPS:  # it does not fit whole: it is split, the heading stays with its first lines
        return False
    return head + body + last.after + signatures.before + len(signatures.lines) * signatures.pitch > flow.room + EPS


def _keep_with_signatures(flow: _Flow, last: _Para, signatures: _Para) -> None:
    """The paragraph before the signature lines (keepNext): when it fits where it starts but the signatures do
    not fit after it, it goes over with them, whole (as LibreOffice moves a paragraph kept with the next)."""
    if not flow.at_top:
        lines = len(last.lines) * last.pitch
        if last.before + lines <= flow.room + EPS:
            need = last.before + lines + last.after + signatures.before + len(signatures.lines) * signatures.pitch
            if need > flow.room + EPS:
                flow.new_page()
    flow.para(last)


def _items(blocks: tuple[Block, ...], geo: Geometry, compact: bool = False) -> list[_Para | _Table]:
    out: list[_Para | _Table] = []
    width = geo.text_width
    for block in blocks:
        if isinstance(block, Paragraph):
            out.append(_paragraph(block, width))
        elif isinstance(block, Table):
            out.append(_table(block, geo, compact))
            face = body_face(BODY_PT)
            out.append(_Para(break_lines([], face, width), face))  # the empty paragraph after a table
        else:
            out.append(_signatures(block, width))
    return out
