"""models/words.py: a sentence is its Chinese text for the minutes, the JSON and the command line, and keeps its
parts for the UI; a date inside it is written 2025年3月1日."""

from __future__ import annotations

import json
import pickle
from dataclasses import replace
from datetime import date

from models.domain import Rectification
from models.overview.reminders import rectification_reminders
from models.rules.path import person_after
from models.words import QT_TRANSLATE_NOOP, Day, Words, joined, say, word
from tests.ui.data import build_branch


def test_a_sentence_is_its_chinese_text_and_keeps_its_parts() -> None:
    words = say(QT_TRANSLATE_NOOP("rules", "{0}的预备期到 {1} 才届满"), "赵倩", Day.of(date(2025, 3, 1)))
    assert words == "赵倩的预备期到 2025年3月1日 才届满"
    assert json.dumps({"message": words}, ensure_ascii=False) == '{"message": "赵倩的预备期到 2025年3月1日 才届满"}'
    assert f"提示：{words}" == "提示：赵倩的预备期到 2025年3月1日 才届满"
    again = pickle.loads(pickle.dumps(words))  # the home page's figures come back from a background job
    assert isinstance(again, Words) and again.template == words.template and again.values == words.values
    assert isinstance(again.values[1], Day)


def test_a_template_with_braces_and_no_values_is_kept_as_written() -> None:
    assert word("党小组{一}") == "党小组{一}"  # a typed word is never read as a template


def test_sentences_joined_as_the_minutes_join_them() -> None:
    parts = [say(QT_TRANSLATE_NOOP("rules", "超过半数，符合规定")), say(QT_TRANSLATE_NOOP("rules", "选举有效"))]
    assert joined(parts) == "超过半数，符合规定；选举有效"
    assert joined(parts, QT_TRANSLATE_NOOP("rules", "{0}，{1}")) == "超过半数，符合规定，选举有效"
    assert joined([]) == ""


def test_the_rules_sentences_read_as_before() -> None:
    data = build_branch()
    person = next(p for p in data.members if p.kind == "activist")
    _, words = person_after(person, "candidate", date(2025, 6, 3))
    assert words == f"{person.name}：自 2025年6月3日 起列为发展对象。"
    item = Rectification("r1", "学习记录不完整", due=date(2025, 3, 31))
    reminder = rectification_reminders(replace(data, rectifications=[item]), date(2025, 4, 1))
    assert [r.text for r in reminder] == ["整改事项“学习记录不完整”已过整改期限（2025年3月31日），尚未销号"]
