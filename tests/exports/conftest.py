"""Fixtures of the document tests: the sample branch, a branch with awkward text, a Qt application."""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Iterator

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from models.domain import BranchData, Meeting, Speech
from models.interchange import read_branch
from models.resources import sample_branch_path

SAMPLE = sample_branch_path()

AWKWARD = "控制\x0b字符\x0c与\x07响铃 𠮷野家 😀 <b>粗体</b> & AT&T 支部"
LONG = ("支部会议记录长篇发言，" * 2000)[:20000]


@pytest.fixture(scope="session")
def data() -> BranchData:
    return read_branch(SAMPLE.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def awkward(data: BranchData) -> BranchData:
    """The sample with a general meeting whose every text field holds control characters and rare text."""
    base = next(m for m in data.meetings if m.type == "general_meeting")
    odd = dataclasses.replace(
        base,
        title=f"标题{AWKWARD}",
        location="会议室\x0c三楼",
        agenda=(AWKWARD, "议程\x07二"),
        speeches=(Speech(AWKWARD, speaker=base.host), Speech(LONG, speaker=base.recorder),
                  Speech("换行\n第二行\t制表", speaker_name="来宾<i>")),
        summary=AWKWARD,
    )
    return dataclasses.replace(data, meetings=tuple(odd if m is base else m for m in data.meetings))


def awkward_meeting(data: BranchData) -> Meeting:
    return next(m for m in data.meetings if m.type == "general_meeting")


@pytest.fixture
def gui(qapp: object) -> Iterator[object]:
    """A Qt application (pytest-qt's; a QApplication is a QGuiApplication) for QPdfWriter and the fonts."""
    yield qapp
