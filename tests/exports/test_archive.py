"""The annual archive: its files, the catalogue against the records, the manifest, the data, the same bytes."""

from __future__ import annotations

import hashlib
import io
import json
import os
import shutil
import subprocess
import zipfile
from datetime import date
from pathlib import Path

import docx
import openpyxl
import pikepdf
import pytest

from exports.archive import build_archive
from exports.archive.items import safe_name, year_items
from models.domain import BranchData
from models.interchange import read_branch
from models.rules import compliance_json, compliance_report
from tests.exports.readback import pdftotext, squeeze

YEAR = 2025


@pytest.fixture(scope="module")
def built(qapp: object, data: BranchData, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list]:
    calls: list[tuple[int, int, str]] = []
    out = tmp_path_factory.mktemp("archive")
    zip_path = build_archive(data, YEAR, out, progress=lambda d, t, label: calls.append((d, t, label)))
    return zip_path, calls


def folder_of(zip_path: Path) -> Path:
    return zip_path.with_suffix("")


def test_the_archive_holds_every_part(built: tuple[Path, list], data: BranchData):
    zip_path, _ = built
    folder = folder_of(zip_path)
    names = {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()}
    for expected in ("归档文件目录.docx", "归档文件目录.xlsx", f"{YEAR}年度会议记录汇编.pdf",
                     f"{YEAR}年度组织生活落实情况.docx", f"{YEAR}年度组织生活落实情况.json",
                     f"{YEAR}年度党员出席统计.xlsx", f"{YEAR}年度数据.orglife.json", "manifest.json"):
        assert expected in names
    records = [n for n in names if n.startswith("文件/")]
    count = sum(m.date.year == YEAR for m in data.meetings) + sum(t.date.year == YEAR for t in data.talks)
    assert len(records) == 2 * count
    assert "文件/J012-WS·2025-Y-DZB-0001 2025年第1次支部委员会会议记录（研究部署2025年度党建工作要点）.pdf" in names
    with zipfile.ZipFile(zip_path) as archive:
        assert {n.split("/", 1)[1] for n in archive.namelist()} == names


def test_the_catalogue_matches_the_records_and_their_pages(built: tuple[Path, list], data: BranchData):
    folder = folder_of(built[0])
    items = year_items(data, YEAR)
    sheet = openpyxl.load_workbook(folder / "归档文件目录.xlsx").active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[1] == ("序号", "档号", "文号", "责任者", "题名", "日期", "密级", "页数", "备注")
    body = rows[2:-1]  # the last row: 合计
    assert [r[1] for r in body] == [f"J012-WS·2025-Y-DZB-{n:04d}" for n in range(1, len(items) + 1)]
    dates = [r[5] for r in body]
    assert dates == sorted(dates) and dates[0] == "20250108"
    for row, item in zip(body, items, strict=True):
        assert row[4] == item.title and row[3] == data.branch.name
        pdf = next((folder / "文件").glob(f"{item.code} *.pdf"))
        assert row[7] == len(pikepdf.open(pdf).pages)
    word = docx.Document(str(folder / "归档文件目录.docx"))
    table = word.tables[0]
    assert [c.text for c in table.rows[0].cells] == list(rows[1])
    assert [table.rows[i + 1].cells[1].text for i in range(len(items))] == [r[1] for r in body]
    assert rows[-1][0] == "合计" and rows[-1][7] == sum(r[7] for r in body)


def test_the_manifest_has_the_hash_of_every_file(built: tuple[Path, list]):
    folder = folder_of(built[0])
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    listed = {f["path"]: f["sha256"] for f in manifest["files"]}
    files = [p for p in folder.rglob("*") if p.is_file() and p.name != "manifest.json"]
    assert len(listed) == len(files)
    for path in files:
        assert listed[path.relative_to(folder).as_posix()] == hashlib.sha256(path.read_bytes()).hexdigest()


def test_the_year_data_reads_back_and_the_report_is_the_rules(built: tuple[Path, list], data: BranchData):
    folder = folder_of(built[0])
    year_text = (folder / f"{YEAR}年度数据.orglife.json").read_text(encoding="utf-8")
    assert json.loads(year_text)["version"] == 2  # the current version of the format (docs/formats.md)
    year_data = read_branch(year_text)
    assert {m.id for m in year_data.meetings} == {m.id for m in data.meetings if m.date.year == YEAR}
    assert {t.id for t in year_data.talks} == {t.id for t in data.talks if t.date.year == YEAR}
    report = (folder / f"{YEAR}年度组织生活落实情况.json").read_text(encoding="utf-8")
    assert report == compliance_json(compliance_report(data, YEAR, date(YEAR, 12, 31)))
    text = "\n".join(p.text for p in docx.Document(str(folder / f"{YEAR}年度组织生活落实情况.docx")).paragraphs)
    assert "书记讲党课" in text and "应到会有表决权党员 6 人，实到 5 人" in text


