"""Reminders (提醒) on the home screen: what is due and what has been missed, each with where it is done.

Plain values; the UI shows them, links each to its page (`where`, `target`) and keeps which the clerk has put off
for a week (by `key`, which stays the same as long as the cause does).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from models.domain import BranchData, Meeting
from models.overview.grid import DUE, TALKS, YearGrid
from models.rules.committee import committee_suggestion, has_committee_on
from models.rules.path import probation_end, training_reminders
from models.rules.periods import month_period
from models.rules.status import has_vote, in_branch, is_probationary
from models.rules.term import _add_months, term_end, term_warning
from models.words import QT_TRANSLATE_NOOP, Day, Words, joined, say

if TYPE_CHECKING:
    from models.services.summaries import MeetingSummary

PROBATION_WARN_MONTHS = 2  # 预备期满 within two months: prepare the 转正 vote
DRAFT_DAYS = 7  # a draft whose meeting was more than a week ago
DRAFTS_ONE_BY_ONE = 3  # more old drafts than this are told in one reminder
BACKUP_DAYS = 7  # no backup for more than a week
ARCHIVE_DAY = (1, 10)  # the year's archive is handed to the superior body by 10 January
ARCHIVE_FROM = (12, 1)  # … and reminded of from 1 December

# where a reminder is done: a page of the main window
MEETINGS, TALKS_PAGE, ROSTER, ORGLIFE = "meetings", "talks", "roster", "orglife"
ARCHIVE, SETTINGS = "archive", "settings"


@dataclass(frozen=True)
class Reminder:
    key: str  # stable while the cause lasts: what the clerk puts off
    kind: str  # duty / talks / probation / path / term / committee / rectification / draft / archive / backup
    text: Words  # the sentence (Chinese; the UI shows it through ui/words.sentence)
    where: str  # the page where it is done
    action: str  # the link's words: a word of the vocabulary (shown through ui/words.label)
    target: str | None = None  # the record to open (a meeting, a person, a rectification) or the duty's row key
    group: str | None = None  # a duty's Party group
    period: str | None = None  # a duty's period label


def cn_day(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def duty_reminders(grid: YearGrid, today: date) -> list[Reminder]:
    """The duties due this month not yet held: 本期待办 cells whose period ends within today's month."""
    month = month_period(today.year, today.month)
    found = []
    for row, cell in grid.cells_in(DUE):
        if row.key == TALKS or not (month.first <= cell.period.last <= month.last):
            continue
        span = say(QT_TRANSLATE_NOOP("rules", "本月") if row.per == "month"
                   else QT_TRANSLATE_NOOP("rules", "本季度") if row.per == "quarter"
                   else QT_TRANSLATE_NOOP("rules", "本年度"))
        held = (say(QT_TRANSLATE_NOOP("rules", "（已开 {0} 次，应开 {1} 次）"), cell.held, cell.required) if cell.held
                else say(""))
        text = say(QT_TRANSLATE_NOOP("rules", "{0}还没有{1}{2}，截止 {3}"), span, row.label, held,
                   Day.of(cell.period.last))
        found.append(Reminder(f"duty:{row.key}:{row.group or ''}:{cell.period.label}", "duty", text, MEETINGS,
                              QT_TRANSLATE_NOOP("vocabulary", "按模板新建"), row.key, row.group, cell.period.label))
    return found


def talk_reminders(grid: YearGrid, has_committee: bool = True) -> list[Reminder]:
    """谈心谈话 still owed this year (Art. 19); without a committee, members talk with the 书记 or 副书记."""
    owed = grid.talks
    if not owed.pairs and not owed.members or grid.year != grid.as_of.year:
        return []
    parts: list[Words] = []
    if owed.pairs:
        if len(owed.pairs) <= 3:
            pairs = joined([say(QT_TRANSLATE_NOOP("rules", "{0}与{1}"), grid.names.get(a, a), grid.names.get(b, b))
                            for a, b in owed.pairs], QT_TRANSLATE_NOOP("rules", "{0}、{1}"))
            parts.append(say(QT_TRANSLATE_NOOP("rules", "{0} 对支委之间（{1}）"), len(owed.pairs), pairs))
        else:
            parts.append(say(QT_TRANSLATE_NOOP("rules", "{0} 对支委之间"), len(owed.pairs)))
    if owed.members:
        names = "、".join(grid.names.get(m, m) for m in owed.members[:5])
        more = (say(QT_TRANSLATE_NOOP("rules", "等 {0} 名党员"), len(owed.members)) if len(owed.members) > 5
                else say(""))
        who = say(QT_TRANSLATE_NOOP("rules", "支委") if has_committee else QT_TRANSLATE_NOOP("rules", "书记（副书记）"))
        parts.append(say(QT_TRANSLATE_NOOP("rules", "{0}{1}与{2}之间"), names, more, who))
    text = say(QT_TRANSLATE_NOOP("rules", "{0}年还有 {1}未开展谈心谈话"), grid.year,
               joined(parts, QT_TRANSLATE_NOOP("rules", "{0}，{1}")))
    return [Reminder(f"talks:{grid.year}", "talks", text, TALKS_PAGE, QT_TRANSLATE_NOOP("vocabulary", "去谈心谈话"))]


