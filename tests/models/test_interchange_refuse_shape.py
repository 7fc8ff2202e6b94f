"""Files refused for their shape: unknown and missing keys, wrong types, bad dates and codes, duplicate ids.

Each case makes one small change to the sample and expects exactly one error, naming its JSON path.
"""

from __future__ import annotations

import copy
from typing import Any

import pytest

from models.interchange import read_branch
from tests.models.interchange_support import DELETE, dumps, errors_of, set_at

CHOICES_OF_TYPE = '"general_meeting"、"committee_meeting"、"group_meeting"、"party_lecture"'


def one_error(doc: dict[str, Any], path: str, value: Any) -> str:
    set_at(doc, path, value)
    errors = errors_of(doc)
    assert len(errors) == 1, errors
    return errors[0]


UNKNOWN_AND_MISSING = [
    ("branch.colour", "红", "branch.colour: 未知的键"),
    ("members[0].nickname", "丽", "members[0].nickname: 未知的键"),
    ("meetings[1].resolutions[0].vote.maybe", 0, "meetings[1].resolutions[0].vote.maybe: 未知的键"),
    ("meetings[7].preparation.notes", "", "meetings[7].preparation.notes: 未知的键"),
    ("branch", DELETE, "branch: 缺少必填的键"),
    ("branch.name", DELETE, "branch.name: 缺少必填的键"),
    ("members[0].name", DELETE, "members[0].name: 缺少必填的键"),
    ("meetings[0].type", DELETE, "meetings[0].type: 缺少必填的键"),
    ("meetings[0].title", DELETE, "meetings[0].title: 缺少必填的键"),
    ("meetings[0].date", DELETE, "meetings[0].date: 缺少必填的键"),
    ("meetings[0].created_at", DELETE, "meetings[0].created_at: 缺少必填的键"),
    ("meetings[0].attendance[1].member", DELETE, "meetings[0].attendance[1].member: 缺少必填的键"),
    (
        "meetings[7].criticisms[0].received[0].from",
        DELETE,
        "meetings[7].criticisms[0].received[0].from: 缺少必填的键",
    ),
    ("meetings[5].attachments[0].sha256", DELETE, "meetings[5].attachments[0].sha256: 缺少必填的键"),
    ("talks[1].talkee", DELETE, "talks[1].talkee: 缺少必填的键"),
    ("evaluations[0].voters", DELETE, "evaluations[0].voters: 缺少必填的键"),
    ("committee[0].from", DELETE, "committee[0].from: 缺少必填的键"),
]

WRONG_TYPES = [
    ("evaluations[0].voters", 6.0, "evaluations[0].voters: 应为整数，实为 6.0"),
    ("evaluations[0].year", True, "evaluations[0].year: 应为整数，实为 true"),
    ("evaluations[0].voters", 2**63, f"evaluations[0].voters: 数值过大：{2**63}"),
    ("meetings[1].resolutions[0].vote.for", "5", 'meetings[1].resolutions[0].vote.for: 应为整数，实为 "5"'),
    ("members[0].notes", None, "members[0].notes: 应为字符串，实为 null"),
    ("members[0].phone", 6000001, "members[0].phone: 应为字符串，实为 6000001"),
    ("members[0].group", 1, "members[0].group: 应为字符串，实为 1"),
    ("meetings[0].agenda", "讨论", 'meetings[0].agenda: 应为列表，实为 "讨论"'),
    ("meetings[0].agenda[1]", 2, "meetings[0].agenda[1]: 应为字符串，实为 2"),
    ("meetings[0].attendance[0]", "m1", 'meetings[0].attendance[0]: 应为对象，实为 "m1"'),
    ("meetings[1].resolutions[0].vote", [5, 0, 0], "meetings[1].resolutions[0].vote: 应为对象，实为 列表"),
    ("talks", {}, "talks: 应为列表，实为 对象"),
    ("rules", [], "rules: 应为对象，实为 列表"),
    (
        "rules",
        {"duties": [{"duty": "theme_day", "per": "month", "per_group": 1}]},
        "rules.duties[0].per_group: 应为 true 或 false，实为 1",
    ),
]

