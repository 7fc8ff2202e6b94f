"""Text exactly as typed: control characters dropped, markup and rare characters kept, long speeches whole."""

from __future__ import annotations

import re
from pathlib import Path

from exports.documents import minutes_document, save_docx
from exports.pdf.writer import save_pdf
from exports.text import clean
from models.domain import BranchData
from tests.exports.conftest import AWKWARD, LONG, awkward_meeting
from tests.exports.readback import cells, paragraphs, pdftotext, squeeze

TYPED = AWKWARD.replace("\x0b", "").replace("\x0c", "").replace("\x07", "")


def test_clean_removes_only_what_xml_cannot_hold():
    assert clean(AWKWARD) == TYPED
    assert clean("a\tb\nc\r\nd\re") == "a\tb\nc\nd\ne"
    assert clean("\ud800x\ufffe") == "x"


def test_word_keeps_everything_typed_but_control_characters(awkward: BranchData, tmp_path: Path):
    meeting = awkward_meeting(awkward)
    path = save_docx(minutes_document(awkward, meeting), tmp_path / "odd.docx")
    texts = paragraphs(path)
    assert f"王丽华：{TYPED}" in texts
    assert f"陈静：{LONG}" in texts  # all 20,000 characters, in one paragraph
    assert "来宾<i>：换行\n第二行\t制表" in texts
    assert texts[texts.index("三、主持人小结") + 1] == TYPED
    table = cells(path)
    assert f"标题{TYPED}" in table and "会议室三楼" in table
    assert f"1. {TYPED}\n2. 议程二" in table
    assert "<b>粗体</b> & AT&T" in TYPED


def test_the_pdf_text_layer_gives_back_what_was_typed(gui: object, awkward: BranchData, tmp_path: Path):
    meeting = awkward_meeting(awkward)
    pages = save_pdf(minutes_document(awkward, meeting), tmp_path / "odd.pdf")
    text = pdftotext(tmp_path / "odd.pdf")
    flat = squeeze(text)
    assert pages > 5
    assert squeeze(TYPED) in flat
    assert "𠮷野家" in text and "😀" in text and "<b>粗体</b>" in text and "AT&T" in text
    assert squeeze(LONG) in re.sub(r"第\d+页共\d+页", "", flat)  # the footers cut it at page ends
    assert "来宾<i>：换行" in text
    assert not [c for c in text if 0x2E80 <= ord(c) <= 0x2FDF], "look-alike radicals in the text layer"
    assert f"第{pages}页共{pages}页" in flat
