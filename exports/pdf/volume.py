"""The year's volume: cover, 卷内目录, the records in date order, 备考表, in one PDF/A-1b that opens with its
bookmarks shown (a bookmark per part and per record).

Everything was painted in one pass (exports.pdf.batch), so each face is embedded once. The records' pages carry
the volume's running page number at their head (`2025年度汇编 第 n 页 共 N 页`): the pass painted one page of
each label, laid over the record's page here as a form; the label pages themselves are dropped.
"""

from __future__ import annotations

import pikepdf

from exports.model import Meta
from exports.pdf import pdfa
from exports.pdf.batch import Batch, save

STAMP = pikepdf.Name("/OrgLifeStamp")


def stamp_labels(header: str, total: int) -> list[str]:
    return [f"{header} 第 {n} 页 共 {total} 页" for n in range(1, total + 1)]


def volume_pdf(batch: Batch, parts: list[tuple[str, range]], stamped: range, meta: Meta) -> bytes:
    """The volume: `parts` (bookmark, pages of the pass) in that order; the pages in `stamped` get the label pages
    of the pass laid over them, one each, in order. Changes the batch's PDF (cut the records out first)."""
    pdf = batch.pdf
    pages = list(pdf.pages)
    stamps = [pages[i] for i in batch.labels]
    for index, stamp in zip(stamped, stamps, strict=True):
        _overlay(pdf, pages[index], stamp)
    order = [pages[i] for _title, part in parts for i in part]
    del pdf.pages[:]
    pdf.pages.extend(order)
    _outline(pdf, [(title, len(part)) for title, part in parts])
    pdf.Root.PageMode = pikepdf.Name.UseOutlines
    pdfa.stable_subset_tags(pdf)
    pdfa.set_identity(pdf, meta)
    return save(pdf)


def _overlay(pdf: pikepdf.Pdf, page: pikepdf.Page, stamp: pikepdf.Page) -> None:
    """Draw `stamp` over `page` under a fixed resource name (pikepdf's add_overlay picks a random one)."""
    page.add_resource(stamp.as_form_xobject(), pikepdf.Name.XObject, name=STAMP)
    page.contents_add(pdf.make_stream(b"q\n"), prepend=True)  # Qt leaves its page transform in force
    page.contents_add(pdf.make_stream(b"\nQ q " + bytes(STAMP) + b" Do Q\n"))


def _outline(pdf: pikepdf.Pdf, parts: list[tuple[str, int]]) -> None:
    with pdf.open_outline() as outline:
        del outline.root[:]
        first = 0
        for title, count in parts:
            if count:
                outline.root.append(pikepdf.OutlineItem(title, first))
            first += count
