"""姓氏笔画 order from the shipped Unihan stroke counts."""

from __future__ import annotations

from models.roster.strokes import by_strokes, strokes


def test_stroke_counts_of_surnames_including_rare_characters() -> None:
    assert [strokes(c) for c in "丁马王区吉欧曾𠮷"] == [2, 3, 4, 4, 6, 8, 12, 6]
    assert strokes("A") is None and strokes("·") is None


def test_names_in_surname_stroke_order_then_the_next_characters() -> None:
    names = ["欧阳慧敏", "王丽华", "丁一", "区嘉欣", "马骏", "吉𠮷", "买买提·艾力", "张敏", "李娜"]
    assert by_strokes(names) == ["丁一", "马骏", "王丽华", "区嘉欣", "吉𠮷", "买买提·艾力", "李娜", "张敏", "欧阳慧敏"]