def test_attendance_statistics_per_member_and_kind(built: tuple[Path, list]):
    sheet = openpyxl.load_workbook(folder_of(built[0]) / f"{YEAR}年度党员出席统计.xlsx").active
    rows = list(sheet.iter_rows(values_only=True))
    header = rows[1]
    zhang = next(r for r in rows if r[0] == "张敏")
    assert zhang[header.index("支部党员大会（实到/应到）")] == "0/1"  # on leave for the only general meeting
    assert zhang[header.index("请假")] >= 1
    assert 0 <= zhang[header.index("出席率")] < 1


def test_the_volume_has_running_page_numbers_and_a_bookmark_per_record(built: tuple[Path, list], data: BranchData):
    folder = folder_of(built[0])
    path = folder / f"{YEAR}年度会议记录汇编.pdf"
    records = sum(len(pikepdf.open(p).pages) for p in (folder / "文件").glob("*.pdf"))
    flat = squeeze(pdftotext(path))
    assert f"{YEAR}年度汇编第1页共{records}页" in flat and f"第{records}页共{records}页" in flat
    with pikepdf.open(path) as pdf, pdf.open_outline() as outline:
        marks = [item.title for item in outline.root]
    assert marks[2:-1] == [f"{i.code} {i.title}" for i in year_items(data, YEAR)]


def test_progress_is_told_up_to_the_end(built: tuple[Path, list]):
    calls = built[1]
    done = [c[0] for c in calls]
    assert done == sorted(done) and calls[-1][0] == calls[-1][1]
    assert any("PDF" in c[2] for c in calls)


def test_two_builds_are_byte_identical(built: tuple[Path, list], qapp: object, data: BranchData, tmp_path: Path):
    again = build_archive(data, YEAR, tmp_path)
    assert again.read_bytes() == built[0].read_bytes()
    with zipfile.ZipFile(io.BytesIO(again.read_bytes())) as archive:
        assert {i.date_time for i in archive.infolist()} == {(2025, 12, 19, 10, 0, 0)}  # the last record's change


def test_file_names_are_safe_on_windows():
    assert safe_name('会议: "A/B" <草稿>|?*') == "会议_ _A_B_ _草稿____"
    assert safe_name("CON") == "_CON" and safe_name("记录. ") == "记录"
    assert len(safe_name("长" * 300)) == 90


def test_word_files_written_in_a_second_process_are_the_same(data: BranchData, tmp_path: Path):
    from exports.archive import words
    from exports.archive.items import item_file_stem
    from exports.documents import record_document

    items = year_items(data, YEAR)[:3]
    stems = [item_file_stem(i) for i in items]
    documents = [record_document(data, i.record) for i in items]
    here, there = tmp_path / "here", tmp_path / "there"
    for folder in (here, there):
        (folder / words.RECORDS_DIR).mkdir(parents=True)
    words.write_words(here, data, YEAR, "2025-12-19T10:00:00+08:00", stems, documents)
    pool, written = words.start(there, data, YEAR, "2025-12-19T10:00:00+08:00", stems, documents)
    with pool:
        written.result()
    files = sorted(p.relative_to(here) for p in here.rglob("*") if p.is_file())
    assert len(files) == 3 + 4
    assert all((here / f).read_bytes() == (there / f).read_bytes() for f in files)


def test_a_year_without_records_still_gives_a_complete_archive(qapp: object, data: BranchData, tmp_path: Path):
    import dataclasses

    no_fonds = dataclasses.replace(data, branch=dataclasses.replace(data.branch, fonds_code="", short_name=""))
    zip_path = build_archive(no_fonds, 2031, tmp_path)
    folder = folder_of(zip_path)
    assert zip_path.name == f"{data.branch.name} 2031年度归档.zip"
    rows = list(openpyxl.load_workbook(folder / "归档文件目录.xlsx").active.iter_rows(values_only=True))
    assert len(rows) == 3 and rows[-1][4] == "共 0 件 0 页"  # the caption, the header and the totals
    assert not (folder / "2031年度会议记录汇编.pdf").exists()
    assert read_branch((folder / "2031年度数据.orglife.json").read_text(encoding="utf-8")).meetings == ()


