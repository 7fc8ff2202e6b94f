"""CI guard of the English translation: every message of resources/i18n/orglife_en.ts has a finished English text
that keeps the Chinese's placeholders and accelerator, and the committed .qm is what lrelease makes of the committed
.ts (a .ts edited without `make translations` would otherwise leave the program showing the old texts)."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
LRELEASE = Path(sys.executable).parent / "pyside6-lrelease"
PLACEHOLDER = re.compile(r"\{\d*\}|%n|%L?\d")
ACCELERATOR = re.compile(r"&(?!&)\S")  # "&File", not "&&"


def messages() -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(I18N / "orglife_en.ts").getroot()
    return [(c.findtext("name") or "", m.findtext("source") or "", m) for c in root.iter("context")
            for m in c.findall("message")]


def english(message: ET.Element) -> list[str]:
    """The message's English: its translation's text, or each numerus form's."""
    translation = message.find("translation")
    forms = translation.findall("numerusform") if message.get("numerus") == "yes" else [translation]
    return [f.text or "" for f in forms]


def test_every_message_has_a_finished_english_translation():
    unfinished = [f"{context}: {source}" for context, source, m in messages()
                  if m.find("translation").get("type") in ("unfinished", "vanished", "obsolete")
                  or not all(english(m))]
    assert len(messages()) > 700
    assert unfinished == [], f"{len(unfinished)} messages without English"


def test_the_english_keeps_the_placeholders_and_the_accelerator():
    wrong = []
    finished = 0
    for context, source, m in messages():
        if m.find("translation").get("type") == "unfinished" or not all(english(m)):
            continue
        finished += 1
        for text in english(m):
            if sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(source)):
                wrong.append(f"{context}: {source!r} → {text!r} (placeholders)")
            if bool(ACCELERATOR.search(source)) != bool(ACCELERATOR.search(text)):
                wrong.append(f"{context}: {source!r} → {text!r} (accelerator)")
    assert finished > 400
    assert wrong == []


def test_the_committed_qm_is_what_lrelease_makes_of_the_committed_ts(tmp_path):
    made = tmp_path / "orglife_en.qm"
    subprocess.run([str(LRELEASE), str(I18N / "orglife_en.ts"), "-qm", str(made)], check=True, capture_output=True)
    assert made.read_bytes() == (I18N / "orglife_en.qm").read_bytes(), "run `make translations` and commit the .qm"
