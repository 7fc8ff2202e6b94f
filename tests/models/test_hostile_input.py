"""Hostile input is refused cleanly: mutated interchange files never crash the import and never write part of
themselves; lengths are limited; control characters are refused in ids, names and one-line fields only;
attachment names are file names only; `--db` paths are taken literally."""

from __future__ import annotations

import copy
import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from models.filenames import clean_name, is_executable, name_problem
from models.interchange import InterchangeError, read_branch
from models.limits import TEXT_CHARS
from models.resources import sample_branch_path
from models.services import Store
from models.storage.errors import RecordConflict, RecordNotFound

SAMPLE = json.loads(sample_branch_path().read_text(encoding="utf-8"))
HOSTILE_VALUES = st.one_of(
    st.none(), st.booleans(), st.integers(), st.integers(min_value=10**30, max_value=10**40), st.floats(),
    st.just(int("9" * 4000)), st.text(max_size=30), st.just("\x07\x1b\u202e"), st.just("x" * 100_001),
    st.just([]), st.just({}), st.just([[[[[]]]]]), st.just("../../x"), st.just("nul.txt"), st.just("2025-02-30"),
    st.just("m1"), st.just("mt01"), st.just("\ud800"),
)


def paths(value: Any, prefix: tuple = ()) -> list[tuple]:
    """Every path to a value inside the document."""
    found = [prefix]
    if isinstance(value, dict):
        for key, inner in value.items():
            found += paths(inner, (*prefix, key))
    elif isinstance(value, list):
        for i, inner in enumerate(value):
            found += paths(inner, (*prefix, i))
    return found


ALL_PATHS = [p for p in paths(SAMPLE) if p]


@st.composite
def mutated(draw: st.DrawFn) -> str:
    doc = copy.deepcopy(SAMPLE)
    for _ in range(draw(st.integers(1, 4))):
        where = draw(st.sampled_from(ALL_PATHS))
        parent = doc
        try:
            for step in where[:-1]:
                parent = parent[step]
            last = where[-1]
            action = draw(st.sampled_from(["replace", "delete", "duplicate"]))
            if action == "delete":
                del parent[last]
            elif action == "duplicate" and isinstance(parent, list):
                parent.append(copy.deepcopy(parent[last]))
            else:
                parent[last] = draw(HOSTILE_VALUES)
        except (KeyError, IndexError, TypeError):
            continue  # an earlier mutation removed this place
    text = json.dumps(doc, ensure_ascii=False, indent=2)
    if draw(st.booleans()):  # and sometimes the bytes themselves
        cut = draw(st.integers(0, len(text)))
        text = text[:cut] + draw(st.sampled_from(["", "}", "\x00", "\"", "]]]", "\ufeff"])) + text[cut:]
    return text


def meeting_count(path: Path) -> int:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT count(*) FROM meeting").fetchone()[0]
    finally:
        con.close()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                  HealthCheck.too_slow])
@given(text=mutated())
def test_a_mutated_interchange_file_never_crashes_and_never_writes_part_of_itself(text: str,
                                                                                  tmp_path: Path) -> None:
    path = tmp_path / "fuzz.sqlite3"
    path.unlink(missing_ok=True)
    store = Store.open(path)
    try:
        try:
            data = read_branch(text)
        except InterchangeError as error:
            assert error.errors and all(isinstance(e, str) and e for e in error.errors)
            return
        try:
            store.import_data(data)
        except (RecordConflict, RecordNotFound):
            assert meeting_count(path) == 0  # all or nothing
            return
        assert meeting_count(path) == len(data.meetings)
    finally:
        store.close()


def refused(doc: dict) -> list[str]:
    with pytest.raises(InterchangeError) as error:
        read_branch(json.dumps(doc, ensure_ascii=False))
    return error.value.errors


def test_an_integer_of_5000_digits_is_refused() -> None:
    text = sample_branch_path().read_text(encoding="utf-8").replace('"voters": 6', '"voters": ' + "9" * 5000, 1)
    assert "位数过多" in " ".join(pytest.raises(InterchangeError, read_branch, text).value.errors)


@pytest.mark.parametrize("bad", ["\x07", "\x1b[31m", "\u202e", "\x00", "\x85"])
def test_control_characters_are_refused_in_ids_names_and_titles(sample_doc: dict, bad: str) -> None:
    sample_doc["members"][0]["name"] = "李" + bad + "娜"
    sample_doc["meetings"][0]["id"] = "mt" + bad
    sample_doc["meetings"][1]["title"] = "学习" + bad
    sample_doc["meetings"][1]["attachments"] = []
    errors = " ".join(refused(sample_doc))
    assert "members[0].name" in errors and "meetings[0].id" in errors and "meetings[1].title" in errors


def test_running_text_keeps_exactly_what_was_typed(sample_doc: dict) -> None:
    typed = "第一段\x0b第二段\t\u202e反向\x07"
    sample_doc["meetings"][0]["summary"] = typed
    assert read_branch(json.dumps(sample_doc, ensure_ascii=False)).meetings[0].summary == typed


