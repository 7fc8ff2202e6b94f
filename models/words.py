"""Marking the words models/ makes for translation, without Qt.

`QT_TRANSLATE_NOOP(context, text)` gives back `text` unchanged: models/, the documents, the compliance JSON and
the CLI keep the Chinese. pyside6-lupdate extracts every call by this name from the Python files, so the UI can
show the same words translated through ui/words.py (QCoreApplication.translate with the same context).
Stored values stay the Chinese codes: only what a widget shows goes through the translation.
"""

from __future__ import annotations

VOCABULARY = "vocabulary"  # the context of the domain's words (roles, gender, grades, kinds …)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark `text` for translation in `context`; the value stays the source text."""
    return text
