"""Marking the words models/ makes for translation, without Qt.

`QT_TRANSLATE_NOOP(context, text)` gives back `text` unchanged: models/, the documents, the compliance JSON and
the CLI keep the Chinese. pyside6-lupdate extracts every call by this name from the Python files, so the UI can
show the same words translated through ui/words.py (QCoreApplication.translate with the same context).
Stored values stay the Chinese codes: only what a widget shows goes through the translation.
"""

from __future__ import annotations

from datetime import date

VOCABULARY = "vocabulary"  # the context of the domain's words (roles, gender, grades, kinds …)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark `text` for translation in `context`; the value stays the source text."""
    return text


RULES = "rules"  # the context of the rules' verdicts and warnings
ERRORS = "errors"  # the context of the errors models/ raises for the clerk (the UI shows them, the CLI prints them)


class Words(str):
    """A sentence made from a marked template and its values: the Chinese text itself, keeping both parts.

    It is a str equal to the Chinese sentence, so the minutes, the compliance JSON and the CLI use it unchanged;
    the UI (ui/words.py) translates the template and fills in the values (themselves translated when Words).
    """

    context: str
    template: str
    values: tuple

    def __new__(cls, template: str, *values: object, context: str = RULES) -> Words:
        self = super().__new__(cls, template.format(*values) if values else template)
        self.context, self.template, self.values = context, template, values
        return self

    def __reduce__(self):  # pickled with its parts, not as the bare text
        return _rebuild, (self.context, self.template, self.values)


class Day(date):
    """A date as a value of a sentence: written 2025年3月1日 in the Chinese; the UI writes it in its language."""

    @classmethod
    def of(cls, day: date) -> Day:
        return cls(day.year, day.month, day.day)

    def __format__(self, spec: str) -> str:
        return f"{self.year}年{self.month}月{self.day}日"

    def __str__(self) -> str:
        return format(self)


def _rebuild(context: str, template: str, values: tuple) -> Words:
    return Words(template, *values, context=context)


def say(template: str, *values: object, context: str = RULES) -> Words:
    """The sentence `template` (marked with QT_TRANSLATE_NOOP in `context`) with `values` filled in as {0}, {1} …"""
    return Words(template, *values, context=context)


def word(code: str) -> Words:
    """A word of the domain's vocabulary (a code marked in models/vocabulary.py, or any other as typed) as a value
    of a sentence: the UI shows its label."""
    return Words(code, context=VOCABULARY)


def joined(parts: list, pair: str = "") -> Words:
    """The sentences `parts` one after the other, each two put together by the marked template `pair` (by default
    "{0}；{1}", as the minutes separate them)."""
    pair = pair or QT_TRANSLATE_NOOP("rules", "{0}；{1}")
    whole = parts[0] if parts else say("")
    for part in parts[1:]:
        whole = say(pair, whole, part)
    return whole


def listed(items) -> Words:
    """Names or words one after the other as the Chinese lists them (王丽华、陈静), the separator marked so the UI
    puts its own (in English "王丽华, 陈静")."""
    return joined([str(item) for item in items], QT_TRANSLATE_NOOP("rules", "{0}、{1}"))