DATES_AND_TIMES = [
    (
        "members[0].birth_date",
        "1972-02-30",
        'members[0].birth_date: 不是有效的日期 "1972-02-30"（应为 YYYY-MM-DD）',
    ),
    (
        "members[0].birth_date",
        "1972-5-14",
        'members[0].birth_date: 不是有效的日期 "1972-5-14"（应为 YYYY-MM-DD）',
    ),
    (
        "members[0].birth_date",
        "19720514",
        'members[0].birth_date: 不是有效的日期 "19720514"（应为 YYYY-MM-DD）',
    ),
    (
        "members[0].birth_date",
        "１９７２-05-14",
        'members[0].birth_date: 不是有效的日期 "１９７２-05-14"（应为 YYYY-MM-DD）',
    ),
    (
        "talks[0].date",
        "2025-11-20T00:00",
        'talks[0].date: 不是有效的日期 "2025-11-20T00:00"（应为 YYYY-MM-DD）',
    ),
    ("meetings[0].start", "24:00", 'meetings[0].start: 不是有效的时间 "24:00"（应为 HH:MM，00:00–23:59）'),
    ("meetings[0].start", "9:00", 'meetings[0].start: 不是有效的时间 "9:00"（应为 HH:MM，00:00–23:59）'),
    ("meetings[0].end", "10:30:00", 'meetings[0].end: 不是有效的时间 "10:30:00"（应为 HH:MM，00:00–23:59）'),
    ("meetings[0].end", "10:60", 'meetings[0].end: 不是有效的时间 "10:60"（应为 HH:MM，00:00–23:59）'),
]

TIMESTAMPS = [
    ("meetings[0].created_at", "2025-01-08T17:00:00"),
    ("meetings[0].finalized_at", "2025-01-08 17:00:00+08:00"),
    ("meetings[7].amendments[0].at", "2025-12-19T10:00:00+0800"),
    ("talks[0].updated_at", "2025-13-20T18:30:00+08:00"),
    ("talks[0].created_at", "2025-11-20T18:30:00+24:00"),
    ("talks[0].created_at", "2025-11-20"),
]

CODES = [
    ("meetings[0].type", "committee", f'meetings[0].type: 无效的取值 "committee"，应为 {CHOICES_OF_TYPE}'),
    (
        "meetings[4].also_counts_as",
        ["theme_day", "讲课"],
        'meetings[4].also_counts_as[1]: 无效的取值 "讲课"，应为 "general',
    ),
    (
        "members[0].kind",
        "党员",
        'members[0].kind: 无效的取值 "党员"，应为 "member"、"candidate"、"activist" 之一',
    ),
    ("members[0].gender", "F", 'members[0].gender: 无效的取值 "F"，应为 "男"、"女" 之一'),
    (
        "meetings[0].attendance[0].status",
        "here",
        'meetings[0].attendance[0].status: 无效的取值 "here"，应为 "present"',
    ),
    (
        "meetings[0].resolutions[0].kind",
        "motion",
        'meetings[0].resolutions[0].kind: 无效的取值 "motion"，应为 "general"',
    ),
    ("committee[0].role", "主任", 'committee[0].role: 无效的取值 "主任"，应为 "书记"、"副书记"'),
    (
        "rectifications[0].status",
        "closed",
        'rectifications[0].status: 无效的取值 "closed"，应为 "open"、"done" 之一',
    ),
    (
        "evaluations[0].results[0].grade",
        "良好",
        'evaluations[0].results[0].grade: 无效的取值 "良好"，应为 "优秀"',
    ),
    ("meetings[0].status", "locked", 'meetings[0].status: 无效的取值 "locked"，应为 "draft"、"final" 之一'),
    (
        "rules",
        {"duties": [{"duty": "lunch", "per": "month"}]},
        'rules.duties[0].duty: 无效的取值 "lunch"，应为 "gen',
    ),
    (
        "rules",
        {"duties": [{"duty": "theme_day", "per": "week"}]},
        'rules.duties[0].per: 无效的取值 "week"，应为 "month"',
    ),
]

