"""Reading documents back the way a user's program would: python-docx for Word, pdftotext for PDF."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import docx
import pytest


def docx_text(path: Path) -> str:
    """The body's paragraphs, then every table cell (python-docx's view of the file)."""
    return "\n".join(paragraphs(path) + cells(path))


def paragraphs(path: Path) -> list[str]:
    """The body's paragraphs as python-docx gives them (line breaks as \\n, tabs as \\t)."""
    return [p.text for p in docx.Document(str(path)).paragraphs]


def cells(path: Path) -> list[str]:
    """Every table cell's text, first table first."""
    word = docx.Document(str(path))
    return [cell.text for table in word.tables for row in table.rows for cell in row.cells]


def pdftotext(path: Path, page: int | None = None, raw: bool = False) -> str:
    """The PDF's text layer as poppler reads it (all pages, or one); skips the test where poppler is missing.

    `raw`: in the order it was drawn (a table's cells one after another) rather than as laid out on the page.
    """
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler) is not installed")
    pages = ["-f", str(page), "-l", str(page)] if page is not None else []
    mode = ["-raw"] if raw else []
    return subprocess.run(["pdftotext", "-enc", "UTF-8", *mode, *pages, str(path), "-"], check=True,
                          capture_output=True,
                          text=True, encoding="utf-8").stdout


def pdf_pages(path: Path) -> int:
    """The number of pages, read with pikepdf (a dependency of the program)."""
    import pikepdf

    with pikepdf.open(path) as pdf:
        return len(pdf.pages)


def squeeze(text: str) -> str:
    """Text without white space, for checks that must not depend on where a line was broken."""
    return "".join(text.split())


def convert_with_libreoffice(paths: list[Path], folder: Path) -> Path:
    """Convert Word files to PDF the way a clerk's office suite opens them; returns the folder of the PDFs.

    One soffice call for all the files; the files a call left unconverted (it stops after a few hundred) go
    to another call.
    """
    if shutil.which("soffice") is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    out = folder / "pdf"
    todo = list(paths)
    for _ in range(4):
        result = subprocess.run(
            ["soffice", f"-env:UserInstallation=file://{folder}/lo-profile", "--headless", "--convert-to", "pdf",
             "--outdir", str(out), *map(str, todo)],
            capture_output=True, text=True, timeout=600,
        )
        assert result.returncode == 0, result.stderr
        todo = [p for p in todo if not (out / f"{p.stem}.pdf").exists()]
        if not todo:
            break
    return out
