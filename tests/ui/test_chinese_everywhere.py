"""Chinese everywhere: Qt's own dialogs in Chinese, file dialogs opening in Documents, the program named once in
the title bar, the archive page speaking of 校验码."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel


def test_qt_file_dialogs_speak_chinese(app, qtbot) -> None:
    from ui.app import load_qt_translation, qt_translation_folders

    assert any((Path(f) / "qtbase_zh_CN.qm").is_file() for f in qt_translation_folders())
    assert load_qt_translation(QApplication.instance())
    dialog = QFileDialog(None, "打开")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)  # Qt's own dialog, as on 麒麟 and UOS
    qtbot.addWidget(dialog)
    labels = {w.text() for w in dialog.findChildren(QLabel)}
    assert {"查找范围(&L)：", "文件类型(&T)：", "文件名称(&N)："} <= labels
    assert not any(text.isascii() for text in labels if text)


def test_the_roster_dialogs_open_in_documents(window, monkeypatch, tmp_path) -> None:
    from ui.pages import roster

    seen: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda parent, title, folder, filters: (seen.append(folder), ("", ""))[1]))
    roster.ask_open_path(window, "导入", "Excel (*.xlsx)")
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    assert not Path(documents).exists()  # the tests' own home has no Documents folder: the home folder
    assert seen == [str(Path.home())]
    Path(documents).mkdir(parents=True)
    roster.ask_open_path(window, "导入", "Excel (*.xlsx)")
    assert seen[-1] == documents  # once there is one, Documents
    chosen = tmp_path / "名册.xlsx"
    chosen.write_bytes(b"")
    picked = (str(chosen), "")
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda parent, title, folder, filters: (seen.append(folder), picked)[1]))
    roster.ask_open_path(window, "导入", "Excel (*.xlsx)")
    roster.ask_open_path(window, "导入", "Excel (*.xlsx)")
    assert seen[-1] == str(tmp_path)  # then where the clerk went last time


def test_attachments_open_in_documents(window, monkeypatch) -> None:
    from ui.meetings import attachments

    seen: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        staticmethod(lambda parent, title, folder: (seen.append(folder), ([], ""))[1]))
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    Path(documents).mkdir(parents=True, exist_ok=True)
    attachments.ask_files(window)
    assert seen == [documents]


def test_the_title_bar_names_the_program_once(window, store) -> None:
    from ui.app import make_application

    make_application([])  # names the program 组织生活记录本, which Qt writes after every window's title
    assert QApplication.applicationDisplayName() == "组织生活记录本"
    window._show_branch(store.branch().name, store.branch().short_name)
    assert window.windowTitle() == store.branch().short_name  # the bar: 示例市妇联机关党支部 — 组织生活记录本


def test_the_archive_page_speaks_of_check_codes(window) -> None:
    page = window.show_page("archive")
    text = "\n".join(label.text() for label in page.findChildren(QLabel))
    assert "校验码" in text
    assert "SHA-256" not in text and "JSON" not in text
