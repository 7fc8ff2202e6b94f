"""The password lock in the window: the unlock prompt first at the start, a wrong password, the idle lock that
hides the content, and 设置 → 密码锁 setting and removing the password through the write path."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit

from models import keys, password
from models.paths import data_dir
from models.services import Store
from tests.ui.conftest import type_text
from ui import options

PASSWORD = "支部的密码2026"


def visible_text(widget) -> str:
    return "\n".join(label.text() for label in widget.findChildren(QLabel) if label.isVisibleTo(widget))


def unlock_with(qtbot, screen, text: str) -> None:
    screen.password.setText(text)
    qtbot.mouseClick(screen.button, Qt.MouseButton.LeftButton)


@pytest.fixture
def locked_db(store, db_path: Path) -> Path:
    """The test branch's file with the password lock on, the key forgotten as at a new start."""
    branch = store.branch().name
    store.close()
    password.set_password(db_path, PASSWORD, None)
    keys.forget_all()
    assert branch
    return db_path


def test_the_start_asks_for_the_password_before_reading_anything(app, qtbot, locked_db, monkeypatch) -> None:
    from models import glance
    from ui.app import Launcher

    read = []
    original = glance.glance_of_file
    monkeypatch.setattr(glance, "glance_of_file", lambda *a: read.append(a) or original(*a))
    launcher = Launcher(str(locked_db))
    with qtbot.waitSignal(launcher.shown, timeout=5000):
        launcher.start()
    window = launcher.window
    qtbot.addWidget(window)
    assert window.is_locked() and read == []
    screen = window.centralWidget()
    assert "组织生活记录本已锁定" in visible_text(screen) and not window.menuBar().isVisible()
    assert not window.actions_by_key["new"].isEnabled()

    unlock_with(qtbot, screen, "支部的密码2025")
    qtbot.waitUntil(lambda: "密码不正确" in screen.error.text(), timeout=5000)
    assert window.is_locked() and read == [] and screen.password.text() == ""

    with qtbot.waitSignal(launcher.ready, timeout=10000):
        unlock_with(qtbot, screen, PASSWORD)
    assert not window.is_locked() and window.is_attached() and read
    assert window.menuBar().isVisible() and window.actions_by_key["new"].isEnabled()
    assert window.home.people_text.text().startswith("正式党员 21 人")
    window.close()


def test_a_plain_database_starts_without_a_prompt(app, qtbot, store, db_path) -> None:
    from ui.app import Launcher

    launcher = Launcher(str(db_path))
    with qtbot.waitSignal(launcher.ready, timeout=10000) as ready:
        launcher.start()
    window = ready.args[0]
    qtbot.addWidget(window)
    assert not window.is_locked() and not window.lock_on()
    window.close()


def open_locked_window(qtbot, db: Path):
    from ui.main_window import MainWindow

    keys.unlock(db, PASSWORD)
    store = Store.open(db)
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    return window, store


def test_idle_minutes_save_what_is_typed_then_hide_the_content(app, qtbot, locked_db) -> None:
    window, store = open_locked_window(qtbot, locked_db)
    try:
        page = window.show_page("meetings")
        page.open_meeting("mt2")  # a draft
        editor = page.editor
        editor.summary.summary.setFocus()
        type_text(editor.summary.summary, "会议决定：年底前完成整改。")
        window.actions_by_key["manual"].trigger()  # another window of the program, open meanwhile
        qtbot.waitUntil(window._manual_window.isVisible)
        from models.domain import Attachment
        from ui import attachment_files

        data = "会议决定".encode()
        opened = attachment_files.write(Attachment("签到表.txt", "text/plain", hashlib.sha256(data).hexdigest(), data))
        window.idle_lock.timer.setInterval(300)  # the clerk set minutes; a test waits less
        window.idle_lock.timer.start()
        qtbot.waitUntil(window.is_locked, timeout=5000)
        screen = window.centralWidget()
        assert screen is not window._content and "已锁定" in visible_text(screen)
        assert not editor.isVisible() and not window.search_box.isVisible()
        assert not window._manual_window.isVisible()
        assert "会议决定：年底前完成整改。" in store.meeting("mt2").summary  # saved before it locked
        assert not opened.exists()  # an attachment opened before: its plain copy gone with the lock
        unlock_with(qtbot, screen, PASSWORD)
        qtbot.waitUntil(lambda: not window.is_locked(), timeout=5000)
        assert editor.isVisible() and "会议决定：年底前完成整改。" in editor.summary.summary.toPlainText()
    finally:
        window.close()
        window.ctx.jobs.wait()
        store.close()


