"""Many documents painted in one pass, into one PDF whose faces are embedded once (Qt), text layer repaired.

The year's archive paints every record, the catalogue, the cover, the 备考表 and the volume's page stamps in one
QPdfWriter pass: Qt converts and embeds each glyph of a face once for the whole year instead of once per file,
and the volume is that PDF with its pages put in order. Each record's own PDF is cut out of it
(exports.pdf.split), keeping only the glyphs of its pages.
"""

from __future__ import annotations

import io
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pikepdf
from PySide6.QtGui import QPagedPaintDevice, QPdfWriter

from exports.model import Document
from exports.pdf import missing, pdfa, textlayer
from exports.pdf.render import Sheets
from exports.pdf.writer import FOOTER_CHARS, RESOLUTION, SIGNATURE_CHARS, ensure_qt, text_fonts


@dataclass
class Batch:
    """The pass's PDF, and where each document's pages (and the label pages) are in it."""

    pdf: pikepdf.Pdf
    ranges: list[range]  # the pages of each document
    labels: range  # the label pages
    cache: dict = field(default_factory=dict)  # what exports.pdf.split reads once per font

    def close(self) -> None:
        self.pdf.close()


More = Callable[[list[int]], tuple[Sequence[Document], Sequence[str]]]


def render_batch(documents: Sequence[Document], labels: Sequence[str] = (), more: More | None = None,
                 done: Callable[[int], None] | None = None) -> Batch:
    """Paint `documents`, then one page per label (exports.pdf.render.Sheets.labels), in one pass.

    `more(page counts of the documents)` gives documents and labels to paint after them, once their pages are
    known (the catalogue lists them); `done(i)` is called after document i is painted.
    """
    ensure_qt()
    documents, labels = list(documents), list(labels)
    drawn: dict[str, set[str]] = {}
    ranges: list[range] = []
    with tempfile.TemporaryDirectory(prefix="orglife-pdf-") as folder:
        path = Path(folder) / "batch.pdf"
        writer = QPdfWriter(str(path))
        writer.setPdfVersion(QPagedPaintDevice.PdfVersion.PdfVersion_A1b)
        writer.setResolution(RESOLUTION)
        writer.setTitle(documents[0].meta.title if documents else "")
        writer.setCreator(pdfa.PRODUCER)
        with Sheets(writer, drawn) as sheets:
            for index, document in enumerate(documents):
                first = sheets.pages
                ranges.append(range(first, first + sheets.document(document)))
                if done is not None:
                    done(index)
            if more is not None:
                extra, extra_labels = more([len(r) for r in ranges])
                for document in extra:
                    first = sheets.pages
                    ranges.append(range(first, first + sheets.document(document)))
                documents += extra
                labels += extra_labels
            first = sheets.pages
            sheets.labels(labels)
            marks = range(first, sheets.pages)
            stand_ins = sheets.missing
        del writer  # the file is complete only when the writer is gone
        raw = path.read_bytes()
    text = "".join(d.plain_text() for d in documents) + "".join(labels) + FOOTER_CHARS + SIGNATURE_CHARS
    pdf = pikepdf.open(io.BytesIO(raw))
    textlayer.repair(pdf, text, text_fonts(), drawn)
    missing.mark(pdf, stand_ins)
    return Batch(pdf, ranges, marks)


def save(pdf: pikepdf.Pdf) -> bytes:
    """The PDF/A-1b bytes: PDF 1.4 without object streams, the second /ID from the content."""
    out = io.BytesIO()
    pdf.save(out, deterministic_id=True, object_stream_mode=pikepdf.ObjectStreamMode.disable, force_version="1.4",
             fix_metadata_version=False)
    return out.getvalue()
