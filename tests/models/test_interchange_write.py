"""Writing interchange files: canonical text, sort orders, every key, and text that must survive."""

from __future__ import annotations

import dataclasses
import json
from datetime import date, time
from typing import Any

from models.domain import (
    DEFAULT_RULES,
    Attendance,
    Branch,
    BranchData,
    CommitteeRole,
    Evaluation,
    EvaluationResult,
    Meeting,
    Person,
    Talk,
)
from models.interchange import _schema as schema
from models.interchange import read_branch, write_branch
from tests.models.interchange_support import STAMP, rich_branch


def meeting(ident: str, day: date, start: time | None = None, **fields: Any) -> Meeting:
    return Meeting(ident, "other", "会", day, start=start, created_at=STAMP, updated_at=STAMP, **fields)


def test_sample_round_trips_byte_for_byte(sample_text: str) -> None:
    written = write_branch(read_branch(sample_text), 1)

    assert written == sample_text
    assert written.encode("utf-8") == sample_text.encode("utf-8")


def test_layout_is_two_space_indent_unescaped_with_one_final_newline() -> None:
    text = write_branch(rich_branch())

    assert text.startswith('{\n  "format": "orglife",\n  "version": 2,\n  "branch": {\n    "name": "中共')
    assert text.endswith("}\n") and not text.endswith("\n\n")
    assert '"name": "𠮷田花子"' in text and "😀" in text and "\\u" not in text.replace("\\u000b", "")
    assert '"location": "会议室\\u000b二楼"' in text


def test_everything_survives_a_round_trip() -> None:
    data = rich_branch()

    again = read_branch(write_branch(data))

    assert again == data
    assert again.members[0].name == "买买提·艾力"
    assert again.meetings[0].speeches[0].content == "说了\x0b话"
    assert again.meetings[0].attachments[0].data == b"\x89PNG\r\n\x1a\n\x00\xff"
    assert (
        again.rules == data.rules and again.rules is not None and again.rules.talks.committee_pairs is False
    )


def test_default_rules_are_written_out_when_set() -> None:
    data = BranchData(branch=Branch("支部"), rules=DEFAULT_RULES)

    written = json.loads(write_branch(data))

    assert written["rules"]["duties"][2] == {
        "duty": "group_meeting",
        "per": "month",
        "at_least": 1,
        "per_group": True,
    }
    assert written["rules"]["talks"] == {"committee_pairs": True, "member_with_committee": True}
    assert read_branch(write_branch(data)).rules == DEFAULT_RULES


def test_empty_branch_writes_every_top_level_key() -> None:
    written = json.loads(write_branch(BranchData(branch=Branch("支部"))))

    assert written == {
        "format": "orglife",
        "version": 2,
        "branch": {"name": "支部", "short_name": "", "parent_org": "", "fonds_code": "", "unit_code": "DZB"},
        "groups": [],
        "members": [],
        "group_memberships": [],
        "committee": [],
        "committee_changes": [],
        "exclusions": [],
        "party_probations": [],
        "meetings": [],
        "talks": [],
        "rectifications": [],
        "evaluations": [],
        "rules": None,
    }
    assert list(written) == list(schema.TOP.keys)


def _keys_in_order(value: dict[str, Any], shape: schema.Shape) -> None:
    assert list(value) == list(shape.keys)


def test_every_key_is_written_in_the_order_of_the_spec() -> None:
    doc = json.loads(write_branch(rich_branch()))

    _keys_in_order(doc, schema.TOP)
    _keys_in_order(doc["branch"], schema.BRANCH)
    _keys_in_order(doc["groups"][0], schema.GROUP)
    for member in doc["members"]:
        _keys_in_order(member, schema.MEMBER)
    _keys_in_order(doc["committee"][0], schema.COMMITTEE_ROLE)
    m = doc["meetings"][0]
    _keys_in_order(m, schema.MEETING)
    _keys_in_order(m["attendance"][0], schema.ATTENDANCE)
    _keys_in_order(m["guests"][0], schema.GUEST)
    _keys_in_order(m["speeches"][1], schema.SPEECH)
    _keys_in_order(m["resolutions"][0], schema.RESOLUTION)
    _keys_in_order(m["resolutions"][0]["vote"], schema.VOTE)
    _keys_in_order(m["criticisms"][0], schema.CRITICISM)
    _keys_in_order(m["criticisms"][0]["received"][0], schema.RECEIVED_CRITICISM)
    _keys_in_order(m["preparation"], schema.PREPARATION)
    _keys_in_order(m["preparation"]["opinions"][0], schema.OPINION)
    _keys_in_order(m["preparation"]["self_examinations"][0], schema.SELF_EXAMINATION)
    _keys_in_order(m["amendments"][0], schema.AMENDMENT)
    _keys_in_order(m["attachments"][0], schema.ATTACHMENT)
    _keys_in_order(doc["talks"][0], schema.TALK)
    _keys_in_order(doc["rectifications"][0], schema.RECTIFICATION)
    _keys_in_order(doc["evaluations"][0], schema.EVALUATION)
    _keys_in_order(doc["evaluations"][0]["results"][0], schema.EVALUATION_RESULT)
    _keys_in_order(doc["evaluations"][0]["results"][0]["votes"], schema.GRADE_VOTES)
    _keys_in_order(doc["rules"], schema.RULES)
    _keys_in_order(doc["rules"]["duties"][0], schema.DUTY_RULE)
    _keys_in_order(doc["rules"]["talks"], schema.TALK_RULES)


