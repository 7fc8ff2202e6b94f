"""Checks of one person's data, shared by the person dialog and the Excel import."""

from __future__ import annotations

from collections.abc import Iterable

from models.domain import GENDERS, PERSON_KINDS, Person
from models.words import QT_TRANSLATE_NOOP, Words, say, word


def validate_person(p: Person) -> list[Words]:
    """What is wrong with `p`, in words the clerk understands; empty when it can be saved."""
    errors: list[Words] = []
    name = p.name.strip()
    if not name:
        errors.append(say(QT_TRANSLATE_NOOP("rules", "姓名不能为空")))
    elif len(name) > 50:
        errors.append(say(QT_TRANSLATE_NOOP("rules", "姓名不能超过 50 个字")))
    if p.kind not in PERSON_KINDS:
        errors.append(say(QT_TRANSLATE_NOOP("rules", "人员类别“{0}”无法识别（应为 党员、发展对象 或 入党积极分子）"),
                          p.kind))
    if p.gender is not None and p.gender not in GENDERS:
        errors.append(say(QT_TRANSLATE_NOOP("rules", "性别“{0}”无法识别（应为 男 或 女）"), p.gender))
    if p.kind == "member" and p.joined_on is None:
        errors.append(say(QT_TRANSLATE_NOOP("rules", "党员必须填写入党日期")))
    if p.kind != "member" and p.full_member_on is not None:
        errors.append(say(QT_TRANSLATE_NOOP("rules", "只有党员才有转正日期")))
    if p.joined_on and p.full_member_on and p.full_member_on <= p.joined_on:
        errors.append(say(QT_TRANSLATE_NOOP("rules", "转正日期必须晚于入党日期")))
    if p.birth_date and p.joined_on and p.joined_on <= p.birth_date:
        errors.append(say(QT_TRANSLATE_NOOP("rules", "入党日期必须晚于出生日期")))
    if p.joined_on and p.left_on and p.left_on <= p.joined_on:
        errors.append(say(QT_TRANSLATE_NOOP("rules", "离开日期必须晚于入党日期")))
    if p.entered_on and p.left_on and p.left_on <= p.entered_on:
        errors.append(say(QT_TRANSLATE_NOOP("rules", "离开日期必须晚于转入日期")))
    if p.left_reason and not p.left_on:
        errors.append(say(QT_TRANSLATE_NOOP("rules", "填写了离开原因，也请填写离开日期")))
    steps = [(QT_TRANSLATE_NOOP("vocabulary", "申请入党"), p.applied_on),
             (QT_TRANSLATE_NOOP("vocabulary", "确定为积极分子"), p.activist_on),
             (QT_TRANSLATE_NOOP("vocabulary", "列为发展对象"), p.candidate_on),
             (QT_TRANSLATE_NOOP("vocabulary", "入党"), p.joined_on)]
    known = [(w, d) for w, d in steps if d is not None]
    for (w1, d1), (w2, d2) in zip(known, known[1:], strict=False):
        if d2 < d1:
            errors.append(say(QT_TRANSLATE_NOOP("rules", "{0}日期不能早于{1}日期"), word(w2), word(w1)))
    return errors


def duplicate_names(p: Person, others: Iterable[Person]) -> list[Person]:
    """Other people with the same name (the clerk confirms before a second 王芳 is added)."""
    name = p.name.strip()
    return [o for o in others if o.id != p.id and o.name.strip() == name]
