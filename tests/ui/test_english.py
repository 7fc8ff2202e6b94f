"""The English walk: with the language English, every page built on the sample branch (a meeting of each kind in
the editor, a talk, the roster with a person dialog, every section of 设置, search results) shows no Chinese
outside the data (the sample's own names, titles and texts).

The translation is read from the committed .ts: a finished message shows its English; an unfinished one shows its
source in ⟦ ⟧, so the test tells apart
(a) texts that go through the translation but are not translated yet (listed; skipped while the .ts has unfinished
    messages — set STRICT to fail on them), and
(b) texts that never reach the translation (a literal, `tr()` on a variable or in the wrong context, a word of
    models/ not shown through ui/words.py): always a failure.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication, QTabWidget, QWidget

from models.interchange import read_branch
from models.resources import sample_branch_path
from models.services import Store
from tests.ui.walk import CJK, sample_strings, texts_of, without_data
from ui import language
from ui.widgets.year_combo import YearCombo

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "i18n" / "orglife_en.ts"
STRICT = True  # the English is complete: a text left in Chinese fails
YEAR = 2025  # the sample branch's year


def catalog() -> tuple[dict[tuple[str, str], str | None], set[tuple[str, str]]]:
    """The .ts's messages (their English, None while unfinished), and the words models/ marks (gathered by
    lupdate from models/ as the UI translates them: the same contexts)."""
    messages: dict[tuple[str, str], str | None] = {}
    for context in ET.parse(TS).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.findall("message"):
            translation = message.find("translation")
            done = translation is not None and translation.get("type") != "unfinished" and translation.text
            messages[(name, message.findtext("source") or "")] = translation.text if done else None
    return messages, _marked_in_models()


def _marked_in_models() -> set[tuple[str, str]]:
    import tempfile

    sources = sorted(str(p) for p in (ROOT / "models").rglob("*.py"))
    with tempfile.TemporaryDirectory() as folder:
        ts = Path(folder) / "models.ts"
        subprocess.run([str(Path(sys.executable).parent / "pyside6-lupdate"), *sources, "-ts", str(ts)],
                       check=True, capture_output=True)
        root = ET.parse(ts).getroot()
    return {(c.findtext("name") or "", m.findtext("source") or "") for c in root.iter("context")
            for m in c.findall("message")}


def marked(source: str) -> str:
    """An unfinished message as shown: its Chinese runs in ⟦ ⟧ — values filled in later stay outside them."""
    return re.sub(f"(?:{CJK.pattern})+", lambda run: f"⟦{run.group()}⟧", source)


class FromTheCatalog(QTranslator):
    """The English of the .ts; an unfinished message (or a word models/ marks) with its Chinese in ⟦ ⟧."""

    def __init__(self, parent, messages, marked) -> None:
        super().__init__(parent)
        self.messages, self.marked = messages, marked

    def translate(self, context, source, disambiguation=None, n=-1):
        if (context, source) in self.messages:
            return self.messages[(context, source)] or marked(source)
        if (context, source) in self.marked:
            return marked(source)
        return None

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def english(app, monkeypatch):
    messages, marked = catalog()
    monkeypatch.setattr(language, "our_catalog", lambda qapp: FromTheCatalog(qapp, messages, marked))
    language.install_language(app, "en")
    yield messages
    language.install_language(app, "zh_CN")


@pytest.fixture
def sample_window(english, app, qtbot, tmp_path):
    from ui.main_window import MainWindow

    store = Store.open(tmp_path / "sample.sqlite3")
    store.import_data(read_branch(sample_branch_path().read_text(encoding="utf-8")))
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    yield window, store
    window.ctx.writes.settle()
    window.ctx.jobs.wait()
    store.close()


def settle(window) -> None:
    for _round in range(20):
        QApplication.processEvents()
        window.ctx.writes.settle()
        if not window.ctx.jobs.is_busy():
            QApplication.processEvents()
            return
        window.ctx.jobs.wait(5000)
        QCoreApplication.sendPostedEvents()


def to_the_year(page: QWidget, window) -> None:
    for combo in page.findChildren(YearCombo):
        index = combo.findData(YEAR)
        if index >= 0 and combo.currentIndex() != index:
            combo.setCurrentIndex(index)
            settle(window)


def walk_with_tabs(view: str, root: QWidget, window, seen: dict[str, set[str]]) -> None:
    """The texts of `root`, with every tab of its tab widgets shown once (tabs fill when first shown)."""
    settle(window)
    for text in texts_of(root):
        seen[text.text].add(f"{view}: {text.where}")
    for tabs in root.findChildren(QTabWidget):
        current = tabs.currentIndex()
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            settle(window)
            for text in texts_of(tabs.widget(index)):
                seen[text.text].add(f"{view}: {text.where}")
        tabs.setCurrentIndex(current)


def visit_every_page(window, store) -> dict[str, set[str]]:
    """Every text on screen on every page (and where), the pages shown as a clerk would go through them."""
    seen: dict[str, set[str]] = defaultdict(set)
    for key in ("home", "talks", "orglife", "archive", "stats"):
        page = window.show_page(key)
        settle(window)
        to_the_year(page, window)
        walk_with_tabs(key, page, window, seen)
    talks = window.show_page("talks")
    talks.show_talk(store.talks(YEAR)[0].id)
    walk_with_tabs("talks (a talk open)", talks, window, seen)
    meetings = window.show_page("meetings")
    walk_with_tabs("meetings", meetings, window, seen)
    kinds: dict[str, str] = {}
    for meeting in json.loads(sample_branch_path().read_text(encoding="utf-8"))["meetings"]:
        kinds.setdefault(meeting["type"], meeting["id"])
    assert len(kinds) >= 6
    for kind, meeting_id in kinds.items():
        meetings.open_meeting(meeting_id)
        walk_with_tabs(f"meeting editor ({kind})", meetings, window, seen)
    roster = window.show_page("roster")
    walk_with_tabs("roster", roster, window, seen)
    from ui.roster.person_dialog import PersonDialog

    person = store.people()[0]
    dialog = PersonDialog(window, store.person(person.id), store.groups(), store.people())
    dialog.show()
    walk_with_tabs("person dialog", dialog, window, seen)
    dialog.close()
    settings = window.show_page("settings")
    for section in settings.sections:
        settings.show_section(section.NAME)
        walk_with_tabs(f"settings › {section.NAME}", settings, window, seen)
    window.search_box.setText(SEARCHED)
    window.run_search()
    walk_with_tabs("search", window.search_page, window, seen)
    for text in texts_of(window.menuBar()):
        seen[text.text].add(f"menus: {text.where}")
    walk_with_tabs("window", window, window, seen)  # the frame: navigation, toolbar, status bar
    return seen


UNFINISHED = re.compile("⟦[^⟦⟧]*⟧")
SEARCHED = "学习"  # typed by the clerk: data


LEFT_TO_MODELS = ("ui/roster/person_dialog.py", "ui/meetings/attendance.py")  # combos made codes with models/


def literals_of_models() -> str:
    """Every string literal in models/ (and in the combos made codes together with it), one a line: where a word
    the UI shows unmarked may come from."""
    import ast

    found = []
    for path in [*sorted((ROOT / "models").rglob("*.py")), *(ROOT / p for p in LEFT_TO_MODELS)]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and CJK.search(node.value):
                found.append(node.value)
    return "\n".join(found)


def shown_data(store: Store) -> set[str]:
    """What the clerk reads that is data: the sample's strings, the minutes' titles (documents stay Chinese:
    2025年第1次支部委员会会议记录) and each language's own name in the 界面语言 choice (中文)."""
    headings = {s.heading for s in store.meeting_summaries(YEAR) if s.heading}
    return sample_strings() | headings | set(language.NAMES.values()) | {SEARCHED}


