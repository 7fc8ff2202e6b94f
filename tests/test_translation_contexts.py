"""Every UI string lupdate finds lands in a named context (the class or module that shows it), so a translation
made for it is found at run time; the committed .ts lists every string the UI has, and every word models/ marks
with QT_TRANSLATE_NOOP (models/words.py) for the UI to show translated."""

from __future__ import annotations

import ast
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from models import words

ROOT = Path(__file__).resolve().parent.parent
LUPDATE = Path(sys.executable).parent / "pyside6-lupdate"


# The contexts models/words.py names (VOCABULARY, RULES …): the only ones ui/words.py translates models/' words in.
MARKED_CONTEXTS = {v for k, v in vars(words).items() if k.isupper() and isinstance(v, str)}


def marking(folder: str) -> list[Path]:
    """The files of `folder` that mark words with QT_TRANSLATE_NOOP (as the Makefile's translation sources)."""
    return sorted(p for p in (ROOT / folder).rglob("*.py")
                  if "QT_TRANSLATE_NOOP(" in p.read_text(encoding="utf-8") and p.name != "words.py")


def sources() -> list[str]:
    return sorted(str(p) for p in (ROOT / "ui").rglob("*.py")) + [str(p) for p in marking("models")
                                                                   + marking("exports")]


def gathered(tmp_path: Path, files: list[str] | None = None) -> ET.Element:
    sources_ = files if files is not None else sources()
    ts = tmp_path / "gathered.ts"
    subprocess.run([str(LUPDATE), "-source-language", "zh_CN", "-target-language", "en", *sources_, "-ts", str(ts)],
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


def test_the_words_models_marks_are_gathered_in_the_contexts_ui_words_translates_them_in(tmp_path):
    marked = messages(gathered(tmp_path, [str(p) for p in marking("models") + marking("exports")]))
    assert {c for c, _ in marked} <= MARKED_CONTEXTS
    assert ("vocabulary", "组织委员") in marked and ("rules", "超过半数，符合规定") in marked
    committed = messages(ET.parse(ROOT / "resources" / "i18n" / "orglife_en.ts").getroot())
    assert sorted(marked - committed) == [], "make translations"


def marked_context(node: ast.expr) -> set[str] | None:
    """The contexts of the QT_TRANSLATE_NOOP calls `node` is made of (a call, or `a if c else b` of calls); None
    when it is a bare literal, which lupdate would never gather."""
    if isinstance(node, ast.IfExp):
        a, b = marked_context(node.body), marked_context(node.orelse)
        return None if a is None or b is None else a | b
    if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "QT_TRANSLATE_NOOP":
        first = node.args[0]
        if isinstance(first, ast.Constant):
            return {first.value}
        return {getattr(words, getattr(first, "id", ""), "?")}
    if isinstance(node, ast.Constant) and node.value == "":
        return set()
    if isinstance(node, ast.Name):  # a template chosen earlier: its marking is checked where it is written
        return set()
    return None


def says_sentences(tree: ast.Module) -> bool:
    """The module imports models.words' `say` (a parameter of that name, a print callback, is not it)."""
    return any(isinstance(n, ast.ImportFrom) and n.module == "models.words" and any(a.name == "say" for a in n.names)
               for n in ast.walk(tree))


def test_every_sentence_models_and_exports_say_has_a_marked_template_in_its_own_context():
    wrong = []
    for path in sorted([*(ROOT / "models").rglob("*.py"), *(ROOT / "exports").rglob("*.py")]):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        if not says_sentences(tree):
            continue
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and getattr(node.func, "id", "") == "say" and node.args):
                continue
            context = next((k.value for k in node.keywords if k.arg == "context"), None)
            said = words.RULES if context is None else getattr(words, getattr(context, "id", ""),
                                                               getattr(context, "value", "?"))
            found = marked_context(node.args[0])
            if found is None or found - {said}:
                wrong.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert wrong == []
