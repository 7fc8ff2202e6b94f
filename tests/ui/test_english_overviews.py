"""In English the home grid, 党委总览's table and the statistics' tables show English words (data — names of
people and Party groups — as typed); the printed overview and the Excel files keep the Chinese."""

from __future__ import annotations

import re
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QApplication

from tests.ui.in_english import english_ui
from tests.ui.test_home import home_on
from tests.ui.test_stats import YEAR, busy_store, stats_page  # noqa: F401 (a fixture)

CJK = re.compile("[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")


class WordsDrawn(QPainter):
    """A painter that keeps every text it is asked to draw."""

    drawn: list[str]

    def __init__(self, device) -> None:  # type: ignore[no-untyped-def]
        super().__init__(device)
        self.drawn = []

    def drawText(self, *args) -> None:  # type: ignore[no-untyped-def]
        self.drawn.append(next(a for a in args if isinstance(a, str)))
        super().drawText(*args)


def painted_words(grid, words) -> list[str]:  # type: ignore[no-untyped-def]
    from ui.home.grid_paint import Metrics, has_exempt, paint_grid, paint_legend

    m = Metrics()
    image = QImage(int(m.width()) + 2, int(m.height(len(grid.rows)) + m.row) + 4, QImage.Format.Format_RGB32)
    painter = WordsDrawn(image)
    paint_grid(painter, m, grid, words=words)
    paint_legend(painter, m, m.height(len(grid.rows)) + 2, has_exempt(grid), words=words)
    painter.end()
    return painter.drawn


def without_data(text: str, grid) -> str:  # type: ignore[no-untyped-def]
    """The text with the Party groups' names (data, as typed) left out."""
    for name in grid.groups.values():
        text = text.replace(name, "")
    return text


@pytest.fixture
def english_window(app, qtbot, store):
    from ui.main_window import MainWindow

    with english_ui(app):
        w = MainWindow(store._store)
        qtbot.addWidget(w)
        w.show()
        yield w
        w.ctx.writes.settle()
        w.ctx.jobs.wait()


def test_the_home_grid_in_english_has_no_chinese_words(english_window, qtbot) -> None:
    from ui.home import grid_paint

    home = home_on(english_window, qtbot, 2025)
    grid = home.overview.grid
    drawn = painted_words(grid, grid_paint.ON_SCREEN)
    assert drawn[:4] == ["Jan", "Feb", "Mar", "Apr"] and "Duty" in drawn
    assert {"Met", "Due now", "To come", "Missing (deadline passed)"} <= set(drawn)  # the legend
    assert "Committee meeting" in drawn and "Heart-to-heart talks" in drawn
    chinese = [t for t in drawn if CJK.search(without_data(t, grid))]
    assert not chinese, chinese
    tips = [grid_paint.cell_tooltip(grid, row, cell) for row in grid.rows for cell in row.cells]
    assert not [t for t in tips if CJK.search(without_data(t, grid))]
    committee = grid.row("committee_meeting")
    assert grid_paint.cell_tooltip(grid, committee, committee.cells[2]).startswith("Committee meeting, Mar 2025: ")
    home.grid.choose(0, 0)  # the chosen cell's title under the grid
    assert not CJK.search(without_data(home.cell_panel.title.text(), grid))


def test_the_printed_overview_stays_chinese_in_english(english_window, qtbot, monkeypatch, tmp_path) -> None:
    from PySide6.QtGui import QPdfWriter

    from ui.home import grid_print

    home = home_on(english_window, qtbot, 2025)
    grid = home.overview.grid
    painters: list[WordsDrawn] = []

    def recording(device):  # type: ignore[no-untyped-def]
        painters.append(WordsDrawn(device))
        return painters[-1]

    monkeypatch.setattr(grid_print, "QPainter", recording)
    writer = QPdfWriter(str(tmp_path / "grid.pdf"))
    assert grid_print.paint_grid_page(writer, grid, grid_print.grid_title("示例支部", grid)) == 1
    drawn = painters[0].drawn
    assert drawn[1:4] == ["1月", "2月", "3月"] and "要求" in drawn and "缺（期限已过未开）" in drawn
    assert {str(row.label) for row in grid.rows} <= set(drawn)
    assert not [t for t in drawn if re.search("[A-Za-z]{3,}", t)], drawn  # no English word on the paper


