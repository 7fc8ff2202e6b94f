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
    text: str
    where: str  # the page where it is done
    action: str  # the link's words
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
        span = {"month": "本月", "quarter": "本季度", "year": "本年度"}[row.per]
        held = f"（已开 {cell.held} 次，应开 {cell.required} 次）" if cell.held else ""
        text = f"{span}还没有{row.label}{held}，截止 {cn_day(cell.period.last)}"
        found.append(Reminder(f"duty:{row.key}:{row.group or ''}:{cell.period.label}", "duty", text, MEETINGS,
                              "按模板新建", row.key, row.group, cell.period.label))
    return found


def talk_reminders(grid: YearGrid, has_committee: bool = True) -> list[Reminder]:
    """谈心谈话 still owed this year (Art. 19); without a committee, members talk with the 书记 or 副书记."""
    owed = grid.talks
    if not owed.pairs and not owed.members or grid.year != grid.as_of.year:
        return []
    parts = []
    if owed.pairs:
        parts.append(f"{len(owed.pairs)} 对支委之间")
        if len(owed.pairs) <= 3:
            pairs = "、".join(f"{grid.names.get(a, a)}与{grid.names.get(b, b)}" for a, b in owed.pairs)
            parts[-1] += f"（{pairs}）"
    if owed.members:
        names = "、".join(grid.names.get(m, m) for m in owed.members[:5])
        more = f"等 {len(owed.members)} 名党员" if len(owed.members) > 5 else ""
        parts.append(f"{names}{more}与{'支委' if has_committee else '书记（副书记）'}之间")
    text = f"{grid.year}年还有 " + "，".join(parts) + "未开展谈心谈话"
    return [Reminder(f"talks:{grid.year}", "talks", text, TALKS_PAGE, "去谈心谈话")]


def committee_reminders(data: BranchData, today: date) -> list[Reminder]:
    """The branch's record of its committee no longer fits its full members today (fewer than 7: no committee;
    7 or more: a committee), with the way to change it."""
    has = has_committee_on(data.committee_changes, today)
    full = sum(1 for p in data.members if has_vote(p, today))
    text = committee_suggestion(has, full)
    if text is None:
        return []
    return [Reminder(f"committee:{'yes' if has else 'no'}:{full}", "committee", text, SETTINGS, "去支部信息")]


def training_reminders_of(data: BranchData, today: date) -> list[Reminder]:
    """入党积极分子 whose year of training is over: the 支委会 may make them 发展对象 (models.rules.path)."""
    return [Reminder(f"training:{p.id}:{due.isoformat()}", "path",
                     f"入党积极分子{p.name}的培养考察{'已于' if due <= today else '将于'} {cn_day(due)} 满一年，"
                     "可由支委会研究是否列为发展对象", ROSTER, "查看人员", p.id)
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
            text = f"预备党员{person.name}的预备期已于 {cn_day(end)} 届满，尚未记录转正，请召开支部党员大会讨论其转正"
        else:
            text = f"预备党员{person.name}的预备期将于 {cn_day(end)} 届满，请准备支部党员大会讨论其转正"
        found.append(Reminder(f"probation:{person.id}:{end.isoformat()}", "probation", text, ROSTER, "查看党员",
                              person.id))
    return found


def term_reminders(data: BranchData, today: date) -> list[Reminder]:
    """The committee's term (换届) ends within three months or has ended."""
    text = term_warning(data.committee, today)
    if text is None:
        return []
    end = term_end(data.committee, today)
    return [Reminder(f"term:{end.isoformat() if end else ''}", "term", text, ROSTER, "查看支部委员会")]


def rectification_reminders(data: BranchData, today: date) -> list[Reminder]:
    """Open rectification items (整改事项) past their due date."""
    return [
        Reminder(f"rectification:{item.id}", "rectification",
                 f"整改事项“{item.problem}”已过整改期限（{cn_day(item.due)}），尚未销号", ORGLIFE, "查看整改事项",
                 item.id)
        for item in data.rectifications
        if item.status == "open" and item.due is not None and item.due < today
    ]


def draft_reminders(meetings: Sequence[Meeting | MeetingSummary], today: date) -> list[Reminder]:
    """Records still drafts (草稿) of meetings held more than a week ago, oldest first; more than three are one
    reminder, which leads to the list of drafts."""
    old = sorted((m for m in meetings if m.status == "draft" and m.date <= today - timedelta(days=DRAFT_DAYS)),
                 key=lambda m: m.date)
    if len(old) > DRAFTS_ONE_BY_ONE:
        first = f"{cn_day(old[0].date)}的“{old[0].title}”"
        text = f"有 {len(old)} 条一周前的会议记录仍是草稿（最早的是{first}），请补全后定稿"
        return [Reminder(f"drafts:{old[0].id}:{len(old)}", "draft", text, MEETINGS, "查看草稿")]
    return [Reminder(f"draft:{m.id}", "draft", f"{cn_day(m.date)}的“{m.title}”记录仍是草稿，请补全后定稿",
                     MEETINGS, "打开记录", m.id) for m in old]


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
        text = f"{year}年度的归档已过 {cn_day(deadline)} 的报送期限，请尽快生成年度归档并报送上级党组织"
    else:
        text = f"{year}年度的归档应在 {cn_day(deadline)} 前报送上级党组织"
    return [Reminder(f"archive:{year}", "archive", text, ARCHIVE, "去年度归档", str(year))]


def backup_reminders(newest_backup: date | None, today: date) -> list[Reminder]:
    """No backup (备份) for more than a week; `newest_backup` is the day of the newest one, None if none."""
    if newest_backup is not None and newest_backup >= today - timedelta(days=BACKUP_DAYS):
        return []
    text = "还没有备份过数据，请备份一次" if newest_backup is None else \
        f"已超过一周没有备份数据（上次备份：{cn_day(newest_backup)}），请备份一次"
    return [Reminder(f"backup:{newest_backup.isoformat() if newest_backup else ''}", "backup", text, SETTINGS,
                     "去备份")]


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
