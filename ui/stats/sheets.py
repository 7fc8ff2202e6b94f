"""The statistics page's tables as (header, rows): what the table on screen shows and the .xlsx holds.

The figures are models.overview.statistics'; rates are fractions (the sheet formats them as 0.0%). The words of a
table come from the caller (`SheetWords`): the screen's follow the 界面语言 (`ON_SCREEN`), the Excel's stay
Chinese (`IN_EXCEL`, the default), like every document.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from models.domain import MEETING_TYPES
from models.overview.statistics import Attendance, CommitteeTalks
from ui.fmt import month_heading

Table = tuple[list[str], list[list[object]]]
MONTHS = [f"{m}月" for m in range(1, 13)]


@dataclass(frozen=True)
class SheetWords:
    say: Callable[[str], str]  # a header or total (marked in context StatsSheets) as the table shows it
    month: Callable[[int], str]  # a month's column
    kind: Callable[[str], str]  # a kind of meeting (its code) by name


def _kind_on_screen(code: str) -> str:
    from ui.words import label

    return label(MEETING_TYPES.get(code, code))


IN_EXCEL = SheetWords(lambda text: text, lambda month: f"{month}月", lambda code: MEETING_TYPES.get(code, code))
ON_SCREEN = SheetWords(lambda text: QCoreApplication.translate("StatsSheets", text), month_heading, _kind_on_screen)


def meetings_table(per_month: dict[str, tuple[int, ...]], words: SheetWords = IN_EXCEL) -> Table:
    say, total = words.say, words.say(QT_TRANSLATE_NOOP("StatsSheets", "合计"))
    header = [say(QT_TRANSLATE_NOOP("StatsSheets", "会议类型")), *(words.month(m) for m in range(1, 13)), total]
    rows: list[list[object]] = [[words.kind(k), *counts, sum(counts)] for k, counts in per_month.items()]
    if rows:
        totals = [sum(counts[m] for counts in per_month.values()) for m in range(12)]
        rows.append([total, *totals, sum(totals)])
    return header, rows


def attendance_table(figures: Attendance, words: SheetWords = IN_EXCEL) -> Table:
    """Per member: 应到, 实到, 迟到早退, 请假, 缺席, 出席率."""
    header = [words.say(h) for h in (
        QT_TRANSLATE_NOOP("StatsSheets", "姓名"), QT_TRANSLATE_NOOP("StatsSheets", "应到"),
        QT_TRANSLATE_NOOP("StatsSheets", "实到"), QT_TRANSLATE_NOOP("StatsSheets", "迟到早退"),
        QT_TRANSLATE_NOOP("StatsSheets", "请假"), QT_TRANSLATE_NOOP("StatsSheets", "缺席"),
        QT_TRANSLATE_NOOP("StatsSheets", "出席率"))]
    rows: list[list[object]] = [[m.name, m.expected, m.present, m.late, m.leave, m.absent, m.rate]
                                for m in figures.members]
    return header, rows


def kinds_table(figures: Attendance, words: SheetWords = IN_EXCEL) -> Table:
    header = [words.say(h) for h in (
        QT_TRANSLATE_NOOP("StatsSheets", "会议类型"), QT_TRANSLATE_NOOP("StatsSheets", "次数"),
        QT_TRANSLATE_NOOP("StatsSheets", "应到人次"), QT_TRANSLATE_NOOP("StatsSheets", "实到人次"),
        QT_TRANSLATE_NOOP("StatsSheets", "出席率"))]
    rows: list[list[object]] = [[words.kind(k.type), k.meetings, k.expected, k.present, k.rate]
                                for k in figures.per_kind]
    return header, rows


def talks_table(talks: tuple[CommitteeTalks, ...], words: SheetWords = IN_EXCEL) -> Table:
    header = [words.say(h) for h in (
        QT_TRANSLATE_NOOP("StatsSheets", "支委"), QT_TRANSLATE_NOOP("StatsSheets", "与其他支委谈话"),
        QT_TRANSLATE_NOOP("StatsSheets", "与党员谈话"), QT_TRANSLATE_NOOP("StatsSheets", "合计"))]
    rows: list[list[object]] = [[t.name, t.with_committee, t.with_members, t.as_committee] for t in talks]
    return header, rows
