"""The window on a damaged database: told in plain Chinese and offered the newest good backup; restored, the
damaged file is kept aside and the window opens on the backup's records."""

from __future__ import annotations

from pathlib import Path

import pytest

from models.backup import take_backup
from models.interchange import read_branch
from models.services import Store
from tests.models.test_backups import damage_a_table, meetings_in


@pytest.fixture
def damaged(tmp_path: Path, sample_text: str) -> Path:
    db = tmp_path / "orglife.sqlite3"
    store = Store.open(db)
    store.import_data(read_branch(sample_text))
    store.close()
    take_backup(db, db.parent / "backups")  # where the program's own backups of this file go
    damage_a_table(db)
    return db


def test_a_damaged_database_is_restored_from_the_newest_good_backup_when_the_clerk_agrees(
        app, qtbot, notices, damaged: Path) -> None:
    from ui.app import Launcher

    broken = damaged.read_bytes()
    launcher = Launcher(str(damaged))
    ready: list[object] = []
    launcher.ready.connect(ready.append)
    launcher.start()
    qtbot.addWidget(launcher.window)
    qtbot.waitUntil(lambda: bool(ready), timeout=30000)
    asked = notices.shown[0]
    assert asked[0] == "数据库已损坏" and "数据库文件已损坏" in asked[1] and "现在用这份备份恢复吗" in asked[1]
    assert "会议 9 次" in asked[1] and "不会删除" in asked[1]
    window = launcher.window
    assert len(window.ctx.store.meeting_summaries()) == 9 and meetings_in(damaged) == 9
    kept = [p for p in damaged.parent.glob("orglife.sqlite3.before-restore-*") if not p.name.endswith(("wal", "shm"))]
    assert len(kept) == 1 and kept[0].read_bytes() == broken  # the damaged file, as it was
    window.ctx.writes.settle()
    window.close()


def test_declined_the_damaged_file_is_left_as_it_is_and_the_message_names_the_backup(app, qtbot, notices,
                                                                                   monkeypatch, damaged: Path) -> None:
    from PySide6.QtWidgets import QApplication

    from ui.app import Launcher

    broken = damaged.read_bytes()
    notices.answer = False
    monkeypatch.setattr(QApplication, "exit", staticmethod(lambda code=0: None))  # the program would end here
    launcher = Launcher(str(damaged))
    failed: list[str] = []
    launcher.failed.connect(failed.append)
    launcher.start()
    qtbot.addWidget(launcher.window)
    qtbot.waitUntil(lambda: bool(failed), timeout=30000)
    assert "可以从最近的完好备份恢复" in notices.texts() and damaged.read_bytes() == broken
    assert not list(damaged.parent.glob("*.before-restore-*"))
