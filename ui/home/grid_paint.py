"""Drawing the duties-by-month grid with QPainter: on screen, in the print preview and on paper alike.

Each state has a colour and a symbol of its own (✓ met, ✗ missing, ◐ 本期待办, ○ to come), drawn as shapes,
so the grid reads printed in black and white and by colour-blind users; the colours are Okabe and Ito's.
A month cell takes one column, a quarter three, a year twelve. The painter takes its words from the caller
(`GridWords`): the screen's (`ON_SCREEN`, the 界面语言) or the printed sheet's (`PRINTED`, Chinese like every
document).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen

from ui.fmt import month_heading, year_text
from ui.style import pixel_font

if TYPE_CHECKING:
    from models.overview.grid import GridCell, GridRow, YearGrid

MET, MISSING, UPCOMING, DUE, EXEMPT = "met", "missing", "upcoming", "due", "exempt"
STATE_WORDS = {MET: QT_TRANSLATE_NOOP("DutyGrid", "已落实"), MISSING: QT_TRANSLATE_NOOP("DutyGrid", "缺"),
               UPCOMING: QT_TRANSLATE_NOOP("DutyGrid", "待开展"), DUE: QT_TRANSLATE_NOOP("DutyGrid", "本期待办"),
               EXEMPT: QT_TRANSLATE_NOOP("DutyGrid", "无需开展")}
DUTY_NAMES = {  # a row's duty as the grid names it (the Party group's name, data, is added in brackets)
    "general_meeting": QT_TRANSLATE_NOOP("DutyGrid", "支部党员大会"),
    "committee_meeting": QT_TRANSLATE_NOOP("DutyGrid", "支委会"),
    "group_meeting": QT_TRANSLATE_NOOP("DutyGrid", "党小组会"),
    "party_lecture": QT_TRANSLATE_NOOP("DutyGrid", "党课"),
    "secretary_lecture": QT_TRANSLATE_NOOP("DutyGrid", "书记讲党课"),
    "theme_day": QT_TRANSLATE_NOOP("DutyGrid", "主题党日"),
    "org_life_meeting": QT_TRANSLATE_NOOP("DutyGrid", "组织生活会"),
    "democratic_evaluation": QT_TRANSLATE_NOOP("DutyGrid", "民主评议"),
    "talks": QT_TRANSLATE_NOOP("DutyGrid", "谈心谈话"),
}
QUARTERS = (QT_TRANSLATE_NOOP("DutyGrid", "第一季度"), QT_TRANSLATE_NOOP("DutyGrid", "第二季度"),
            QT_TRANSLATE_NOOP("DutyGrid", "第三季度"), QT_TRANSLATE_NOOP("DutyGrid", "第四季度"))
FILL = {MET: "#d5efe6", MISSING: "#f8dccb", DUE: "#fbe9bf", UPCOMING: "#f3f4f6", EXEMPT: "#ffffff"}
INK = {MET: "#00755a", MISSING: "#9a3c00", DUE: "#8a5a00", UPCOMING: "#5f6b76", EXEMPT: "#6b7682"}
LEGEND = (MET, MISSING, DUE, UPCOMING)


@dataclass(frozen=True)
class GridWords:
    """The words a grid is painted with: `say` gives a marked text (in context DutyGrid) as shown, `month` a
    month's heading, `year` a year, `duty` a row's name."""

    say: Callable[[str], str]
    month: Callable[[int], str]
    year: Callable[[int], str]
    duty: Callable[[GridRow, YearGrid], str]

    def state(self, state: str) -> str:
        return self.say(STATE_WORDS[state])


def duty_name(key: str, label: str) -> str:
    """A duty's name on screen: the grid's own word for it, else the vocabulary's label of `label`."""
    from ui.words import label as vocabulary_label

    marked = DUTY_NAMES.get(key)
    return QCoreApplication.translate("DutyGrid", marked) if marked else vocabulary_label(str(label))


def _screen_duty(row: GridRow, grid: YearGrid) -> str:
    from ui.joiners import aside

    name = duty_name(row.key, row.label)
    return aside(name, grid.groups.get(row.group, row.group)) if row.group else name


ON_SCREEN = GridWords(lambda text: QCoreApplication.translate("DutyGrid", text), month_heading, year_text,
                      _screen_duty)
PRINTED = GridWords(lambda text: text, lambda month: f"{month}月", lambda year: f"{year}年",
                    lambda row, grid: str(row.label))  # the printed sheet: Chinese, an official paper


@dataclass(frozen=True)
class Metrics:
    label: float = 180.0  # the duties' column
    column: float = 54.0  # a month
    header: float = 28.0
    row: float = 30.0
    font_px: float = 13.0

    def width(self) -> float:
        return self.label + 12 * self.column

    @classmethod
    def at(cls, percent: int) -> Metrics:
        """The screen's sizes at a text size (设置 › 显示), so the cells grow with their words."""
        f = percent / 100
        d = cls()
        return cls(d.label * f, d.column * f, d.header * f, d.row * f, d.font_px * f)

    def height(self, rows: int) -> float:
        return self.header + rows * self.row


