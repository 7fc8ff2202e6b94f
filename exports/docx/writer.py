"""Writing the neutral document as a .docx with python-docx, on our lean A4 template."""

from __future__ import annotations

import io
from functools import lru_cache
from pathlib import Path

import docx
from lxml import etree

from exports.atomic import write_atomic
from exports.docx.body import body_xml
from exports.docx.template import COMPACT_MARGINS, TEMPLATE, W
from exports.model import Document
from exports.zipfix import fixed_package, utc_naive, wall_time

NSMAP_OPEN = f'<w:body xmlns:w="{W}">'


@lru_cache(maxsize=1)
def template_bytes() -> bytes:
    """The template, read once (python-docx then opens it from memory in about two milliseconds)."""
    return Path(TEMPLATE).read_bytes()


def docx_bytes(document: Document) -> bytes:
    """The document as the bytes of a .docx file: the same document gives the same bytes."""
    word = docx.Document(io.BytesIO(template_bytes()))
    body = word.element.body
    section = body[-1]
    fragment = etree.fromstring(f"{NSMAP_OPEN}{body_xml(document)}</w:body>")
    for child in list(fragment):
        section.addprevious(child)
    if document.landscape:
        _landscape(section)
    if document.compact:
        _margins(section, COMPACT_MARGINS)
    if not document.footer:
        for reference in section.findall(f"{{{W}}}footerReference"):
            section.remove(reference)
    if document.draft:
        _draft_header(word)
    _core_properties(word, document)
    out = io.BytesIO()
    word.save(out)
    return fixed_package(out.getvalue(), wall_time(document.meta.modified))


def save_docx(document: Document, path: Path) -> Path:
    """Write the document to `path` atomically (see exports.atomic for the errors)."""
    return write_atomic(Path(path), docx_bytes(document))


def _landscape(section: etree._Element) -> None:
    size = section.find(f"{{{W}}}pgSz")
    width, height = size.get(f"{{{W}}}w"), size.get(f"{{{W}}}h")
    size.set(f"{{{W}}}w", height)
    size.set(f"{{{W}}}h", width)
    size.set(f"{{{W}}}orient", "landscape")


def _margins(section: etree._Element, margins: dict[str, int]) -> None:
    page = section.find(f"{{{W}}}pgMar")
    for key, value in margins.items():
        page.set(f"{{{W}}}{key}", str(value))


def _core_properties(word: docx.document.Document, document: Document) -> None:
    props = word.core_properties
    meta = document.meta
    props.title = meta.title
    props.author = meta.author or "OrgLife"
    props.subject = meta.subject
    props.last_modified_by = "OrgLife"
    props.revision = 1
    props.created = utc_naive(meta.created)
    props.modified = utc_naive(meta.modified)


DRAFT = "草稿（未定稿）"


def _draft_header(word: docx.document.Document) -> None:
    """A record not yet final says so at the head of every page, on the right."""
    header = word.sections[0].header
    header.is_linked_to_previous = False
    paragraph = header.paragraphs[0]
    paragraph.alignment = 2  # right
    run = paragraph.add_run(DRAFT)
    run.bold = True
