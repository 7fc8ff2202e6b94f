"""Files refused for what they say: references, names, dates out of order, evaluation tallies, attachments.

Each case makes one small change to the sample and expects exactly one error, naming its JSON path.
"""

from __future__ import annotations

import base64
import hashlib
from typing import Any

import pytest

from models.interchange import read_branch
from tests.models.interchange_support import DELETE, dumps, errors_of, get_at, set_at

ATTACHMENT = "meetings[5].attachments[0]"
BASE64_ERROR = f"{ATTACHMENT}.data: 不是有效的标准 base64（须带 = 填充，不换行，不含其他字符）"

REFERENCES = [
    ("groups[0].leader", "m99", "人员", "m99"),
    ("members[0].group", "g9", "党小组", "g9"),
    ("committee[0].member", "m99", "人员", "m99"),
    ("meetings[0].host", "m99", "人员", "m99"),
    ("meetings[0].recorder", "m7x", "人员", "m7x"),
    ("meetings[4].lecturer_member", "m99", "人员", "m99"),
    ("meetings[2].group", "g3", "党小组", "g3"),
    ("meetings[1].attendance[5].member", "m99", "人员", "m99"),
    ("meetings[0].speeches[0].speaker", "M1", "人员", "M1"),
    ("meetings[7].criticisms[0].member", "m99", "人员", "m99"),
    ("meetings[7].criticisms[0].received[0].from", "m99", "人员", "m99"),
    ("meetings[7].preparation.self_examinations[1].member", "m99", "人员", "m99"),
    ("talks[0].talker", "m99", "人员", "m99"),
    ("talks[0].talkee", "g1", "人员", "g1"),
    ("rectifications[0].meeting", "mt99", "会议", "mt99"),
    ("rectifications[0].member", "m99", "人员", "m99"),
    ("rectifications[1].responsible", "m99", "人员", "m99"),
    ("evaluations[0].meeting", "t1", "会议", "t1"),
    ("evaluations[0].results[0].member", "m99", "人员", "m99"),
]

CONTENT = [
    ("members[0].name", "", "members[0].name: 名称应为 1–50 个字符，实为 0 个"),
    ("members[0].name", "张" * 51, "members[0].name: 名称应为 1–50 个字符，实为 51 个"),
    ("members[0].name", "  ", "members[0].name: 名称不能为空白"),
    ("groups[0].name", "", "groups[0].name: 名称应为 1–50 个字符，实为 0 个"),
    ("talks[1].id", "", "talks[1].id: id 不能为空"),
    ("members[6].kind", "member", 'members[6].joined_on: 党员（kind 为 "member"）必须填写入党日期 joined_on'),
    (
        "members[0].joined_on",
        DELETE,
        'members[0].joined_on: 党员（kind 为 "member"）必须填写入党日期 joined_on',
    ),
    (
        "members[6].full_member_on",
        "2020-01-01",
        "members[6].full_member_on: 有转正日期 full_member_on 时必须有入党日期 joined_on",
    ),
    (
        "members[0].full_member_on",
        "1995-06-19",
        "members[0].full_member_on: 转正日期 1995-06-19 早于入党日期 1995-06-20",
    ),
    ("members[7].left_on", "1999-11-30", "members[7].left_on: 离开日期 1999-11-30 早于入党日期 1999-12-01"),
    ("committee[0].to", "2023-02-28", "committee[0].to: 卸任日期 2023-02-28 早于任职日期 2023-03-01"),
    ("meetings[0].end", "08:59", "meetings[0].end: 结束时间 08:59 早于开始时间 09:00"),
    ("meetings[2].group", None, "meetings[2].group: 党小组会（group_meeting）必须指定党小组 group"),
    ("meetings[2].group", DELETE, "meetings[2].group: 党小组会（group_meeting）必须指定党小组 group"),
    (
        "meetings[0].speeches[0].speaker_name",
        "王丽华",
        "meetings[0].speeches[0]: speaker 与 speaker_name 须有且只有一个不为 null",
    ),
    (
        "meetings[0].speeches[0].speaker",
        None,
        "meetings[0].speeches[0]: speaker 与 speaker_name 须有且只有一个不为 null",
    ),
    (
        "meetings[1].speeches[2].speaker_name",
        " ",
        "meetings[1].speeches[2].speaker_name: 发言人姓名不能为空白",
    ),
    (
        "meetings[1].resolutions[0].vote.against",
        -1,
        "meetings[1].resolutions[0].vote.against: 不能为负数，实为 -1",
    ),
    ("evaluations[0].voters", -1, "evaluations[0].voters: 不能为负数，实为 -1"),
    ("evaluations[0].year", 0, "evaluations[0].year: 无效的年份 0"),
    (
        "evaluations[0].results[0].votes.合格",
        3,
        "evaluations[0].results[0].votes: 四项票数合计 7，超过参加评议人数 voters 6",
    ),
    (
        "evaluations[0].results[1].votes.不合格",
        -1,
        "evaluations[0].results[1].votes.不合格: 不能为负数，实为 -1",
    ),
    ("meetings[0].status", "draft", None),
    ("talks[0].talkee", "m1", "talks[0].talkee: 谈话双方不能是同一人"),
    (
        "meetings[0].preparation",
        {"opinions": [], "self_examinations": []},
        "meetings[0].preparation: 只有组织生活会（org_life_meeting）才有会前准备 preparation",
    ),
    (
        "meetings[0].criticisms",
        [{"member": "m1", "self_criticism": "不足"}],
        "meetings[0].criticisms: 只有组织生活会（org_life_meeting）才有批评和自我批评记录",
    ),
]


