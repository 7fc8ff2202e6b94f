"""The year's paper volume as an archivist receives it: cover, 卷内目录, the records, 备考表; a catalogue dense enough
to read whose totals match the files; fonts embedded once; a text layer that gives back what was typed."""

from __future__ import annotations

import dataclasses
import io
import re
from pathlib import Path

import docx
import openpyxl
import pikepdf
import pytest

from exports.archive import build_archive
from exports.archive.catalogue import catalogue_document, catalogue_xlsx
from exports.archive.items import year_items
from exports.pdf.writer import pdf_bytes_and_pages
from models.domain import BranchData, Speech
from tests.exports.readback import pdftotext, squeeze

YEAR = 2025
CODE = re.compile(r"J012-WS·\d{4}-Y-DZB-\d{4}")
SPEAKER = "吉𠮷"
ODD = "发言😀🫨\U000F0000完"  # 🫨 and a private-use character: no face here has them


@pytest.fixture(scope="module")
def odd_data(data: BranchData) -> BranchData:
    """The sample with a member called 吉𠮷 speaking (in bold) at a 主题党日, emoji in the speech."""
    day = next(m for m in data.meetings if m.type == "theme_day" and m.date.year == YEAR)
    member = day.host
    members = tuple(dataclasses.replace(p, name=SPEAKER) if p.id == member else p for p in data.members)
    speeches = (Speech(ODD, speaker=member), *day.speeches)
    meetings = tuple(dataclasses.replace(m, speeches=speeches) if m is day else m for m in data.meetings)
    return dataclasses.replace(data, members=members, meetings=meetings)


