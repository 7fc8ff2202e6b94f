"""Every kind of record written to Word and read back with python-docx."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import docx
import pytest

from exports.documents import minutes_document, record_document, save_docx, save_sign_in_sheet, talk_document
from models.domain import BranchData, Meeting
from tests.exports.readback import cells, docx_text, paragraphs

KINDS = ("general_meeting", "committee_meeting", "group_meeting", "party_lecture", "theme_day",
         "org_life_meeting", "democratic_evaluation")


def first(data: BranchData, kind: str) -> Meeting:
    return next(m for m in data.meetings if m.type == kind)


def cell_after(path: Path, label: str) -> str:
    """The value in the cell right of the label `label` in the facts table."""
    texts = cells(path)
    return texts[texts.index(label) + 1]


@pytest.mark.parametrize("kind", KINDS)
def test_every_kind_has_the_header_the_signatures_and_the_page_fields(data: BranchData, kind: str, tmp_path: Path):
    meeting = first(data, kind)
    path = save_docx(minutes_document(data, meeting), tmp_path / f"{kind}.docx")
    texts = paragraphs(path)
    assert texts[0] == data.branch.name
    assert texts[1].startswith(f"{meeting.date.year}年") and "第1次" in texts[1] and texts[1].endswith("记录")
    assert " " not in texts[1]  # no half-width space between Chinese words
    assert cell_after(path, "会议名称" if kind != "theme_day" else "活动名称") == meeting.title
    assert cell_after(path, "地点") == meeting.location
    names = {p.id: p.name for p in data.members}
    assert cell_after(path, "主持人") == names[meeting.host]
    assert cell_after(path, "记录人") == names[meeting.recorder]
    assert cell_after(path, "应到人数") == f"{len(meeting.attendance)} 人"
    present = sum(a.status in ("present", "late", "left_early") for a in meeting.attendance)
    assert cell_after(path, "实到人数") == f"{present} 人"
    assert cell_after(path, "会议议程").split("\n") == [f"{i}. {a}" for i, a in enumerate(meeting.agenda, 1)] or [
        "无"]
    assert "主持人（签字）：" in texts[-1] and "记录人（签字）：" in texts[-1]
    for speech in meeting.speeches:
        assert any(speech.content in t for t in texts)
    footer = zipfile.ZipFile(path).read("word/footer1.xml").decode()
    assert re.search(r"第 .*<w:instrText[^>]*> PAGE </w:instrText>.* 页 共 .*"
                     r"<w:instrText[^>]*> NUMPAGES </w:instrText>.* 页", footer)
    assert footer.count('w:fldCharType="begin"') == 2 and footer.count('w:fldCharType="end"') == 2


def test_the_table_names_absentees_with_reasons_guests_with_titles_and_the_vote(data: BranchData, tmp_path: Path):
    meeting = first(data, "general_meeting")
    path = save_docx(minutes_document(data, meeting), tmp_path / "m.docx")
    assert cell_after(path, "缺席人员及原因") == "张敏（请假，因公出差）"
    assert cell_after(path, "列席人员") == "李明（市直机关工委组织部副部长）"
    assert cell_after(path, "有表决权应到") == "6 人"  # 赵倩 is still 预备党员 in January 2025
    assert cell_after(path, "有表决权实到") == "5 人"
    text = docx_text(path)
    assert "表决结果：赞成 5 票，反对 0 票，弃权 0 票。" in text
    assert "应到会有表决权党员 6 人，实到 5 人，超过半数，符合规定" in text


def test_late_and_early_leavers_are_listed(data: BranchData, tmp_path: Path):
    import dataclasses

    from models.domain import Attendance

    meeting = first(data, "committee_meeting")
    attendance = (Attendance("m1", "late", "堵车"), Attendance("m2", "left_early", None), Attendance("m3", "absent"))
    late = dataclasses.replace(meeting, attendance=attendance)
    path = save_docx(minutes_document(data, late), tmp_path / "late.docx")
    assert cell_after(path, "迟到、早退") == "王丽华（迟到，堵车）；陈静（早退）"
    assert cell_after(path, "缺席人员及原因") == "刘晓燕（缺席）"
    assert cell_after(path, "实到人数") == "2 人"


def test_lecture_org_life_and_evaluation_have_their_own_parts(data: BranchData, tmp_path: Path):
    lecture = save_docx(minutes_document(data, first(data, "party_lecture")), tmp_path / "l.docx")
    assert cell_after(lecture, "主讲人") == "王丽华"
    assert cell_after(lecture, "课题") == first(data, "party_lecture").lecture_title
    org = first(data, "org_life_meeting")
    text = docx_text(save_docx(minutes_document(data, org), tmp_path / "o.docx"))
    for c in org.criticisms:
        assert c.self_criticism in text and c.response in text
        assert all(r.content in text for r in c.received)
    assert "征求意见" in text and org.preparation.opinions[0].content in text
    assert "理论学习不够系统" in text  # the rectification list
    evaluation = save_docx(minutes_document(data, first(data, "democratic_evaluation")), tmp_path / "e.docx")
    texts = cells(evaluation)
    row = texts.index("王丽华", texts.index("评定等次"))
    assert texts[row:row + 6] == ["王丽华", "4", "2", "0", "0", "优秀"]


def test_the_talk_record_is_a_form_with_both_signatures(data: BranchData, tmp_path: Path):
    talk = data.talks[0]
    path = save_docx(talk_document(data, talk), tmp_path / "t.docx")
    assert paragraphs(path)[1] == "谈心谈话记录表"
    assert cell_after(path, "谈话人") == "王丽华" and cell_after(path, "谈话对象") == "赵倩"
    assert cell_after(path, "谈话内容") == talk.content
    assert cell_after(path, "对方意见建议") == talk.talkee_views
    assert cell_after(path, "落实情况") == talk.follow_up
    assert "谈话人（签字）：" in paragraphs(path)[-1] and "谈话对象（签字）：" in paragraphs(path)[-1]


def test_the_page_is_a4_with_chinese_fonts_for_east_asian_text(data: BranchData, tmp_path: Path):
    path = save_docx(record_document(data, data.meetings[0]), tmp_path / "a.docx")
    section = docx.Document(str(path)).sections[0]
    assert round(section.page_width.mm) == 210 and round(section.page_height.mm) == 297
    assert round(section.top_margin.mm) == 37 and round(section.left_margin.mm) == 28
    styles = zipfile.ZipFile(path).read("word/styles.xml").decode()
    assert 'w:eastAsia="宋体"' in styles and 'w:eastAsia="黑体"' in styles


def test_the_sign_in_sheet_lists_those_expected(data: BranchData, tmp_path: Path):
    meeting = first(data, "general_meeting")
    path = save_sign_in_sheet(data, meeting, tmp_path / "sign.docx")
    texts = cells(path)
    names = {p.id: p.name for p in data.members}
    expected = [names[a.member] for a in meeting.attendance]
    start = texts.index("备注") + 1
    assert texts[start + 1::4][: len(expected)] == expected
    assert paragraphs(path)[1].endswith("签到表")


def test_a_sign_in_sheet_for_a_planned_meeting_lists_the_members_in_the_branch(data: BranchData, tmp_path: Path):
    import dataclasses

    planned = dataclasses.replace(first(data, "general_meeting"), attendance=())  # 2025-01-15
    names = cells(save_sign_in_sheet(data, planned, tmp_path / "plan.docx"))
    assert "吴芳" in names  # leaves on 2025-03-01, still in the branch
    assert "周婷" not in names  # an activist, not a member


def test_a_meeting_of_another_kind_is_titled_as_minutes(data: BranchData, tmp_path: Path):
    import dataclasses

    other = dataclasses.replace(first(data, "committee_meeting"), type="other", title="换届选举筹备会")
    path = save_docx(minutes_document(data, other), tmp_path / "other.docx")
    assert paragraphs(path)[1] == "2025年第1次会议记录"
    assert cell_after(path, "会议名称") == "换届选举筹备会"


def test_short_table_rows_never_break_across_pages_long_ones_may(data: BranchData, tmp_path: Path) -> None:
    import dataclasses

    talk = dataclasses.replace(data.talks[0], content="谈话内容。" * 300)
    path = save_docx(talk_document(data, talk), tmp_path / "talk.docx")
    rows = docx.Document(str(path)).tables[0].rows
    kept = ["cantSplit" in row._tr.xml for row in rows]
    long_row = next(i for i, row in enumerate(rows) if "谈话内容。谈话内容。" in row._tr.xml)
    assert not kept[long_row]
    assert all(k for i, k in enumerate(kept) if i != long_row)