@pytest.mark.parametrize(("path", "value", "kind", "ref"), REFERENCES)
def test_every_reference_must_resolve(
    sample_doc: dict[str, Any], path: str, value: str, kind: str, ref: str
) -> None:
    set_at(sample_doc, path, value)

    assert errors_of(sample_doc) == [f'{path}: 未知的{kind} id "{ref}"']


@pytest.mark.parametrize(("path", "value", "expected"), CONTENT)
def test_content_rules(sample_doc: dict[str, Any], path: str, value: Any, expected: str | None) -> None:
    set_at(sample_doc, path, value)

    if expected is None:
        read_branch(dumps(sample_doc))
    else:
        assert errors_of(sample_doc) == [expected]


def test_left_on_is_checked_against_entered_on_first(sample_doc: dict[str, Any]) -> None:
    set_at(sample_doc, "members[7].entered_on", "2010-01-01")
    set_at(sample_doc, "members[7].left_on", "2009-12-31")

    assert errors_of(sample_doc) == ["members[7].left_on: 离开日期 2009-12-31 早于转入日期 2010-01-01"]


def test_boundaries_that_are_allowed(sample_doc: dict[str, Any]) -> None:
    set_at(sample_doc, "members[0].name", "𠮷" * 50)  # 50 code points, 100 UTF-16 units
    set_at(sample_doc, "members[1].name", "买买提·艾力")
    set_at(sample_doc, "members[7].left_on", "1999-12-01")  # the day of joining
    set_at(sample_doc, "committee[1].to", "2023-03-01")
    set_at(sample_doc, "meetings[0].start", "00:00")
    set_at(sample_doc, "meetings[0].end", "23:59")
    set_at(sample_doc, "meetings[1].end", "14:30")  # the same as start
    set_at(sample_doc, "meetings[1].resolutions[0].vote.against", 1)  # 6 votes, 6 present
    set_at(sample_doc, "evaluations[0].results[0].votes.基本合格", 0)
    set_at(sample_doc, "meetings[0].created_at", "2025-01-08T09:00:00.250Z")
    set_at(sample_doc, "meetings[0].updated_at", "2025-01-08T09:00-05:30")

    data = read_branch(dumps(sample_doc))

    assert data.members[0].name == "𠮷" * 50
    assert data.meetings[0].created_at == "2025-01-08T09:00:00.250Z"
    assert (
        data.meetings[1].resolutions[0].vote is not None and data.meetings[1].resolutions[0].vote.against == 1
    )


