"""The neutral document: what a record says, before it becomes Word, print or PDF.

Every writer (exports.docx, exports.pdf) renders the same `Document`, so the Word file, the print preview
and the PDF say the same thing. Text here is already cleaned (exports.text.clean); a writer escapes it.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Span:
    """A piece of a paragraph; `text` may hold line breaks (\\n) and tabs."""

    text: str
    bold: bool = False


@dataclass(frozen=True)
class Paragraph:
    """`style`: "body" (first line indented two characters), "plain", "heading" (a section, 一、), "subheading"
    (its parts, （一）), "right". Headings stay on the page of what follows them."""

    spans: tuple[Span, ...]
    style: str = "body"

    @property
    def text(self) -> str:
        return "".join(s.text for s in self.spans)


@dataclass(frozen=True)
class Cell:
    text: str
    label: bool = False  # a field name: bold and centred
    span: int = 1  # columns this cell covers
    center: bool = False  # numbers and short codes are centred


@dataclass(frozen=True)
class Table:
    """A bordered table. `widths` are relative column widths; the first `header` rows repeat on each page."""

    rows: tuple[tuple[Cell, ...], ...]
    widths: tuple[float, ...]
    header: int = 0
    min_row_mm: float = 0.0  # a minimum height of every row (the sign-in sheet leaves room to sign)
    heights: tuple[float, ...] = ()  # minimum heights in mm of the first rows (a form's room to write)

    def row_mm(self, index: int) -> float:
        return self.heights[index] if index < len(self.heights) and self.heights[index] else self.min_row_mm


@dataclass(frozen=True)
class Signatures:
    """Signature lines, e.g. 主持人（签字） and 记录人（签字）."""

    labels: tuple[str, ...]


Block = Paragraph | Table | Signatures


@dataclass(frozen=True)
class Meta:
    """What the files say about themselves; times come from the record, never the clock (same data, same bytes)."""

    title: str
    author: str = ""
    subject: str = ""
    created: str = "2000-01-01T00:00:00+08:00"  # ISO 8601 with offset
    modified: str = "2000-01-01T00:00:00+08:00"


@dataclass(frozen=True)
class Document:
    title: tuple[str, ...]  # the title's lines, printed in 黑体
    blocks: tuple[Block, ...]
    meta: Meta = field(default_factory=lambda: Meta(title=""))
    landscape: bool = False
    draft: bool = False  # not yet 定稿: every page says 草稿
    compact: bool = False  # a listing (the catalogue): 10.5 pt on an exact 14 pt pitch, narrow margins
    footer: bool = True  # 第 x 页 共 y 页 under every page (not on a cover or a form of one page)

    def plain_text(self) -> str:
        """Every word of the document in order (for searching and for tests)."""
        parts: list[str] = list(self.title)
        for block in self.blocks:
            if isinstance(block, Paragraph):
                parts.append(block.text)
            elif isinstance(block, Table):
                parts.extend(cell.text for row in block.rows for cell in row)
            else:
                parts.extend(block.labels)
        return "\n".join(parts)


def para(text: str, style: str = "body", bold: bool = False) -> Paragraph:
    return Paragraph((Span(text, bold),), style)


def labelled(label: str, text: str, style: str = "body") -> Paragraph:
    """`label`：`text` with the label in bold (a speaker and their words)."""
    return Paragraph((Span(f"{label}：", True), Span(text)), style)


def heading(text: str) -> Paragraph:
    return Paragraph((Span(text, True),), "heading")


def subheading(text: str) -> Paragraph:
    """A part of a section, e.g. （一）征求意见: bold, not indented, kept with what follows."""
    return Paragraph((Span(text, True),), "subheading")