def test_lengths_are_limited_generously(sample_doc: dict) -> None:
    sample_doc["meetings"][0]["title"] = "题" * 201
    sample_doc["meetings"][1]["summary"] = "字" * 1_000_000
    errors = " ".join(refused(sample_doc))
    assert "meetings[0].title: 单行文字过长：201 个字符（最多 200 个）" in errors
    assert "meetings[1].summary: 文字过长" in errors
    ok = json.loads(sample_branch_path().read_text(encoding="utf-8"))
    ok["meetings"][0]["title"] = "题" * 200
    ok["meetings"][0]["speeches"][0]["content"] = "讲" * TEXT_CHARS
    data = read_branch(json.dumps(ok, ensure_ascii=False))
    assert len(data.meetings[0].speeches[0].content) == TEXT_CHARS


HOSTILE_NAMES = ["../../x", "/abs/path", "a/b.jpg", "a\\b.jpg", "nul.txt", "COM1", "con", "x\x07.jpg",
                 "照片\u202egpj.exe", "..", ".", " lead.jpg", "trail.jpg.", "", "a:b.jpg", "x" * 201 + ".jpg"]


@pytest.mark.parametrize("name", HOSTILE_NAMES)
def test_an_attachment_name_that_is_not_a_file_name_is_refused_at_import(sample_doc: dict, name: str) -> None:
    meeting = next(m for m in sample_doc["meetings"] if m.get("attachments"))
    meeting["attachments"][0]["name"] = name
    assert any(".attachments[0].name" in e for e in refused(sample_doc))
    assert name_problem(name) is not None or len(name) > 200


@pytest.mark.parametrize("name", HOSTILE_NAMES)
def test_cleaned_names_are_plain_file_names(name: str) -> None:
    cleaned = clean_name(name)
    assert name_problem(cleaned) is None, cleaned
    assert "/" not in cleaned and "\\" not in cleaned


def test_good_names_stay_as_they_are() -> None:
    for name in ("照片.jpg", "2025年工作总结.docx", "a b.pdf", "买买提·艾力的发言.txt"):
        assert name_problem(name) is None and clean_name(name) == name


@pytest.mark.parametrize("name", ["照片.jpg.exe", "a.BAT", "x.cmd", "y.com", "z.scr", "s.js", "v.vbs", "p.ps1",
                                  "link.lnk", "t.exe.", "t.exe  ", "dir/evil.hta"])
def test_executable_types_are_recognised_whatever_comes_before(name: str) -> None:
    assert is_executable(name)


def test_documents_and_pictures_are_not_executable() -> None:
    assert not any(is_executable(n) for n in ("exe.jpg", "报告.docx", "a.pdf", "noext", "x.exe.txt"))


@pytest.mark.parametrize("name", ["a%20b.sqlite3", "what?.sqlite3", "no#1.sqlite3", "ftp:x.sqlite3"])
def test_db_paths_are_taken_literally(tmp_path: Path, name: str, sample_text: str) -> None:
    from models.db import database_url, sqlite_path
    from models.paths import database_file

    target = tmp_path / name
    assert database_file(str(target)) == target
    assert sqlite_path(database_url(str(target))) == target
    store = Store.open(str(target))
    store.import_data(read_branch(sample_text))
    store.close()
    assert target.exists() and meeting_count(target) == 9
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]


def test_only_supported_schemes_are_urls(tmp_path: Path) -> None:
    from models.paths import database_file

    assert database_file("sqlite:///x.sqlite3") is None and database_file("postgresql+psycopg://h/db") is None
    assert database_file("ftp://host/x") == Path("ftp:/host/x").resolve()


@pytest.mark.parametrize("where, value, told", [
    (("meetings", 0, "title"), "题" * 201, "标题过长"),
    (("meetings", 0, "speeches", 0, "content"), "讲" * (TEXT_CHARS + 1), "发言过长"),
    (("meetings", 1, "summary"), "字" * (TEXT_CHARS + 1), "会议小结过长"),
    (("meetings", 0, "guests"), [{"name": "列席\x07", "title": ""}], "列席人员姓名中含有看不见的控制字符 U+0007"),
    (("talks", 0, "topic"), "谈" * 201, "谈话主题过长"),
])
def test_the_editors_check_refuses_what_the_importer_refuses(sample_doc: dict, where: tuple, value: Any,
                                                             told: str) -> None:
    from dataclasses import replace

    from models.record_limits import problems

    data = read_branch(json.dumps(sample_doc, ensure_ascii=False))
    assert not any(problems(r) for r in (*data.meetings, *data.talks, *data.rectifications))
    parent = sample_doc
    for step in where[:-1]:
        parent = parent[step]
    parent[where[-1]] = value
    assert refused(sample_doc)  # the importer refuses it …
    kind, index, field = where[0], where[1], where[2]
    record = getattr(data, kind)[index]
    if field == "speeches":
        record = replace(record, speeches=(replace(record.speeches[0], content=value),))
    elif field == "guests":
        from models.domain import Guest

        record = replace(record, guests=(Guest("列席\x07"),))
    else:
        record = replace(record, **{field: value})
    assert any(told in p for p in problems(record))  # … and so does the editors' check