def test_input_keeps_the_idle_lock_away(app, qtbot, locked_db) -> None:
    from PySide6.QtTest import QTest

    window, store = open_locked_window(qtbot, locked_db)
    try:
        window.idle_lock.timer.setInterval(400)
        window.idle_lock.timer.start()
        for _ in range(6):
            QTest.keyClick(window.search_box, Qt.Key.Key_A)
            qtbot.wait(150)
        assert not window.is_locked()  # 900 ms, a key every 150
        qtbot.waitUntil(window.is_locked, timeout=3000)
    finally:
        window.close()
        window.ctx.jobs.wait()
        store.close()


def test_a_plain_database_never_locks(window, qtbot) -> None:
    window.idle_lock.timer.setInterval(50)
    window.idle_lock.timer.start()
    qtbot.wait(200)
    assert not window.is_locked()
    assert not window.idle_lock.watching  # no filter on every event of the program for a plain database


def settings_section(window):
    page = window.show_page("settings")
    section = page.section("password")
    page.list.setCurrentRow(page.sections.index(section))
    return page, section


def test_setting_the_password_in_settings(window, store, db_path, qtbot, notices, monkeypatch) -> None:
    from models.interchange import write_branch
    from ui.dialogs.password import PasswordDialog

    before = write_branch(store.load_all())
    options.LAST_LOCATION.set("三楼小会议室")
    page, section = settings_section(window)
    assert "未开启" in section.state.text() and section.set_button.isVisible()
    asked = []
    monkeypatch.setattr(PasswordDialog, "ask", classmethod(lambda cls, parent, mode: asked.append(mode)
                                                            or ("", PASSWORD)))
    notices.answer = True
    qtbot.mouseClick(section.set_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "已开启" in section.state.text(), timeout=10000)
    assert asked == ["set"]
    assert "忘记密码就再也无法打开" in notices.texts()
    assert keys.is_encrypted(db_path) and not db_path.read_bytes().startswith(b"SQLite format 3")
    assert store.meeting("mt2").title  # the window goes on working on the encrypted file
    assert options.LAST_LOCATION.get() == ""  # record text is not kept in the settings with the lock on
    ini = (data_dir() / "settings.ini").read_bytes()
    assert "三楼小会议室".encode() not in ini
    assert section.change_button.isVisible() and section.remove_button.isVisible()

    monkeypatch.setattr(PasswordDialog, "ask", classmethod(lambda cls, parent, mode: ("错误的密码", "")))
    qtbot.mouseClick(section.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "密码不正确" in notices.texts(), timeout=10000)
    assert keys.is_encrypted(db_path)

    monkeypatch.setattr(PasswordDialog, "ask", classmethod(lambda cls, parent, mode: (PASSWORD, "")))
    qtbot.mouseClick(section.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "未开启" in section.state.text(), timeout=10000)
    assert db_path.read_bytes().startswith(b"SQLite format 3") and not keys.note_path(db_path).exists()
    assert write_branch(store.load_all()) == before  # every record, through both changes


def test_old_plain_backups_are_offered_for_encryption(window, store, db_path, qtbot, notices, monkeypatch) -> None:
    from models.backup import list_backups, take_backup
    from ui.auto_backup import backup_folder
    from ui.dialogs.password import PasswordDialog

    folder = backup_folder(db_path)
    take_backup(db_path, folder)
    page, section = settings_section(window)
    monkeypatch.setattr(PasswordDialog, "ask", classmethod(lambda cls, parent, mode: ("", PASSWORD)))
    qtbot.mouseClick(section.set_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "已加密以前的备份 2 个" in window.statusBar().currentMessage(), timeout=10000)
    assert "2 个以前的备份没有用现在的密码加密" in notices.texts()
    backups = list_backups(folder)
    assert len(backups) == 2 and all(keys.is_encrypted(b.path) for b in backups)
    assert not section.old_button.isVisible()


