"""kill -9 during a loop of acknowledged writes: 20 rounds, every write acknowledged before the kill is there
afterwards, the database intact, and the next open is not kept out by a stuck lock."""

from __future__ import annotations

import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from models.interchange import read_branch
from models.services import Store

REPO = Path(__file__).resolve().parents[2]
ROUNDS = 20

WRITER = """
import dataclasses, sys
from models.services import Store
store = Store.open(sys.argv[1])
base = store.meeting("mt01")
round_ = sys.argv[2]
i = 0
while True:
    m = dataclasses.replace(base, id=f"k{round_}-{i}", title=f"第{round_}轮第{i}次", status="draft",
                            finalized_at=None, amendments=(), version=None)
    store.save_meeting(m)  # committed (WAL, synchronous=FULL) when it returns
    print(m.id, flush=True)  # acknowledged
    i += 1
"""


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_kill_9_during_acknowledged_writes_loses_nothing_in_20_rounds(tmp_path: Path, sample_text: str) -> None:
    db = tmp_path / "orglife.sqlite3"
    store = Store.open(db)
    store.import_data(read_branch(sample_text))
    store.close()
    chance = random.Random(20261201)
    acknowledged: list[str] = []
    for round_ in range(ROUNDS):
        child = subprocess.Popen([sys.executable, "-c", WRITER, str(db), str(round_)], cwd=REPO,
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        wanted = chance.randint(1, 40)
        heard: list[str] = []
        try:
            while len(heard) < wanted:
                line = child.stdout.readline()
                assert line, child.stderr.read()
                heard.append(line.strip())
            time.sleep(chance.uniform(0, 0.005))  # the kill lands inside one of the next writes
            child.send_signal(signal.SIGKILL)
        finally:
            out, _err = child.communicate()
        assert child.returncode == -signal.SIGKILL
        heard += [line for line in out.split() if line]  # acknowledged after the count, before the kill
        acknowledged += heard
        con = sqlite3.connect(db)
        try:
            assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            present = {row[0] for row in con.execute("SELECT ext_id FROM meeting")}
        finally:
            con.close()
        assert set(heard) <= present, f"round {round_}: lost {sorted(set(heard) - present)}"
    store = Store.open(db)  # no stuck lock, every acknowledged meeting readable
    try:
        ids = {s.id for s in store.meeting_summaries()}
    finally:
        store.close()
    assert set(acknowledged) <= ids
    assert len(acknowledged) >= ROUNDS
    print(f"kill -9: {ROUNDS} rounds, {len(acknowledged)} acknowledged writes, 0 lost")
