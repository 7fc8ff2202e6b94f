"""The password lock on the command line: set, asked for, wrong, removed — every record kept throughout."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from models.resources import sample_branch_path

REPO = Path(__file__).resolve().parents[1]
SAMPLE = sample_branch_path()
SPEECH = "今年要把党建和妇联业务同谋划、同部署，重点抓好三会一课质量。".encode()


def run(*args: str, cwd: Path, password: str | None = None, **extra: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ORGLIFE_PASSWORD")}
    env.update(PYTHONIOENCODING="utf-8", ORGLIFE_DATA_DIR=str(cwd / "data"), **extra)
    if password is not None:
        env["ORGLIFE_PASSWORD"] = password
    return subprocess.run([sys.executable, str(REPO / "main.py"), *args], cwd=cwd, capture_output=True, text=True,
                          env=env, encoding="utf-8", timeout=120, stdin=subprocess.DEVNULL)


def test_set_use_and_remove_the_password(tmp_path: Path) -> None:
    db = tmp_path / "b.sqlite3"
    assert run("--db", str(db), "import-json", str(SAMPLE), cwd=tmp_path).returncode == 0
    done = run("--db", str(db), "set-password", "--old-backups", "encrypt", cwd=tmp_path, password="支部密码2026")
    assert done.returncode == 0, done.stderr
    assert "忘记密码就再也无法打开" in done.stdout and "已加密以前的备份 1 个" in done.stdout
    assert SPEECH not in db.read_bytes()
    assert all(SPEECH not in p.read_bytes() for p in (tmp_path / "backups").iterdir())

    asked = run("--db", str(db), "check", cwd=tmp_path)
    assert asked.returncode == 1 and asked.stdout == ""
    assert asked.stderr.strip().splitlines() == [
        "错误：数据库已加密：请在终端中运行并输入密码，或用环境变量 ORGLIFE_PASSWORD 给出密码。"]
    wrong = run("--db", str(db), "export-json", "--format-version", "1", "-", cwd=tmp_path, password="支部密码2025")
    assert wrong.returncode == 1 and wrong.stdout == ""
    assert wrong.stderr.strip().splitlines() == ["错误：密码不正确，数据库没有打开；请检查大小写和输入法后重新输入。"]

    out = run("--db", str(db), "export-json", "--format-version", "1", "-", cwd=tmp_path, password="支部密码2026")
    assert out.returncode == 0 and out.stdout.encode() == SAMPLE.read_bytes()
    listed = run("--db", str(db), "backups", cwd=tmp_path, password="支部密码2026")
    assert listed.stdout.count("已加密") == 1

    changed = run("--db", str(db), "set-password", cwd=tmp_path, password="支部密码2026",
                  ORGLIFE_NEW_PASSWORD="新的密码2027")
    assert changed.returncode == 0 and "以前的 2 个备份没有用现在的密码加密" in changed.stdout
    assert run("--db", str(db), "check", cwd=tmp_path, password="支部密码2026").returncode == 1

    removed = run("--db", str(db), "remove-password", cwd=tmp_path, password="新的密码2027")
    assert removed.returncode == 0, removed.stderr
    assert db.read_bytes().startswith(b"SQLite format 3") and not Path(f"{db}.cipher.json").exists()
    plain = run("--db", str(db), "export-json", "--format-version", "1", "-", cwd=tmp_path)
    assert plain.returncode == 0 and plain.stdout.encode() == SAMPLE.read_bytes()


def test_a_short_password_is_refused_and_nothing_changes(tmp_path: Path) -> None:
    db = tmp_path / "b.sqlite3"
    assert run("--db", str(db), "import-json", str(SAMPLE), cwd=tmp_path).returncode == 0
    short = run("--db", str(db), "set-password", cwd=tmp_path, password="12345")
    assert short.returncode == 1 and short.stderr.strip() == "错误：密码太短：至少要 6 个字符。"
    assert db.read_bytes().startswith(b"SQLite format 3")


def test_the_archive_of_a_locked_database_says_it_is_plain_and_offers_a_protected_zip(tmp_path: Path) -> None:
    db = tmp_path / "b.sqlite3"
    assert run("--db", str(db), "import-json", str(SAMPLE), cwd=tmp_path).returncode == 0
    assert run("--db", str(db), "set-password", cwd=tmp_path, password="支部密码2026").returncode == 0
    plain = run("--db", str(db), "archive", "--year", "2025", "--out", str(tmp_path / "a"), cwd=tmp_path,
                password="支部密码2026")
    assert plain.returncode == 0, plain.stderr
    assert "档案（文件夹和 zip）是交给上级的普通文件，没有加密" in plain.stdout and "--zip-password" in plain.stdout
    protected = run("--db", str(db), "archive", "--year", "2025", "--out", str(tmp_path / "b"), "--zip-password",
                    cwd=tmp_path, password="支部密码2026", ORGLIFE_ZIP_PASSWORD="报送密码2026")
    assert protected.returncode == 0, protected.stderr
    assert "带密码的压缩包（AES 加密）" in protected.stdout
    assert len(list((tmp_path / "b").glob("*（加密）.zip"))) == 1
    asked = run("--db", str(db), "archive", "--year", "2025", "--out", str(tmp_path / "c"), "--zip-password",
                cwd=tmp_path, password="支部密码2026")
    assert asked.returncode == 1 and "ORGLIFE_ZIP_PASSWORD" in asked.stderr and not (tmp_path / "c").exists()


def test_restoring_a_backup_says_when_the_lock_changes_with_it(tmp_path: Path) -> None:
    db = tmp_path / "b.sqlite3"
    assert run("--db", str(db), "import-json", str(SAMPLE), cwd=tmp_path).returncode == 0
    assert run("--db", str(db), "backup", str(tmp_path / "plain"), cwd=tmp_path).returncode == 0
    assert run("--db", str(db), "set-password", cwd=tmp_path, password="支部密码2026").returncode == 0
    assert run("--db", str(db), "backup", str(tmp_path / "locked"), cwd=tmp_path,
               password="支部密码2026").returncode == 0
    plain_backup = next((tmp_path / "plain").glob("*.sqlite3"))
    back = run("--db", str(db), "restore", str(plain_backup), cwd=tmp_path, password="支部密码2026")
    assert back.returncode == 0, back.stderr
    assert "数据库现在没有密码锁" in back.stdout and db.read_bytes().startswith(b"SQLite format 3")
    locked_backup = next((tmp_path / "locked").glob("*.sqlite3"))
    wrong = run("--db", str(db), "restore", str(locked_backup), cwd=tmp_path, ORGLIFE_BACKUP_PASSWORD="不对的密码123")
    assert wrong.returncode == 1 and "密码不正确" in wrong.stderr
    again = run("--db", str(db), "restore", str(locked_backup), cwd=tmp_path, ORGLIFE_BACKUP_PASSWORD="支部密码2026")
    assert again.returncode == 0, again.stderr
    assert "以后打开数据库要输入该备份的密码" in again.stdout
    out = run("--db", str(db), "export-json", "--format-version", "1", "-", cwd=tmp_path, password="支部密码2026")
    assert out.returncode == 0 and out.stdout.encode() == SAMPLE.read_bytes()
