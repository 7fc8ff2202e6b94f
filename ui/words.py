"""The one place the UI turns a code or a source text from models/ into the words the clerk reads.

models/ marks its words with models.words.QT_TRANSLATE_NOOP(context, text); here they are translated in the
same context. The code stays what is stored: combos carry it as item data (see ui/widgets/combo.py's helpers).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from models.words import VOCABULARY, Words


def label(code: str, context: str = VOCABULARY) -> str:
    """The label a widget shows for a code of the domain's vocabulary (the code itself untranslated)."""
    return QCoreApplication.translate(context, code)


def sentence(text: str) -> str:
    """What the clerk reads for a sentence from models/: a Words translated with its values, other text as is."""
    if not isinstance(text, Words):
        return text
    values = [sentence(v) if isinstance(v, str) else v for v in text.values]
    return QCoreApplication.translate(text.context, text.template).format(*values)
