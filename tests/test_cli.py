"""The command line as a user runs it: exit codes, one clear line on errors, files written."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from models.resources import sample_branch_path

REPO = Path(__file__).resolve().parents[1]
SAMPLE = sample_branch_path()


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    return subprocess.run(
        [sys.executable, str(REPO / "main.py"), *args], cwd=cwd, capture_output=True, text=True, env=env,
        encoding="utf-8", timeout=120,
    )


def test_import_export_compliance_check_backup(tmp_path: Path) -> None:
    db = str(tmp_path / "b.sqlite3")
    assert run("--db", db, "import-json", str(SAMPLE), cwd=tmp_path).returncode == 0
    assert run("--db", db, "export-json", "--format-version", "1", "out.json", cwd=tmp_path).returncode == 0
    assert (tmp_path / "out.json").read_bytes() == SAMPLE.read_bytes()  # version 1 as before, byte for byte
    out = run("--db", db, "export-json", "--format-version", "1", "-", cwd=tmp_path)
    assert out.stdout.encode() == SAMPLE.read_bytes() and out.stderr == ""
    current = run("--db", db, "export-json", "-", cwd=tmp_path)
    assert json.loads(current.stdout)["version"] == 2
    report = run("--db", db, "compliance", "--year", "2025", "--as-of", "2025-06-30", "--json", cwd=tmp_path)
    assert report.returncode == 0
    data = json.loads(report.stdout)
    assert data["year"] == 2025 and data["as_of"] == "2025-06-30"
    q1 = next(d for d in data["duties"] if d["duty"] == "general_meeting" and d["period"] == "2025-Q1")
    assert (q1["state"], q1["meetings"]) == ("met", ["mt02"])
    q3 = next(d for d in data["duties"] if d["duty"] == "general_meeting" and d["period"] == "2025-Q3")
    assert q3["state"] == "upcoming"
    words = run("--db", db, "compliance", "--year", "2025", cwd=tmp_path)
    assert "支部党员大会" in words.stdout
    check = run("--db", db, "check", cwd=tmp_path)
    assert check.returncode == 0 and "数据库完好" in check.stdout
    backup = run("--db", db, "backup", str(tmp_path / "bk"), cwd=tmp_path)
    assert backup.returncode == 0
    assert len(list((tmp_path / "bk").glob("*.sqlite3"))) == 1


def test_bad_file_is_one_clear_error_and_nothing_written(tmp_path: Path) -> None:
    doc = json.loads(SAMPLE.read_text(encoding="utf-8"))
    doc["meetings"][2]["attendance"][1]["member"] = "m99"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    db = tmp_path / "b.sqlite3"
    result = run("--db", str(db), "import-json", str(bad), cwd=tmp_path)
    assert result.returncode == 1
    assert "meetings[2].attendance[1].member" in result.stderr
    assert "Traceback" not in result.stderr
    assert not db.exists()


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    assert run("compliance", cwd=tmp_path).returncode == 2
    assert run("compliance", "--year", "2025", "--as-of", "2025-13-01", cwd=tmp_path).returncode == 2
    assert run("frobnicate", cwd=tmp_path).returncode == 2


def test_init_then_second_init_is_refused(tmp_path: Path) -> None:
    db = str(tmp_path / "c.sqlite3")
    first = run("--db", db, "init", "--branch", "中共某某支部委员会", cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    second = run("--db", db, "init", "--branch", "另一个", cwd=tmp_path)
    assert second.returncode == 1 and "已有党支部" in second.stderr
    assert run("--db", db, "import-json", str(SAMPLE), cwd=tmp_path).returncode == 0
    exported = json.loads(run("--db", db, "export-json", "-", cwd=tmp_path).stdout)
    assert exported["branch"]["name"] == "中共示例市妇女联合会机关支部委员会"


def test_missing_database_is_a_fixable_error(tmp_path: Path) -> None:
    result = run("--db", str(tmp_path / "none.sqlite3"), "export-json", "-", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stderr.startswith("错误：数据库文件不存在")


def test_documents_and_the_archive_from_the_command_line(tmp_path: Path) -> None:
    db = str(tmp_path / "d.sqlite3")
    assert run("--db", db, "import-json", str(SAMPLE), cwd=tmp_path).returncode == 0
    word = run("--db", db, "minutes", "mt02", "--out", "mt02.docx", cwd=tmp_path)
    assert word.returncode == 0, word.stderr
    from docx import Document

    text = "\n".join(p.text for p in Document(str(tmp_path / "mt02.docx")).paragraphs)
    assert "支部党员大会" in text
    pdf = run("--db", db, "minutes", "t1", "--out", "t1.pdf", cwd=tmp_path)
    assert pdf.returncode == 0 and (tmp_path / "t1.pdf").read_bytes().startswith(b"%PDF")
    assert run("--db", db, "signin", "mt02", "--out", "s.docx", cwd=tmp_path).returncode == 0
    wrong = run("--db", db, "minutes", "mt02", "--out", "x.txt", cwd=tmp_path)
    assert wrong.returncode == 1 and ".docx" in wrong.stderr
    missing = run("--db", db, "minutes", "zz", "--out", "x.docx", cwd=tmp_path)
    assert missing.returncode == 1 and "找不到" in missing.stderr
    archived = run("--db", db, "archive", "--year", "2025", "--out", "arch", "--lock", cwd=tmp_path)
    assert archived.returncode == 0, archived.stderr
    assert len(list((tmp_path / "arch").glob("*.zip"))) == 1
    assert "已锁定" in archived.stdout
    empty = run("--db", db, "archive", "--year", "2019", "--out", "arch2", cwd=tmp_path)
    assert empty.returncode == 1 and "没有任何记录" in empty.stderr


def test_import_members_all_or_none_unless_told(tmp_path: Path) -> None:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["姓名", "性别", "入党时间", "转正时间", "联系电话"])
    sheet.append(["李娜", "女", "2020/3/12", "2021年3月12日", 13800000000.0])
    sheet.append(["曾强", "男", "不是日期", "", None])
    book.save(tmp_path / "roster.xlsx")
    db = str(tmp_path / "r.sqlite3")
    assert run("--db", db, "init", "--branch", "测试支部", cwd=tmp_path).returncode == 0
    refused = run("--db", db, "import-members", "roster.xlsx", cwd=tmp_path)
    assert refused.returncode == 1 and "第 3 行" in refused.stderr
    assert json.loads(run("--db", db, "export-json", "-", cwd=tmp_path).stdout)["members"] == []
    done = run("--db", db, "import-members", "roster.xlsx", "--skip-invalid", cwd=tmp_path)
    assert done.returncode == 0
    members = json.loads(run("--db", db, "export-json", "-", cwd=tmp_path).stdout)["members"]
    assert [(m["name"], m["joined_on"], m["phone"]) for m in members] == [("李娜", "2020-03-12", "13800000000")]
    (tmp_path / "bad.xlsx").write_text("hi", encoding="utf-8")
    bad = run("--db", db, "import-members", "bad.xlsx", cwd=tmp_path)
    assert bad.returncode == 1 and "不是可读取的 Excel" in bad.stderr and "Traceback" not in bad.stderr


def test_archiving_a_year_with_drafts_names_them(tmp_path: Path) -> None:
    doc = json.loads(SAMPLE.read_text(encoding="utf-8"))
    mt07 = next(m for m in doc["meetings"] if m["id"] == "mt07")
    mt07["status"], mt07["finalized_at"] = "draft", None
    (tmp_path / "drafts.json").write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    db = str(tmp_path / "d.sqlite3")
    assert run("--db", db, "import-json", "drafts.json", cwd=tmp_path).returncode == 0
    archived = run("--db", db, "archive", "--year", "2025", "--out", "arch", cwd=tmp_path)
    assert archived.returncode == 0, archived.stderr
    named = "2025年3月10日“研究一季度工作”（2025年第3次支部委员会会议记录）"
    assert f"其中 1 份草稿已标明“草稿”：{named}" in archived.stdout


def test_version1_export_writes_a_birth_month_as_its_first_day_and_says_so(tmp_path: Path) -> None:
    doc = json.loads(SAMPLE.read_text(encoding="utf-8"))
    doc["version"] = 2
    doc["members"][0]["birth_date"] = "1979-11"
    name = doc["members"][0]["name"]
    file = tmp_path / "v2.json"
    file.write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    db = str(tmp_path / "b.sqlite3")
    assert run("--db", db, "import-json", str(file), cwd=tmp_path).returncode == 0

    current = run("--db", db, "export-json", "-", cwd=tmp_path)
    old = run("--db", db, "export-json", "--format-version", "1", "-", cwd=tmp_path)

    assert current.returncode == 0 and current.stderr == ""
    assert json.loads(current.stdout)["members"][0]["birth_date"] == "1979-11"
    assert old.returncode == 0
    assert json.loads(old.stdout)["members"][0]["birth_date"] == "1979-11-01"
    assert old.stderr.startswith("注意：") and name in old.stderr and "1979年11月" in old.stderr
    assert "1979-11-01" in old.stderr and old.stderr.count("\n") == 1


def test_overview_prints_each_branch_and_saves_the_xlsx(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    db = str(tmp_path / "party.sqlite")
    assert run("--db", db, "import-json", str(SAMPLE), cwd=tmp_path).returncode == 0
    result = run("--db", db, "overview", "--year", "2025", "--as-of", "2025-12-31", "--xlsx", "总览.xlsx",
                 cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "2025 年度各党支部组织生活落实情况（截至 2025-12-31）"
    assert lines[1].split("\t")[:3] == ["党支部", "支部党员大会", "支委会"]
    assert lines[2].startswith("中共示例市妇女联合会机关支部委员会\t✗ 缺 1/4\t")
    assert lines[-1] == "已保存表格：总览.xlsx"
    sheet = load_workbook(tmp_path / "总览.xlsx").active
    assert sheet.cell(3, 1).value == "中共示例市妇女联合会机关支部委员会"
    assert sheet.cell(3, 2).value == "✗ 缺 1/4"
    wrong = run("--db", db, "overview", "--year", "2025", "--xlsx", "总览.csv", cwd=tmp_path)
    assert wrong.returncode != 0 and "表格文件名应以 .xlsx 结尾：总览.csv" in wrong.stderr
