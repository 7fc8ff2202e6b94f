"""Helpers for the interchange tests: mutate a parsed file by JSON path, collect the reader's errors."""

from __future__ import annotations

import hashlib
import json
import re
from datetime import date, time
from typing import Any

import pytest

from models.domain import (
    Amendment,
    Attachment,
    Attendance,
    Branch,
    BranchData,
    CommitteeRole,
    Criticism,
    DutyRule,
    Evaluation,
    EvaluationResult,
    GradeVotes,
    Group,
    Guest,
    Meeting,
    Opinion,
    Person,
    Preparation,
    ReceivedCriticism,
    Rectification,
    Resolution,
    Rules,
    SelfExamination,
    Speech,
    Talk,
    TalkRules,
    Vote,
)
from models.interchange import InterchangeError, read_branch

DELETE = object()
_STEP = re.compile(r"\[(\d+)\]|\.?([^.\[]+)")
STAMP = "2025-03-12T16:40:00+08:00"


def dumps(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2)


def errors_of(doc: Any) -> list[str]:
    """The errors the reader lists for a document (a dict, or the file's text or bytes)."""
    text = doc if isinstance(doc, str | bytes) else dumps(doc)
    with pytest.raises(InterchangeError) as refused:
        read_branch(text)
    return refused.value.errors


def _steps(path: str) -> list[str | int]:
    return [int(index) if index else key for index, key in _STEP.findall(path)]


def set_at(doc: Any, path: str, value: Any) -> None:
    """Set, append (index = length) or with DELETE remove the value at a JSON path such as
    `meetings[3].attendance[0].member`."""
    *parents, last = _steps(path)
    target = doc
    for step in parents:
        target = target[step]
    if value is DELETE:
        del target[last]
    elif isinstance(target, list) and last == len(target):
        target.append(value)
    else:
        target[last] = value


def get_at(doc: Any, path: str) -> Any:
    target = doc
    for step in _steps(path):
        target = target[step]
    return target


def rich_branch() -> BranchData:
    """A branch that uses every field of the format, in canonical order, with text that is easy to lose."""
    png = b"\x89PNG\r\n\x1a\n\x00\xff"
    meeting = Meeting(
        id="mt1",
        type="org_life_meeting",
        also_counts_as=("democratic_evaluation",),
        title="组织生活会 𠮷 😀",
        date=date(2025, 12, 18),
        start=time(9, 0),
        end=time(11, 30),
        location="会议室\x0b二楼",
        host="m1",
        recorder="m2",
        lecturer="外请专家",
        lecturer_member=None,
        lecture_title="课题",
        attendance=(Attendance("m2", "late", "堵车"), Attendance("m1"), Attendance("m3", "leave", "病假")),
        guests=(Guest("李明", "副部长"),),
        agenda=("第二项", "第一项"),
        speeches=(Speech("说了\x0b话", speaker="m1"), Speech("嘉宾讲话", speaker_name="买买提·艾力")),
        resolutions=(Resolution("接收预备党员", "admission", Vote(2, 0, 0)), Resolution("散会")),
        summary="小结",
        notes='引号 " 反斜杠 \\ 制表\t换行\n',
        criticisms=(Criticism("m2", "自我批评", (ReceivedCriticism("m1", "批评"),), "回应"),),
        preparation=Preparation((Opinion("意见箱", "建议"),), (SelfExamination("m2", "检查"),)),
        status="final",
        finalized_at="2025-12-19T10:00:00.5+08:00",
        amendments=(Amendment("2025-12-20T09:00:00Z", "补记", "改了"),),
        attachments=(Attachment("签到表.png", "image/png", hashlib.sha256(png).hexdigest(), png),),
        created_at=STAMP,
        updated_at=STAMP,
    )
    return BranchData(
        branch=Branch("中共某某支部委员会", "某某支部", "上级党委", "J012", "DZB",
                      "0b6e4f1a-2c3d-4e5f-8a9b-1c2d3e4f5a6b"),
        groups=(Group("g1", "第一党小组", "m1"),),
        members=(
            Person(
                id="m1",
                name="买买提·艾力",
                kind="member",
                gender="男",
                ethnicity="维吾尔族",
                birth_date=date(1970, 1, 2),
                education="大学",
                joined_on=date(1995, 6, 20),
                full_member_on=date(1996, 6, 20),
                group="g1",
                title="书记",
                phone="0551-1",
                entered_on=date(2000, 1, 1),
                notes="备注\x0b😀",
            ),
            Person(
                "m2",
                "𠮷田花子",
                "member",
                "女",
                joined_on=date(2024, 6, 25),
                entered_on=date(2024, 7, 1),
                left_on=date(2025, 12, 31),
                left_reason="转出",
            ),
            Person("m3", "周婷", "activist"),
        ),
        committee=(
            CommitteeRole("m1", "书记", date(2023, 3, 1)),
            CommitteeRole("m2", "委员", date(2023, 3, 1), date(2024, 3, 1)),
        ),
        meetings=(meeting,),
        talks=(
            Talk(
                id="t1",
                date=date(2025, 11, 20),
                talker="m1",
                talkee="m2",
                location="办公室",
                topic="话题",
                content="内容",
                talkee_views="意见",
                follow_up="落实",
                created_at=STAMP,
                updated_at=STAMP,
            ),
        ),
        rectifications=(
            Rectification(
                id="r1",
                problem="问题",
                meeting="mt1",
                member="m2",
                measures="措施",
                responsible="m1",
                due=date(2026, 3, 31),
                status="done",
                done_on=date(2026, 1, 5),
                result="已销号",
            ),
        ),
        evaluations=(
            Evaluation(
                "e1",
                2025,
                3,
                "mt1",
                (EvaluationResult("m2", "自评", GradeVotes(1, 2, 0, 0), "合格", "备注"),),
            ),
        ),
        rules=Rules(
            (DutyRule("theme_day", "month", 2), DutyRule("group_meeting", "month", 1, True)),
            TalkRules(committee_pairs=False, member_with_committee=True),
        ),
    )
