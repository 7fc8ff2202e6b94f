"""In English a count reads "1 meeting record" and "2 meeting records" (Qt's plural forms), and the punctuation
put between translated parts is English too: the talks' coverage summary, the import's summary, list lines."""

from __future__ import annotations

import re
from datetime import date

import pytest

from tests.ui.in_english import english_ui
from tests.ui.test_import import GOOD, workbook

CHINESE_PUNCTUATION = re.compile("[，：；、。（）\u3000]")


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


def test_the_meeting_list_counts_one_record_and_two_records(english_window, qtbot) -> None:
    listing = english_window.show_page("meetings").list
    listing.year.setCurrentIndex(0)  # every year
    qtbot.waitUntil(lambda: listing.model.rowCount() == 2, timeout=5000)
    assert listing.count.text() == "2 meeting records, 1 of them drafts"
    listing.kind.setCurrentIndex(listing.kind.findData("committee_meeting"))
    qtbot.waitUntil(lambda: listing.model.rowCount() == 1, timeout=5000)
    assert listing.count.text() == "1 meeting record, 0 of them drafts"


def test_the_talks_count_and_the_coverage_summary(english_window) -> None:
    page = english_window.show_page("talks")
    page.set_year(2025)
    assert page.count.text() == "1 talk in 2025"
    summary = page.coverage.summary.text()
    assert summary.startswith("2025: ") and summary.endswith(" still missing.")
    assert "; " in summary and not CHINESE_PUNCTUATION.search(summary), summary


@pytest.mark.parametrize(("rows", "said", "button"), [
    (GOOD[:1], "1 row in all: 1 row can be imported.", "Import all (1 person)"),
    (GOOD, "2 rows in all: 2 rows can be imported.", "Import all (2 people)"),
])
def test_the_import_summary_in_english(english_window, qtbot, tmp_path, rows, said, button) -> None:
    from ui.roster.import_dialog import ImportDialog

    dialog = ImportDialog(english_window, english_window.ctx, str(workbook(tmp_path / "roster.xlsx", rows)))
    qtbot.addWidget(dialog)
    assert dialog.summary.text().strip() == said
    assert dialog.import_all.text() == button


def test_the_home_page_counts_people_by_kind(english_window, db_path) -> None:
    from models.glance import glance_of_file

    home = english_window.show_page("home")
    home.show_glance(glance_of_file(db_path, date.today()))  # what the home page shows of the file
    text = home.people_text.text()
    assert re.fullmatch(r"\d+ full members?, \d+ probationary members?\n\d+ candidates? for membership, \d+ activists?",
                        text), text
    for number, word in re.findall(r"(\d+) (full member|probationary member|candidate|activist)", text):
        assert (f"{number} {word}s" in text) == (number != "1"), text
    recent = [home.recent.item(i).text() for i in range(home.recent.count())]
    assert recent and not any(CHINESE_PUNCTUATION.search(line.replace("\u3000", " ")) for line in recent), recent
