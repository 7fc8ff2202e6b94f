"""Version 2 carries the rules as the Party writes them: a round trip using every new field, through the database,
and version 1 refusing, clearly, content it has no place for."""

from __future__ import annotations

import dataclasses
import json
from datetime import date
from pathlib import Path

import pytest

from models.domain import (
    Candidate,
    CommitteeChange,
    Election,
    Exclusion,
    GroupMembership,
    PartyProbation,
    Resolution,
    Vote,
)
from models.interchange import InterchangeError, VersionMisfit, read_branch, write_branch
from models.services import Store


def everything(sample_text: str):
    """The sample with every version-2 field of the rules in use."""
    data = read_branch(sample_text)
    members = [p.id for p in data.members if p.kind == "member"]
    group = data.groups[0]
    a, b, c = members[:3]
    meeting = next(m for m in data.meetings if m.type == "general_meeting")
    election = Election("committee", 2, (Candidate(a, 5, 1, 0), Candidate(b, 4, 2, 0), Candidate(c, 1, 0, 0, True)),
                        6, 6, 0, (c,), (b,), 2)
    resolutions = (*meeting.resolutions,
                   Resolution("接收为预备党员", "admission", Vote(4, 1), Vote(1), subject=a),
                   Resolution("确定为入党积极分子", "activist", None, subject=b),
                   Resolution("选举支部委员会委员", "election", None, None, election))
    meetings = tuple(dataclasses.replace(m, resolutions=resolutions) if m.id == meeting.id else m
                     for m in data.meetings)
    people = tuple(dataclasses.replace(p, applied_on=date(2020, 1, 1), activist_on=date(2020, 6, 1),
                                       candidate_on=date(2021, 7, 1)) if p.id == b else p for p in data.members)
    groups = (dataclasses.replace(group, set_up_on=date(2019, 1, 1), dissolved_on=date(2030, 1, 1)),
              *data.groups[1:])
    return dataclasses.replace(
        data, members=people, groups=groups, meetings=meetings,
        committee_changes=(CommitteeChange(date(2020, 1, 1), False), CommitteeChange(date(2024, 7, 1), True)),
        exclusions=(Exclusion(c, "出国出境半年以上", date(2025, 1, 1), None, "机关党委批复"),),
        party_probations=(PartyProbation(b, date(2024, 3, 1), date(2025, 2, 28)),),
        group_memberships=(GroupMembership(a, group.id, date(2019, 1, 1), date(2024, 12, 31)),),
    )


def test_a_version2_file_using_every_new_field_round_trips(tmp_path: Path, sample_text: str) -> None:
    data = everything(sample_text)
    text = write_branch(data)
    doc = json.loads(text)
    assert list(doc)[:9] == ["format", "version", "branch", "groups", "members", "group_memberships", "committee",
                             "committee_changes", "exclusions"]
    assert list(doc["groups"][0])[:5] == ["id", "name", "leader", "set_up_on", "dissolved_on"]
    assert read_branch(text) == data  # the file gives back exactly what was written
    texts = []
    for name in ("a", "b"):  # the first database numbers the final meetings (第 n 次, stored at 定稿)
        store = Store.open(tmp_path / f"{name}.sqlite3")
        try:
            store.import_data(read_branch(texts[-1] if texts else text))
            texts.append(write_branch(store.load_all()))
        finally:
            store.close()
    assert texts[0] == texts[1]  # database → version 2 → database: the same bytes
    again = read_branch(texts[1])
    assert again.exclusions == data.exclusions and again.committee_changes == data.committee_changes
    assert again.group_memberships == data.group_memberships and again.party_probations == data.party_probations
    written = {m.id: m.resolutions for m in data.meetings}
    assert all(m.resolutions == written[m.id] for m in again.meetings)  # subjects, 书面意见, elections kept
    assert {p.id: p.candidate_on for p in again.members} == {p.id: p.candidate_on for p in data.members}


def test_version1_refuses_what_it_cannot_carry_and_reads_none_of_it(sample_text: str) -> None:
    data = everything(sample_text)
    with pytest.raises(VersionMisfit) as refused:
        write_branch(data, 1)
    message = str(refused.value)
    for words in ("是否设立支部委员会", "不计入应到人数", "留党察看", "党小组的成立", "书面意见", "选举的选票",
                  "列为发展对象"):
        assert words in message
    plain = json.loads(write_branch(read_branch(sample_text), 1))  # the sample alone still fits version 1
    plain["exclusions"] = []
    with pytest.raises(InterchangeError) as unknown:
        read_branch(json.dumps(plain, ensure_ascii=False))
    assert "exclusions" in str(unknown.value)


def test_version1_refuses_version2_kinds(sample_text: str) -> None:
    doc = json.loads(write_branch(read_branch(sample_text), 1))
    meeting = next(m for m in doc["meetings"] if m["resolutions"])
    meeting["resolutions"][0]["kind"] = "activist"
    with pytest.raises(InterchangeError) as refused:
        read_branch(json.dumps(doc, ensure_ascii=False))
    assert "activist" in str(refused.value)
