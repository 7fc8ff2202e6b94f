"""The 党委's overview of one year as text (the command line) and as an .xlsx: a row per branch, a column per
duty, each cell the home grid's word for its state with the periods met of those owed."""

from __future__ import annotations

from datetime import datetime

from exports.xlsx import sheet_bytes
from models.overview.party import PartyOverview, cell_of
from models.rules.compliance import MISSING

SYMBOLS = {"met": "✓", "missing": "✗", "due": "◐", "upcoming": "○", "exempt": "–"}


def header(overview: PartyOverview) -> list[str]:
    return ["党支部", *(label for _, label in overview.duties), "缺项"]


def table_rows(overview: PartyOverview) -> list[list[object]]:
    return [[line.branch.name, *(f"{SYMBOLS[cell_of(line, key).state]} {cell_of(line, key).text}"
                                 for key, _ in overview.duties), line.missing]
            for line in overview.lines]


def caption(overview: PartyOverview) -> str:
    return f"{overview.year} 年度各党支部组织生活落实情况（截至 {overview.as_of.isoformat()}）"


def overview_text(overview: PartyOverview) -> str:
    if not overview.lines:
        return "数据库中没有党支部。"
    lines = [caption(overview), "\t".join(header(overview))]
    lines += ["\t".join(str(v) for v in row) for row in table_rows(overview)]
    behind = sum(1 for line in overview.lines if any(c.state == MISSING for c in line.cells.values()))
    lines.append(f"共 {len(overview.lines)} 个党支部，其中 {behind} 个有缺项。"
                 "（✓ 已落实 ✗ 缺 ◐ 本期待办 ○ 待开展 – 无需开展）")
    return "\n".join(lines)


def overview_xlsx(overview: PartyOverview, when: datetime) -> bytes:
    head = header(overview)
    rows = table_rows(overview)
    longest = max((len(str(row[0])) for row in rows), default=0)  # a branch's full name, in Chinese characters
    widths = [max(28.0, 2.2 * longest + 2), *([16.0] * len(overview.duties)), 8.0]
    return sheet_bytes(f"{overview.year}年度", head, rows, widths, when, caption=caption(overview),
                       landscape=True)
