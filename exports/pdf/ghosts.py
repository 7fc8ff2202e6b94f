"""Removing invisible duplicate lines from the PDF's text layer.

Qt draws a paragraph that runs over a page break on both pages and relies on the clip to hide what belongs
to the other page. The hidden copy is still text in the PDF: pdftotext and a search would find the line
twice. We drop every glyph whose baseline lies outside the page's body or its footer band.
"""

from __future__ import annotations

import re

import pikepdf

Matrix = tuple[float, float, float, float, float, float]
IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
SHOWS = {"Tj", "TJ", "'", '"'}


def _mul(m: Matrix, n: Matrix) -> Matrix:
    """m × n (PDF convention: m applied first)."""
    a, b, c, d, e, f = m
    p, q, r, s, t, u = n
    return (a * p + b * r, a * q + b * s, c * p + d * r, c * q + d * s, e * p + f * r + t, e * q + f * s + u)


def _translate(x: float, y: float) -> Matrix:
    return (1.0, 0.0, 0.0, 1.0, x, y)


class _Tracker:
    """Just enough of the graphics and text state to know where each glyph's origin lands on the page."""

    def __init__(self) -> None:
        self.ctm: Matrix = IDENTITY
        self.stack: list[Matrix] = []
        self.line: Matrix = IDENTITY
        self.text: Matrix = IDENTITY
        self.leading = 0.0

    def step(self, op: str, args: list) -> None:
        values = [float(a) for a in args] if op in {"cm", "Tm", "Td", "TD", "TL"} else []
        if op == "q":
            self.stack.append(self.ctm)
        elif op == "Q" and self.stack:
            self.ctm = self.stack.pop()
        elif op == "cm":
            self.ctm = _mul(tuple(values), self.ctm)  # type: ignore[arg-type]
        elif op == "BT":
            self.line = self.text = IDENTITY
        elif op == "Tm":
            self.line = self.text = tuple(values)  # type: ignore[assignment]
        elif op in ("Td", "TD"):
            if op == "TD":
                self.leading = -values[1]
            self.line = self.text = _mul(_translate(values[0], values[1]), self.line)
        elif op == "TL":
            self.leading = values[0]
        elif op in ("T*", "'", '"'):
            self.line = self.text = _mul(_translate(0.0, -self.leading), self.line)

    def baseline_y(self) -> float:
        return _mul(self.text, self.ctm)[5]


# What moves the text: blocks BT … ET, and outside them the graphics state (q, Q, cm). Qt writes names such as
# /GSa and /F13 and hex strings only, so a lone q or Q is always the operator.
_STATE = re.compile(rb"BT\b.*?\bET\b|(?:\S+\s+){6}cm\b|(?<![/\w])[qQ](?![\w])", re.S)
_TM = re.compile(rb"(\S+)\s+(\S+)\s+(\S+)\s+(\S+)\s+(\S+)\s+(\S+)\s+Tm\b")
_TD = re.compile(rb"(\S+)\s+(\S+)\s+Td\b")


def _block_hidden(block: bytes, tracker: _Tracker, keep: list[tuple[float, float]]) -> bool:
    """Whether any glyph of the text block lies outside `keep` (Qt: one Tm, then Td moves and Tj shows)."""
    tm = _TM.search(block)
    tracker.step("BT", [])
    if tm:
        tracker.step("Tm", list(tm.groups()))
    upright = tracker.text[1] == 0 and tracker.ctm[1] == 0  # then a move along x keeps the baseline
    for index, move in enumerate(_TD.finditer(block)):
        if upright and index and float(move.group(2)) == 0:
            continue
        tracker.step("Td", list(move.groups()))
        if not any(low <= tracker.baseline_y() <= high for low, high in keep):
            return True
    return False


def _fast_filter(data: bytes, keep: list[tuple[float, float]]) -> tuple[bytes, int] | None:
    """The stream without the text blocks whose baseline is outside `keep`, for the regular streams Qt
    writes (hex strings, Td and Tj, no inline images); None when the stream is not of that kind."""
    if b"(" in data or b"BI" in data or b"TJ" in data or b"T*" in data or b"TD" in data:
        return None
    tracker = _Tracker()
    pieces: list[bytes] = []
    position = dropped = 0
    for match in _STATE.finditer(data):
        token = match.group(0)
        if token.startswith(b"BT"):
            if _block_hidden(token, tracker, keep):
                pieces.append(data[position:match.start()])
                position = match.end()
                dropped += 1
        elif token in (b"q", b"Q"):
            tracker.step(token.decode(), [])
        else:
            tracker.step("cm", token.split()[:6])
    pieces.append(data[position:])
    return b"".join(pieces), dropped


def _page_bytes(page: pikepdf.Page) -> bytes:
    contents = page.obj.get("/Contents")
    if isinstance(contents, pikepdf.Array):
        return b"\n".join(part.read_bytes() for part in contents)
    return contents.read_bytes() if contents is not None else b""


def drop_hidden_text(pdf: pikepdf.Pdf, keep: list[tuple[float, float]]) -> int:
    """Remove text shown with its baseline outside every (low, high) band of page y (points, from the
    bottom); returns how many text blocks or glyph runs were dropped."""
    dropped = 0
    for page in pdf.pages:
        fast = _fast_filter(_page_bytes(page), keep)
        if fast is not None:
            data, count = fast
            if count:
                page.Contents = pdf.make_stream(data)
            dropped += count
            continue
        dropped += _slow_filter(pdf, page, keep)
    return dropped


def _slow_filter(pdf: pikepdf.Pdf, page: pikepdf.Page, keep: list[tuple[float, float]]) -> int:
    """The same with pikepdf's parser, glyph run by glyph run, for any other stream."""
    tracker = _Tracker()
    kept: list = []
    dropped = 0
    for operands, operator in pikepdf.parse_content_stream(page):
        op = str(operator)
        tracker.step(op, list(operands))
        if op in SHOWS and not any(low <= tracker.baseline_y() <= high for low, high in keep):
            dropped += 1
            continue
        kept.append((operands, operator))
    if dropped:
        page.Contents = pdf.make_stream(pikepdf.unparse_content_stream(kept))
    return dropped
