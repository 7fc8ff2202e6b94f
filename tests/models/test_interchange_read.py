"""Reading interchange files: what a good file gives, and files refused as a whole."""

from __future__ import annotations

import json
from datetime import date, time
from pathlib import Path
from typing import Any

import pytest

from models.domain import (
    Attendance,
    CommitteeRole,
    GradeVotes,
    Meeting,
    Person,
    ReceivedCriticism,
    Speech,
    Vote,
)
from models.interchange import InterchangeError, read_branch, write_branch
from tests.models.interchange_support import dumps, errors_of

SORTED_LISTS = ("groups", "members", "committee", "meetings", "talks", "rectifications", "evaluations")


def test_sample_reads_every_kind_of_record(sample_text: str) -> None:
    data = read_branch(sample_text)

    assert data.branch.name == "中共示例市妇女联合会机关支部委员会"
    assert data.branch.fonds_code == "J012"
    assert [g.leader for g in data.groups] == ["m4", "m6"]
    assert [p.id for p in data.members] == [f"m{i}" for i in range(1, 9)]
    assert data.members[7].left_on == date(2025, 3, 1)
    assert data.members[7].left_reason == "组织关系转出"
    assert data.members[6].kind == "activist" and data.members[6].joined_on is None
    assert data.committee[0] == CommitteeRole("m1", "书记", date(2023, 3, 1), None)
    assert len(data.meetings) == 9 and len(data.talks) == 2 and len(data.rectifications) == 2
    assert data.rules is None


def test_sample_meeting_fields_and_renamed_keys(sample_text: str) -> None:
    meetings = {m.id: m for m in read_branch(sample_text).meetings}

    general = meetings["mt02"]
    assert (general.date, general.start, general.end) == (date(2025, 1, 15), time(14, 30), time(16, 30))
    assert general.attendance[3] == Attendance("m4", "leave", "因公出差")
    assert general.speeches[2] == Speech(
        "对支部学习组织情况给予肯定，提出进一步规范记录的要求。", None, "李明"
    )
    assert general.resolutions[0].vote == Vote(yes=5, against=0, abstain=0)
    assert general.finalized_at == "2025-01-15T17:00:00+08:00"

    org_life = meetings["mt08"]
    assert org_life.criticisms[1].received == (
        ReceivedCriticism(critic="m2", content="建议多参与一米阳光小区妇联活动。"),
    )
    assert org_life.preparation is not None
    assert [o.source for o in org_life.preparation.opinions] == ["服务对象座谈会", "机关干部意见箱"]
    assert org_life.amendments[0].reason == "补记列席人员职务"

    attachment = meetings["mt06"].attachments[0]
    assert attachment.data.startswith(b"\x89PNG\r\n\x1a\n") and attachment.data.endswith(b"IEND\xaeB`\x82")
    assert len(attachment.data) == 74
    assert attachment.sha256 == "59edf55565bcecb9dede3d708fcf92e81ada5391a064bc2bdba46b51fb529e15"


def test_sample_evaluation_votes_by_grade(sample_text: str) -> None:
    evaluation = read_branch(sample_text).evaluations[0]

    assert (evaluation.year, evaluation.voters, evaluation.meeting) == (2025, 6, "mt09")
    assert evaluation.results[0].votes == GradeVotes(excellent=4, qualified=2, basic=0, unqualified=0)
    assert evaluation.results[3].votes == GradeVotes(excellent=0, qualified=5, basic=1, unqualified=0)
    assert [r.grade for r in evaluation.results] == ["优秀", "合格", "合格", "合格", "合格", "合格"]


def test_bytes_with_or_without_bom_read_like_text(sample_text: str, sample_path: Path) -> None:
    from_text = read_branch(sample_text)

    assert read_branch(sample_path.read_bytes()) == from_text
    assert read_branch(b"\xef\xbb\xbf" + sample_path.read_bytes()) == from_text


def test_lists_keep_the_files_order(sample_doc: dict[str, Any]) -> None:
    sample_doc["members"].reverse()
    sample_doc["meetings"][0]["attendance"].reverse()

    data = read_branch(dumps(sample_doc))

    assert [p.id for p in data.members] == [f"m{i}" for i in range(8, 0, -1)]
    assert [a.member for a in data.meetings[0].attendance] == ["m3", "m2", "m1"]


def _scrambled(value: Any, top: bool = False) -> Any:
    """Keys reversed, empty optional values left out, the sorted lists reversed."""
    if isinstance(value, dict):
        pairs = [(k, _scrambled(v)) for k, v in reversed(value.items()) if v not in (None, "", [])]
        if top:
            pairs = [(k, v[::-1] if k in SORTED_LISTS else v) for k, v in pairs]
        return dict(pairs)
    if isinstance(value, list):
        return [_scrambled(v) for v in value]
    return value