def test_the_password_dialog_checks_what_is_typed(app, qtbot) -> None:
    from ui.dialogs.password import PasswordDialog

    dialog = PasswordDialog("change")
    qtbot.addWidget(dialog)
    fields = dialog.findChildren(QLineEdit)
    assert len(fields) == 3 and all(f.echoMode() == QLineEdit.EchoMode.Password for f in fields)
    assert "忘记密码就再也无法打开" in dialog.warning.text()
    dialog.current.setText("旧密码123")
    dialog.new.setText("123")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "太短" in dialog.problem.text() and dialog.result() == 0
    dialog.new.setText("新的密码123")
    dialog.repeat.setText("新的密码124")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "不一样" in dialog.problem.text()
    dialog.repeat.setText("新的密码123")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == 1 and dialog.answer() == ("旧密码123", "新的密码123")


def test_no_plain_text_of_what_was_typed_reaches_a_file_while_locked(app, qtbot, locked_db, tmp_path) -> None:
    """A speech typed into a draft (autosaved) and a correction of a final record (kept in the recovery file), a
    backup, the settings: the bytes of every file the program wrote hold neither."""
    import tempfile
    import time as clock

    from models import recovery
    from models.backup import take_backup
    from ui.auto_backup import backup_folder, backup_on_exit

    started = clock.time()
    draft_text, amend_text = "我发言：要把廉洁纪律教育抓在日常。", "补记：会后向全体党员传达了会议精神。"
    window, store = open_locked_window(qtbot, locked_db)
    try:
        page = window.show_page("meetings")
        page.open_meeting("mt2")
        editor = page.editor
        type_text(editor.summary.summary, draft_text)
        qtbot.waitUntil(lambda: draft_text in store.meeting("mt2").summary, timeout=8000)
        page.open_meeting("mt1")  # final: a correction stays in the recovery file until 保存更正
        qtbot.mouseClick(editor.amend_button, Qt.MouseButton.LeftButton)
        type_text(editor.summary.summary, amend_text)
        qtbot.waitUntil(lambda: recovery.path_of("mt1").exists(), timeout=8000)
        assert amend_text in recovery.recovered("mt1").summary  # it is there, readable with the key
        take_backup(locked_db, backup_folder(locked_db))
    finally:
        window.close()
        window.ctx.jobs.wait()
        store.close()
    backup_on_exit(locked_db)
    written = [p for folder in (data_dir(), locked_db.parent) for p in folder.rglob("*") if p.is_file()]
    temp = Path(tempfile.gettempdir())
    written += [p for p in temp.glob("*") if p.is_file() and p.stat().st_mtime >= started]
    names = {p.name for p in written}
    assert {locked_db.name, "settings.ini", "amend-mt1.recovery"} <= names
    assert any(n.endswith("-auto.sqlite3") for n in names)
    for needle in (draft_text, amend_text, "今年要抓好三会一课质量。"):  # typed, corrected, stored before
        holders = [p for p in written if needle.encode("utf-8") in p.read_bytes()]
        assert holders == [], (needle, holders)


def test_a_dialog_open_when_the_window_locks_is_closed_as_cancelled(app, qtbot, locked_db) -> None:
    from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout

    window, store = open_locked_window(qtbot, locked_db)
    try:
        dialog = QDialog(window)
        QVBoxLayout(dialog).addWidget(QLabel("会议决定：年底前完成整改。"))
        dialog.open()  # window-modal, as the program's questions are
        qtbot.waitUntil(dialog.isVisible)
        window.lock()
        assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected
        assert window.is_locked()
    finally:
        window.close()
        window.ctx.jobs.wait()
        store.close()