@pytest.fixture(scope="module")
def folder(qapp: object, odd_data: BranchData, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_archive(odd_data, YEAR, tmp_path_factory.mktemp("volume")).with_suffix("")


def record_pdfs(folder: Path) -> list[Path]:
    return sorted((folder / "文件").glob("*.pdf"))


def totals(folder: Path) -> tuple[int, int]:
    """件 and 页 as the files say: the records' PDFs and their pages."""
    pdfs = record_pdfs(folder)
    return len(pdfs), sum(len(pikepdf.open(p).pages) for p in pdfs)


def volume(folder: Path) -> Path:
    return folder / f"{YEAR}年度会议记录汇编.pdf"


def catalogue_pages(folder: Path) -> int:
    return len(pikepdf.open(folder / "归档文件目录.pdf").pages)


def test_the_cover_names_the_branch_year_retention_items_and_pages(folder: Path, odd_data: BranchData):
    items, pages = totals(folder)
    cover = squeeze(pdftotext(volume(folder), 1))
    assert squeeze(odd_data.branch.name) in cover and f"{YEAR}年度会议记录" in cover
    assert "全宗号J012" in cover and f"年度{YEAR}年" in cover and "保管期限永久" in cover
    assert f"件数{items}件" in cover and f"页数{pages}页" in cover
    assert "第1页" not in cover  # a cover has no page number


def test_the_volume_is_cover_catalogue_records_and_record_sheet_in_that_order(folder: Path, odd_data: BranchData):
    items, pages = totals(folder)
    contents = catalogue_pages(folder)
    pdf = pikepdf.open(volume(folder))
    assert len(pdf.pages) == 1 + contents + pages + 1
    assert f"{YEAR}年度卷内目录" in squeeze(pdftotext(volume(folder), 2))
    first_record = squeeze(pdftotext(volume(folder), 2 + contents))
    assert f"{YEAR}年度汇编第1页共{pages}页" in first_record  # the running number counts the records' pages only
    last_record = squeeze(pdftotext(volume(folder), 1 + contents + pages))
    assert f"{YEAR}年度汇编第{pages}页共{pages}页" in last_record
    sheet = squeeze(pdftotext(volume(folder), len(pdf.pages)))
    for words in ("卷内备考表", "本卷情况说明", "立卷人", "检查人", "立卷时间", f"共{items}件{pages}页"):
        assert words in sheet
    assert "汇编第" not in sheet


def test_the_volume_opens_with_its_bookmarks_at_each_part(folder: Path, odd_data: BranchData):
    pdf = pikepdf.open(volume(folder))
    assert pdf.Root.PageMode == pikepdf.Name.UseOutlines
    where = {page.objgen: index for index, page in enumerate(pdf.pages)}
    with pdf.open_outline() as outline:
        marks = [(item.title, where[item.destination[0].objgen]) for item in outline.root]
    items = year_items(odd_data, YEAR)
    contents = catalogue_pages(folder)
    assert [t for t, _ in marks] == ["封面", "卷内目录", *(f"{i.code} {i.title}" for i in items), "卷内备考表"]
    first = 1 + contents
    for (_title, page), pdf_path in zip(marks[2:-1], record_pdfs(folder), strict=True):
        assert page == first  # each record's bookmark is at its first page; its pages follow
        first += len(pikepdf.open(pdf_path).pages)
    assert marks[-1][1] == first


def test_the_catalogue_totals_match_the_files_in_pdf_word_and_xlsx(folder: Path):
    items, pages = totals(folder)
    line = f"共{items}件{pages}页"
    assert line in squeeze(pdftotext(folder / "归档文件目录.pdf"))
    assert line in [squeeze(p.text) for p in docx.Document(str(folder / "归档文件目录.docx")).paragraphs]
    rows = list(openpyxl.load_workbook(folder / "归档文件目录.xlsx").active.iter_rows(values_only=True))
    assert rows[-1][0] == "合计" and squeeze(rows[-1][4]) == line and rows[-1][7] == pages
    assert sum(r[7] for r in rows[2:-1]) == pages and len(rows[2:-1]) == items


def test_each_font_is_embedded_once_in_the_volume(folder: Path):
    pdf = pikepdf.open(volume(folder))
    programs = [obj for obj in pdf.objects
                if isinstance(obj, pikepdf.Dictionary) and obj.get("/Type") == "/FontDescriptor"]
    faces = [str(d.FontName).split("+")[-1] for d in programs]
    assert len(faces) == len(set(faces)) and len(faces) <= 8, faces  # was five a record, 60 here
    fonts = sum(1 for obj in pdf.objects if isinstance(obj, pikepdf.Dictionary) and obj.get("/Type") == "/Font"
                and obj.get("/Subtype") == "/Type0")
    assert fonts == len(faces)


def test_a_record_cut_from_the_volume_keeps_only_its_own_glyphs(folder: Path):
    sizes = []
    for path in record_pdfs(folder):
        pdf = pikepdf.open(path)
        for obj in pdf.objects:
            if isinstance(obj, pikepdf.Dictionary) and obj.get("/Type") == "/FontDescriptor":
                sizes.append(len(obj.FontFile2.read_bytes()))
    pdf = pikepdf.open(volume(folder))
    whole = [len(obj.FontFile2.read_bytes()) for obj in pdf.objects
             if isinstance(obj, pikepdf.Dictionary) and obj.get("/Type") == "/FontDescriptor"]
    assert max(sizes) < max(whole)
    one = record_pdfs(folder)[0]
    assert len(one.read_bytes()) < len(volume(folder).read_bytes()) / 3


def test_bold_text_and_emoji_read_back_from_the_record_and_the_volume(folder: Path):
    day = next(p for p in record_pdfs(folder) if "主题党日" in p.name)
    assert f"{SPEAKER}：{ODD}" in squeeze(pdftotext(day))
    assert f"{SPEAKER}：{ODD}" in squeeze(pdftotext(volume(folder)))


def test_the_catalogue_has_fifteen_rows_a_page_and_each_code_on_one_line(gui: object, tmp_path: Path):
    from bench.generate import generate_branch

    data = generate_branch()
    items = year_items(data, 2025)
    pages = [2] * len(items)
    document = catalogue_document(data, 2025, items, pages, "2025-12-31T00:00:00+08:00")
    raw, count = pdf_bytes_and_pages(document)
    with pikepdf.open(io.BytesIO(raw)) as pdf:
        assert len(pdf.pages) == count and pdf.pages[0].mediabox[2] > pdf.pages[0].mediabox[3]  # landscape
    path = tmp_path / "c.pdf"
    path.write_bytes(raw)
    rows = [len(CODE.findall(pdftotext(path, page))) for page in range(1, count + 1)]
    assert sum(rows) == len(items)  # every 档号 whole on one line
    assert min(rows[:-1]) >= 15, rows
    assert f"共{len(items)}件{sum(pages)}页" in squeeze(pdftotext(path, count))


def test_the_xlsx_catalogue_prints_landscape_with_its_header_on_every_page(data: BranchData):
    from datetime import datetime

    items = year_items(data, YEAR)
    sheet = openpyxl.load_workbook(io.BytesIO(catalogue_xlsx(data, YEAR, items, [1] * len(items),
                                                             datetime(2025, 12, 31)))).active
    assert sheet.page_setup.orientation == "landscape" and int(sheet.page_setup.paperSize) == 9  # A4
    assert sheet.print_title_rows == "$2:$2"
    assert sheet.sheet_properties.pageSetUpPr.fitToPage and sheet.page_setup.fitToWidth == 1
    assert sheet.page_setup.fitToHeight == 0
    assert {cell.font.name for row in sheet.iter_rows() for cell in row if cell.value is not None} == {"宋体"}
