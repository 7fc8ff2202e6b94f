"""What the dossier, the rectification list and the evaluation make survives the database and the interchange file."""

from __future__ import annotations

import dataclasses
from datetime import date

from models.domain import (
    Criticism,
    GradeVotes,
    Opinion,
    Preparation,
    ReceivedCriticism,
    Rectification,
    SelfExamination,
)
from models.interchange import read_branch, write_branch
from models.orglife import mark_done, new_evaluation
from models.services import Store


def test_the_cycle_round_trips(sample_text: str, db_target, new_db_target) -> None:
    store = Store.open(db_target)
    store.import_data(read_branch(sample_text))
    olm = next(m for m in store.load_all().meetings if m.type == "org_life_meeting")
    prep = Preparation((Opinion("座谈会", "多调研"),), (SelfExamination("m2", "对照检查"),))
    crit = (Criticism("m2", "自我批评", (ReceivedCriticism("m1", "批评意见"),), "表态"),)
    store.amend_meeting(dataclasses.replace(olm, preparation=prep, criticisms=crit), "会后补记", "")  # final
    item = mark_done(Rectification("new-item", "问题", meeting=olm.id, responsible="m3", due=date(2026, 1, 31)),
                     date(2026, 1, 20), "已整改")
    store.save_rectification(item)
    evaluation = new_evaluation(store.load_year(2026), 2026, date(2026, 12, 1))
    first = dataclasses.replace(evaluation.results[0], votes=GradeVotes(3, 1, 0, 0), grade="优秀", remarks="好")
    store.save_evaluation(dataclasses.replace(evaluation, results=(first, *evaluation.results[1:])))

    text = write_branch(store.load_all())
    again = read_branch(text)
    meeting = next(m for m in again.meetings if m.id == olm.id)
    assert (meeting.preparation, meeting.criticisms) == (prep, crit)
    assert next(r for r in again.rectifications if r.id == "new-item") == item
    saved = next(e for e in again.evaluations if e.year == 2026)
    assert saved.results[0] == first and len(saved.results) == len(evaluation.results)
    other = Store.open(new_db_target())
    other.import_data(again)
    assert write_branch(other.load_all()) == text  # byte for byte
    store.close()
    other.close()
