"""The forms of the 组织生活会 and 民主评议 cycle written to Word and read back with python-docx."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

from exports.documents import save_docx
from exports.forms import evaluation_ballot_document, evaluation_tally_document, rectification_list_document
from models.domain import BranchData, GradeVotes
from tests.exports.readback import cells, docx_text, paragraphs


def row_after(texts: list[str], first: str, width: int) -> list[str]:
    i = texts.index(first)
    return texts[i: i + width]


def test_the_years_list_with_done_and_open_items(data: BranchData, tmp_path: Path) -> None:
    path = save_docx(rectification_list_document(data, 2025, date(2025, 12, 31)), tmp_path / "r.docx")
    texts = paragraphs(path)
    assert texts[:2] == [data.branch.name, "2025年度整改清单"]
    assert "一、2025年度整改清单" in texts and "上年度整改落实情况" not in "".join(texts)
    table = cells(path)
    assert table[:6] == ["序号", "问题", "整改措施", "责任人", "整改时限", "完成情况"]
    assert row_after(table, "理论学习不够系统", 5) == [
        "理论学习不够系统", "制定个人学习计划，每月撰写一篇学习体会。", "张敏", "2026年3月31日", "整改中"]
    assert row_after(table, "主题党日形式较为单一", 5)[2:] == [
        "陈静", "2025年12月31日", "已销号（2025年12月30日）：已制定现场教学计划并报备。"]
    assert "共 2 项，已销号 1 项，整改中 1 项。" in texts
    assert "支部书记（签字）：" in texts[-1]


def test_an_open_item_carries_into_next_years_list(data: BranchData, tmp_path: Path) -> None:
    path = save_docx(rectification_list_document(data, 2026, date(2026, 4, 1)), tmp_path / "r.docx")
    texts = paragraphs(path)
    assert "一、上年度整改落实情况" in texts and "二、2026年度整改清单" in texts
    table = cells(path)
    assert row_after(table, "理论学习不够系统", 5)[-1] == "已逾期，整改中"  # due 31 March 2026
    assert "主题党日形式较为单一" not in table  # done in 2025: not carried
    assert texts[texts.index("二、2026年度整改清单") + 1] == "无"


def test_the_tally_form(data: BranchData, tmp_path: Path) -> None:
    evaluation = data.evaluations[0]
    path = save_docx(evaluation_tally_document(data, evaluation), tmp_path / "t.docx")
    texts = paragraphs(path)
    assert texts[1] == "2025年度民主评议党员测评汇总表"
    assert "评议时间：2025年12月18日　参加评议 6 人，参评党员 6 人。" in texts
    table = cells(path)
    assert table[:9] == ["序号", "姓名", "优秀", "合格", "基本合格", "不合格", "合计", "评定等次", "备注"]
    assert row_after(table, "王丽华", 7) == ["王丽华", "4", "2", "0", "0", "6", "优秀"]
    assert row_after(table, "张敏", 7) == ["张敏", "0", "5", "1", "0", "6", "合格"]
    assert "评定结果：优秀 1 人，合格 5 人，基本合格 0 人，不合格 0 人。" in texts
    assert not any(t.startswith("注意") for t in texts)
    assert "计票人（签字）：" in texts[-1] and "监票人（签字）：" in texts[-1]


def test_the_tally_form_says_what_breaks_the_rules(data: BranchData, tmp_path: Path) -> None:
    e = data.evaluations[0]
    results = list(e.results)
    results[1] = dataclasses.replace(results[1], grade="优秀", votes=GradeVotes(3, 4, 0, 0))
    results[2] = dataclasses.replace(results[2], grade="优秀")
    changed = dataclasses.replace(e, results=tuple(results))
    path = save_docx(evaluation_tally_document(data, changed), tmp_path / "t.docx")
    text = docx_text(path)
    assert "注意：评为优秀 3 人，超过参评党员 6 人的三分之一。" in text
    assert "注意：陈静的得票合计 7 票，超过参加评议的 6 人。" in text


def test_the_blank_ballot_lists_the_members(data: BranchData, tmp_path: Path) -> None:
    members = ["m1", "m2", "m5"]
    path = save_docx(evaluation_ballot_document(data, 2025, members), tmp_path / "b.docx")
    texts = paragraphs(path)
    assert texts[1] == "2025年度民主评议党员测评表"
    assert any("划“√”" in t and "三分之一" in t for t in texts)
    table = cells(path)
    assert table[:6] == ["序号", "姓名", "优秀", "合格", "基本合格", "不合格"]
    assert table[6:18] == ["1", "王丽华", "", "", "", "", "2", "陈静", "", "", "", ""]
    assert table[18:20] == ["3", "赵倩"]


def test_the_same_form_gives_the_same_bytes(data: BranchData, tmp_path: Path) -> None:
    a = save_docx(evaluation_ballot_document(data, 2025, ["m1"]), tmp_path / "a.docx").read_bytes()
    b = save_docx(evaluation_ballot_document(data, 2025, ["m1"]), tmp_path / "b.docx").read_bytes()
    assert a == b
