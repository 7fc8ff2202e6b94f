"""The compliance report of the command line in words: meetings by date, name and title, dates in Chinese, a
支委会's vote counted in 委员."""

from __future__ import annotations

import dataclasses
from datetime import date

from models.domain import Resolution, Vote
from models.interchange import read_branch
from models.reports import compliance_text
from models.rules import compliance_report


def test_the_report_names_meetings_and_dates_in_words(sample_text: str) -> None:
    data = read_branch(sample_text)
    voted = dataclasses.replace(
        next(m for m in data.meetings if m.id == "mt04"),
        resolutions=(Resolution("确定周婷同志为发展对象。", vote=Vote(3, 0, 0)),))
    data = dataclasses.replace(data, meetings=tuple(voted if m.id == "mt04" else m for m in data.meetings))
    text = compliance_text(compliance_report(data, 2025, as_of=date(2025, 12, 31)), data)
    lines = text.splitlines()
    assert lines[0] == "中共示例市妇女联合会机关支部委员会2025年度组织生活落实情况（截至2025年12月31日）"
    assert ("表决：2025年2月10日“研究发展党员工作”（2025年第2次支部委员会会议记录）第 1 项决议："
            "应到会委员 3 人，实到 3 人，超过半数，符合规定；赞成 3 票，超过应到会委员半数，决议通过") in lines
    general = "表决：2025年1月15日“学习贯彻党的二十届三中全会精神”（2025年第1次支部党员大会记录）第 1 项决议："
    assert any(line.startswith(general + "应到会有表决权党员") for line in lines)
    evaluation = "民主评议：2025年12月18日“2025年度民主评议党员”（2025年第1次民主评议党员会议记录），参评"
    assert any(line.startswith(evaluation) for line in lines)
    for meeting in data.meetings:
        assert meeting.id not in text
    assert "e1" not in text and "2025-" not in text