def test_the_party_overview_table_in_english(app, qtbot, store) -> None:
    from models.overview.party import party_overview
    from ui.party.overview_table import OverviewTable

    overview = party_overview(store._store.engine, 2025, date(2025, 11, 15))
    with english_ui(app):
        table = OverviewTable()
        qtbot.addWidget(table)
        table.show_overview(overview)
        headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
        words = [table.item(r, c).text() for r in range(table.rowCount()) for c in range(1, table.columnCount())]
        tips = [table.item(r, c).toolTip() for r in range(table.rowCount()) for c in range(1, table.columnCount() - 1)]
    assert "Committee meeting" in headers  # (党支部 and 缺项 are OverviewTable's own, with the translator of M–Z)
    assert not [h for h in headers[1:-1] if CJK.search(h)], headers
    assert not [w for w in words if CJK.search(w)], words
    branch = overview.lines[0].branch.name
    assert not [t for t in tips if CJK.search(t.replace(branch, ""))], tips
    table = OverviewTable()  # in Chinese again: the words models gives
    qtbot.addWidget(table)
    table.show_overview(overview)
    assert [table.horizontalHeaderItem(c).text() for c in range(1, table.columnCount() - 1)] == [
        label for _, label in overview.duties]


def test_the_statistics_in_english_and_their_excel_in_chinese(english_window, qtbot, busy_store, tmp_path,  # noqa: F811
                                                              monkeypatch) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    from ui.stats.save import SaveFileDialog

    monkeypatch.setattr(SaveFileDialog, "ask", classmethod(lambda cls, parent, stem, kind: tmp_path / f"sheet.{kind}"))
    page = stats_page(english_window, qtbot)
    meetings = page.meetings.table
    header = [meetings.horizontalHeaderItem(c).text() for c in range(meetings.columnCount())]
    assert header[:3] == ["Meeting type", "Jan", "Feb"] and header[-1] == "Total"
    assert meetings.item(meetings.rowCount() - 1, 0).text() == "Total"
    for table, columns in ((page.attendance.table, 7), (page.kinds, 5), (page.talks.table, 4)):  # the sheets' own
        words = [table.horizontalHeaderItem(c).text() for c in range(columns)]
        assert not [w for w in words if CJK.search(w)], words
    assert list(page.meetings.chart.categories[:2]) == ["Jan", "Feb"]
    qtbot.mouseClick(page.meetings.xlsx_button, Qt.MouseButton.LeftButton)
    sheet = openpyxl.load_workbook(tmp_path / "sheet.xlsx").active
    row = [c.value for c in sheet[2]]
    assert row[:3] == ["会议类型", "1月", "2月"] and row[-1] == "合计"
    assert [c.value for c in sheet[sheet.max_row]][0] == "合计"


def test_a_wide_label_column_is_not_needed_for_the_english_duties(english_window, qtbot) -> None:
    """The duties' English names (without a Party group) fit the grid's label column: none is elided."""
    from ui.home import grid_paint
    from ui.style import pixel_font

    home = home_on(english_window, qtbot, 2025)
    grid, m = home.overview.grid, home.grid.metrics
    image = QImage(10, 10, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    painter.setFont(pixel_font(m.font_px))
    too_wide = [row.key for row in grid.rows if not row.group and
                painter.fontMetrics().horizontalAdvance(grid_paint.ON_SCREEN.duty(row, grid)) > m.label - 12]
    painter.end()
    QApplication.processEvents()
    assert not too_wide, too_wide