def pieced(run: str, literals: str) -> bool:
    """`run` is made of pieces of `literals` — a sentence models/ composed (本季度 + 还没有 + 支部党员大会) — with
    few pieces of a single character (any character is in some literal)."""
    singles = [0] + [len(run) + 1] * len(run)  # the fewest one-character pieces that reach each position
    for end in range(1, len(run) + 1):
        for start in range(end):
            piece = run[start:end]
            if singles[start] <= len(run) and piece in literals:
                single = end - start == 1 and "\u4e00" <= piece <= "\u9fff"
                singles[end] = min(singles[end], singles[start] + single)
    return singles[-1] <= max(1, len(run) // 4)


def sorted_out(seen: dict[str, set[str]], data_strings: set[str]) -> tuple[list[str], list[str], list[str]]:
    """(a) texts whose Chinese is all in ⟦ ⟧ (unfinished in the .ts), (b) texts with Chinese outside ⟦ ⟧ and the
    data, and of those (c) the ones whose Chinese is all found in models/' literals: words models/ has not marked
    yet (or marked in another context) — theirs to mark, the UI shows them through ui/words.py."""
    data = sorted(data_strings, key=len, reverse=True)
    in_models = literals_of_models()
    unfinished, untranslatable, from_models = [], [], []
    for text, places in sorted(seen.items()):
        rest = without_data(text, data)
        if not CJK.search(rest):
            continue
        line = f"{text!r}  ← {sorted(places)[0]}" + (f" (+{len(places) - 1})" if len(places) > 1 else "")
        outside = UNFINISHED.sub(" ", rest)
        if not CJK.search(outside):
            unfinished.append(line)
        elif all(pieced(run, in_models) for run in re.findall(f"(?:{CJK.pattern})+", outside)):
            from_models.append(line)
        else:
            untranslatable.append(line)
    return unfinished, untranslatable, from_models


def test_every_page_in_english_has_no_chinese_outside_the_data(sample_window, english) -> None:
    window, store = sample_window
    seen = visit_every_page(window, store)
    assert len(seen) > 300, "the walk read too little: the pages were not filled"
    unfinished, untranslatable, from_models = sorted_out(seen, shown_data(store))
    assert untranslatable == [], "never translated (b):\n" + "\n".join(untranslatable)
    pending = [f"(c) {line}" for line in from_models] + [f"(a) {line}" for line in unfinished]
    if pending and not STRICT and any(english_ is None for english_ in english.values()):
        pytest.skip(f"{len(from_models)} words of models/ not yet marked (c), {len(unfinished)} texts not yet "
                    "translated in the .ts (a):\n" + "\n".join(pending))
    assert pending == [], "not yet translated:\n" + "\n".join(pending)
