"""Checks of one person's data, shared by the person dialog and the Excel import."""

from __future__ import annotations

from collections.abc import Iterable

from models.domain import GENDERS, PERSON_KINDS, Person


def validate_person(p: Person) -> list[str]:
    """What is wrong with `p`, in words the clerk understands; empty when it can be saved."""
    errors: list[str] = []
    name = p.name.strip()
    if not name:
        errors.append("姓名不能为空")
    elif len(name) > 50:
        errors.append("姓名不能超过 50 个字")
    if p.kind not in PERSON_KINDS:
        errors.append(f"人员类别“{p.kind}”无法识别（应为 党员、发展对象 或 入党积极分子）")
    if p.gender is not None and p.gender not in GENDERS:
        errors.append(f"性别“{p.gender}”无法识别（应为 男 或 女）")
    if p.kind == "member" and p.joined_on is None:
        errors.append("党员必须填写入党日期")
    if p.kind != "member" and p.full_member_on is not None:
        errors.append("只有党员才有转正日期")
    if p.joined_on and p.full_member_on and p.full_member_on <= p.joined_on:
        errors.append("转正日期必须晚于入党日期")
    if p.birth_date and p.joined_on and p.joined_on <= p.birth_date:
        errors.append("入党日期必须晚于出生日期")
    if p.joined_on and p.left_on and p.left_on <= p.joined_on:
        errors.append("离开日期必须晚于入党日期")
    if p.entered_on and p.left_on and p.left_on <= p.entered_on:
        errors.append("离开日期必须晚于转入日期")
    if p.left_reason and not p.left_on:
        errors.append("填写了离开原因，也请填写离开日期")
    steps = [("申请入党", p.applied_on), ("确定为积极分子", p.activist_on), ("列为发展对象", p.candidate_on),
             ("入党", p.joined_on)]
    known = [(w, d) for w, d in steps if d is not None]
    for (w1, d1), (w2, d2) in zip(known, known[1:], strict=False):
        if d2 < d1:
            errors.append(f"{w2}日期不能早于{w1}日期")
    return errors


def duplicate_names(p: Person, others: Iterable[Person]) -> list[Person]:
    """Other people with the same name (the clerk confirms before a second 王芳 is added)."""
    name = p.name.strip()
    return [o for o in others if o.id != p.id and o.name.strip() == name]
