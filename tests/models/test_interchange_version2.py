"""Version 2 of the interchange format (docs/formats.md): what it adds to version 1, its round trip, and version 1
written on request exactly as before."""

from __future__ import annotations

import dataclasses
import json
from datetime import date
from typing import Any

from models.interchange import read_branch, version1_notes, write_branch
from models.services import Store
from tests.models.interchange_support import dumps, errors_of, set_at

MONTH_BORN = "1988-02"


def as_version2(doc: dict[str, Any]) -> dict[str, Any]:
    doc["version"] = 2
    return doc


def test_version2_of_the_sample_reads_writes_and_round_trips_through_the_database(
    sample_text: str, db_target, new_db_target
) -> None:
    store = Store.open(db_target)
    store.import_data(read_branch(sample_text))
    first = write_branch(store.load_all())
    store.close()
    doc = json.loads(first)
    assert doc["version"] == 2
    assert [m["revision"] for m in doc["meetings"]] == [1] * len(doc["meetings"])
    assert list(doc["meetings"][0])[-3:] == ["created_at", "updated_at", "revision"]
    assert list(doc["talks"][0])[-1] == "revision" and list(doc["evaluations"][0])[-1] == "revision"
    attachment = next(a for m in doc["meetings"] for a in m["attachments"])
    assert list(attachment) == ["name", "media_type", "sha256", "added_at", "data"]
    assert attachment["added_at"] is None  # a version-1 file does not say when

    other = Store.open(new_db_target())
    other.import_data(read_branch(first))
    assert write_branch(other.load_all()) == first  # v2 export → import → v2 export: the same bytes
    other.close()


def test_record_revisions_travel_in_version2_and_are_left_out_of_version1(
    sample_text: str, db_target, new_db_target
) -> None:
    store = Store.open(db_target)
    store.import_data(read_branch(sample_text))
    talk = store.load_all().talks[0]
    saved = store.save_talk(dataclasses.replace(talk, follow_up="再存一次"))
    store.save_talk(dataclasses.replace(saved, follow_up="又存一次"))
    data = store.load_all()
    store.close()
    written = json.loads(write_branch(data))
    assert next(t for t in written["talks"] if t["id"] == talk.id)["revision"] == 3
    assert "revision" not in write_branch(data, 1)

    other = Store.open(new_db_target())
    other.import_data(read_branch(write_branch(data)))
    assert other.talk(talk.id).version == 3  # an older copy's save is still refused as stale
    other.close()


def test_a_year_and_month_birth_date_in_both_versions(sample_doc: dict[str, Any]) -> None:
    set_at(as_version2(sample_doc), "members[0].birth_date", MONTH_BORN)

    data = read_branch(dumps(sample_doc) + "\n")

    person = data.members[0]
    assert (person.birth_date, person.birth_precision, person.birth_month_only) == (date(1988, 2, 1), "month", True)
    assert json.loads(write_branch(data))["members"][0]["birth_date"] == MONTH_BORN
    version1 = json.loads(write_branch(data, 1))
    assert version1["version"] == 1 and version1["members"][0]["birth_date"] == "1988-02-01"
    notes = version1_notes(data)
    assert len(notes) == 1 and person.name in notes[0] and "1988年2月" in notes[0] and "1988-02-01" in notes[0]
    assert version1_notes(read_branch(write_branch(data, 1))) == []  # read back as version 1: a whole day


def test_what_version2_adds_is_refused_in_version1_as_before(sample_doc: dict[str, Any]) -> None:
    doc = json.loads(json.dumps(sample_doc))
    set_at(doc, "members[0].birth_date", MONTH_BORN)
    set_at(doc, "meetings[0].revision", 2)
    set_at(doc, "meetings[5].attachments[0].added_at", "2025-03-12T16:40:00+08:00")

    errors = errors_of(doc)

    assert errors == [
        'members[0].birth_date: 不是有效的日期 "1988-02"（应为 YYYY-MM-DD）',
        "meetings[0].revision: 未知的键",
        "meetings[5].attachments[0].added_at: 未知的键",
    ]


def test_version2_checks_its_own_values(sample_doc: dict[str, Any]) -> None:
    as_version2(sample_doc)
    set_at(sample_doc, "members[0].birth_date", "1988-13")
    set_at(sample_doc, "members[1].birth_date", "1988-2")
    set_at(sample_doc, "meetings[0].revision", 0)
    set_at(sample_doc, "talks[0].revision", "3")
    set_at(sample_doc, "meetings[5].attachments[0].added_at", "昨天")

    errors = errors_of(sample_doc)

    assert errors == [
        'members[0].birth_date: 不是有效的年月 "1988-13"（应为 YYYY-MM，月份 01–12）',
        'members[1].birth_date: 不是有效的日期 "1988-2"（应为 YYYY-MM-DD）',
        "meetings[0].revision: 修订次数 revision 至少为 1",
        'meetings[5].attachments[0].added_at: 不是有效的时间戳 "昨天"'
        "（应为带时区的 ISO 8601，如 2025-03-12T16:40:00+08:00）",
        'talks[0].revision: 应为整数，实为 "3"',
    ]


def test_a_version2_file_without_the_new_keys_reads_like_version1(sample_doc: dict[str, Any]) -> None:
    version1 = read_branch(dumps(sample_doc))
    version2 = read_branch(dumps(as_version2(sample_doc)))

    assert version2 == version1
    assert write_branch(version2, 1) == write_branch(version1, 1)


def test_every_addition_of_version2_round_trips_through_a_database(
    sample_text: str, db_target, new_db_target
) -> None:
    from models.domain import Attachment
    from models.late_files import added_after_final

    store = Store.open(db_target)
    store.import_data(read_branch(sample_text))
    person = store.load_all().members[0]
    store.save_person(dataclasses.replace(person, birth_date=date(1979, 11, 1), birth_precision="month"))
    final = next(m for m in store.load_all().meetings if m.status == "final")
    scan = b"%PDF-1.4 scan"
    import hashlib

    store.attach_to_final(final.id, (Attachment("签到表扫描件.pdf", "application/pdf", hashlib.sha256(scan).hexdigest(),
                                                scan),))
    draft = dataclasses.replace(final, id="corrected", status="draft", finalized_at=None, amendments=(),
                                attachments=(), version=None, number=9)  # the clerk's correction of 第 n 次
    store.save_meeting(draft)
    first = write_branch(store.load_all())
    notes = version1_notes(store.load_all())
    store.close()
    doc = json.loads(first)
    assert next(m for m in doc["meetings"] if m["id"] == "corrected")["number"] == 9
    assert list(doc["meetings"][0])[4:6] == ["title", "number"]
    assert any("（corrected）的记录标题为第 9 次，版本 1 没有序号" in n for n in notes)
    assert next(p for p in doc["members"] if p["id"] == person.id)["birth_date"] == "1979-11"
    meeting = next(m for m in doc["meetings"] if m["id"] == final.id)
    assert meeting["revision"] == 2 and meeting["attachments"][-1]["added_at"] is not None

    other = Store.open(new_db_target())
    other.import_data(read_branch(first))
    assert write_branch(other.load_all()) == first
    late = other.meeting(final.id)
    assert added_after_final(late.attachments[-1], late.finalized_at) and late.amendments == final.amendments
    other.close()
