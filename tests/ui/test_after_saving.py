"""After a file is saved, wherever it is saved: 打开文件 and 打开所在文件夹 (打开文件夹 for files saved into a folder),
and a plain message when the system cannot open it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl

from tests.ui.test_documents import open_general_meeting, save_as, select_both
from ui.dialogs.saved_file import SavedFile
from ui.documents.dialogs import ExportFolderDialog


@pytest.fixture
def opened(monkeypatch) -> dict:
    """What the system was asked to open, and whether it can."""
    state: dict = {"urls": [], "works": True}

    def open_url(cls, url: QUrl) -> bool:
        state["urls"].append(url.toLocalFile())
        return state["works"]

    monkeypatch.setattr(SavedFile, "open_url", classmethod(open_url))
    return state


def told(notices, title: str) -> list[str]:
    return [text for t, text in notices.shown if t == title]


def test_the_meeting_editors_pdf_offers_the_file_and_its_folder(window, store, qtbot, monkeypatch, tmp_path,
                                                                notices, opened) -> None:
    editor = open_general_meeting(window, store)
    pdf = tmp_path / "记录.pdf"
    save_as(monkeypatch, pdf, pdf)
    notices.saved_file_choice = "file"
    qtbot.mouseClick(editor.pdf_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(told(notices, "文件已保存")), timeout=20000)
    assert told(notices, "文件已保存") == [f"已保存到：{pdf}"] and opened["urls"] == [str(pdf)]

    notices.saved_file_choice = "folder"
    opened["works"] = False  # no file manager: the clerk is told where it is
    qtbot.mouseClick(editor.pdf_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(told(notices, "文件已保存")) == 2, timeout=20000)
    assert opened["urls"][-1] == str(tmp_path)
    assert notices.shown[-1] == ("无法打开", f"系统无法打开这个文件夹：{tmp_path}\n请在“文件资源管理器”中找到它打开。")


def test_the_talk_record_offers_the_file(window, store, qtbot, monkeypatch, tmp_path, notices, opened) -> None:
    page = window.show_page("talks")
    page.set_year(2025)
    page.list.selectRow(0)
    word = tmp_path / "谈话.docx"
    save_as(monkeypatch, word)
    notices.saved_file_choice = "file"
    qtbot.mouseClick(page.editor.word_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(told(notices, "文件已保存")), timeout=20000)
    assert opened["urls"] == [str(word)] and word.is_file()


def test_the_selected_pdfs_offer_their_folder(window, store, qtbot, monkeypatch, tmp_path, notices, opened) -> None:
    folder = tmp_path / "所选"
    monkeypatch.setattr(ExportFolderDialog, "ask", classmethod(lambda cls, parent, title: folder))
    select_both(window, qtbot)
    notices.saved_file_choice = "folder"
    qtbot.mouseClick(window.pages["meetings"].list.pdf_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(told(notices, "导出所选为 PDF")), timeout=30000)
    assert told(notices, "导出所选为 PDF") == [f"已将 2 份会议记录导出为 PDF，保存在：{folder}"]
    assert opened["urls"] == [str(folder)]  # the folder itself, where the files are


def test_the_archive_offers_the_zip_and_its_folder(app, qtbot, store, tmp_path: Path, notices, opened) -> None:
    from ui.context import AppContext
    from ui.pages.archive import ArchivePage

    page = ArchivePage(AppContext(store._store))
    qtbot.addWidget(page)
    page.show()
    page.activate()
    page.folder.setText(str(tmp_path / "档案"))
    notices.saved_file_choice = "file"
    qtbot.mouseClick(page.build_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.is_building(), timeout=60000)
    zip_path = next((tmp_path / "档案").glob("*.zip"))
    assert told(notices, "年度档案已生成") and str(zip_path) in told(notices, "年度档案已生成")[0]
    assert opened["urls"] == [str(zip_path)]
    opened["works"] = False
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)  # 打开档案所在文件夹
    assert opened["urls"][-1] == str(zip_path.parent)
    assert notices.shown[-1][0] == "无法打开" and str(zip_path.parent) in notices.shown[-1][1]


def test_a_chart_saved_as_png_offers_the_file(window, qtbot, store, tmp_path, monkeypatch, notices, opened) -> None:
    from tests.ui.test_stats import stats_page
    from ui.stats.save import SaveFileDialog

    monkeypatch.setattr(SaveFileDialog, "ask", classmethod(lambda cls, parent, stem, kind: tmp_path / f"{stem}.{kind}"))
    page = stats_page(window, qtbot)
    notices.saved_file_choice = "file"
    qtbot.mouseClick(page.meetings.png_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.meetings.xlsx_button, Qt.MouseButton.LeftButton)
    stem = tmp_path / "2025年各类会议每月次数"
    assert opened["urls"] == [f"{stem}.png", f"{stem}.xlsx"]
