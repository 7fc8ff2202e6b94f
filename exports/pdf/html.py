"""The neutral document as the HTML subset QTextDocument lays out, for print, preview and PDF.

Lengths are CSS pixels at 96 per inch (the layout's own unit); exports.pdf.render scales to the device.
"""

from __future__ import annotations

from html import escape

from exports.model import Block, Cell, Document, Paragraph, Signatures, Table

PX_PER_MM = 96 / 25.4
BODY_PT = 12
LINE_MM = 7.0  # one line of 12 pt text at 1.5 spacing, for reserving a form's room to write


def text_html(text: str) -> str:
    """Text exactly as typed: escaped, line breaks kept (the paragraphs use white-space: pre-wrap)."""
    return escape(text, quote=False).replace("\n", "<br/>")


def _paragraph(block: Paragraph, sans: str, indent_scale: float) -> str:
    inner = "".join(f"<b>{text_html(s.text)}</b>" if s.bold else text_html(s.text) for s in block.spans)
    if block.style == "heading":
        # <h3>: Qt marks the block with a heading level, which exports.pdf.render keeps with the next block.
        return (f'<h3 style="font-family:\'{sans}\'; font-size:14pt; font-weight:normal; margin-top:12px; '
                f'margin-bottom:4px; line-height:150%">{inner}</h3>')
    # Qt scales margins to the paint device but takes text-indent in device pixels: two characters of 12 pt.
    indent = f"text-indent:{32 * indent_scale:.0f}px; " if block.style == "body" else ""
    align = ' align="right"' if block.style == "right" else ""
    return f'<p{align} style="{indent}margin-top:0; margin-bottom:2px; line-height:160%">{inner}</p>'


def _cell(cell: Cell, width_pct: float, min_mm: float) -> str:
    text = text_html(cell.text)
    if min_mm:
        lines = max(1, cell.text.count("\n") + 1 + len(cell.text) // 22)
        text += "<br/>" * max(0, round(min_mm / LINE_MM) - lines)
    if cell.label:
        text = f"<b>{text}</b>"
    align = "center" if cell.label or cell.center else "left"
    span = f' colspan="{cell.span}"' if cell.span > 1 else ""
    valign = "top" if min_mm > 20 and not cell.label else "middle"
    return f'<td{span} width="{width_pct:.2f}%" align="{align}" valign="{valign}">{text}</td>'


def _table(block: Table) -> str:
    total = sum(block.widths)
    pct = [100 * w / total for w in block.widths]
    rows: list[str] = []
    for index, row in enumerate(block.rows):
        cells, col = [], 0
        for cell in row:
            cells.append(_cell(cell, sum(pct[col:col + cell.span]), block.row_mm(index)))
            col += cell.span
        rows.append(f"<tr>{''.join(cells)}</tr>")
    head, body = rows[: block.header], rows[block.header:]
    thead = f"<thead>{''.join(head)}</thead>" if head else ""
    return ('<table width="100%" border="1" cellspacing="0" cellpadding="5" '
            f'style="border-collapse:collapse; border-color:#000000; border-style:solid; margin-bottom:10px">'
            f"{thead}<tbody>{''.join(body)}</tbody></table>")


def _signatures(block: Signatures) -> str:
    blank = "\u3000" * 8
    parts = "\u3000\u3000".join(f"{escape(label)}：<u>{blank}</u>" for label in block.labels)
    return f'<p style="margin-top:40px">{parts}</p>'


def _block(block: Block, sans: str, indent_scale: float) -> str:
    if isinstance(block, Paragraph):
        return _paragraph(block, sans, indent_scale)
    if isinstance(block, Table):
        return _table(block)
    return _signatures(block)


def document_html(document: Document, serif: str, sans: str, indent_scale: float = 1.0) -> str:
    """`indent_scale`: the paint device's pixels per CSS pixel (its DPI / 96)."""
    title = "".join(
        f'<p align="center" style="font-family:\'{sans}\'; font-size:18pt; margin-top:0; margin-bottom:8px">'
        f"{text_html(line)}</p>"
        for line in document.title
    )
    body = "".join(_block(b, sans, indent_scale) for b in document.blocks)
    return (f'<html><body style="font-family:\'{serif}\'; font-size:{BODY_PT}pt; white-space:pre-wrap">'
            f"{title}{body}</body></html>")
