"""Characters no face has: drawn as the □ of a face used for nothing else (exports.pdf.render), and given back
by the text layer as what was typed.

One glyph cannot stand for several characters in a ToUnicode map, so each □ is wrapped in a marked-content span
whose /ActualText is the character (PDF 1.4+, read by pdftotext, Acrobat and pdf.js): the k-th glyph of that face
on a page is the k-th missing character drawn on it.
"""

from __future__ import annotations

import pikepdf

from exports.pdf.fonts import missing_family
from exports.pdf.textlayer import _norm

_TF, _TJ = pikepdf.Operator("Tf"), pikepdf.Operator("Tj")
_BDC, _EMC = pikepdf.Operator("BDC"), pikepdf.Operator("EMC")


def _names(page: pikepdf.Page) -> set[str]:
    """The page's resource names of the missing-character face."""
    face = _norm(missing_family())
    fonts = page.resources.get("/Font", {})
    return {name for name, font in fonts.items() if _norm(str(font.get("/BaseFont", ""))).startswith(face)}


def mark(pdf: pikepdf.Pdf, missing: dict[int, list[str]]) -> None:
    """Give every stand-in glyph its character (`missing`: page index -> characters, in the order drawn)."""
    for index, chars in missing.items():
        page = pdf.pages[index]
        names = _names(page)
        if not names:
            continue
        todo = list(reversed(chars))
        current = None
        out: list[pikepdf.ContentStreamInstruction] = []
        for operands, operator in pikepdf.parse_content_stream(page):
            if operator == _TF:
                current = str(operands[0])
            if operator == _TJ and current in names and todo:
                span = pikepdf.Dictionary(ActualText=pikepdf.String(todo.pop()))
                out.append(pikepdf.ContentStreamInstruction([pikepdf.Name.Span, span], _BDC))
                out.append(pikepdf.ContentStreamInstruction(operands, operator))
                out.append(pikepdf.ContentStreamInstruction([], _EMC))
                continue
            out.append(pikepdf.ContentStreamInstruction(operands, operator))
        page.obj.Contents = pdf.make_stream(pikepdf.unparse_content_stream(out))
