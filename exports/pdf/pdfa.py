"""The PDF/A-1b identity of a file, made from the record instead of the clock (same data, same bytes).

Qt writes the current time as /CreationDate and into the XMP packet, and a random /ID and DocumentID.
We replace the document information and the XMP with values derived from the document's Meta, and
pikepdf writes an /ID computed from the content.
"""

from __future__ import annotations

import hashlib
import uuid
from datetime import datetime
from xml.sax.saxutils import escape

import pikepdf

from exports.model import Meta

PRODUCER = "OrgLife"
_EPOCH = datetime.fromisoformat("2000-01-01T00:00:00+08:00")


def _parse(value: str) -> datetime:
    try:
        parsed = datetime.fromisoformat(value)
    except (TypeError, ValueError):
        return _EPOCH
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=_EPOCH.tzinfo)


def pdf_date(value: str) -> str:
    """An ISO 8601 timestamp as a PDF date, D:20250312164000+08'00'."""
    moment = _parse(value)
    offset = moment.strftime("%z") or "+0000"
    return f"D:{moment:%Y%m%d%H%M%S}{offset[:3]}'{offset[3:]}'"


def xmp_date(value: str) -> str:
    return _parse(value).isoformat()


def xmp_packet(meta: Meta) -> bytes:
    doc_id = uuid.uuid5(uuid.NAMESPACE_URL, f"orglife:{meta.title}:{meta.created}")
    created, modified = xmp_date(meta.created), xmp_date(meta.modified)
    return (
        "<?xpacket begin='\ufeff' id='W5M0MpCehiHzreSzNTczkc9d'?>"
        '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">'
        f'<dc:title><rdf:Alt><rdf:li xml:lang="x-default">{escape(meta.title)}</rdf:li></rdf:Alt></dc:title>'
        f"<dc:creator><rdf:Seq><rdf:li>{escape(meta.author)}</rdf:li></rdf:Seq></dc:creator>"
        f'<dc:description><rdf:Alt><rdf:li xml:lang="x-default">{escape(meta.subject)}</rdf:li></rdf:Alt>'
        "</dc:description></rdf:Description>"
        f'<rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/" pdf:Producer="{PRODUCER}"/>'
        f'<rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmp:CreatorTool="{PRODUCER}" '
        f'xmp:CreateDate="{created}" xmp:ModifyDate="{modified}" xmp:MetadataDate="{modified}"/>'
        f'<rdf:Description rdf:about="" xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/" '
        f'xmpMM:DocumentID="uuid:{doc_id}" xmpMM:InstanceID="uuid:{doc_id}"/>'
        '<rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/" '
        'pdfaid:part="1" pdfaid:conformance="B"/>'
        "</rdf:RDF></x:xmpmeta>" + " " * 200 + "<?xpacket end='w'?>"
    ).encode("utf-8")


def set_identity(pdf: pikepdf.Pdf, meta: Meta) -> None:
    """Document information and XMP metadata that agree with each other and with the record."""
    info = pikepdf.Dictionary(
        Title=pikepdf.String(meta.title),
        Author=pikepdf.String(meta.author),
        Subject=pikepdf.String(meta.subject),
        Creator=pikepdf.String(PRODUCER),
        Producer=pikepdf.String(PRODUCER),
        CreationDate=pikepdf.String(pdf_date(meta.created)),
        ModDate=pikepdf.String(pdf_date(meta.modified)),
    )
    pdf.trailer.Info = pdf.make_indirect(info)
    metadata = pdf.make_stream(xmp_packet(meta))
    metadata.Type = pikepdf.Name.Metadata
    metadata.Subtype = pikepdf.Name.XML
    pdf.Root.Metadata = metadata
    # The first /ID is the file's permanent identifier: derived from the record, not random (pikepdf's
    # deterministic_id then writes the second from the content).
    permanent = uuid.uuid5(uuid.NAMESPACE_URL, f"orglife:{meta.title}:{meta.created}").bytes
    pdf.trailer.ID = pikepdf.Array([pikepdf.String(permanent), pikepdf.String(permanent)])


def stable_subset_tags(pdf: pikepdf.Pdf) -> None:
    """Qt tags each embedded font subset (QWAAAA+…) from a per-process counter; derive it from the subset."""
    for obj in pdf.objects:
        if not isinstance(obj, pikepdf.Dictionary) or obj.get("/Type") != "/FontDescriptor":
            continue
        name, font = str(obj.get("/FontName", "")), obj.get("/FontFile2")
        if "+" not in name or font is None:
            continue
        digest = hashlib.sha256(font.read_raw_bytes()).digest()
        tag = "".join(chr(ord("A") + b % 26) for b in digest[:6])
        obj.FontName = pikepdf.Name("/" + tag + "+" + name.split("+", 1)[1])
