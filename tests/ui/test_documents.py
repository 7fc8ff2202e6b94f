"""Records on paper from the program: 导出 Word/PDF in the editors, 打印所选 and 导出所选为 PDF in the meeting list."""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from models.domain import Attendance, Resolution, Vote
from tests.exports.readback import docx_text, pdf_pages, pdftotext, squeeze
from tests.ui.conftest import type_text
from ui.documents.dialogs import ExportFolderDialog, SaveDocumentDialog, last_folder
from ui.printing import PrintPreview

VERDICT = "赞成19票，超过应到会有表决权党员半数，决议通过"


def save_as(monkeypatch, *paths: Path) -> list[tuple[str, tuple[str, ...]]]:
    """The file dialog answers with `paths` in turn; returns what it was asked (the name offered, the kinds)."""
    asked: list[tuple[str, tuple[str, ...]]] = []
    answers = list(paths)

    def ask(cls, parent, stem, kinds):
        asked.append((stem, tuple(kinds)))
        return answers.pop(0)

    monkeypatch.setattr(SaveDocumentDialog, "ask", classmethod(ask))
    return asked


def open_general_meeting(window, store):
    """mt2 with everyone present and an admission voted 19 to 1 with 1 abstention."""
    m = store.meeting("mt2")
    store.save_meeting(dataclasses.replace(
        m, attendance=tuple(Attendance(a.member, "present") for a in m.attendance),
        resolutions=(Resolution("同意接收赵倩同志为中共预备党员", "admission", Vote(19, 1, 1)),)))
    page = window.show_page("meetings")
    page.open_meeting("mt2")
    return page.editor


def test_the_editor_exports_word_and_pdf_as_shown(window, store, qtbot, monkeypatch, tmp_path) -> None:
    editor = open_general_meeting(window, store)
    type_text(editor.summary.summary, "会后各党小组组织专题学习。")  # not yet saved
    word, pdf = tmp_path / "out" / "记录.docx", tmp_path / "out" / "记录.pdf"
    asked = save_as(monkeypatch, word, pdf)
    qtbot.mouseClick(editor.word_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "已保存到" in window.statusBar().currentMessage(), timeout=10000)
    assert str(word) in window.statusBar().currentMessage()
    text = squeeze(docx_text(word))
    assert "学习贯彻全会精神" in text and VERDICT in text and "会后各党小组组织专题学习。" in text
    assert "会后各党小组组织专题学习。" in store.meeting("mt2").summary  # saved first, as printing does
    qtbot.mouseClick(editor.pdf_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: str(pdf) in window.statusBar().currentMessage(), timeout=20000)
    text = squeeze(pdftotext(pdf))
    assert "学习贯彻全会精神" in text and VERDICT in text
    assert asked == [("2025-02-20 学习贯彻全会精神", ("docx",)), ("2025-02-20 学习贯彻全会精神", ("pdf",))]
    assert last_folder() == word.parent  # the next export starts there


def test_the_offered_name_is_one_windows_accepts(window, store, qtbot, monkeypatch, tmp_path) -> None:
    editor = open_general_meeting(window, store)
    editor.basics.title.selectAll()
    type_text(editor.basics.title, '学习"二十大": 专题/讨论?')
    asked = save_as(monkeypatch, tmp_path / "a.docx")
    qtbot.mouseClick(editor.word_button, Qt.MouseButton.LeftButton)
    assert asked[0][0] == "2025-02-20 学习_二十大__ 专题_讨论_"
    window.ctx.jobs.wait()


def test_a_file_that_cannot_be_replaced_is_told_in_words(window, store, qtbot, monkeypatch, tmp_path,
                                                       notices) -> None:
    locked = tmp_path / "记录.docx"
    locked.mkdir()  # like a file open in Word: it cannot be replaced
    editor = open_general_meeting(window, store)
    save_as(monkeypatch, locked)
    qtbot.mouseClick(editor.word_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(notices.shown), timeout=10000)
    title, text = notices.shown[-1]
    assert title == "无法保存" and "请先关闭已在 Word 或其他程序中打开的文件" in text and "记录.docx" in text
    assert locked.is_dir() and not notices.crashes


def test_the_talk_editor_exports_a_pdf(window, store, qtbot, monkeypatch, tmp_path) -> None:
    page = window.show_page("talks")
    page.set_year(2025)
    page.list.selectRow(0)
    type_text(page.editor.content, "谈了工作中的思想问题。")
    target = tmp_path / "谈话.pdf"
    save_as(monkeypatch, target)
    qtbot.mouseClick(page.editor.pdf_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: str(target) in window.statusBar().currentMessage(), timeout=20000)
    text = squeeze(pdftotext(target))
    assert "谈心谈话记录表" in text and "谈了工作中的思想问题。" in text and "书记办公室" in text


def select_both(window, qtbot) -> QTableView:
    """Click the first meeting, Ctrl+click the second, as the clerk would."""
    meeting_list = window.show_page("meetings").list
    qtbot.waitUntil(lambda: meeting_list.model.rowCount() == 2)
    table = meeting_list.table
    for row, modifier in ((0, Qt.KeyboardModifier.NoModifier), (1, Qt.KeyboardModifier.ControlModifier)):
        rect = table.visualRect(meeting_list.model.index(row, 2))
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())
    assert len(meeting_list.selected_ids()) == 2 and meeting_list.print_button.text() == "打印所选（2）"
    return table


