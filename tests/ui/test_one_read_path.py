"""A record prints the same wherever it is printed from: the editors' 导出 Word and the command line's `minutes`
read it with one store call (`Store.record_data`), so the documents are equal byte for byte."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from exports.commands import minutes
from models.interchange import read_branch
from models.resources import sample_branch_path
from models.services import Store
from tests.exports.readback import docx_text, squeeze
from ui.documents.dialogs import SaveDocumentDialog

SAMPLE = read_branch(sample_branch_path().read_text(encoding="utf-8"))
RECORDS = [m.id for m in SAMPLE.meetings] + [t.id for t in SAMPLE.talks]


@pytest.fixture
def sample_window(app, qtbot, tmp_path: Path):
    from ui.main_window import MainWindow

    db = tmp_path / "sample.sqlite3"
    store = Store.open(db)
    store.import_data(SAMPLE)
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    yield window, db
    window.ctx.jobs.wait()


def export_from_the_editor(window, qtbot, monkeypatch, record_id: str, target: Path) -> None:
    """Open the record in its editor and click 导出 Word…, as the clerk does."""
    monkeypatch.setattr(SaveDocumentDialog, "ask", classmethod(lambda cls, parent, stem, kinds: target))
    if record_id.startswith("t"):
        page = window.show_page("talks")
        talk = next(t for t in SAMPLE.talks if t.id == record_id)
        page.set_year(talk.date.year)
        page.list.selectRow(page.list.row_of(record_id))
        button = page.editor.word_button
    else:
        page = window.show_page("meetings")
        page.open_meeting(record_id)
        button = page.editor.word_button
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: target.exists(), timeout=15000)
    window.ctx.jobs.wait()


@pytest.mark.parametrize("record_id", RECORDS)
def test_the_editor_and_the_command_line_give_the_same_document(sample_window, qtbot, monkeypatch, tmp_path,
                                                                record_id: str) -> None:
    window, db = sample_window
    from_ui, from_cli = tmp_path / "ui.docx", tmp_path / "cli.docx"
    export_from_the_editor(window, qtbot, monkeypatch, record_id, from_ui)
    minutes(str(db), record_id, str(from_cli))
    assert from_ui.read_bytes() == from_cli.read_bytes()


def test_the_org_life_minutes_from_the_editor_carry_the_rectification_list(sample_window, qtbot, monkeypatch,
                                                                          tmp_path) -> None:
    """What the editor's export used to lose: the 整改清单 of a 组织生活会, the tally of a 民主评议."""
    window, _ = sample_window
    org_life = next(m for m in SAMPLE.meetings if m.type == "org_life_meeting")
    evaluation = next(m for m in SAMPLE.meetings if m.type == "democratic_evaluation")
    export_from_the_editor(window, qtbot, monkeypatch, org_life.id, tmp_path / "o.docx")
    text = squeeze(docx_text(tmp_path / "o.docx"))
    assert "整改清单" in text
    for item in SAMPLE.rectifications:
        if item.meeting == org_life.id:
            assert squeeze(item.problem) in text
    export_from_the_editor(window, qtbot, monkeypatch, evaluation.id, tmp_path / "e.docx")
    assert "民主评议情况" in squeeze(docx_text(tmp_path / "e.docx"))
