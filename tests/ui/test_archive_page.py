"""年度归档 page: the archive is built in the background with progress, then the year can be locked."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from models.storage.errors import RecordLocked


@pytest.fixture
def page(app, qtbot, store, tmp_path: Path):
    from ui.context import AppContext
    from ui.pages.archive import ArchivePage

    ctx = AppContext(store._store)
    p = ArchivePage(ctx)
    qtbot.addWidget(p)
    p.show()
    p.activate()
    p.folder.setText(str(tmp_path / "档案"))
    return p


def test_the_year_with_records_is_offered(page, store) -> None:
    assert page.selected_year() == 2025
    meetings = store.meeting_summaries(year=2025)
    drafts = sum(1 for m in meetings if m.status == "draft")
    assert f"共有会议记录 {len(meetings)} 份、谈心谈话记录 {len(store.talks(2025))} 份" in page.state.text()
    assert (f"其中 {drafts} 份会议记录尚未定稿" in page.state.text()) == bool(drafts)
    assert "未锁定" in page.state.text()


def test_building_the_archive_shows_progress_and_the_result(page, qtbot, tmp_path: Path, notices) -> None:
    from PySide6.QtCore import Qt

    seen: list[int] = []
    original = page._progressed
    page._progressed = lambda done, total, what: (seen.append(done), original(done, total, what))
    qtbot.mouseClick(page.build_button, Qt.MouseButton.LeftButton)
    assert page.is_building() and not page.build_button.isEnabled()
    qtbot.waitUntil(lambda: not page.is_building(), timeout=60000)
    zips = list((tmp_path / "档案").glob("*.zip"))
    assert len(zips) == 1
    assert str(zips[0]) in page.result.text()
    assert page.open_button.isEnabled()
    names = zipfile.ZipFile(zips[0]).namelist()
    assert any(name.endswith("归档文件目录.xlsx") for name in names)
    assert seen, "the progress dialog was never moved"
    assert notices.crashes == []


def test_a_failure_is_told_not_crashed(page, qtbot, tmp_path: Path, notices) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x", encoding="utf-8")
    page.folder.setText(str(blocker))
    page.build()
    qtbot.waitUntil(lambda: not page.is_building(), timeout=60000)
    assert "未能生成档案" in page.result.text()
    assert notices.shown and notices.crashes == []


def test_locking_the_year_after_confirmation(page, store, notices, qtbot) -> None:
    notices.answer = False
    page.lock()
    page.ctx.writes.settle()
    assert store.locked_years() == []
    notices.answer = True
    page.lock()
    qtbot.waitUntil(lambda: "已锁定" in notices.texts())  # written in the background, then told
    assert store.locked_years() == [2025]
    assert "已锁定" in page.state.text()
    assert not page.lock_button.isEnabled()
    meeting = store.meeting("mt1")
    with pytest.raises(RecordLocked):
        store.save_meeting(meeting)


def test_drafts_are_listed_and_the_clerk_asked_first(page, store, qtbot, tmp_path: Path, notices) -> None:
    drafts = [m for m in store.meeting_summaries(year=2025) if m.status == "draft"]
    assert drafts, "the test branch has a draft in 2025"
    notices.answer = False  # 否: finalise them first
    page.build()
    assert not page.is_building() and not list((tmp_path / "档案").glob("*.zip"))
    title, text = notices.shown[-1]
    assert title == "还有草稿" and f"还有 {len(drafts)} 份会议记录是草稿" in text and drafts[0].title in text
    notices.answer = True  # 是: archive anyway, drafts marked
    page.build()
    qtbot.waitUntil(lambda: not page.is_building(), timeout=60000)
    assert len(list((tmp_path / "档案").glob("*.zip"))) == 1


def test_an_archive_made_another_day_can_be_opened(app, qtbot, store, tmp_path: Path) -> None:
    from exports.archive.build import archive_name
    from ui import options
    from ui.context import AppContext
    from ui.pages.archive import ArchivePage

    folder = tmp_path / "档案"
    folder.mkdir()
    options.ARCHIVE_FOLDER.set(str(folder))
    ctx = AppContext(store._store)
    (folder / f"{archive_name(ctx.roster().data, 2025)}.zip").write_bytes(b"PK")  # made before the restart
    page = ArchivePage(ctx)
    qtbot.addWidget(page)
    page.activate()
    assert page.selected_year() == 2025 and page.open_button.isEnabled()


def test_with_the_lock_on_the_page_says_the_archive_is_plain_and_makes_a_protected_zip(
        app, qtbot, store, db_path: Path, tmp_path: Path, notices, monkeypatch) -> None:
    import pyzipper
    from PySide6.QtCore import Qt

    from ui.context import AppContext
    from ui.dialogs.password import PasswordDialog
    from ui.pages.archive import ArchivePage

    store._store.set_password("支部密码2026", None)
    ctx = AppContext(store._store)
    page = ArchivePage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.activate()
    page.folder.setText(str(tmp_path / "档案"))
    assert page.plain_note.isVisible() and "不加密" in page.plain_note.text()
    assert page.protect.isChecked()  # offered with the lock on
    monkeypatch.setattr(PasswordDialog, "ask", classmethod(lambda cls, parent, mode: ("", "报送密码2026")))
    qtbot.mouseClick(page.build_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.is_building(), timeout=60000)
    protected = list((tmp_path / "档案").glob("*（加密）.zip"))
    assert len(protected) == 1 and str(protected[0]) in page.result.text()
    assert "档案（文件夹和 zip）是普通文件，没有加密" in notices.texts()
    with pyzipper.AESZipFile(protected[0]) as archive:
        archive.setpassword("报送密码2026".encode())
        assert any(name.endswith("归档文件目录.xlsx") for name in archive.namelist())
        assert archive.read(archive.namelist()[0])