def cell_span(row: GridRow, index: int) -> tuple[int, int]:
    """(first month column, how many columns) of the row's `index`-th cell."""
    if row.per == "month":
        return index, 1
    if row.per == "quarter":
        return 3 * index, 3
    return 0, 12


def cell_rect(m: Metrics, row_index: int, row: GridRow, index: int) -> QRectF:
    first, columns = cell_span(row, index)
    return QRectF(m.label + first * m.column, m.header + row_index * m.row, columns * m.column, m.row)


def cell_text(grid: YearGrid, row: GridRow, cell: GridCell, words: GridWords = ON_SCREEN) -> str:
    """The words beside the symbol: none in a month cell; the counts in a quarter; a sentence in a year."""
    if row.key == "talks":
        owed = grid.talks
        if not owed.pairs and not owed.members:
            return words.say(QT_TRANSLATE_NOOP("DutyGrid", "均已开展"))
        return words.say(QT_TRANSLATE_NOOP("DutyGrid", "支委之间尚有 {0} 对、党员尚有 {1} 人未谈")).format(
            len(owed.pairs), len(owed.members))
    if row.per == "month":
        return ""
    counts = f"{cell.held}/{cell.required}"
    if row.per == "quarter":
        return counts
    return words.say(QT_TRANSLATE_NOOP("DutyGrid", "{0}（{1}）")).format(words.state(cell.state), counts)


def cell_tooltip(grid: YearGrid, row: GridRow, cell: GridCell, words: GridWords = ON_SCREEN) -> str:
    """A cell in one sentence: the hover text, the chosen cell's title under the grid, its accessible text."""
    say, label = words.say, cell.period.label
    when = (words.month(int(label[5:])) if row.per == "month" else say(QUARTERS[int(label[-1]) - 1])
            if row.per == "quarter" else say(QT_TRANSLATE_NOOP("DutyGrid", "全年")))
    duty, state = words.duty(row, grid), words.state(cell.state)
    if row.key == "talks":
        return say(QT_TRANSLATE_NOOP("DutyGrid", "{0}（{1}）：{2}，{3}")).format(
            duty, words.year(grid.year), state, cell_text(grid, row, cell, words))
    counts = say(QT_TRANSLATE_NOOP("DutyGrid", "已开 {0} 次，应开 {1} 次")).format(cell.held, cell.required)
    if cell.state == EXEMPT:
        counts = (say(QT_TRANSLATE_NOOP("DutyGrid", "已开 {0} 次，本期未设支部委员会"))
                  if row.key == "committee_meeting" else say(QT_TRANSLATE_NOOP("DutyGrid", "已开 {0} 次"))
                  ).format(cell.held)
    return say(QT_TRANSLATE_NOOP("DutyGrid", "{0}　{1}{2}：{3}（{4}）")).format(
        duty, words.year(grid.year), when, state, counts)


