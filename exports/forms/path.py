"""The 公示 of the path into the Party (发展党员), filled from a person's stage dates: before a 发展对象 is admitted
as 预备党员, and before a 预备党员 is confirmed (转正) — the notices a branch posts for five working days."""

from __future__ import annotations

from exports.forms.common import form_meta, form_title
from exports.model import Cell, Document, Table, para
from exports.text import clean, cn_date
from models.domain import BranchData, Person
from models.roster.dates import birth_words
from models.rules.path import probation_end

NOTICE = ("公示时间：　　　年　　月　　日至　　　年　　月　　日（5 个工作日）。公示期间，党员和群众可以通过来信、"
          "来电、来访等方式，向党支部或上级党组织反映公示对象的情况和问题。反映情况须实事求是，"
          "以个人名义反映的请写明真实姓名。")


def _day(value) -> str:
    return cn_date(value) if value else ""


def _table(rows: list[tuple[str, str]]) -> Table:
    cells = [(Cell(label, True, center=True), Cell(value, center=True)) for label, value in rows]
    return Table(tuple(cells), (4.0, 8.0))


def _tail(data: BranchData) -> tuple:
    return (para(NOTICE), para("联系人：　　　　　　联系电话：", style="plain"),
            para(clean(data.branch.name), style="right"), para("　　　年　　月　　日", style="right"))


def admission_notice_document(data: BranchData, person: Person) -> Document:
    """关于拟发展某某同志为中共预备党员的公示."""
    name = clean(person.name)
    title = f"关于拟发展{name}同志为中共预备党员的公示"
    rows = [("姓名", name), ("性别", person.gender or ""), ("出生年月", birth_words(person.birth_date,
                                                                          person.birth_precision)),
            ("学历", clean(person.education)), ("职务", clean(person.title)),
            ("申请入党时间", _day(person.applied_on)), ("确定为入党积极分子时间", _day(person.activist_on)),
            ("列为发展对象时间", _day(person.candidate_on))]
    opening = (f"根据《中国共产党发展党员工作细则》，经党支部委员会研究，拟发展{name}同志为中共预备党员，"
               "提交支部党员大会讨论。现将有关情况公示如下：")
    blocks = (para(opening), _table(rows), *_tail(data))
    return Document(form_title(data, title), blocks, form_meta(data, title))


def confirmation_notice_document(data: BranchData, person: Person) -> Document:
    """关于某某同志拟按期转为中共正式党员的公示."""
    name = clean(person.name)
    title = f"关于{name}同志拟按期转为中共正式党员的公示"
    end = probation_end(person.joined_on) if person.joined_on else None
    rows = [("姓名", name), ("性别", person.gender or ""), ("出生年月", birth_words(person.birth_date,
                                                                          person.birth_precision)),
            ("学历", clean(person.education)), ("职务", clean(person.title)),
            ("入党时间（接收为预备党员）", _day(person.joined_on)), ("预备期满时间", _day(end))]
    opening = (f"{name}同志于{_day(person.joined_on)}被接收为中共预备党员，预备期一年，将于{_day(end)}期满。"
               "本人已提出转正申请，经党支部委员会研究，拟提交支部党员大会讨论其按期转为正式党员。"
               "现将有关情况公示如下：")
    blocks = (para(opening), _table(rows), *_tail(data))
    return Document(form_title(data, title), blocks, form_meta(data, title))
