"""Pages that read right: signatures with the last paragraph, no lone line of a split paragraph, a split table
closed by its rule, 整改清单 cells that do not break names and dates, the work book's numbering and words."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

from exports.documents import minutes_document, save_docx
from exports.model import Cell, Document, Signatures, Table, para
from exports.pdf.flow import Rule, Text, layout
from exports.pdf.writer import save_pdf
from models.domain import Attendance, BranchData, Rectification, Resolution, Vote
from tests.exports.readback import docx_text, paragraphs, pdftotext, squeeze

LINE = "字" * 36
SIGNATURES = Signatures(("主持人（签字）", "记录人（签字）"))


def _page_texts(document: Document) -> list[str]:
    return ["".join("".join(g.char for g in item.line.glyphs) for item in page.items if isinstance(item, Text))
            for page in layout(document)]


def test_the_signatures_go_over_with_the_last_paragraph(gui):
    last = "最后一段" + "记" * 100  # three lines, filling the first page but for the signatures
    document = Document(("标题",), (*[para(LINE, "plain")] * 26, para(last), SIGNATURES))
    pages = _page_texts(document)
    assert len(pages) == 2
    assert "主持人（签字）" in pages[1] and "最后一段" in pages[1] and "最后一段" not in pages[0]


def test_a_split_paragraph_leaves_two_lines_at_least_on_either_page(gui):
    verdict = "表决" + "过" * 104  # three lines, one of which would fit on the first page
    document = Document(("标题",), (*[para(LINE, "plain")] * 29, para(verdict), SIGNATURES))
    pages = _page_texts(document)
    assert "表决" not in pages[0] and pages[1].startswith("表决") and pages[1].count("过") == 104


def test_a_table_split_across_pages_closes_with_its_bottom_rule(gui):
    rows = tuple((Cell(str(i), center=True), Cell("内容" * 20)) for i in range(40))
    document = Document(("标题",), (Table(rows, (1, 5)),))
    pages = layout(document)
    assert len(pages) >= 2
    for page in pages:
        texts = [i for i in page.items if isinstance(i, Text) and i.line.glyphs]
        lowest = max(t.top + t.pitch for t in texts)
        rules = [r for r in page.items if isinstance(r, Rule) and r.y1 == r.y2]
        assert max(r.y1 for r in rules) >= lowest - 0.01  # a rule under the last row of every page


def test_rectification_names_and_dates_do_not_break(data: BranchData, gui, tmp_path: Path):
    meeting = next(m for m in data.meetings if m.type == "org_life_meeting")
    person = dataclasses.replace(data.members[0], name="欧阳慧敏")
    item = Rectification("rx", "理论学习不够系统深入", meeting=meeting.id, measures="制定学习计划",
                         responsible=person.id, due=date(2026, 12, 31))
    branch = dataclasses.replace(data, members=(person, *data.members[1:]),
                                 rectifications=(*data.rectifications, item))
    pdf = tmp_path / "m.pdf"
    save_pdf(minutes_document(branch, meeting), pdf)
    page_text = squeeze(pdftotext(pdf))  # as laid out: a cell broken in two would be split by its neighbours
    assert "欧阳慧敏" in page_text and "2026年12月31日" in page_text and "整改中" in page_text


def test_org_life_minutes_number_their_parts_with_the_second_level(data: BranchData, tmp_path: Path):
    meeting = next(m for m in data.meetings if m.type == "org_life_meeting")
    texts = paragraphs(save_docx(minutes_document(data, meeting), tmp_path / "m.docx"))
    names = {p.id: p.name for p in data.members}
    assert "（一）征求意见" in texts and "（二）对照检查" in texts
    assert f"（一）{names[meeting.criticisms[0].member]}" in texts


def test_empty_sections_are_left_out_and_empty_cells_stay_empty(data: BranchData, tmp_path: Path):
    base = next(m for m in data.meetings if m.type == "general_meeting")
    bare = dataclasses.replace(base, summary="", resolutions=(), guests=(), notes="", amendments=())
    path = save_docx(minutes_document(data, bare), tmp_path / "m.docx")
    texts = paragraphs(path)
    assert not any("主持人小结" in t or "会议决议" in t for t in texts)
    assert "无" not in texts
    from tests.exports.test_docx_minutes import cell_after

    assert cell_after(path, "列席人员") == ""


def test_lectures_and_theme_days_name_their_content(data: BranchData, tmp_path: Path):
    for kind, head in (("party_lecture", "党课内容"), ("theme_day", "活动内容")):
        meeting = next(m for m in data.meetings if m.type == kind)
        texts = paragraphs(save_docx(minutes_document(data, meeting), tmp_path / f"{kind}.docx"))
        assert any(t.endswith(f"、{head}") for t in texts) and not any(t.endswith("、会议内容") for t in texts)


def test_a_committee_vote_speaks_of_its_members(data: BranchData, tmp_path: Path):
    meeting = next(m for m in data.meetings if m.type == "committee_meeting")
    voted = dataclasses.replace(meeting, resolutions=(Resolution("同意接收预备党员", vote=Vote(3, 0, 0)),))
    text = docx_text(save_docx(minutes_document(data, voted), tmp_path / "c.docx"))
    assert "委员" in text and "有表决权党员" not in text and "有表决权应到" not in text


def test_an_absence_reason_with_brackets_does_not_nest_them(data: BranchData, tmp_path: Path):
    base = next(m for m in data.meetings if m.type == "general_meeting")
    member = base.attendance[0].member
    odd = dataclasses.replace(base, attendance=(Attendance(member, "leave", "住院（已报备）"), *base.attendance[1:]))
    from tests.exports.test_docx_minutes import cell_after

    path = save_docx(minutes_document(data, odd), tmp_path / "m.docx")
    absent = cell_after(path, "缺席人员及原因")
    name = next(p.name for p in data.members if p.id == member)
    assert absent.startswith(f"{name}（请假）：住院（已报备）")


def test_bold_text_and_emoji_keep_their_characters_in_the_text_layer(gui, tmp_path: Path):
    from exports.model import labelled

    document = Document(("标题",), (labelled("吉𠮷", "发言 😀 完"), para("普通 𠮷野家")))
    pdf = tmp_path / "b.pdf"
    save_pdf(document, pdf)
    text = squeeze(pdftotext(pdf))
    assert "吉𠮷：发言😀完" in text and "普通𠮷野家" in text


def test_a_draft_says_so_on_every_page_in_pdf_and_word(data: BranchData, gui, tmp_path: Path):
    from tests.exports.generated import made_up_meetings

    made = made_up_meetings(data, 5, 4)
    draft = next(m for m in made.meetings if m.status == "draft" and len(m.speeches) > 3)
    document = minutes_document(made, draft)
    pdf = tmp_path / "d.pdf"
    pages = save_pdf(document, pdf)
    assert pages > 1 and all("草稿" in pdftotext(pdf, page) for page in range(1, pages + 1))
    import docx

    word = docx.Document(str(save_docx(document, tmp_path / "d.docx")))
    assert "草稿" in word.sections[0].header.paragraphs[0].text
    final = next(m for m in data.meetings if m.status == "final")
    save_pdf(minutes_document(data, final), tmp_path / "f.pdf")
    assert "草稿" not in pdftotext(tmp_path / "f.pdf")


def test_the_report_names_periods_meetings_and_dates_in_words(data: BranchData):
    from exports.archive.report import period_words, report_document, report_json

    words = [period_words(p) for p in ("2025-Q1", "2025-Q4", "2025-03", "2025")]
    assert words == ["第一季度", "第四季度", "3月", "全年"]
    report, _ = report_json(data, 2025, date(2025, 12, 31))
    text = report_document(data, 2025, report, "2025-12-31T00:00:00+08:00").plain_text()
    assert "统计截至2025年12月31日" in text and "2025-Q" not in text and "-Q1" not in text
    voted = next(m for m in data.meetings if any(r.vote for r in m.resolutions))
    assert f"{voted.date.year}年{voted.date.month}月{voted.date.day}日“{voted.title}”（2025年第1次" in text
    assert "记录）第 1 项决议" in text
    assert voted.id not in text


def test_a_heading_goes_over_with_the_last_paragraph_and_the_signatures(gui):
    """三、主持人小结 must not stay alone at the foot of a page when its paragraph goes over with the signatures."""
    from exports.model import heading

    summary = "小结" + "记" * 60  # two lines: they fit after the heading, the signatures do not
    document = Document(("标题",), (*[para(LINE, "plain")] * 26, heading("三、主持人小结"), para(summary),
                                   SIGNATURES))
    pages = _page_texts(document)
    assert len(pages) == 2
    assert "主持人小结" in pages[1] and "小结记" in pages[1] and "主持人小结" not in pages[0]