def draw_symbol(p: QPainter, state: str, centre: QPointF, size: float, ink: QColor) -> None:
    """✓ ✗ ◐ ○ – as shapes (a font may lack the characters; a printer must not lose them)."""
    r = size / 2
    p.save()
    p.setPen(QPen(ink, max(1.6, size / 7), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
    p.setBrush(Qt.BrushStyle.NoBrush)
    x, y = centre.x(), centre.y()
    if state == MET:
        path = QPainterPath(QPointF(x - r * 0.8, y))
        path.lineTo(QPointF(x - r * 0.2, y + r * 0.65))
        path.lineTo(QPointF(x + r * 0.85, y - r * 0.7))
        p.drawPath(path)
    elif state == MISSING:
        p.drawLine(QPointF(x - r * 0.7, y - r * 0.7), QPointF(x + r * 0.7, y + r * 0.7))
        p.drawLine(QPointF(x - r * 0.7, y + r * 0.7), QPointF(x + r * 0.7, y - r * 0.7))
    elif state == DUE:
        box = QRectF(x - r * 0.8, y - r * 0.8, r * 1.6, r * 1.6)
        p.drawEllipse(box)
        p.setBrush(QBrush(ink))
        p.drawPie(box, 90 * 16, 180 * 16)  # the left half filled: the period is half gone
    elif state == EXEMPT:  # nothing owed (a 支委会 while the branch has no committee)
        p.drawLine(QPointF(x - r * 0.5, y), QPointF(x + r * 0.5, y))
    else:
        p.setPen(QPen(ink, max(1.2, size / 10)))
        p.drawEllipse(QRectF(x - r * 0.55, y - r * 0.55, r * 1.1, r * 1.1))
    p.restore()


def header_words(words: GridWords) -> list[str]:
    """The header's words: 要求 over the duties, then the twelve months."""
    return [words.say(QT_TRANSLATE_NOOP("DutyGrid", "要求")), *(words.month(month) for month in range(1, 13))]


def _header(p: QPainter, m: Metrics, current_month: int | None, words: GridWords) -> None:
    p.setFont(pixel_font(m.font_px, True))
    duties, *months = header_words(words)
    for month in range(12):
        box = QRectF(m.label + month * m.column, 0, m.column, m.header)
        if current_month == month + 1:
            p.fillRect(box, QColor("#e3e8ee"))
        p.setPen(QColor("#1f2933"))
        p.drawText(box, Qt.AlignmentFlag.AlignCenter, months[month])
    p.drawText(QRectF(8, 0, m.label - 8, m.header), Qt.AlignmentFlag.AlignVCenter, duties)


def paint_cell(p: QPainter, m: Metrics, grid: YearGrid, row: GridRow, cell: GridCell, box: QRectF,
               words: GridWords = ON_SCREEN) -> None:
    p.fillRect(box, QColor(FILL[cell.state]))
    if cell.state == MISSING:  # a light hatch too: missing stands out on a grey print
        p.fillRect(box, QBrush(QColor(INK[MISSING]).lighter(170), Qt.BrushStyle.BDiagPattern))
    ink = QColor(INK[cell.state])
    text = cell_text(grid, row, cell, words)
    size = min(m.row * 0.55, m.column * 0.45)
    if not text:
        draw_symbol(p, cell.state, box.center(), size, ink)
        return
    p.setFont(pixel_font(m.font_px))
    p.setPen(QColor("#1f2933"))
    width = p.fontMetrics().horizontalAdvance(text) + size + 6
    left = box.center().x() - width / 2
    draw_symbol(p, cell.state, QPointF(left + size / 2, box.center().y()), size, ink)
    p.drawText(QRectF(left + size + 6, box.top(), box.right() - left - size - 6, box.height()),
               Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)


def paint_grid(p: QPainter, m: Metrics, grid: YearGrid, selected: tuple[int, int] | None = None,
               words: GridWords = ON_SCREEN) -> None:
    """The whole grid at (0, 0) in `m`'s units: header, one row per duty, the lines, the selected cell."""
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    current = grid.as_of.month if grid.as_of.year == grid.year else None
    _header(p, m, current, words)
    line = QPen(QColor("#b8c1cc"), 1)
    for r, row in enumerate(grid.rows):
        top = m.header + r * m.row
        p.setFont(pixel_font(m.font_px))
        p.setPen(QColor("#1f2933"))
        label = p.fontMetrics().elidedText(words.duty(row, grid), Qt.TextElideMode.ElideRight, round(m.label - 12))
        p.drawText(QRectF(8, top, m.label - 12, m.row), Qt.AlignmentFlag.AlignVCenter, label)
        for c, cell in enumerate(row.cells):
            box = cell_rect(m, r, row, c)
            paint_cell(p, m, grid, row, cell, box, words)
            p.setPen(line)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(box)
    p.setPen(line)
    p.drawLine(QPointF(0, m.header), QPointF(m.width(), m.header))
    p.drawLine(QPointF(0, m.height(len(grid.rows))), QPointF(m.width(), m.height(len(grid.rows))))
    if current is not None:  # this month's column framed: where "now" is
        p.setPen(QPen(QColor("#2f3a45"), 2))
        p.drawRect(QRectF(m.label + (current - 1) * m.column, 0, m.column, m.height(len(grid.rows))))
    if selected is not None and selected[0] < len(grid.rows):
        row = grid.rows[selected[0]]
        if selected[1] < len(row.cells):
            p.setPen(QPen(QColor("#1f2933"), 3))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(cell_rect(m, selected[0], row, selected[1]).adjusted(1.5, 1.5, -1.5, -1.5))


def has_exempt(grid: YearGrid) -> bool:
    return any(c.state == EXEMPT for r in grid.rows for c in r.cells)


def legend_words(words: GridWords, exempt: bool = False) -> list[tuple[str, str]]:
    """(state, words) of the key to the symbols, with 无需开展 when a cell is so."""
    missing = words.say(QT_TRANSLATE_NOOP("DutyGrid", "缺（期限已过未开）"))
    return [(state, missing if state == MISSING else words.state(state))
            for state in ((*LEGEND, EXEMPT) if exempt else LEGEND)]


def paint_legend(p: QPainter, m: Metrics, top: float, exempt: bool = False, words: GridWords = ON_SCREEN) -> float:
    """The key to the symbols below the grid (with 无需开展 when a cell is so); returns its height."""
    p.setFont(pixel_font(m.font_px))
    x, size = 8.0, m.row * 0.5
    for state, text in legend_words(words, exempt):
        box = QRectF(x, top + 4, m.row - 8, m.row - 8)
        p.fillRect(box, QColor(FILL[state]))
        draw_symbol(p, state, box.center(), size, QColor(INK[state]))
        p.setPen(QColor("#1f2933"))
        width = p.fontMetrics().horizontalAdvance(text)
        p.drawText(QRectF(box.right() + 6, top, width + 4, m.row), Qt.AlignmentFlag.AlignVCenter, text)
        x = box.right() + width + 28
    return m.row