def test_scrambled_file_with_omitted_keys_writes_canonically(
    sample_doc: dict[str, Any], sample_text: str
) -> None:
    scrambled = _scrambled(sample_doc, top=True)
    text = dumps(scrambled)
    assert '"notes"' not in text and '"rules"' not in text and text != sample_text
    assert scrambled["members"][0]["id"] == "m8"
    assert next(iter(scrambled["members"][0])) == "left_reason"  # "notes" left out, reversed

    assert write_branch(read_branch(text), 1) == sample_text


def test_omitted_optional_keys_take_the_exporters_defaults() -> None:
    minimal = {
        "format": "orglife",
        "version": 1,
        "branch": {"name": "某支部"},
        "members": [{"id": "m1", "name": "张三", "joined_on": "2020-07-01"}],
        "meetings": [
            {
                "id": "x",
                "type": "other",
                "title": "学习",
                "date": "2025-05-04",
                "created_at": "2025-05-04T10:00:00+08:00",
                "updated_at": "2025-05-04T10:00:00+08:00",
                "attendance": [{"member": "m1"}],
                "resolutions": [{"text": "通过", "vote": {"for": 1}}],
            }
        ],
    }

    data = read_branch(dumps(minimal))

    assert data.branch.unit_code == "DZB" and data.branch.fonds_code == ""
    assert data.members[0] == Person("m1", "张三", kind="member", joined_on=date(2020, 7, 1))
    meeting = data.meetings[0]
    assert meeting == Meeting(
        id="x",
        type="other",
        title="学习",
        date=date(2025, 5, 4),
        attendance=(Attendance("m1", "present", None),),
        resolutions=(meeting.resolutions[0],),
        created_at="2025-05-04T10:00:00+08:00",
        updated_at="2025-05-04T10:00:00+08:00",
    )
    assert meeting.resolutions[0].kind == "general" and meeting.resolutions[0].vote == Vote(1, 0, 0)
    assert data.talks == () and data.rules is None
    written = json.loads(write_branch(data))
    assert written["members"][0]["notes"] == "" and written["members"][0]["gender"] is None
    assert written["meetings"][0]["preparation"] is None and written["meetings"][0]["guests"] == []


def test_not_json_names_line_and_column() -> None:
    errors = errors_of('{\n  "format": "orglife",\n  "version": 1,\n}')

    assert len(errors) == 1
    assert errors[0].startswith("$: 不是有效的 JSON（第 4 行第 1 列：")


def test_not_utf8_is_refused() -> None:
    text = '{"format": "orglife",\n"version": 1, "branch": {"name": "支部"}}'.encode("gbk")
    bad = text.index("部".encode("gbk")) + 1  # 支 in GBK happens to be a valid UTF-8 pair

    errors = errors_of(text)

    assert errors == [f"$: 文件不是 UTF-8 编码（第 2 行，第 {bad} 个字节无效）"]


def test_document_must_be_an_object() -> None:
    assert errors_of("[1, 2]") == ["$: 应为 JSON 对象，实为 列表"]


@pytest.mark.parametrize(
    ("key", "value", "expected"),
    [
        ("format", "orglife2", 'format: 应为 "orglife"，实为 "orglife2"（不是 OrgLife 交换文件）'),
        ("version", 3, "version: 不支持的版本 3（本程序读取版本 1、2）"),
        ("version", 1.0, "version: 不支持的版本 1.0（本程序读取版本 1、2）"),
        ("version", True, "version: 不支持的版本 true（本程序读取版本 1、2）"),
        ("version", "1", 'version: 不支持的版本 "1"（本程序读取版本 1、2）'),
    ],
)
def test_other_formats_and_versions_stop_the_reading(
    sample_doc: dict[str, Any], key: str, value: Any, expected: str
) -> None:
    sample_doc[key] = value
    sample_doc["members"][0]["nickname"] = "not reported: the rest of the file is not read"

    assert errors_of(sample_doc) == [expected]


def test_missing_format_is_refused(sample_doc: dict[str, Any]) -> None:
    del sample_doc["format"]

    assert errors_of(sample_doc) == ['format: 应为 "orglife"，实为 null（不是 OrgLife 交换文件）']


def test_interchange_error_lists_every_error_in_its_text(sample_doc: dict[str, Any]) -> None:
    sample_doc["members"][0]["gender"] = "F"
    sample_doc["talks"][0]["talker"] = "m99"

    with pytest.raises(InterchangeError) as refused:
        read_branch(dumps(sample_doc))

    assert len(refused.value.errors) == 2
    assert 'talks[0].talker: 未知的人员 id "m99"' in str(refused.value)
    assert str(refused.value).startswith("交换文件有 2 处错误：\n")
