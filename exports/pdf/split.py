"""One document's own PDF/A-1b, cut out of a PDF painted in one pass (exports.pdf.batch).

Its pages are copied into a new file with the pass's output intent; each face is cut down to the glyphs those
pages draw (exports.pdf.glyphs: glyph numbers kept, so the pages' text is not rewritten), with its widths, its
CIDSet and its ToUnicode map cut alike.
"""

from __future__ import annotations

import re

import pikepdf

from exports.model import Meta
from exports.pdf import cmap, glyphs, pdfa
from exports.pdf.batch import Batch, save

_HEX = re.compile(rb"<([0-9A-Fa-f]+)>")


def _content(page: pikepdf.Page) -> bytes:
    contents = page.obj.get("/Contents")
    if contents is None:
        return b""
    if isinstance(contents, pikepdf.Array):
        return b"\n".join(part.read_bytes() for part in contents)
    return contents.read_bytes()


def used_cids(pages: list[pikepdf.Page]) -> dict[tuple[int, int], set[int]]:
    """The CIDs each font (by object) shows on `pages`: Qt writes `/F14 300 Tf`, then the text as <hex> Tj."""
    codes: dict[tuple[int, int], set[bytes]] = {}
    for page in pages:
        fonts = page.resources.get("/Font", {})
        parts = _content(page).split(b" Tf")
        for before, text in zip(parts, parts[1:], strict=False):
            name = before.rsplit(b"/", 1)[-1].split(None, 1)[0].decode("latin-1")
            font = fonts.get("/" + name)
            if font is not None:
                codes.setdefault(font.objgen, set()).update(_HEX.findall(text))
    used: dict[tuple[int, int], set[int]] = {}
    for key, found in codes.items():
        used[key] = {int(code[i:i + 4], 16) for code in found for i in range(0, len(code) - 3, 4)}
    return used


def _widths(descendant: pikepdf.Dictionary) -> dict[int, object]:
    widths: dict[int, object] = {}
    items = list(descendant.get("/W", []))
    i = 0
    while i < len(items):
        first = int(items[i])
        if isinstance(items[i + 1], pikepdf.Array):
            widths.update((first + k, w) for k, w in enumerate(items[i + 1]))
            i += 2
        else:
            widths.update((c, items[i + 2]) for c in range(first, int(items[i + 1]) + 1))
            i += 3
    return widths


class _Face:
    """One font of the pass, read once: its TrueType program, widths and text map."""

    def __init__(self, font: pikepdf.Dictionary) -> None:
        descendant = font.DescendantFonts[0]
        program = descendant.FontDescriptor.get("/FontFile2")
        self.program = glyphs.Font(program.read_bytes()) if program is not None else None
        self.widths = _widths(descendant)
        self.text = cmap.parse(font.ToUnicode.read_bytes()) if "/ToUnicode" in font else {}


def _face(batch: Batch, font: pikepdf.Dictionary) -> _Face:
    faces = batch.cache.setdefault("faces", {})
    if font.objgen not in faces:
        faces[font.objgen] = _Face(font)
    return faces[font.objgen]


def _width_array(widths: dict[int, object], cids: list[int]) -> pikepdf.Array:
    out: list[object] = []
    run: list[object] = []
    start = previous = None
    for cid in cids:
        if cid not in widths:
            continue
        if previous is not None and cid == previous + 1:
            run.append(widths[cid])
        else:
            if run:
                out += [start, pikepdf.Array(run)]
            start, run = cid, [widths[cid]]
        previous = cid
    if run:
        out += [start, pikepdf.Array(run)]
    return pikepdf.Array(out)


def _cid_set(cids: set[int]) -> bytes:
    bits = bytearray((max(cids) // 8) + 1)
    for cid in cids:
        bits[cid // 8] |= 0x80 >> (cid % 8)
    return bytes(bits)


def _cut(out: pikepdf.Pdf, font: pikepdf.Dictionary, face: _Face, used: set[int]) -> None:
    descendant = font.DescendantFonts[0]
    descriptor = descendant.FontDescriptor
    keep = face.program.closure(used) if face.program is not None else {0, *used}
    if face.program is not None:
        program = face.program.subset(keep)
        stream = out.make_stream(program)
        stream.Length1 = len(program)
        descriptor.FontFile2 = stream
    descriptor.CIDSet = out.make_stream(_cid_set(keep))
    ordered = sorted(keep)
    if "/W" in descendant:
        descendant.W = _width_array(face.widths, ordered)
    if face.text:
        font.ToUnicode = out.make_stream(cmap.build({c: face.text[c] for c in ordered if c in face.text}))


def extract(batch: Batch, pages: range, meta: Meta) -> bytes:
    """The PDF/A-1b bytes of `pages` of the pass, as a file of their own."""
    source = [batch.pdf.pages[i] for i in pages]
    out = pikepdf.new()
    out.pages.extend(source)
    if "/OutputIntents" in batch.pdf.Root:
        out.Root.OutputIntents = pikepdf.Array(out.copy_foreign(intent) for intent in batch.pdf.Root.OutputIntents)
    used = used_cids(source)
    done: set[tuple[int, int]] = set()
    for original, copy in zip(source, out.pages, strict=True):
        theirs, ours = original.resources.get("/Font", {}), copy.resources.get("/Font", {})
        for name, font in theirs.items():
            mine = ours.get(name)
            if mine is None or mine.objgen in done or font.get("/Subtype") != "/Type0":
                continue
            done.add(mine.objgen)
            _cut(out, mine, _face(batch, font), used.get(font.objgen, set()))
    pdfa.stable_subset_tags(out)
    pdfa.set_identity(out, meta)
    return save(out)
