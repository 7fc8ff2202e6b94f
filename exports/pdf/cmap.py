"""Reading and writing a PDF ToUnicode CMap (CID -> text), the part of a PDF that text extraction reads."""

from __future__ import annotations

import re

_SECTION = re.compile(rb"begin(bfchar|bfrange)(.*?)end\1", re.S)
_HEX = re.compile(rb"<([0-9A-Fa-f]*)>|\[|\]")


def _text(hex_value: bytes) -> str:
    return bytes.fromhex(hex_value.decode()).decode("utf-16-be", errors="replace")


def parse(cmap: bytes) -> dict[int, str]:
    """CID -> text of a ToUnicode CMap (bfchar and bfrange, with arrays)."""
    result: dict[int, str] = {}
    for kind, body in _SECTION.findall(cmap):
        tokens = [m.group(0) if m.group(1) is None else m.group(1) for m in _HEX.finditer(body)]
        if kind == b"bfchar":
            for src, dst in zip(tokens[0::2], tokens[1::2], strict=False):
                result[int(src, 16)] = _text(dst)
            continue
        i = 0
        while i + 2 < len(tokens):
            first, last = int(tokens[i], 16), int(tokens[i + 1], 16)
            if tokens[i + 2] == b"[":
                end = tokens.index(b"]", i + 3)
                for offset, dst in enumerate(tokens[i + 3:end]):
                    result[first + offset] = _text(dst)
                i = end + 1
            else:
                start = _text(tokens[i + 2])
                for offset in range(last - first + 1):
                    result[first + offset] = start[:-1] + chr(ord(start[-1]) + offset)
                i += 3
    return result


def _utf16(text: str) -> str:
    return text.encode("utf-16-be").hex().upper()


def build(mapping: dict[int, str]) -> bytes:
    """A ToUnicode CMap with one bfchar line per CID (characters outside the BMP as surrogate pairs)."""
    items = sorted(mapping.items())
    chunks = []
    for start in range(0, len(items), 100):  # at most 100 entries per section
        part = items[start:start + 100]
        lines = "\n".join(f"<{cid:04X}> <{_utf16(text)}>" for cid, text in part)
        chunks.append(f"{len(part)} beginbfchar\n{lines}\nendbfchar")
    return (
        "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
        "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"
        + "\n".join(chunks)
        + "\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n"
    ).encode("ascii")