def test_archive_codes_without_a_fonds_code(data: BranchData):
    import dataclasses

    no_fonds = dataclasses.replace(data, branch=dataclasses.replace(data.branch, fonds_code=""))
    assert year_items(no_fonds, YEAR)[6].code == "WS·2025-Y-DZB-0007"


def test_long_names_are_cut_with_an_ellipsis_and_no_open_bracket():
    name = safe_name("2025年第3次支部委员会会议记录（关于" + "长" * 120 + "的决议）")
    assert len(name) <= 90 and name.endswith("…") and "（" not in name
    assert safe_name("短名（一）") == "短名（一）"


def test_zip_entries_carry_utf8_names_and_unix_modes(built: tuple[Path, list], tmp_path: Path):
    zip_path, _ = built
    with zipfile.ZipFile(zip_path) as archive:
        infos = archive.infolist()
    assert all(i.flag_bits & 0x800 and i.create_system == 3 and (i.external_attr >> 16) == 0o100644 for i in infos)
    if shutil.which("unzip") is None:
        pytest.skip("unzip is not installed")
    subprocess.run(["unzip", "-q", str(zip_path), "-d", str(tmp_path)], check=True)
    names = sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*") if p.is_file())
    assert names == sorted(i.filename for i in infos)  # Linux unzip reads the Chinese names as written


def test_archive_files_are_readable_by_the_group(built: tuple[Path, list]):
    zip_path, _ = built
    files = [zip_path, *(p for p in folder_of(zip_path).rglob("*") if p.is_file())]
    umask = os.umask(0o022)
    os.umask(umask)
    assert {p.name: p.stat().st_mode & 0o777 for p in files} == {p.name: 0o666 & ~umask for p in files}


def test_the_years_report_says_so_when_a_section_has_nothing() -> None:
    from datetime import date

    from exports.archive.report import report_document
    from models.domain import Branch, BranchData
    from models.rules import compliance_report

    data = BranchData(Branch("支部"))
    text = report_document(data, 2025, compliance_report(data, 2025, date(2025, 12, 31)),
                           "2025-12-31T00:00:00+08:00").plain_text()
    assert "本年度的会议记录中没有表决。" in text and "本年度尚未记录民主评议党员。" in text


def test_a_password_protected_copy_holds_every_file_encrypted(built: tuple[Path, list], tmp_path: Path):
    import pyzipper

    from exports.archive.protected import protect
    from exports.errors import ExportError

    zip_path, _calls = built
    protected = protect(zip_path, "报送用密码2026")
    assert protected.name.endswith("2025年度归档（加密）.zip") and protected.parent == zip_path.parent
    with zipfile.ZipFile(zip_path) as plain:
        expected = {name: plain.read(name) for name in plain.namelist()}
    with pyzipper.AESZipFile(protected) as encrypted:
        assert all(info.flag_bits & 0x1 for info in encrypted.infolist())  # every entry encrypted
        with pytest.raises(RuntimeError):
            encrypted.read(encrypted.namelist()[0])  # no password: nothing
        encrypted.setpassword("报送用密码2025".encode())
        with pytest.raises(RuntimeError):
            encrypted.read(encrypted.namelist()[0])
        encrypted.setpassword("报送用密码2026".encode())
        assert {name: encrypted.read(name) for name in encrypted.namelist()} == expected
    with pytest.raises(ExportError, match="太短"):
        protect(zip_path, "12345")


def test_a_record_cut_in_the_second_process_is_the_one_cut_here(qapp: object, data: BranchData, tmp_path: Path):
    from exports.archive import words
    from exports.documents import record_document
    from exports.pdf.batch import render_batch
    from exports.pdf.split import extract

    documents = [record_document(data, m) for m in data.meetings[:3]]
    batch = render_batch(documents)
    try:
        here = [extract(batch, pages, d.meta) for d, pages in zip(documents, batch.ranges, strict=True)]
        batch.pdf.save(tmp_path / "pass.pdf")
    finally:
        batch.close()
    words.cut_records(tmp_path / "pass.pdf", tmp_path,
                      [(f"r{i}", pages, d.meta) for i, (d, pages) in enumerate(zip(documents, batch.ranges,
                                                                                       strict=True))])
    assert [(tmp_path / f"r{i}.pdf").read_bytes() for i in range(3)] == here
