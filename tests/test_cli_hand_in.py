"""The hand-in on the command line: the branch writes its year's file; the 党委 imports several at once, each into
its own branch, and a second hand-in of a year replaces that year only with --yes; import-json into a chosen
branch."""

from __future__ import annotations

import json
from pathlib import Path

from tests.test_cli import SAMPLE, run

NAME = "中共示例市妇女联合会机关支部委员会"


def test_hand_in_files_go_to_their_branches_and_a_second_one_needs_yes(tmp_path: Path) -> None:
    own = str(tmp_path / "branch.sqlite3")
    assert run("--db", own, "import-json", str(SAMPLE), cwd=tmp_path).returncode == 0
    written = run("--db", own, "hand-in-file", "--year", "2025", cwd=tmp_path)
    assert written.returncode == 0, written.stderr
    hand_in = tmp_path / "示例市妇联机关党支部2025年度报送文件.orglife.json"
    assert json.loads(hand_in.read_text(encoding="utf-8"))["branch"]["uid"]
    damaged = tmp_path / "坏.json"
    damaged.write_bytes(hand_in.read_bytes()[:500])

    party = str(tmp_path / "party.sqlite3")
    assert run("--db", party, "init", "--branch", "中共示例市另一机关支部委员会", cwd=tmp_path).returncode == 0
    first = run("--db", party, "hand-in", str(hand_in), str(damaged), cwd=tmp_path)
    assert first.returncode == 1  # one of the two did not go in
    assert f"{hand_in.name}：{NAME} — 新支部" in first.stdout
    assert "坏.json：（未知党支部） — 不导入：文件已损坏或不是报送文件" in first.stdout
    assert f"已作为新党支部“{NAME}”导入" in first.stdout
    assert list((tmp_path / "backups").glob("*before-import*.sqlite3"))

    again = run("--db", party, "hand-in", str(hand_in), cwd=tmp_path)
    assert again.returncode == 1 and "替换 2025 年度" in again.stdout
    assert "1 个文件需要确认" in again.stderr and "--yes" in again.stderr
    confirmed = run("--db", party, "hand-in", "--yes", str(hand_in), cwd=tmp_path)
    assert confirmed.returncode == 0, confirmed.stderr
    assert f"“{NAME}”已替换 2025 年度的记录" in confirmed.stdout

    overview = run("--db", party, "overview", "--year", "2025", "--as-of", "2025-12-31", cwd=tmp_path)
    assert overview.returncode == 0 and overview.stdout.count(NAME) == 1


def test_import_json_into_a_chosen_branch_or_a_new_one(tmp_path: Path) -> None:
    party = str(tmp_path / "party.sqlite3")
    assert run("--db", party, "init", "--branch", "第一支部", cwd=tmp_path).returncode == 0
    assert run("--db", party, "import-json", "--new-branch", str(SAMPLE), cwd=tmp_path).returncode == 0
    several = run("--db", party, "import-json", str(SAMPLE), cwd=tmp_path)
    assert several.returncode == 1 and "请指定导入到哪个党支部" in several.stderr
    unknown = run("--db", party, "import-json", "--branch", "第九支部", str(SAMPLE), cwd=tmp_path)
    assert unknown.returncode == 1 and "数据库中没有这个党支部：第九支部" in unknown.stderr
    into = run("--db", party, "import-json", "--branch", "第一支部", str(SAMPLE), cwd=tmp_path)
    assert into.returncode == 0, into.stderr
    overview = run("--db", party, "overview", "--year", "2025", cwd=tmp_path)
    # the empty branch of `init` took the file's details, as an import into it always has
    assert overview.stdout.count(NAME) == 2 and "共 2 个党支部" in overview.stdout
