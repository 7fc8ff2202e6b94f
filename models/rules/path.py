"""发展党员: the path into the Party (《中国共产党发展党员工作细则》) — 申请入党 → 入党积极分子 → 发展对象 → 预备党员 →
正式党员, each step with its date and the meeting that decided it, and the time rules between the steps.

Readings applied:
- a 入党积极分子 may be made a 发展对象 after at least one year of training and education (培养教育考察一年以上);
- a 预备党员's probation is one year (预备期为一年), from the day the 支部党员大会 admitted them (`joined_on`);
  转正 is voted on when it ends, and counts from the day it ended; the probation may be extended, by up to a
  year, so a 转正 later than one year is told, not refused;
- the deciding meetings: 支委会 for 积极分子 and 发展对象 (resolution kinds `activist` and `candidate`), the
  支部党员大会 for admission and 转正 (`admission`, `full_membership`), found by the resolution's `subject`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date

from models.domain import BranchData, Meeting, Person
from models.rules.term import _add_months
from models.words import QT_TRANSLATE_NOOP, Day, Words, say, word

STEPS = (  # (field of Person, words, resolution kind that decides it)
    ("applied_on", QT_TRANSLATE_NOOP("vocabulary", "申请入党"), None),
    ("activist_on", QT_TRANSLATE_NOOP("vocabulary", "确定为入党积极分子"), "activist"),
    ("candidate_on", QT_TRANSLATE_NOOP("vocabulary", "列为发展对象"), "candidate"),
    ("joined_on", QT_TRANSLATE_NOOP("vocabulary", "接收为预备党员"), "admission"),
    ("full_member_on", QT_TRANSLATE_NOOP("vocabulary", "转为正式党员"), "full_membership"),
)
# The stages of the 发展党员 view (PathRow.stage)
ACTIVIST = QT_TRANSLATE_NOOP("vocabulary", "入党积极分子")
CANDIDATE = QT_TRANSLATE_NOOP("vocabulary", "发展对象")
PROBATIONER = QT_TRANSLATE_NOOP("vocabulary", "预备党员")
TRAINING_MONTHS = 12  # 积极分子 to 发展对象
PROBATION_MONTHS = 12  # 预备期


@dataclass(frozen=True)
class Step:
    words: str
    day: date | None
    meeting: str | None  # the meeting whose resolution decided it (its id), when recorded


def deciding_meetings(person_id: str, meetings: Iterable[Meeting]) -> dict[str, Meeting]:
    """Resolution kind → the latest meeting with a resolution of that kind about `person_id`."""
    found: dict[str, Meeting] = {}
    for meeting in sorted(meetings, key=lambda m: m.date):
        for resolution in meeting.resolutions:
            if resolution.subject == person_id:
                found[resolution.kind] = meeting
    return found


def steps_of(person: Person, meetings: Iterable[Meeting]) -> list[Step]:
    """The person's path so far: every step with its date (None when not reached or not recorded)."""
    deciding = deciding_meetings(person.id, meetings)
    return [Step(words, getattr(person, field), deciding[kind].id if kind in deciding else None)
            for field, words, kind in STEPS]


def path_problems(person: Person) -> list[Words]:
    """The time rules broken by the dates recorded, in the clerk's words."""
    found: list[Words] = []
    order = [(words, getattr(person, field)) for field, words, _ in STEPS]
    known = [(w, d) for w, d in order if d is not None]
    for (w1, d1), (w2, d2) in zip(known, known[1:], strict=False):
        if d2 < d1:
            found.append(say(QT_TRANSLATE_NOOP("rules", "{0}：{1}的日期（{2}）早于{3}（{4}）"), person.name, word(w2),
                             d2.isoformat(), word(w1), d1.isoformat()))
    if person.activist_on and person.candidate_on and person.candidate_on < _add_months(person.activist_on,
                                                                                         TRAINING_MONTHS):
        found.append(say(QT_TRANSLATE_NOOP(
            "rules", "{0}：确定为入党积极分子不满一年即列为发展对象（应培养考察一年以上）"), person.name))
    if person.joined_on and person.full_member_on and person.full_member_on < _add_months(person.joined_on,
                                                                                          PROBATION_MONTHS):
        found.append(say(QT_TRANSLATE_NOOP("rules", "{0}：预备期不满一年即转为正式党员（预备期为一年）"), person.name))
    return found


