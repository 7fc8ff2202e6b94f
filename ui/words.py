"""The one place the UI turns a code or a source text from models/ into the words the clerk reads.

models/ marks its words with models.words.QT_TRANSLATE_NOOP(context, text); here they are translated in the
same context. The code stays what is stored: combos carry it as item data (see ui/widgets/combo.py's helpers).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from models.words import VOCABULARY, Day, Words


def label(code: str, context: str = VOCABULARY) -> str:
    """The label a widget shows for a code of the domain's vocabulary (the code itself untranslated)."""
    return QCoreApplication.translate(context, code)


def meeting_type(code: str) -> str:
    """The name of a kind of meeting (支部委员会会议 …) as the clerk reads it."""
    from models.vocabulary import MEETING_TYPES

    return label(MEETING_TYPES.get(code, code))


def sentence(text: str) -> str:
    """What the clerk reads for a sentence from models/: a Words translated with its values, other text as is."""
    if not isinstance(text, Words):
        return text
    values = [sentence(v) if isinstance(v, str) else day(v) if isinstance(v, Day) else v for v in text.values]
    shown = QCoreApplication.translate(text.context, text.template)
    try:
        return shown.format(*values) if values else shown
    except (IndexError, KeyError, ValueError):  # a translation whose {0} … do not fit: the source sentence
        return str(text)


def day(value: Day) -> str:
    """A date inside a sentence, as the UI's language writes it (2025年3月1日)."""
    return QCoreApplication.translate("dates", "{0}年{1}月{2}日").format(value.year, value.month, value.day)


def told(error: BaseException) -> str:
    """What the clerk reads for an error: its sentence translated when models/ raised it with one (Words)."""
    if len(error.args) == 1 and isinstance(error.args[0], Words):
        return sentence(error.args[0])
    return str(error)


def word_for(table: dict[str, str], code: str) -> str:
    """The label of a code in one of models.vocabulary's tables (MEETING_TYPES …); an unknown code as it is."""
    return label(table.get(code, code))
