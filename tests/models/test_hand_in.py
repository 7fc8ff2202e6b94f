"""The 党委 imports its branches' hand-ins (本年度报送文件): each file to its branch by uid, else by full name
(confirmed), else a new branch; a second hand-in of a year replaces that year of that branch only."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from models.db import read_transaction
from models.domain import Branch
from models.handin.apply import NotConfirmed, import_hand_in, import_hand_ins
from models.handin.plan import APPEND, NEW, REFUSED, REPLACE, plan_hand_in, read_hand_in
from models.handin.year import year_interchange
from models.interchange import read_branch
from models.services import Store
from models.services.base import branches
from models.storage.errors import RecordConflict

NAME = "中共示例市妇女联合会机关支部委员会"


@pytest.fixture
def branch_file(tmp_path: Path, sample_text: str) -> dict:
    """The branch's own database (a file on its clerk's PC) and its 2025 hand-in as a dict."""
    own = Store.open(tmp_path / "branch.sqlite3")
    own.import_data(read_branch(sample_text))
    doc = json.loads(year_interchange(own.load_all(), 2025))
    own.close()
    return doc


def write(tmp_path: Path, doc: dict, name: str = "报送.orglife.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return path


def plan(store: Store, path: Path, year: int | None = None):
    with read_transaction(store.engine) as conn:
        return plan_hand_in(conn, read_hand_in(path), year)


def as_year(doc: dict, year: int) -> dict:
    """The same branch's hand-in of another year: dates moved, the year's records with ids of their own."""
    text = json.dumps(doc, ensure_ascii=False).replace('"2025-', f'"{year}-').replace('"year": 2025', f'"year": {year}')
    text = re.sub(r'"(mt\d+|t\d+|r\d+|e\d+)"', lambda m: f'"{year}{m.group(1)}"', text)
    return json.loads(text)


def year_text(store: Store, branch_id: int, year: int) -> str:
    return year_interchange(Store(store.engine, branch_id).load_all(), year)


def year_records(store: Store, branch_id: int, year: int) -> list:
    """The year's meetings, talks, rectifications and evaluations as the year's file has them (people are shared)."""
    doc = json.loads(year_text(store, branch_id, year))
    return [doc[kind] for kind in ("meetings", "talks", "rectifications", "evaluations")]


def test_a_new_branch_then_its_second_hand_in_replaces_the_year_and_leaves_other_years(
    db_target, tmp_path: Path, branch_file: dict
) -> None:
    party = Store.open(db_target)
    party.create_branch(Branch("中共示例市另一机关支部委员会"))
    first = plan(party, write(tmp_path, as_year(branch_file, 2024), "2024.json"))
    assert (first.action, first.what_happens(), first.needs_confirmation) == (NEW, "新支部", False)
    done = import_hand_in(party.engine, first)
    assert done.done and done.message.endswith(f"已作为新党支部“{NAME}”导入")
    branch_id = done.branch_id
    assert next(b for b in branches(party.engine) if b.id == branch_id).uid == branch_file["branch"]["uid"]
    before_2024 = year_records(party, branch_id, 2024)

    appended = plan(party, write(tmp_path, branch_file, "2025.json"))
    assert (appended.action, appended.branch_id, appended.what_happens()) == (APPEND, branch_id, "追加 2025 年度")
    assert import_hand_in(party.engine, appended).done
    assert year_text(party, branch_id, 2025) == year_interchange(read_branch(json.dumps(branch_file)), 2025)

    second = json.loads(json.dumps(branch_file))
    second["meetings"][0]["summary"] = "会议总结已修改"
    del second["talks"][0]
    second["members"][0]["phone"] = "13900000000"
    path = write(tmp_path, second, "2025-again.json")
    again = plan(party, path)
    assert (again.action, again.what_happens()) == (REPLACE, "替换 2025 年度")
    assert again.replaced["talks"] == len(branch_file["talks"]) and again.needs_confirmation
    with pytest.raises(NotConfirmed):
        import_hand_in(party.engine, again)
    assert year_text(party, branch_id, 2025) == year_interchange(read_branch(json.dumps(branch_file)), 2025)

    result = import_hand_in(party.engine, again, confirmed=True)
    assert result.message == f"2025-again.json：“{NAME}”已替换 2025 年度的记录"
    data = Store(party.engine, branch_id).load_all()
    assert year_text(party, branch_id, 2025) == year_interchange(read_branch(json.dumps(second)), 2025)
    assert next(p for p in data.members if p.id == second["members"][0]["id"]).phone == "13900000000"
    assert year_records(party, branch_id, 2024) == before_2024  # the other year as it was
    assert not Store(party.engine, 1).load_all().meetings  # the other branch untouched
    party.close()


def test_people_left_out_of_a_later_hand_in_are_kept(db_target, tmp_path: Path, branch_file: dict) -> None:
    party = Store.open(db_target)
    party.create_branch(Branch("另一个党支部"))
    earlier = json.loads(json.dumps(branch_file))
    earlier["members"].append(dict(earlier["members"][-1], id="m99", name="欧阳明"))
    branch_id = import_hand_in(party.engine, plan(party, write(tmp_path, earlier))).branch_id
    result = import_hand_in(party.engine, plan(party, write(tmp_path, branch_file, "b.json")), confirmed=True)
    assert result.done and result.branch_id == branch_id
    assert "欧阳明" in {p.name for p in Store(party.engine, branch_id).load_all().members}
    party.close()


def test_a_branch_of_the_same_name_is_matched_by_name_and_confirmed_then_by_uid(
    db_target, tmp_path: Path, branch_file: dict
) -> None:
    party = Store.open(db_target)
    party.create_branch(Branch(NAME))
    party.create_branch(Branch("第二支部"))
    proposed = plan(party, write(tmp_path, branch_file))
    assert (proposed.action, proposed.by_name, proposed.branch_id) == (APPEND, True, 1)
    assert "按全称与数据库中的“" in proposed.summary() and proposed.needs_confirmation
    with pytest.raises(NotConfirmed):
        import_hand_in(party.engine, proposed)
    assert import_hand_in(party.engine, proposed, confirmed=True).done
    assert branches(party.engine)[0].uid == branch_file["branch"]["uid"]
    again = plan(party, write(tmp_path, branch_file))
    assert (again.action, again.by_name, again.branch_id) == (REPLACE, False, 1)

    other = json.loads(json.dumps(branch_file))
    other["branch"]["uid"] = "11111111-2222-4333-8444-555555555555"
    stranger = plan(party, write(tmp_path, other, "同名.json"))
    assert stranger.by_name and "可能是另一个同名党支部" in stranger.summary()
    result = import_hand_in(party.engine, stranger, new_branch=True)
    assert result.done and result.branch_id not in (1, 2)
    assert [b.name for b in branches(party.engine)].count(NAME) == 2
    party.close()


def test_damaged_files_wrong_years_and_locked_years_are_refused(
    db_target, tmp_path: Path, branch_file: dict
) -> None:
    party = Store.open(db_target)
    party.create_branch(Branch("另一个党支部"))
    good = write(tmp_path, branch_file)
    truncated = tmp_path / "截断.json"
    truncated.write_bytes(good.read_bytes()[: len(good.read_bytes()) // 2])
    wrong = write(tmp_path, branch_file | {"version": 7}, "v7.json")
    plans = [plan(party, truncated), plan(party, wrong)]
    assert [p.action for p in plans] == [REFUSED, REFUSED]
    assert "文件已损坏或不是报送文件：$: 不是有效的 JSON" in plans[0].problem
    assert "version" in plans[1].problem

    two_years = json.loads(json.dumps(branch_file))
    two_years["talks"] += as_year(branch_file, 2024)["talks"]
    mixed = plan(party, write(tmp_path, two_years, "两年.json"))
    assert mixed.action == REFUSED and "2024、2025" in mixed.problem

    results = import_hand_ins(party.engine, [*plans, plan(party, good)])
    assert [r.done for r in results] == [False, False, True]
    assert results[0].message.startswith("截断.json：未导入，文件已损坏")
    branch_id = results[2].branch_id
    Store(party.engine, branch_id).lock_year(2025)
    locked = plan(party, good)
    assert locked.action == REFUSED and "2025 年度在本数据库中已锁定（已归档）" in locked.problem
    party.close()


def test_a_file_without_records_merges_people_and_a_record_of_another_year_rolls_back(
    db_target, tmp_path: Path, branch_file: dict
) -> None:
    party = Store.open(db_target)
    party.create_branch(Branch("另一个党支部"))
    branch_id = import_hand_in(party.engine, plan(party, write(tmp_path, branch_file))).branch_id
    empty = json.loads(json.dumps(branch_file))
    for kind in ("meetings", "talks", "rectifications", "evaluations"):
        empty[kind] = []
    empty["members"][0]["phone"] = "010-1234"
    nothing = plan(party, write(tmp_path, empty, "空.json"))
    assert (nothing.action, nothing.year, nothing.what_happens()) == (APPEND, None, "追加（只合并人员）")
    assert import_hand_in(party.engine, nothing).message == "空.json：“中共示例市妇女联合会机关支部委员会”已追加的人员"
    data = Store(party.engine, branch_id).load_all()
    assert data.members[0].phone == "010-1234" and len(data.meetings) == len(branch_file["meetings"])

    moved = as_year(branch_file, 2024)
    moved["talks"][0]["id"] = branch_file["talks"][0]["id"]  # a 2025 talk's id in the 2024 file
    moved["members"][0]["phone"] = "不应写入"
    before = year_text(party, branch_id, 2025)
    with pytest.raises(RecordConflict, match="另一年度已有谈心谈话"):
        import_hand_in(party.engine, plan(party, write(tmp_path, moved, "2024.json")), confirmed=True)
    assert year_text(party, branch_id, 2025) == before
    assert Store(party.engine, branch_id).load_all().members[0].phone == "010-1234"
    party.close()


def test_a_file_without_records_replaces_the_year_named_for_it_with_nothing(
    db_target, tmp_path: Path, branch_file: dict
) -> None:
    party = Store.open(db_target)
    party.create_branch(Branch("另一个党支部"))
    branch_id = import_hand_in(party.engine, plan(party, write(tmp_path, branch_file))).branch_id
    empty = json.loads(json.dumps(branch_file))
    for kind in ("meetings", "talks", "rectifications", "evaluations"):
        empty[kind] = []
    told = plan(party, write(tmp_path, empty, "空.json"), year=2025)
    assert (told.action, told.what_happens()) == (REPLACE, "替换 2025 年度")
    assert told.replaced["meetings"] == len(branch_file["meetings"])
    assert import_hand_in(party.engine, told, confirmed=True).done
    data = Store(party.engine, branch_id).load_all()
    assert (data.meetings, data.talks, data.evaluations) == ((), (), ())
    assert len(data.members) == len(branch_file["members"])
    party.close()