def test_criticisms_allowed_when_the_meeting_also_counts_as_org_life(sample_doc: dict[str, Any]) -> None:
    set_at(sample_doc, "meetings[1].also_counts_as", ["org_life_meeting"])
    set_at(
        sample_doc,
        "meetings[1].criticisms",
        [{"member": "m2", "received": [{"from": "m1", "content": "批评"}]}],
    )

    meeting = read_branch(dumps(sample_doc)).meetings[1]

    assert meeting.criticisms[0].received[0].critic == "m1"


@pytest.mark.parametrize(
    "spoil",
    [
        lambda data: data[:20] + "\n" + data[20:],
        lambda data: data[:20] + "\r\n" + data[20:],
        lambda data: data.rstrip("="),
        lambda data: "!" + data[1:],
        lambda data: data.replace("CYII=", "CYIJ="),  # the same bytes, but pad bits set
        lambda data: data + "QQ==",
    ],
)
def test_attachment_data_must_be_canonical_base64(sample_doc: dict[str, Any], spoil: Any) -> None:
    path = f"{ATTACHMENT}.data"
    spoiled = spoil(get_at(sample_doc, path))
    assert spoiled != get_at(sample_doc, path)
    set_at(sample_doc, path, spoiled)

    assert errors_of(sample_doc) == [BASE64_ERROR]


def test_attachment_sha256_must_be_the_digest_of_the_data(sample_doc: dict[str, Any]) -> None:
    data = base64.b64decode(get_at(sample_doc, f"{ATTACHMENT}.data"))
    set_at(sample_doc, f"{ATTACHMENT}.sha256", "0" * 64)

    expected = f"与 data 的 SHA-256 不符（data 的 SHA-256 为 {hashlib.sha256(data).hexdigest()}）"
    assert errors_of(sample_doc) == [f"{ATTACHMENT}.sha256: {expected}"]


@pytest.mark.parametrize(
    "digest", ["59EDF55565BCECB9DEDE3D708FCF92E81ADA5391A064BC2BDBA46B51FB529E15", "59edf5", ""]
)
def test_attachment_sha256_is_lowercase_hex(sample_doc: dict[str, Any], digest: str) -> None:
    set_at(sample_doc, f"{ATTACHMENT}.sha256", digest)

    assert errors_of(sample_doc) == [f"{ATTACHMENT}.sha256: 应为 64 位小写十六进制的 SHA-256 摘要"]


def test_every_error_is_reported_in_the_files_order(sample_doc: dict[str, Any]) -> None:
    set_at(sample_doc, "branch.unit_code", None)
    set_at(sample_doc, "members[2].birth_date", "1985-13-01")
    set_at(sample_doc, "members[4].group", "g7")
    set_at(sample_doc, "meetings[3].attendance[2].member", "m99")
    set_at(sample_doc, "meetings[3].attendance[2].color", "red")
    set_at(sample_doc, "meetings[5].type", "party_day")
    set_at(sample_doc, "talks[1].date", "2025-11-31")
    set_at(sample_doc, "rectifications[1].responsible", "m99")
    set_at(sample_doc, "evaluations[0].results[2].votes.合格", 7)
    set_at(sample_doc, "rules", {"duties": [], "talks": {"committee_pairs": "yes"}})

    errors = errors_of(sample_doc)

    assert [e.split(":")[0] for e in errors] == [
        "branch.unit_code",
        "members[2].birth_date",
        "members[4].group",
        "meetings[3].attendance[2].color",
        "meetings[3].attendance[2].member",
        "meetings[5].type",
        "talks[1].date",
        "rectifications[1].responsible",
        "evaluations[0].results[2].votes",
        "rules.talks.committee_pairs",
    ]
    assert errors[4] == 'meetings[3].attendance[2].member: 未知的人员 id "m99"'
