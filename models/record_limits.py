"""The limits of `models.limits` checked on a whole record, as the editors check it before a write: what the
importer would refuse in a file is refused in the editor too, in the clerk's words.

One-line fields (a title, a guest's name, a talk's topic, an attachment's name, a person's phone …) may have
at most LINE_CHARS characters and no control characters; every other text at most TEXT_CHARS; an attachment at
most ATTACHMENT_BYTES. The fields are those the interchange reader checks as one line (`Checker.line`).
"""

from __future__ import annotations

import dataclasses
from typing import Any

from models.domain import Attachment, Branch, Guest, Meeting, Person, Speech, Talk
from models.limits import ATTACHMENT_BYTES, LINE_CHARS, TEXT_CHARS, control_character
from models.words import QT_TRANSLATE_NOOP, Words, say, word

# (type, field) -> what the clerk calls it; one-line fields
LINES: dict[tuple[type, str], str] = {
    (Meeting, "title"): QT_TRANSLATE_NOOP("vocabulary", "标题"),
    (Meeting, "lecturer"): QT_TRANSLATE_NOOP("vocabulary", "授课人"),
    (Meeting, "lecture_title"): QT_TRANSLATE_NOOP("vocabulary", "党课题目"),
    (Guest, "name"): QT_TRANSLATE_NOOP("vocabulary", "列席人员姓名"),
    (Guest, "title"): QT_TRANSLATE_NOOP("vocabulary", "列席人员职务"),
    (Talk, "kind"): QT_TRANSLATE_NOOP("vocabulary", "谈话类型"),
    (Talk, "topic"): QT_TRANSLATE_NOOP("vocabulary", "谈话主题"),
    (Attachment, "name"): QT_TRANSLATE_NOOP("vocabulary", "附件名"),
    (Attachment, "media_type"): QT_TRANSLATE_NOOP("vocabulary", "附件类型"),
    (Speech, "speaker_name"): QT_TRANSLATE_NOOP("vocabulary", "发言人姓名"),
    (Person, "name"): QT_TRANSLATE_NOOP("vocabulary", "姓名"),
    (Person, "ethnicity"): QT_TRANSLATE_NOOP("vocabulary", "民族"),
    (Person, "education"): QT_TRANSLATE_NOOP("vocabulary", "学历"),
    (Person, "title"): QT_TRANSLATE_NOOP("vocabulary", "职务"),
    (Person, "phone"): QT_TRANSLATE_NOOP("vocabulary", "联系电话"),
    (Person, "left_reason"): QT_TRANSLATE_NOOP("vocabulary", "离开原因"),
    (Branch, "name"): QT_TRANSLATE_NOOP("vocabulary", "党支部全称"),
    (Branch, "short_name"): QT_TRANSLATE_NOOP("vocabulary", "简称"),
    (Branch, "parent_org"): QT_TRANSLATE_NOOP("vocabulary", "上级党组织"),
    (Branch, "fonds_code"): QT_TRANSLATE_NOOP("vocabulary", "全宗号"),
    (Branch, "unit_code"): QT_TRANSLATE_NOOP("vocabulary", "机构代码"),
}
# running text: named where the clerk knows the field by a name, else “一段文字”
TEXTS: dict[tuple[type, str], str] = {
    (Meeting, "location"): QT_TRANSLATE_NOOP("vocabulary", "地点"),
    (Meeting, "summary"): QT_TRANSLATE_NOOP("vocabulary", "会议小结"),
    (Meeting, "notes"): QT_TRANSLATE_NOOP("vocabulary", "备注"),
    (Speech, "content"): QT_TRANSLATE_NOOP("vocabulary", "发言"),
    (Talk, "location"): QT_TRANSLATE_NOOP("vocabulary", "谈话地点"),
    (Talk, "content"): QT_TRANSLATE_NOOP("vocabulary", "谈话内容"),
    (Talk, "talkee_views"): QT_TRANSLATE_NOOP("vocabulary", "谈话对象的意见"),
    (Talk, "follow_up"): QT_TRANSLATE_NOOP("vocabulary", "后续跟进"),
}
_BOOKKEEPING = {"id", "created_at", "updated_at", "finalized_at", "added_at", "status", "type", "sha256"}


def first_problem(record: Any) -> Words | None:
    """Why `record` cannot be written as it stands (in Chinese, one sentence), or None."""
    return next(iter(problems(record)), None)


def problems(record: Any) -> list[Words]:
    """Every field of `record` (and of the records inside it) over its limit."""
    found: list[Words] = []
    _walk(record, found)
    return found


def _walk(value: Any, found: list[Words]) -> None:
    if isinstance(value, tuple | list):
        for inner in value:
            _walk(inner, found)
        return
    if not dataclasses.is_dataclass(value) or isinstance(value, type):
        return
    kind = type(value)
    if isinstance(value, Attachment) and len(value.data) > ATTACHMENT_BYTES:
        found.append(say(QT_TRANSLATE_NOOP("rules", "附件“{0}”超过 {1} MB（{2} MB），请压缩或拆分"), value.name,
                         ATTACHMENT_BYTES // 1_048_576, f"{len(value.data) / 1_048_576:.1f}"))
    for f in dataclasses.fields(value):
        inner = getattr(value, f.name)
        if isinstance(inner, str):
            if f.name not in _BOOKKEEPING:
                _check_text(kind, f.name, inner, found)
        elif isinstance(inner, tuple) and inner and all(isinstance(x, str) for x in inner):
            for item in inner:  # the agenda's items, the meeting kinds it also counts as
                _check_text(kind, f.name, item, found)
        else:
            _walk(inner, found)


def _check_text(kind: type, name: str, text: str, found: list[Words]) -> None:
    line = LINES.get((kind, name))
    if line is not None:
        if len(text) > LINE_CHARS:
            found.append(say(QT_TRANSLATE_NOOP("rules", "{0}过长：{1} 个字符（最多 {2} 个），请缩短"), word(line),
                             len(text), LINE_CHARS))
        control = control_character(text)
        if control is not None:
            found.append(say(QT_TRANSLATE_NOOP("rules", "{0}中含有看不见的控制字符 {1}，请删去"), word(line), control))
        return
    if len(text) > TEXT_CHARS:
        what = TEXTS.get((kind, name), QT_TRANSLATE_NOOP("vocabulary", "一段文字"))
        found.append(say(QT_TRANSLATE_NOOP("rules", "{0}过长：{1} 个字符（最多 {2} 个），请分成几段记录或删减"),
                         word(what), len(text), TEXT_CHARS))