def test_ids_sort_by_code_point() -> None:
    # UTF-16 order would put 𠮷 (U+20BB7, a surrogate pair) before Ａ (U+FF21); code points do not.
    ids = ["m2", "𠮷", "a", "m10", "Ａ", "Z9"]
    data = BranchData(branch=Branch("支部"), members=tuple(Person(i, "某", "activist") for i in ids))

    written = json.loads(write_branch(data))

    assert [p["id"] for p in written["members"]] == ["Z9", "a", "m10", "m2", "Ａ", "𠮷"]


def test_meetings_sort_by_date_then_start_with_null_first_then_id() -> None:
    day = date(2025, 5, 1)
    meetings = (
        meeting("b", day, time(9, 0)),
        meeting("z", date(2025, 4, 30), time(23, 0)),
        meeting("a", day, time(9, 0)),
        meeting("c", day, time(8, 30)),
        meeting("y", day, None),
        meeting("x", date(2025, 5, 2), None),
    )

    written = json.loads(write_branch(BranchData(branch=Branch("支部"), meetings=meetings)))

    assert [m["id"] for m in written["meetings"]] == ["z", "y", "c", "a", "b", "x"]


def test_committee_talks_and_evaluations_sort_by_their_keys() -> None:
    data = BranchData(
        branch=Branch("支部"),
        committee=(
            CommitteeRole("m2", "委员", date(2023, 3, 1)),
            CommitteeRole("m1", "组织委员", date(2023, 3, 1)),
            CommitteeRole("m1", "书记", date(2023, 3, 1)),
            CommitteeRole("m9", "书记", date(2020, 3, 1), date(2023, 3, 1)),
        ),
        talks=(Talk("t1", date(2025, 2, 1), "a", "b"), Talk("t2", date(2025, 1, 1), "a", "b")),
        evaluations=(Evaluation("e1", 2025, 0), Evaluation("e9", 2024, 0), Evaluation("e0", 2025, 0)),
    )

    written = json.loads(write_branch(data))

    committee = [(r["from"], r["member"], r["role"]) for r in written["committee"]]
    assert committee == [
        ("2020-03-01", "m9", "书记"),
        ("2023-03-01", "m1", "书记"),
        ("2023-03-01", "m1", "组织委员"),
        ("2023-03-01", "m2", "委员"),
    ]
    assert [t["id"] for t in written["talks"]] == ["t2", "t1"]
    assert [e["id"] for e in written["evaluations"]] == ["e9", "e0", "e1"]


def test_lists_without_a_sort_key_keep_their_order() -> None:
    base = rich_branch()
    m = dataclasses.replace(
        base.meetings[0],
        attendance=(Attendance("m3", "absent"), Attendance("m1"), Attendance("m2")),
        also_counts_as=("theme_day", "party_lecture"),
    )
    e = dataclasses.replace(
        base.evaluations[0], results=(EvaluationResult("m3"), EvaluationResult("m1"), EvaluationResult("m2"))
    )

    written = json.loads(write_branch(dataclasses.replace(base, meetings=(m,), evaluations=(e,))))

    meeting_doc = written["meetings"][0]
    assert [a["member"] for a in meeting_doc["attendance"]] == ["m3", "m1", "m2"]
    assert meeting_doc["also_counts_as"] == ["theme_day", "party_lecture"]
    assert meeting_doc["agenda"] == ["第二项", "第一项"]
    assert [r["member"] for r in written["evaluations"][0]["results"]] == ["m3", "m1", "m2"]


def test_renamed_fields_are_written_under_their_format_names() -> None:
    doc = json.loads(write_branch(rich_branch()))

    assert doc["committee"][1] == {"member": "m2", "role": "委员", "from": "2023-03-01", "to": "2024-03-01"}
    assert doc["meetings"][0]["resolutions"][0]["vote"] == {"for": 2, "against": 0, "abstain": 0}
    assert doc["meetings"][0]["criticisms"][0]["received"] == [{"from": "m1", "content": "批评"}]
    assert doc["evaluations"][0]["results"][0]["votes"] == {"优秀": 1, "合格": 2, "基本合格": 0, "不合格": 0}
    assert doc["meetings"][0]["attachments"][0]["data"] == "iVBORw0KGgoA/w=="
    assert doc["meetings"][0]["start"] == "09:00" and doc["meetings"][0]["end"] == "11:30"