def committee_reminders(data: BranchData, today: date) -> list[Reminder]:
    """The branch's record of its committee no longer fits its full members today (fewer than 7: no committee;
    7 or more: a committee), with the way to change it."""
    has = has_committee_on(data.committee_changes, today)
    full = sum(1 for p in data.members if has_vote(p, today))
    text = committee_suggestion(has, full)
    if text is None:
        return []
    return [Reminder(f"committee:{'yes' if has else 'no'}:{full}", "committee", text, SETTINGS,
                     QT_TRANSLATE_NOOP("vocabulary", "去支部信息"))]


def training_reminders_of(data: BranchData, today: date) -> list[Reminder]:
    """入党积极分子 whose year of training is over: the 支委会 may make them 发展对象 (models.rules.path)."""
    return [Reminder(f"training:{p.id}:{due.isoformat()}", "path",
                     say(QT_TRANSLATE_NOOP("rules", "入党积极分子{0}的培养考察已于 {1} 满一年，"
                                                    "可由支委会研究是否列为发展对象")
                         if due <= today else
                         QT_TRANSLATE_NOOP("rules", "入党积极分子{0}的培养考察将于 {1} 满一年，"
                                                    "可由支委会研究是否列为发展对象"),
                         p.name, Day.of(due)),
                     ROSTER, QT_TRANSLATE_NOOP("vocabulary", "查看人员"), p.id)
            for p, due in training_reminders(data, today)]


def probation_reminders(data: BranchData, today: date) -> list[Reminder]:
    """预备党员 in the branch whose probation ends within two months, or has ended without 转正 recorded."""
    horizon = _add_months(today, PROBATION_WARN_MONTHS)
    found = []
    for person in data.members:
        if person.joined_on is None or not in_branch(person, today) or not is_probationary(person, today):
            continue
        end = probation_end(person.joined_on)
        if end > horizon:
            continue
        if end < today:
            text = say(QT_TRANSLATE_NOOP(
                "rules", "预备党员{0}的预备期已于 {1} 届满，尚未记录转正，请召开支部党员大会讨论其转正"),
                person.name, Day.of(end))
        else:
            text = say(QT_TRANSLATE_NOOP("rules", "预备党员{0}的预备期将于 {1} 届满，请准备支部党员大会讨论其转正"),
                       person.name, Day.of(end))
        found.append(Reminder(f"probation:{person.id}:{end.isoformat()}", "probation", text, ROSTER,
                              QT_TRANSLATE_NOOP("vocabulary", "查看党员"), person.id))
    return found


def term_reminders(data: BranchData, today: date) -> list[Reminder]:
    """The committee's term (换届) ends within three months or has ended."""
    text = term_warning(data.committee, today)
    if text is None:
        return []
    end = term_end(data.committee, today)
    return [Reminder(f"term:{end.isoformat() if end else ''}", "term", text, ROSTER,
                     QT_TRANSLATE_NOOP("vocabulary", "查看支部委员会"))]


def rectification_reminders(data: BranchData, today: date) -> list[Reminder]:
    """Open rectification items (整改事项) past their due date."""
    return [
        Reminder(f"rectification:{item.id}", "rectification",
                 say(QT_TRANSLATE_NOOP("rules", "整改事项“{0}”已过整改期限（{1}），尚未销号"), item.problem,
                     Day.of(item.due)),
                 ORGLIFE, QT_TRANSLATE_NOOP("vocabulary", "查看整改事项"), item.id)
        for item in data.rectifications
        if item.status == "open" and item.due is not None and item.due < today
    ]


