"""Every UI string lupdate finds lands in a named context (the class or module that shows it), so a translation
made for it is found at run time; the committed .ts lists every string the UI has."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LUPDATE = Path(sys.executable).parent / "pyside6-lupdate"


def gathered(tmp_path: Path) -> ET.Element:
    sources = sorted(str(p) for p in (ROOT / "ui").rglob("*.py"))
    ts = tmp_path / "gathered.ts"
    subprocess.run([str(LUPDATE), "-source-language", "zh_CN", "-target-language", "en", *sources, "-ts", str(ts)],
                   check=True, capture_output=True)
    return ET.parse(ts).getroot()


def messages(root: ET.Element) -> set[tuple[str, str]]:
    return {(c.findtext("name") or "", m.findtext("source") or "") for c in root.iter("context")
            for m in c.findall("message")}


def test_every_ui_string_is_in_a_named_context(tmp_path):
    found = messages(gathered(tmp_path))
    assert len(found) > 700
    wrong = sorted(s for c, s in found if c in ("", "parent", "window", "self"))
    assert wrong == []


def test_the_committed_translation_file_lists_every_ui_string(tmp_path):
    committed = messages(ET.parse(ROOT / "resources" / "i18n" / "orglife_en.ts").getroot())
    missing = sorted(messages(gathered(tmp_path)) - committed)
    assert missing == [], "make translations"
