"""The minutes of a vote with more votes cast than voters present say 表决无效, in Word as in the record."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from exports.documents import minutes_document, save_docx
from models.domain import BranchData, Vote
from tests.exports.readback import docx_text


def test_the_minutes_say_the_vote_is_invalid(data: BranchData, tmp_path: Path) -> None:
    meeting = next(m for m in data.meetings if m.id == "mt02")  # 5 voters present, a 预备党员 among the six there
    counted = dataclasses.replace(meeting.resolutions[0], vote=Vote(6, 0, 0))
    meeting = dataclasses.replace(meeting, resolutions=(counted, *meeting.resolutions[1:]))

    text = docx_text(save_docx(minutes_document(data, meeting), tmp_path / "m.docx"))

    assert "表决结果：赞成 6 票，反对 0 票，弃权 0 票。" in text
    assert "但赞成、反对、弃权合计 6 票，超过实到有表决权党员 5 人，表决无效。" in text
    assert "决议通过" not in text
