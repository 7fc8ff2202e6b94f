"""导入报送文件 as the 党委's clerk uses it: pick files, read what will happen, tick, import, read the result."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from models.domain import Branch
from models.handin.year import year_interchange
from models.interchange import read_branch
from models.services import Store
from models.services.base import branches
from ui.party import hand_in as dialog_module

NAME = "中共示例市妇女联合会机关支部委员会"


@pytest.fixture
def files(tmp_path: Path, sample_text: str) -> dict[str, Path]:
    doc = json.loads(year_interchange(read_branch(sample_text), 2025))
    doc["branch"]["uid"] = "6a1f0e2d-3c4b-4a59-8877-665544332211"
    good = tmp_path / "妇联2025年度报送文件.orglife.json"
    good.write_text(json.dumps(doc, ensure_ascii=False, indent=2), encoding="utf-8")
    changed = tmp_path / "妇联2025年度报送文件（更正）.orglife.json"
    doc["meetings"][0]["summary"] = "更正后的会议总结"
    changed.write_text(json.dumps(doc, ensure_ascii=False, indent=2), encoding="utf-8")
    damaged = tmp_path / "损坏.json"
    damaged.write_bytes(good.read_bytes()[:300])
    return {"good": good, "changed": changed, "damaged": damaged}


@pytest.fixture
def party(tmp_path: Path):
    store = Store.open(tmp_path / "party.sqlite3")
    store.create_branch(Branch("中共示例市另一机关支部委员会"))
    yield store
    store.close()


def open_dialog(qtbot, monkeypatch, party: Store, chosen: list[Path], done: list):
    monkeypatch.setattr(dialog_module, "choose_files", lambda parent: [str(p) for p in chosen])
    dialog = dialog_module.import_hand_ins(None, party.engine, done.append)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == len(chosen), timeout=10000)
    return dialog


def cell(dialog, row: int, column: int) -> str:
    widget = dialog.table.cellWidget(row, column)
    return widget.currentText() if widget is not None else dialog.table.item(row, column).text()


def run_import(qtbot, dialog, done: list) -> None:
    qtbot.mouseClick(dialog.start, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(done), timeout=20000)


def test_new_branch_and_damaged_file_then_a_replacement_needs_the_tick(app, qtbot, monkeypatch, party, files):
    done: list = []
    dialog = open_dialog(qtbot, monkeypatch, party, [files["good"], files["damaged"]], done)
    assert [cell(dialog, 0, c) for c in (1, 2)] == [NAME, "新支部"]
    assert cell(dialog, 1, 2) == "不导入" and "文件已损坏或不是报送文件" in cell(dialog, 1, 3)
    assert dialog.start.isEnabled() and dialog.confirm.isHidden()
    run_import(qtbot, dialog, done)
    assert dialog.status.text().startswith("已导入 1 个文件，1 个未导入：")
    assert f"已作为新党支部“{NAME}”导入" in dialog.status.text()
    assert [cell(dialog, r, 2) for r in (0, 1)] == ["已导入", "未导入"]
    new = next(b for b in branches(party.engine) if b.name == NAME)
    assert len(Store(party.engine, new.id).load_all().meetings) == len(read_branch(files["good"].read_bytes()).meetings)
    dialog.close()

    done.clear()
    again = open_dialog(qtbot, monkeypatch, party, [files["changed"]], done)
    assert cell(again, 0, 2) == "替换 2025 年度" and "将被替换" in cell(again, 0, 3)
    assert not again.start.isEnabled() and again.confirm.isVisible()
    again.confirm.click()
    assert again.start.isEnabled()
    run_import(qtbot, again, done)
    assert f"“{NAME}”已替换 2025 年度的记录" in again.status.text()
    summaries = {m.summary for m in Store(party.engine, new.id).load_all().meetings}
    assert "更正后的会议总结" in summaries


def test_a_branch_matched_by_name_may_go_to_a_new_branch_and_a_locked_year_is_refused(
    app, qtbot, monkeypatch, party, files
):
    party.create_branch(Branch(NAME))
    done: list = []
    dialog = open_dialog(qtbot, monkeypatch, party, [files["good"]], done)
    assert cell(dialog, 0, 2) == "追加 2025 年度" and "按全称与数据库中的" in cell(dialog, 0, 3)
    assert not dialog.start.isEnabled()
    dialog.choices[0].setCurrentIndex(1)  # 新支部
    assert dialog.start.isEnabled()
    run_import(qtbot, dialog, done)
    assert [b.name for b in branches(party.engine)].count(NAME) == 2
    dialog.close()

    uid = json.loads(files["good"].read_text(encoding="utf-8"))["branch"]["uid"]
    matched = next(b for b in branches(party.engine) if b.uid == uid)  # the new branch took the file's uid
    Store(party.engine, matched.id).lock_year(2025)
    done.clear()
    locked = open_dialog(qtbot, monkeypatch, party, [files["good"]], done)
    assert cell(locked, 0, 2) == "不导入" and "2025 年度在本数据库中已锁定（已归档）" in cell(locked, 0, 3)
    assert not locked.start.isEnabled() and locked.status.text() == "没有可以导入的文件。"


def test_a_backup_that_cannot_be_taken_is_said_and_nothing_is_imported(app, qtbot, monkeypatch, party, files):
    from models.backup import BackupError

    def no_backup(store, label):
        raise BackupError("备份文件夹所在的磁盘已满，无法备份；请腾出空间后再试。")

    monkeypatch.setattr("models.handin.commands.backup_before", no_backup)
    done: list = []
    dialog = open_dialog(qtbot, monkeypatch, party, [files["good"]], done)
    qtbot.mouseClick(dialog.start, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.status.text().startswith("导入未完成"), timeout=20000)
    assert "磁盘已满" in dialog.status.text() and "未导入的文件什么也没有写入" in dialog.status.text()
    assert NAME not in [b.name for b in branches(party.engine)] and not done
    assert not dialog.start.isEnabled()
