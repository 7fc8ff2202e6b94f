"""Each reminder appears while its cause lasts and disappears when it is fixed."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

from models.domain import BranchData, CommitteeRole, Person, Rectification
from models.overview.grid import year_grid
from models.overview.home import newest_backup_day
from models.overview.reminders import Reminder, reminders, shown
from tests.models.overview_support import meeting, small_branch, talk


def found(data: BranchData, today: date, kind: str, *, backup: date | None = None, locked: list[int] | None = None,
          years: list[int] | None = None) -> list[Reminder]:
    grid = year_grid(data, today.year, today)
    every = reminders(data, grid, today, newest_backup=backup if backup else today, locked_years=locked or [],
                      years_with_records=years or [])
    return [r for r in every if r.kind == kind]


def texts(data: BranchData, today: date, kind: str, **more: object) -> list[str]:
    return [r.text for r in found(data, today, kind, **more)]  # type: ignore[arg-type]


def test_a_duty_due_this_month_until_it_is_held() -> None:
    today = date(2025, 5, 20)
    data = small_branch(meeting("c4", "committee_meeting", date(2025, 4, 9)))
    words = texts(data, today, "duty")
    assert "本月还没有支委会，截止 2025年5月31日" in words
    assert "本月还没有党小组会（第二党小组），截止 2025年5月31日" in words
    assert not any("支部党员大会" in w for w in words)  # its quarter ends in June: not due this month
    assert any("支部党员大会" in w for w in texts(data, date(2025, 6, 2), "duty"))
    held = dataclasses.replace(data, meetings=(*data.meetings, meeting("c5", "committee_meeting", date(2025, 5, 30))))
    assert not any("支委会" in w for w in texts(held, today, "duty"))  # a record dated later in the month counts
    reminder = next(r for r in found(data, today, "duty") if r.target == "group_meeting" and r.group == "g2")
    assert (reminder.where, reminder.period) == ("meetings", "2025-05")


def test_talks_owed_until_they_are_held() -> None:
    today = date(2025, 9, 1)
    data = small_branch()
    assert texts(data, today, "talks") == ["2025年还有 3 对支委之间（王书记与李委员、王书记与张委员、李委员与张委员），"
                                           "王书记、李委员、张委员、赵党员与支委之间未开展谈心谈话"]
    talks = (talk("k1", date(2025, 3, 1), "m1", "m2"), talk("k2", date(2025, 3, 2), "m1", "m3"),
             talk("k3", date(2025, 3, 3), "m2", "m3"), talk("k4", date(2025, 3, 4), "m4", "m1"))
    assert texts(dataclasses.replace(data, talks=talks), today, "talks") == []
    assert found(data, today, "talks")[0].where == "talks"


def test_probation_ending_within_two_months_until_full_membership_is_recorded() -> None:
    today = date(2025, 5, 10)
    joined = Person("p1", "钱预备", joined_on=date(2024, 7, 1), group="g1")
    data = small_branch()
    data = dataclasses.replace(data, members=(*data.members, joined))
    assert texts(data, today, "probation") == [
        "预备党员钱预备的预备期将于 2025年7月1日 届满，请准备支部党员大会讨论其转正"]
    assert texts(data, date(2025, 4, 30), "probation") == []  # more than two months ahead
    assert "已于 2025年7月1日 届满，尚未记录转正" in texts(data, date(2025, 7, 5), "probation")[0]
    full = dataclasses.replace(joined, full_member_on=date(2025, 7, 1))
    assert texts(dataclasses.replace(data, members=(*data.members[:-1], full)), date(2025, 7, 5), "probation") == []
    assert found(data, today, "probation")[0].target == "p1"


def test_the_committees_term_ending_within_three_months_until_it_is_elected_again() -> None:
    data = small_branch()  # elected 2024-05-01: the term ends 2027-05-01
    assert texts(data, date(2027, 1, 31), "term") == []
    assert texts(data, date(2027, 2, 1), "term") == [
        "本届支部委员会任期将于 2027年5月1日 届满（不足三个月），请提前做好换届准备。"]
    new = tuple(CommitteeRole(r.member, r.role, r.start, date(2027, 4, 20)) for r in data.committee) + (
        CommitteeRole("m1", "书记", date(2027, 4, 21)), CommitteeRole("m2", "组织委员", date(2027, 4, 21)))
    assert texts(dataclasses.replace(data, committee=new), date(2027, 4, 25), "term") == []


def test_rectification_past_due_until_it_is_done() -> None:
    item = Rectification("r1", "学习记录不完整", due=date(2025, 3, 31))
    data = small_branch(rectifications=(item,))
    assert texts(data, date(2025, 3, 31), "rectification") == []
    assert texts(data, date(2025, 4, 1), "rectification") == [
        "整改事项“学习记录不完整”已过整改期限（2025年3月31日），尚未销号"]
    done = dataclasses.replace(item, status="done", done_on=date(2025, 4, 2))
    assert texts(dataclasses.replace(data, rectifications=(done,)), date(2025, 4, 3), "rectification") == []


def test_a_draft_older_than_a_week_until_it_is_finalised() -> None:
    draft = meeting("d1", "theme_day", date(2025, 5, 2), status="draft")
    data = small_branch(draft)
    assert texts(data, date(2025, 5, 8), "draft") == []
    assert texts(data, date(2025, 5, 9), "draft") == ["2025年5月2日的“theme_day 2025-05-02”记录仍是草稿，请补全后定稿"]
    assert found(data, date(2025, 5, 9), "draft")[0].target == "d1"
    final = dataclasses.replace(draft, status="final")
    assert texts(small_branch(final), date(2025, 5, 9), "draft") == []
    many = small_branch(*(meeting(f"d{i}", "theme_day", date(2025, 5, i), status="draft") for i in range(1, 5)))
    assert texts(many, date(2025, 5, 20), "draft") == [
        "有 4 条一周前的会议记录仍是草稿（最早的是2025年5月1日的“theme_day 2025-05-01”），请补全后定稿"]
    assert found(many, date(2025, 5, 20), "draft")[0].target is None  # it leads to the list of drafts


def test_the_annual_archive_due_by_10_january_until_the_year_is_archived() -> None:
    data = small_branch()
    assert texts(data, date(2025, 11, 30), "archive", years=[2025]) == []
    due = ["2025年度的归档应在 2026年1月10日 前报送上级党组织"]
    assert texts(data, date(2025, 12, 1), "archive", years=[2025]) == due
    assert texts(data, date(2026, 1, 10), "archive", years=[2025]) == due
    assert "已过 2026年1月10日 的报送期限" in texts(data, date(2026, 1, 11), "archive", years=[2025, 2026])[0]
    assert texts(data, date(2026, 1, 11), "archive", years=[2025, 2026], locked=[2025]) == []
    assert texts(data, date(2026, 1, 5), "archive", years=[2026]) == []  # nothing recorded in 2025


def test_no_backup_for_more_than_a_week_until_one_is_made(tmp_path) -> None:
    today = date(2025, 5, 20)
    data = small_branch()
    assert texts(data, today, "backup", backup=today - timedelta(days=7)) == []
    assert texts(data, today, "backup", backup=today - timedelta(days=8)) == [
        "已超过一周没有备份数据（上次备份：2025年5月12日），请备份一次"]
    grid = year_grid(data, 2025, today)
    none = reminders(data, grid, today, newest_backup=None, locked_years=[], years_with_records=[])
    assert [r.text for r in none if r.kind == "backup"] == ["还没有备份过数据，请备份一次"]
    # the day of the newest backup, from the backups' names
    assert newest_backup_day(tmp_path / "none") is None
    for name in ("orglife-20250503-101500.sqlite3", "orglife-20250512-090000-before-import.sqlite3",
                 "orglife-20250519-080000.sqlite3.part", "notes.txt"):
        (tmp_path / name).write_bytes(b"")
    assert newest_backup_day(tmp_path) == date(2025, 5, 12)


def test_a_reminder_put_off_for_a_week_comes_back_after_it() -> None:
    today = date(2025, 5, 20)
    every = found(small_branch(), today, "duty")
    key = every[0].key
    later = {key: today + timedelta(days=7)}
    assert key not in [r.key for r in shown(every, later, today + timedelta(days=6))]
    assert key in [r.key for r in shown(every, later, today + timedelta(days=7))]
    assert len(shown(every, later, today)) == len(every) - 1