def training_reminders(data: BranchData, today: date) -> list[tuple[Person, date]]:
    """入党积极分子 whose year of training is over (or ends within a month) and who are not yet 发展对象: (person,
    the day the year ends)."""
    found = []
    for person in data.members:
        if person.kind != "activist" or person.activist_on is None or person.candidate_on is not None:
            continue
        due = _add_months(person.activist_on, TRAINING_MONTHS)
        if due <= _add_months(today, 1) and person.left_on is None:
            found.append((person, due))
    return found


def probation_end(joined_on: date) -> date:
    """The day a 预备党员's year of probation ends (预备期满): one year after joining."""
    return _add_months(joined_on, PROBATION_MONTHS)


def person_after(person: Person, kind: str, day: date) -> tuple[Person, Words]:
    """The person once a resolution of `kind` taken on `day` is entered in the roster, with what changes in
    words: admission makes a 预备党员 from `day`; 转正 a 正式党员 from the end of the probation (转正时间从预备期满
    之日算起); 积极分子 and 发展对象 from `day`."""
    cn = Day.of(day)
    if kind == "admission":
        return replace(person, kind="member", joined_on=day), say(
            QT_TRANSLATE_NOOP("rules", "{0}：自 {1} 起为中共预备党员（入党日期）。"), person.name, cn)
    if kind == "full_membership" and person.joined_on is not None:
        end = probation_end(person.joined_on)
        words = say(QT_TRANSLATE_NOOP("rules", "{0}：转为中共正式党员，转正日期为预备期满之日 {1}。"), person.name,
                    Day.of(end))
        return replace(person, full_member_on=end), words
    if kind == "activist":
        return replace(person, kind="activist", activist_on=day), say(
            QT_TRANSLATE_NOOP("rules", "{0}：自 {1} 起为入党积极分子。"), person.name, cn)
    if kind == "candidate":
        return replace(person, kind="candidate", candidate_on=day), say(
            QT_TRANSLATE_NOOP("rules", "{0}：自 {1} 起列为发展对象。"), person.name, cn)
    return person, say("")


@dataclass(frozen=True)
class PathRow:  # one person on the path, for the 发展党员 view
    person: Person
    stage: str  # ACTIVIST / CANDIDATE / PROBATIONER: 入党积极分子 / 发展对象 / 预备党员
    next_step: Words  # what is due next, with its earliest day
    problems: tuple[Words, ...]


def people_on_the_path(data: BranchData, today: date) -> list[PathRow]:
    """Applicants, activists, candidates and 预备党员 (in the branch today), by stage, then the stage's date."""
    rows: list[tuple[int, date, PathRow]] = []
    for p in data.members:
        if p.left_on is not None and p.left_on <= today:
            continue
        if p.kind == "member" and p.joined_on is not None and p.full_member_on is None:
            end = probation_end(p.joined_on)
            step = say(QT_TRANSLATE_NOOP("rules", "预备期满 {0}，召开支部党员大会讨论转正"), Day.of(end))
            rows.append((3, p.joined_on, PathRow(p, PROBATIONER, step, tuple(path_problems(p)))))
        elif p.kind == "candidate":
            step = say(QT_TRANSLATE_NOOP("rules", "政治审查、培训后，支部党员大会讨论接收"))
            rows.append((2, p.candidate_on or date.min, PathRow(p, CANDIDATE, step, tuple(path_problems(p)))))
        elif p.kind == "activist":
            due = _add_months(p.activist_on, TRAINING_MONTHS) if p.activist_on else None
            step = (say(QT_TRANSLATE_NOOP("rules", "{0}起可列为发展对象"), Day.of(due)) if due
                    else say(QT_TRANSLATE_NOOP("rules", "请填写确定为积极分子的日期")))
            rows.append((1, p.activist_on or date.min, PathRow(p, ACTIVIST, step, tuple(path_problems(p)))))
    rows.sort(key=lambda r: (r[0], r[1]))
    return [r for _, _, r in rows]
