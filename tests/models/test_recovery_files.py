"""Recovery files are data (JSON), not code; with a key they are encrypted; what cannot be read is set aside."""

from __future__ import annotations

import pickle
from datetime import date, time

import pytest

from models import keys, recovery
from models.domain import (
    Attachment,
    Attendance,
    Criticism,
    Guest,
    Meeting,
    Opinion,
    Preparation,
    ReceivedCriticism,
    Resolution,
    SelfExamination,
    Speech,
    Vote,
)

SPEECH = "张三发言：要把学习贯彻落到实处，抓好支部建设。"


@pytest.fixture(autouse=True)
def data_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("ORGLIFE_DATA_DIR", str(tmp_path))
    keys.forget_all()
    yield tmp_path
    keys.forget_all()


def full_meeting() -> Meeting:
    return Meeting(
        id="mt/7 x", type="组织生活会", title="2026年度组织生活会", date=date(2026, 12, 1), start=time(14, 30),
        end=time(16, 0), location="三楼会议室", host="p1",
        attendance=(Attendance("p1"), Attendance("p2", "leave", "出差")),
        guests=(Guest("李四", "上级党委"),), agenda=("一", "二"), speeches=(Speech(SPEECH, "p1"),),
        resolutions=(Resolution("通过", "general", Vote(5, 1, 0)),),
        criticisms=(Criticism("p1", "自我批评", (ReceivedCriticism("p2", "批评意见"),), "回应"),),
        preparation=Preparation((Opinion("群众", "意见"),), (SelfExamination("p1", "对照检查"),)),
        attachments=(Attachment("签到表.jpg", "image/jpeg", "0" * 64, b"\x00\xffbytes"),), version=4,
    )


def test_a_record_comes_back_field_for_field() -> None:
    meeting = full_meeting()
    path = recovery.keep(meeting)
    assert path.suffix == ".recovery"
    assert path.read_bytes().startswith(b"{")  # JSON, readable data
    back = recovery.recovered(meeting.id)
    assert back == meeting and back.version == 4


def test_with_a_key_the_file_holds_no_plain_text() -> None:
    key = bytes(range(32))
    keys.use(key)
    meeting = full_meeting()
    path = recovery.keep(meeting)
    raw = path.read_bytes()
    assert SPEECH.encode() not in raw and "三楼会议室".encode() not in raw
    assert recovery.recovered("mt/7 x") == meeting
    keys.use(bytes(32))  # another key: not readable, kept aside, never loaded
    assert recovery.recovered("mt/7 x") is None
    assert path.with_name(path.name + ".bad").exists() and not path.exists()


def test_a_pickle_is_never_loaded(data_folder) -> None:
    folder = data_folder / "recovery"
    folder.mkdir()
    ran = data_folder / "ran"

    class Evil:
        def __reduce__(self):
            return (open, (str(ran), "w"))

    (folder / "amend-mt1.pickle").write_bytes(pickle.dumps(Evil()))
    recovery.path_of("mt1").write_bytes(pickle.dumps(Evil()))  # even under the new name
    assert recovery.recovered("mt1") is None
    assert not ran.exists()
    recovery.reseal_all(None, None)
    assert not (folder / "amend-mt1.pickle").exists()


HEAD = b'{"format": "orglife-recovery", "version": 1, "kind": "Meeting"'


@pytest.mark.parametrize("raw", [b"", b"{", HEAD + b"}", HEAD + b', "record": {"id": 5}}', b"\xff\xfe",
                                 recovery.MAGIC + b"short"])
def test_damaged_files_are_set_aside(raw) -> None:
    recovery.path_of("mt1").parent.mkdir(parents=True, exist_ok=True)
    recovery.path_of("mt1").write_bytes(raw)
    assert recovery.recovered("mt1") is None
    assert not recovery.path_of("mt1").exists()


def test_reseal_moves_files_between_keys() -> None:
    recovery.keep(full_meeting())  # its timestamps as made: only the bytes are compared below
    new = bytes(range(1, 33))
    assert recovery.reseal_all(None, new) == 1
    assert SPEECH.encode() not in recovery.path_of("mt/7 x").read_bytes()
    assert recovery.reseal_all(new, None) == 1
    assert SPEECH.encode() in recovery.path_of("mt/7 x").read_bytes()
