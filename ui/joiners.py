"""The punctuation the screen puts between parts it has translated one by one: 甲、乙 · 甲；乙 · 日期：… ·
已离开（调出） in Chinese; a, b · a; b · Date: … · Left (transferred) in English. The parts that are data (names,
titles) stay as typed."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def items(parts: Iterable[str]) -> str:
    """A list of like things: 甲、乙、丙 (a, b, c)."""
    return translate("Joiners", "、").join(parts)


def clauses(parts: Iterable[str]) -> str:
    """Sentences' parts one after another: 甲；乙 (a; b)."""
    return translate("Joiners", "；").join(parts)


def commas(parts: Iterable[str]) -> str:
    """Clauses of one sentence: 甲，乙 (a, b)."""
    return translate("Joiners", "，").join(parts)


def labelled(label: str, value: str) -> str:
    """A value after its label: 日期：2025年3月12日 (Date: 12 Mar 2025)."""
    return translate("Joiners", "{0}：{1}").format(label, value)


def aside(text: str, note: str) -> str:
    """A note in brackets after a text: 已离开（调出） (Left (transferred))."""
    return translate("Joiners", "{0}（{1}）").format(text, note)


def spaced(parts: Iterable[str]) -> str:
    """Fields of one line of a list, set apart by a wide space: 2025年3月12日　支委会　标题."""
    return translate("Joiners", "　").join(p for p in parts if p)


def bracketed(note: str) -> str:
    """A note in brackets on its own: （已定稿） ((finalised))."""
    return translate("Joiners", "（{0}）").format(note)
