"""The neutral document's blocks as WordprocessingML, built as one string and parsed once (lxml).

One python-docx call per cell or run costs far more than the text it writes; building the body's XML in bulk
keeps a document of minutes within a few milliseconds.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from exports.docx.template import COMPACT_MARGINS, COMPACT_PITCH, COMPACT_PT, MARGINS, PAGE_H, PAGE_W, TEXT_WIDTH
from exports.model import Block, Cell, Document, Paragraph, Signatures, Span, Table

# A listing's table (Document.compact): 10.5 pt on an exact 14 pt pitch, as exports.pdf.flow lays it out.
COMPACT_PPR = f'<w:spacing w:line="{round(COMPACT_PITCH * 20)}" w:lineRule="exact"/>'
COMPACT_RPR = f'<w:sz w:val="{round(COMPACT_PT * 2)}"/><w:szCs w:val="{round(COMPACT_PT * 2)}"/>'


def text_width(document: Document) -> int:
    """The width of the text in twips: portrait or landscape, normal or a listing's margins."""
    margins = COMPACT_MARGINS if document.compact else MARGINS
    return (PAGE_H if document.landscape else PAGE_W) - margins["left"] - margins["right"]

BORDERS = "".join(
    f'<w:{side} w:val="single" w:sz="6" w:space="0" w:color="000000"/>'
    for side in ("top", "left", "bottom", "right", "insideH", "insideV")
)
STYLE_IDS = {"body": "Body", "plain": "Plain", "heading": "Heading1", "subheading": "Heading2", "right": "Right"}
SIGN_SPACE = "\u3000" * 8  # the blank to sign on, underlined


def run(text: str, bold: bool = False, extra: str = "") -> str:
    """A run; line breaks become <w:br/> and tabs <w:tab/>, everything else is written as typed."""
    rpr = f"<w:rPr>{'<w:b/><w:bCs/>' if bold else ''}{extra}</w:rPr>" if bold or extra else ""
    pieces: list[str] = []
    for i, line in enumerate(text.split("\n")):
        if i:
            pieces.append("<w:br/>")
        for j, chunk in enumerate(line.split("\t")):
            if j:
                pieces.append("<w:tab/>")
            if chunk:
                pieces.append(f'<w:t xml:space="preserve">{escape(chunk)}</w:t>')
    return f"<w:r>{rpr}{''.join(pieces)}</w:r>"


def paragraph(style: str, spans: tuple[Span, ...] | list[Span], keep_next: bool = False, compact: bool = False) -> str:
    extra = COMPACT_RPR if compact else ""
    runs = "".join(run(s.text, s.bold, extra) for s in spans if s.text)
    keep = "<w:keepNext/>" if keep_next else ""
    ppr = COMPACT_PPR if compact else ""
    return f'<w:p><w:pPr><w:pStyle w:val="{style}"/>{keep}{ppr}</w:pPr>{runs}</w:p>'


def _cell(cell: Cell, width: int, row_mm: float, compact: bool = False) -> str:
    span = f'<w:gridSpan w:val="{cell.span}"/>' if cell.span > 1 else ""
    # Text in a tall row of a form starts at the top, where one writes; a label stays centred.
    valign = "top" if row_mm > 20 and not cell.label else "center"
    style = "TableLabel" if cell.label else "TableCenter" if cell.center else "TableText"
    paras = "".join(paragraph(style, [Span(line)], compact=compact) for line in cell.text.split("\n"))
    return (f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{span}<w:vAlign w:val="{valign}"/></w:tcPr>'
            f"{paras}</w:tc>")


SPLITTABLE_CHARS = 400


def table(block: Table, width: int = TEXT_WIDTH, compact: bool = False) -> str:
    total = sum(block.widths)
    cols = [round(width * w / total) for w in block.widths]
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in cols)
    rows: list[str] = []
    for index, row in enumerate(block.rows):
        mm = block.row_mm(index)
        height = f'<w:trHeight w:val="{round(mm * 56.7)}" w:hRule="atLeast"/>' if mm else ""
        # A short row stays whole on one page; a long one (a whole talk's content) may run on.
        keep = "<w:cantSplit/>" if sum(len(c.text) for c in row) <= SPLITTABLE_CHARS else ""
        trpr = keep + ("<w:tblHeader/>" if index < block.header else "") + height
        cells, col = [], 0
        for cell in row:
            cells.append(_cell(cell, sum(cols[col:col + cell.span]), mm, compact))
            col += cell.span
        rows.append(f"<w:tr><w:trPr>{trpr}</w:trPr>{''.join(cells)}</w:tr>")
    return (f'<w:tbl><w:tblPr><w:tblW w:w="{sum(cols)}" w:type="dxa"/><w:jc w:val="center"/>'
            f'<w:tblBorders>{BORDERS}</w:tblBorders><w:tblLayout w:type="fixed"/></w:tblPr>'
            f"<w:tblGrid>{grid}</w:tblGrid>{''.join(rows)}</w:tbl>")


def signatures(block: Signatures) -> str:
    runs: list[str] = []
    for i, label in enumerate(block.labels):
        if i:
            runs.append(run("\u3000\u3000"))
        runs.append(run(f"{label}："))
        runs.append(run(SIGN_SPACE, extra='<w:u w:val="single"/>'))
    return f'<w:p><w:pPr><w:pStyle w:val="Signatures"/></w:pPr>{"".join(runs)}</w:p>'


def block_xml(block: Block, width: int = TEXT_WIDTH, keep_next: bool = False, compact: bool = False) -> str:
    """`keep_next`: the block stays on the page of the one after it (the last paragraph before the signatures)."""
    if isinstance(block, Paragraph):
        return paragraph(STYLE_IDS.get(block.style, "Body"), block.spans, keep_next)
    if isinstance(block, Table):
        # An empty paragraph after a table keeps two tables from merging and gives the next block air.
        return table(block, width, compact) + '<w:p><w:pPr><w:pStyle w:val="Plain"/></w:pPr></w:p>'
    return signatures(block)


def body_xml(document: Document) -> str:
    """Every block of the document, title first, as the children of <w:body> (without the sectPr)."""
    title = "".join(paragraph("Title", [Span(line)]) for line in document.title)
    width = text_width(document)
    blocks = document.blocks
    return title + "".join(
        block_xml(b, width, i + 1 < len(blocks) and isinstance(blocks[i + 1], Signatures), document.compact)
        for i, b in enumerate(blocks))
