"""The new forms opened by LibreOffice as a clerk's office program would (skipped without it)."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from exports.documents import save_docx
from exports.forms import evaluation_ballot_document, evaluation_tally_document, rectification_list_document
from models.domain import BranchData
from tests.exports.readback import convert_with_libreoffice, pdftotext, squeeze

pytestmark = pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")


def test_each_form_converts_with_its_content(data: BranchData, tmp_path: Path) -> None:
    documents = {
        "rectifications": rectification_list_document(data, 2026, date(2026, 4, 1)),
        "tally": evaluation_tally_document(data, data.evaluations[0]),
        "ballot": evaluation_ballot_document(data, 2025, [p.id for p in data.members if p.kind == "member"]),
    }
    paths = [save_docx(doc, tmp_path / f"{name}.docx") for name, doc in documents.items()]
    convert_with_libreoffice(paths, tmp_path)
    expected = {"rectifications": ("上年度整改落实情况", "理论学习不够系统", "已逾期"),
                "tally": ("测评汇总表", "王丽华", "计票人"),
                "ballot": ("民主评议党员测评表", "赵倩", "基本合格")}
    for name, words in expected.items():
        flat = squeeze(pdftotext(tmp_path / "pdf" / f"{name}.pdf"))
        for word in words:
            assert word in flat, (name, word)
        assert "第1页共" in flat, name