def test_the_selected_meetings_become_one_pdf_each(window, store, qtbot, monkeypatch, tmp_path) -> None:
    folder = tmp_path / "所选"
    monkeypatch.setattr(ExportFolderDialog, "ask", classmethod(lambda cls, parent, title: folder))
    select_both(window, qtbot)
    qtbot.mouseClick(window.pages["meetings"].list.pdf_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "已将 2 份会议记录导出为 PDF" in window.statusBar().currentMessage(), timeout=30000)
    files = sorted(p.name for p in folder.iterdir())
    assert files == ["2025-01-08 研究部署年度党建工作.pdf", "2025-02-20 学习贯彻全会精神.pdf"]
    assert "研究部署年度党建工作" in squeeze(pdftotext(folder / files[0]))
    assert "学习贯彻全会精神" in squeeze(pdftotext(folder / files[1]))


def test_ctrl_p_prints_the_selection_in_date_order_in_one_job(window, store, qtbot, monkeypatch, tmp_path) -> None:
    from PySide6.QtGui import QPdfWriter

    from ui.printing import paint_documents

    shown: list[tuple[list, str]] = []
    monkeypatch.setattr(PrintPreview, "show", classmethod(
        lambda cls, parent, documents, title: shown.append((list(documents), title))))
    select_both(window, qtbot)
    window.actions_by_key["print"].trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    documents, title = shown[0]
    assert title == "所选 2 份会议记录"
    assert ["研究部署年度党建工作" in d.plain_text() for d in documents] == [True, False]  # oldest first
    alone = []
    for i, document in enumerate(documents):
        writer = QPdfWriter(str(tmp_path / f"alone{i}.pdf"))
        alone.append(paint_documents([document], writer))
        del writer
    writer = QPdfWriter(str(tmp_path / "both.pdf"))  # the preview's printer, as a file
    total = paint_documents(documents, writer)
    del writer
    assert total == sum(alone) == pdf_pages(tmp_path / "both.pdf") and all(alone)
    text = squeeze(unicodedata.normalize("NFKC", pdftotext(tmp_path / "both.pdf")))  # Qt's text layer: radicals
    assert text.index("研究部署年度党建工作") < text.index("学习贯彻全会精神")
    assert re.findall(r"第1.共(\d+)", text) == [str(n) for n in alone]  # each record numbers its own pages


def test_ctrl_p_on_the_list_without_a_selection_says_what_to_do(window, qtbot, notices) -> None:
    meeting_list = window.show_page("meetings").list
    qtbot.waitUntil(lambda: meeting_list.model.rowCount() == 2)
    assert not meeting_list.print_button.isEnabled()
    window.actions_by_key["print"].trigger()
    assert "在列表中选中要打印的记录" in notices.texts()


@pytest.fixture(autouse=True)
def _no_jobs_left(window):
    yield
    window.ctx.jobs.wait()


def test_names_of_files_never_overwrite_each_other(tmp_path) -> None:
    from ui.documents.dialogs import with_suffix
    from ui.documents.records import distinct_paths

    names = [p.name for p in distinct_paths(tmp_path, ["2025-03-01 学习", "2025-03-01 学习", "2025-03-01 学习（2）"],
                                             ".pdf")]
    assert names == ["2025-03-01 学习.pdf", "2025-03-01 学习（2）.pdf", "2025-03-01 学习（2）（2）.pdf"]
    assert with_suffix(tmp_path / "第1.5期", ".pdf").name == "第1.5期.pdf"
    assert with_suffix(tmp_path / "记录.docx", ".pdf").name == "记录.pdf"
    assert with_suffix(tmp_path / "记录.PDF", ".pdf").name == "记录.PDF"


def test_a_cancelled_batch_stops_and_says_so(window, store, qtbot, tmp_path) -> None:
    from PySide6.QtWidgets import QPushButton

    from ui.documents.batch import PdfBatch

    batch = PdfBatch(window, window.ctx, ["mt1", "mt2"], tmp_path)
    cancel = batch.progress.findChild(QPushButton)
    assert cancel.text() == "取消"
    cancel.click()  # before the first record is written
    batch.start()
    qtbot.waitUntil(lambda: "已取消导出：0 份" in window.statusBar().currentMessage(), timeout=10000)
    assert list(tmp_path.glob("*.pdf")) == []


def test_documents_carry_the_branch_name_as_it_is_now(window, store, qtbot, monkeypatch, tmp_path) -> None:
    editor = open_general_meeting(window, store)  # the roster, branch included, is cached by now
    store.update_branch(dataclasses.replace(store.branch(), name="中共示例市妇联机关第二支部委员会"))  # as 设置 does
    target = tmp_path / "记录.docx"
    save_as(monkeypatch, target)
    qtbot.mouseClick(editor.word_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(target.exists, timeout=10000)
    assert "中共示例市妇联机关第二支部委员会" in docx_text(target)