def draft_reminders(meetings: Sequence[Meeting | MeetingSummary], today: date) -> list[Reminder]:
    """Records still drafts (草稿) of meetings held more than a week ago, oldest first; more than three are one
    reminder, which leads to the list of drafts."""
    old = sorted((m for m in meetings if m.status == "draft" and m.date <= today - timedelta(days=DRAFT_DAYS)),
                 key=lambda m: m.date)
    if len(old) > DRAFTS_ONE_BY_ONE:
        text = say(QT_TRANSLATE_NOOP("rules", "有 {0} 条一周前的会议记录仍是草稿（最早的是{1}的“{2}”），请补全后定稿"),
                   len(old), Day.of(old[0].date), old[0].title)
        return [Reminder(f"drafts:{old[0].id}:{len(old)}", "draft", text, MEETINGS,
                         QT_TRANSLATE_NOOP("vocabulary", "查看草稿"))]
    return [Reminder(f"draft:{m.id}", "draft",
                     say(QT_TRANSLATE_NOOP("rules", "{0}的“{1}”记录仍是草稿，请补全后定稿"), Day.of(m.date), m.title),
                     MEETINGS, QT_TRANSLATE_NOOP("vocabulary", "打开记录"), m.id) for m in old]


def archive_reminders(today: date, locked_years: list[int], years_with_records: list[int]) -> list[Reminder]:
    """The year's archive (年度归档) is due by 10 January: from 1 December on, until the year is archived (锁定)."""
    if (today.month, today.day) >= ARCHIVE_FROM:
        year = today.year
    else:
        year = today.year - 1
    if year in locked_years or year not in years_with_records:
        return []
    deadline = date(year + 1, *ARCHIVE_DAY)
    if today > deadline:
        text = say(QT_TRANSLATE_NOOP("rules", "{0}年度的归档已过 {1} 的报送期限，请尽快生成年度归档并报送上级党组织"),
                   year, Day.of(deadline))
    else:
        text = say(QT_TRANSLATE_NOOP("rules", "{0}年度的归档应在 {1} 前报送上级党组织"), year, Day.of(deadline))
    return [Reminder(f"archive:{year}", "archive", text, ARCHIVE, QT_TRANSLATE_NOOP("vocabulary", "去年度归档"),
                     str(year))]


def backup_reminders(newest_backup: date | None, today: date) -> list[Reminder]:
    """No backup (备份) for more than a week; `newest_backup` is the day of the newest one, None if none."""
    if newest_backup is not None and newest_backup >= today - timedelta(days=BACKUP_DAYS):
        return []
    text = say(QT_TRANSLATE_NOOP("rules", "还没有备份过数据，请备份一次")) if newest_backup is None else say(
        QT_TRANSLATE_NOOP("rules", "已超过一周没有备份数据（上次备份：{0}），请备份一次"), Day.of(newest_backup))
    return [Reminder(f"backup:{newest_backup.isoformat() if newest_backup else ''}", "backup", text, SETTINGS,
                     QT_TRANSLATE_NOOP("vocabulary", "去备份"))]


def reminders(
    data: BranchData,
    grid: YearGrid,
    today: date,
    *,
    newest_backup: date | None,
    locked_years: list[int],
    years_with_records: list[int],
    drafts: Sequence[Meeting | MeetingSummary] | None = None,
) -> list[Reminder]:
    """Every reminder on `today`, most pressing kinds first. `grid` is this year's grid judged on `today`; `data`
    holds the people, committee and rectifications, and `drafts` the draft meetings of any year (default: those
    among `data.meetings`)."""
    return [
        *duty_reminders(grid, today),
        *probation_reminders(data, today),
        *training_reminders_of(data, today),
        *term_reminders(data, today),
        *committee_reminders(data, today),
        *rectification_reminders(data, today),
        *talk_reminders(grid, has_committee_on(data.committee_changes, today)),
        *draft_reminders(data.meetings if drafts is None else drafts, today),
        *archive_reminders(today, locked_years, years_with_records),
        *backup_reminders(newest_backup, today),
    ]


def shown(found: list[Reminder], put_off: dict[str, date], today: date) -> list[Reminder]:
    """The reminders not put off: `put_off` maps a key to the day until which the clerk asked not to see it."""
    return [r for r in found if put_off.get(r.key, date.min) <= today]
