"""The year's volume: the records' own PDFs in one PDF/A-1b, in date order, with a running page number at the
head of every page (`2025年度汇编 第 n 页 共 N 页`) and a bookmark per record.

The records are not laid out again: their PDFs are merged with pikepdf, and the running numbers come from one
small PDF of stamps (Qt, repaired like every other) laid over the pages.
"""

from __future__ import annotations

import io
import tempfile
from pathlib import Path

import pikepdf
from PySide6.QtGui import QPagedPaintDevice, QPdfWriter

from exports.model import Meta
from exports.pdf import pdfa, textlayer
from exports.pdf.render import paint_labels
from exports.pdf.writer import RESOLUTION, text_fonts


def _stamps(labels: list[str]) -> bytes:
    with tempfile.TemporaryDirectory(prefix="orglife-stamps-") as folder:
        path = Path(folder) / "stamps.pdf"
        writer = QPdfWriter(str(path))
        writer.setPdfVersion(QPagedPaintDevice.PdfVersion.PdfVersion_A1b)
        writer.setResolution(RESOLUTION)
        paint_labels(labels, writer)
        del writer
        return path.read_bytes()


def volume_pdf(records: list[bytes], bookmarks: list[str], header: str, meta: Meta) -> tuple[bytes, list[int]]:
    """One PDF of the records' PDFs; `bookmarks[i]` names record i. Returns the bytes and each record's pages."""
    sources = [pikepdf.open(io.BytesIO(data)) for data in records]
    counts = [len(source.pages) for source in sources]
    total = sum(counts)
    labels = [f"{header} 第 {n} 页 共 {total} 页" for n in range(1, total + 1)]
    with pikepdf.open(io.BytesIO(_stamps(labels))) as stamps:
        textlayer.repair(stamps, "".join(labels), text_fonts())
        volume = pikepdf.open(io.BytesIO(records[0]))  # keeps the first record's output intent
        for source in sources[1:]:
            volume.pages.extend(source.pages)
        for page, stamp in zip(volume.pages, stamps.pages, strict=True):
            _overlay(volume, page, stamp)
        _outline(volume, bookmarks, counts)
        pdfa.stable_subset_tags(volume)
        pdfa.set_identity(volume, meta)
        out = io.BytesIO()
        volume.save(out, deterministic_id=True, object_stream_mode=pikepdf.ObjectStreamMode.disable,
                    force_version="1.4", fix_metadata_version=False)
    for source in sources:
        source.close()
    return out.getvalue(), counts


STAMP = pikepdf.Name("/OrgLifeStamp")


def _overlay(pdf: pikepdf.Pdf, page: pikepdf.Page, stamp: pikepdf.Page) -> None:
    """Draw `stamp` over `page` under a fixed resource name (pikepdf's add_overlay picks a random one)."""
    form = pdf.copy_foreign(stamp.as_form_xobject())
    page.add_resource(form, pikepdf.Name.XObject, name=STAMP)
    page.contents_add(pdf.make_stream(b"q\n"), prepend=True)  # Qt leaves its page transform in force
    page.contents_add(pdf.make_stream(b"\nQ q " + bytes(STAMP) + b" Do Q\n"))


def _outline(pdf: pikepdf.Pdf, titles: list[str], counts: list[int]) -> None:
    with pdf.open_outline() as outline:
        del outline.root[:]
        first = 0
        for title, pages in zip(titles, counts, strict=True):
            outline.root.append(pikepdf.OutlineItem(title, first))
            first += pages
