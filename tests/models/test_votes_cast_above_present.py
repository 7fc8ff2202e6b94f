"""Votes cast above the voters present (a 预备党员's or a guest's hand counted): kept as recorded, judged invalid.

The file and the database keep the counts exactly; the rules, not the reader, say 表决无效.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from models import commands
from models.interchange import read_branch, write_branch
from models.rules import compliance_report
from models.services import Store
from tests.models.interchange_support import dumps, set_at

# mt02 of the sample: six on the list are present, five of them 正式党员 (m5 is still 预备党员 in January)
OVER = (
    "应到会有表决权党员 6 人，实到 5 人，超过半数，符合规定；"
    "但赞成、反对、弃权合计 7 票，超过实到有表决权党员 5 人，表决无效"
)


def over_counted(sample_doc: dict[str, Any]) -> str:
    set_at(sample_doc, "meetings[1].resolutions[0].vote.against", 2)  # 5 + 2 + 0 = 7 votes, more than all six there
    return dumps(sample_doc) + "\n"


def test_the_reader_accepts_more_votes_than_people_present(sample_doc: dict[str, Any]) -> None:
    text = over_counted(sample_doc)

    data = read_branch(text)

    vote = data.meetings[1].resolutions[0].vote
    assert vote is not None and (vote.yes, vote.against, vote.abstain) == (5, 2, 0)
    assert write_branch(data, 1) == text


def test_the_database_keeps_them_byte_for_byte(tmp_path: Path, sample_doc: dict[str, Any]) -> None:
    text = over_counted(sample_doc)
    store = Store.open(tmp_path / "db.sqlite3")
    try:
        store.import_data(read_branch(text))
        assert write_branch(store.load_all(), 1).encode("utf-8") == text.encode("utf-8")
    finally:
        store.close()


def test_the_report_calls_the_vote_invalid(sample_doc: dict[str, Any]) -> None:
    data = read_branch(over_counted(sample_doc))

    vote = compliance_report(data, 2025, date(2025, 12, 31))["votes"][0]

    assert vote == {
        "meeting": "mt02",
        "resolution": 0,
        "expected_voters": 6,
        "present_voters": 5,
        "quorum": True,
        "passed": None,
        "message": OVER,
    }


def test_a_probationers_hand_counted_makes_the_vote_invalid(sample_doc: dict[str, Any]) -> None:
    # six yes-votes: everyone present raised a hand, the 预备党员 too; the old reader let it through as 决议通过
    set_at(sample_doc, "meetings[1].resolutions[0].vote.for", 6)

    vote = compliance_report(read_branch(dumps(sample_doc)), 2025, date(2025, 12, 31))["votes"][0]

    assert vote["passed"] is None and vote["message"].endswith("合计 6 票，超过实到有表决权党员 5 人，表决无效")


def test_check_names_the_invalid_vote(tmp_path: Path, sample_doc: dict[str, Any]) -> None:
    db = tmp_path / "db.sqlite3"
    store = Store.open(db)
    try:
        store.import_data(read_branch(over_counted(sample_doc)))
    finally:
        store.close()

    healthy, text = commands.check(str(db))

    assert healthy
    line = next(x for x in text.splitlines() if "第 1 项决议的表决票数合计 7 票" in x)
    assert line.startswith("提示：") and "mt02" not in line  # the meeting by date, name and title, not its id
    assert line.endswith("：第 1 项决议的表决票数合计 7 票，超过实到有表决权党员 5 人，表决无效")
    assert "第1次支部党员大会记录" in line
