"""设置 and the stored settings: every setting declared once with its default; filters kept per database; the
pages of 设置 load, check and save their own options."""

from __future__ import annotations

import ast
from pathlib import Path

from PySide6.QtCore import QSettings

from models.paths import data_dir
from ui import options
from ui.settings import Option, use_database

REPO = Path(__file__).resolve().parents[2]


def test_every_option_is_declared_once() -> None:
    keys = [o.key for o in options.ALL]
    assert len(keys) == len(set(keys)) and len(keys) >= 15
    assert all(isinstance(o, Option) for o in options.ALL)


def test_no_setting_is_read_or_written_by_a_key_in_the_code() -> None:
    """Only ui/settings.py touches QSettings; everything else goes through a declared Option."""
    offenders = []
    for path in sorted((REPO / "ui").rglob("*.py")):
        if path.name == "settings.py" and path.parent.name == "ui":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            name = getattr(node, "attr", None) or getattr(node, "id", None)
            if name in {"app_settings", "QSettings", "get_str"}:
                offenders.append(f"{path.relative_to(REPO)}:{node.lineno}")
    assert offenders == []


def stored_keys() -> set[str]:
    ini = QSettings(str(data_dir() / "settings.ini"), QSettings.Format.IniFormat)
    return {key.split("/", 1)[1] if key.startswith("db-") else key for key in ini.allKeys()}


def test_what_the_program_stores_is_declared(window, store, qtbot) -> None:
    page = window.show_page("meetings")
    qtbot.waitUntil(lambda: page.list.model.rowCount() == 2)
    page.list.kind.setCurrentIndex(page.list.kind.findData("committee_meeting"))
    page.open_meeting("mt1")
    window.show_page("roster")
    window.close()
    declared = {o.key for o in options.ALL}
    assert stored_keys() and stored_keys() <= declared, stored_keys() - declared


def test_filters_are_kept_per_database() -> None:
    use_database("/data/a.sqlite3")
    options.MEETINGS_KIND.set("committee_meeting")
    options.WINDOW_PAGE.set("meetings")
    use_database("/data/b.sqlite3")
    assert options.MEETINGS_KIND.get() == ""  # another branch's file: its own filters
    assert options.WINDOW_PAGE.get() == "meetings"  # the window is the same program
    use_database("/data/a.sqlite3")
    assert options.MEETINGS_KIND.get() == "committee_meeting"


def test_an_empty_branch_name_is_refused_in_words(window, store, notices) -> None:
    page = window.show_page("settings")
    branch = page.section("branch")
    before = store.branch().name
    branch.name.setText("  ")
    assert not page.save_now()
    assert "请填写党支部全称" in notices.texts()
    assert store.branch().name == before


def test_the_branch_and_the_folders_are_saved(window, store, tmp_path) -> None:
    page = window.show_page("settings")
    page.section("branch").name.setText("中共县档案馆支部委员会")
    page.section("branch").short_name.setText("档案馆支部")
    page.section("folders").fields[options.EXPORT_FOLDER.key].setText(str(tmp_path))
    assert page.save_now()
    assert store.branch().name == "中共县档案馆支部委员会"
    assert window.windowTitle() == "档案馆支部"  # the window follows the change (Qt adds " — 组织生活记录本")
    assert options.EXPORT_FOLDER.get() == str(tmp_path)
    page.section("folders").load()
    assert page.section("folders").fields[options.EXPORT_FOLDER.key].text() == str(tmp_path)
