"""附件 opened from a private folder of this run, under a cleaned name; an executable type never launched, only
saved where the clerk says; files over 50 MB refused before anything is written; names cleaned when added."""

from __future__ import annotations

import dataclasses
import hashlib
import os
import signal
import stat
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices

from models.domain import Attachment
from tests.ui.test_meetings import new_meeting, saved
from ui import attachment_files
from ui.dialogs.save_attachment import SaveAttachment
from ui.meetings import attachments

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def temp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The system's temporary folder, for this test alone."""
    folder = tmp_path / "系统临时文件夹"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    attachment_files.clear()
    yield folder
    attachment_files.clear()


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What the desktop was asked to open."""
    urls: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: urls.append(url.toLocalFile()) or True))
    return urls


def attach(store, editor, *items: Attachment):
    """Attachments stored as an older version of the program may have stored them (no name check then)."""
    m = dataclasses.replace(saved(store, editor), attachments=items)
    store.save_meeting(m)
    editor.open(store.meeting(m.id))
    editor.tabs.setCurrentWidget(editor.attachments)
    return editor.attachments


def attachment(name: str, data: bytes) -> Attachment:
    return Attachment(name, "application/octet-stream", hashlib.sha256(data).hexdigest(), data)


@pytest.mark.parametrize("name, cleaned", [("../../x.txt", "x.txt"), ("/abs/path.txt", "path.txt"),
                                           ("a\\b.jpg", "b.jpg"), ("nul.txt", "_nul.txt"),
                                           ("照片\x07.jpg", "照片_.jpg")])
def test_an_attachment_opens_from_a_private_folder_under_a_cleaned_name(window, store, monkeypatch, temp: Path,
                                                                        opened: list[str], name: str,
                                                                        cleaned: str) -> None:
    section = attach(store, new_meeting(window, monkeypatch, "theme_day"), attachment(name, b"contents"))
    section.list.setCurrentRow(0)
    section.open_selected()
    assert len(opened) == 1
    target = Path(opened[0])
    assert target.name == cleaned and target.read_bytes() == b"contents"
    private = target.parent.parent
    assert private.parent == temp and private.name.startswith(f"orglife-attachments-{os.getpid()}-")
    assert stat.S_IMODE(private.stat().st_mode) == 0o700 and stat.S_IMODE(target.stat().st_mode) == 0o600
    written = [p for p in temp.rglob("*") if p.is_file()]
    assert written == [target]  # nothing outside the private folder, no shared orglife-attachments
    assert not (temp / "orglife-attachments").exists()
    attachment_files.clear()  # what the app lock will call
    assert not private.exists()
    section.open_selected()  # a new private folder after clearing
    assert Path(opened[1]).exists() and Path(opened[1]).parent.parent != private


@pytest.mark.parametrize("name", ["照片.jpg.exe", "通知.BAT", "run.js", "x.ps1", "快捷方式.lnk", "t.exe  "])
def test_an_executable_attachment_is_never_launched_only_saved_where_the_clerk_says(
        window, store, monkeypatch, notices, temp: Path, opened: list[str], tmp_path: Path, name: str) -> None:
    section = attach(store, new_meeting(window, monkeypatch, "theme_day"), attachment(name, b"MZ\x90\x00"))
    asked: list[str] = []
    chosen = tmp_path / "保存在这里" / "附件.bin"
    chosen.parent.mkdir()
    monkeypatch.setattr(SaveAttachment, "ask", classmethod(lambda cls, parent, n: asked.append(n) or str(chosen)))
    section.list.setCurrentRow(0)
    section.open_selected()
    assert opened == []  # the desktop was never asked to open it
    assert asked == [name.strip()] and chosen.read_bytes() == b"MZ\x90\x00"
    assert "是可执行文件类型" in notices.texts() and str(chosen) in notices.texts()
    assert not [p for p in temp.rglob("*") if p.is_file()]  # not even written to the temporary folder
    monkeypatch.setattr(SaveAttachment, "ask", classmethod(lambda cls, parent, n: None))  # 取消
    section.open_selected()
    assert opened == [] and sorted(p.name for p in chosen.parent.iterdir()) == ["附件.bin"]


def test_the_private_folder_is_removed_at_exit_and_one_left_by_a_killed_run_by_the_next(temp: Path) -> None:
    code = ("import sys, tempfile; tempfile.tempdir = sys.argv[1]; from ui import attachment_files; "
            "from models.domain import Attachment; p = attachment_files.write(Attachment('a.txt', 'text/plain', "
            "'0' * 64, b'x')); print(p, flush=True)")
    out = subprocess.run([sys.executable, "-c", code, str(temp)], cwd=REPO, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert not Path(out.stdout.strip()).exists() and list(temp.iterdir()) == []  # removed at exit
    killed = subprocess.Popen([sys.executable, "-c", code + "; import time; time.sleep(60)", str(temp)], cwd=REPO,
                              stdout=subprocess.PIPE, text=True)
    left = Path(killed.stdout.readline().strip())
    killed.send_signal(signal.SIGKILL)
    killed.communicate()
    assert left.exists()  # kill -9: no exit handler ran
    mine = attachment_files.folder()
    assert not left.parent.parent.exists() and mine.exists()  # the next run removed it


def test_added_files_get_plain_names_and_one_over_50_mb_is_refused_before_it_is_read(
        window, store, monkeypatch, qtbot, notices, tmp_path: Path) -> None:
    device = tmp_path / "COM1.txt"
    device.write_text("签到", encoding="utf-8")
    bell = tmp_path / "照片\x07\u202egpj.png"
    bell.write_bytes(b"not really a png")
    huge = tmp_path / "会议录像.mp4"
    with huge.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024 + 1)  # sparse: 50 MB and a byte
    read: list[Path] = []
    original = Path.read_bytes
    monkeypatch.setattr(Path, "read_bytes", lambda self: read.append(self) or original(self))
    editor = new_meeting(window, monkeypatch, "theme_day")
    section = editor.attachments
    editor.tabs.setCurrentWidget(section)
    monkeypatch.setattr(attachments, "ask_files", lambda parent: [str(device), str(bell), str(huge)])
    qtbot.mouseClick(section.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(saved(store, editor).attachments) == 2, timeout=4000)
    assert [a.name for a in saved(store, editor).attachments] == ["_COM1.txt", "照片__gpj.png"]
    assert "“会议录像.mp4”超过 50 MB，不能作为附件" in notices.texts()
    assert huge not in read


def test_a_file_grown_past_50_mb_after_its_size_was_read_is_refused(window, monkeypatch, notices,
                                                                    tmp_path: Path) -> None:
    grown = tmp_path / "扫描件.pdf"
    grown.write_bytes(b"%PDF")
    monkeypatch.setattr(Path, "read_bytes", lambda self: b"\0" * (50 * 1024 * 1024 + 1))
    assert attachments.read_file(window, grown) is None
    assert "超过 50 MB" in notices.texts()