DUPLICATES = [
    ("groups[2]", {"id": "g1", "name": "第三党小组"}, 'groups[2].id: 重复的 id "g1"（与 groups[0] 相同）'),
    (
        "members[8]",
        {"id": "m3", "name": "刘晓燕", "kind": "activist"},
        'members[8].id: 重复的 id "m3"（与 members[2] 相同）',
    ),
    (
        "meetings[0].also_counts_as",
        ["theme_day", "theme_day"],
        'meetings[0].also_counts_as[1]: 重复的代码 "theme_day"',
    ),
    (
        "meetings[0].attendance[3]",
        {"member": "m1", "status": "present", "reason": None},
        'meetings[0].attendance[3].member: 人员 "m1" 在出席名单中重复（与 meetings[0].attendance[0] 相同）',
    ),
    (
        "evaluations[0].results[5].member",
        "m1",
        'evaluations[0].results[5].member: 人员 "m1" 重复评议（与 evaluations[0].results[0] 相同）',
    ),
]


@pytest.mark.parametrize(("path", "value", "expected"), UNKNOWN_AND_MISSING + WRONG_TYPES + DATES_AND_TIMES)
def test_shape_errors_name_their_path(
    sample_doc: dict[str, Any], path: str, value: Any, expected: str
) -> None:
    assert one_error(sample_doc, path, value) == expected


@pytest.mark.parametrize(("path", "value"), TIMESTAMPS)
def test_timestamps_need_iso_8601_with_offset(sample_doc: dict[str, Any], path: str, value: str) -> None:
    example = "2025-03-12T16:40:00+08:00"
    expected = f'{path}: 不是有效的时间戳 "{value}"（应为带时区的 ISO 8601，如 {example}）'
    assert one_error(sample_doc, path, value) == expected


@pytest.mark.parametrize(("path", "value", "expected_start"), CODES + DUPLICATES)
def test_codes_and_duplicates(sample_doc: dict[str, Any], path: str, value: Any, expected_start: str) -> None:
    assert one_error(sample_doc, path, value).startswith(expected_start)


@pytest.mark.parametrize(
    ("key", "index"), [("meetings", 9), ("talks", 2), ("rectifications", 2), ("evaluations", 1)]
)
def test_ids_are_unique_within_each_kind(sample_doc: dict[str, Any], key: str, index: int) -> None:
    first = sample_doc[key][0]
    set_at(sample_doc, f"{key}[{index}]", copy.deepcopy(first))

    assert errors_of(sample_doc) == [f'{key}[{index}].id: 重复的 id "{first["id"]}"（与 {key}[0] 相同）']


def test_the_same_id_in_different_kinds_is_allowed(sample_doc: dict[str, Any]) -> None:
    set_at(sample_doc, "talks[1].id", "m1")
    set_at(sample_doc, "rectifications[0].id", "mt01")

    data = read_branch(dumps(sample_doc))
    assert [t.id for t in data.talks] == ["t1", "m1"]


def test_a_key_given_twice_is_refused(sample_text: str) -> None:
    text = sample_text.replace('"name": "王丽华",', '"name": "王丽华",\n      "name": "王丽华二",', 1)

    assert errors_of(text) == ["members[0].name: 键重复出现"]


def test_nan_is_not_a_count(sample_text: str) -> None:
    text = sample_text.replace('"voters": 6', '"voters": NaN')

    assert errors_of(text) == ["evaluations[0].voters: 应为整数，实为 NaN"]


def test_a_lone_surrogate_is_refused(sample_text: str) -> None:
    text = sample_text.replace('"name": "王丽华"', '"name": "王\\ud842华"')

    assert errors_of(text) == ["members[0].name: 含有无效的 Unicode 字符（孤立的代理项）"]


def test_an_odd_key_is_quoted_in_the_path(sample_doc: dict[str, Any]) -> None:
    sample_doc["meetings"][0]["attendance"][0]["a.b"] = 1

    assert errors_of(sample_doc) == ['meetings[0].attendance[0]["a.b"]: 未知的键']
