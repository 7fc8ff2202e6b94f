"""Records that could not be saved, as plain text the clerk can keep elsewhere (a USB stick) and type back in:
offered when the window closes with edits the database did not take (a full disk, a read-only file)."""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import QCoreApplication

from models.domain import MEETING_TYPES, Meeting, Talk
from ui.context import AppContext
from ui.fmt import cn_date
from ui.joiners import labelled, spaced
from ui.words import label, word_for


def _tr(text: str) -> str:
    return QCoreApplication.translate("UnsavedText", text)


def record_text(ctx: AppContext, record: Any) -> str:
    """One record as the clerk would copy it out: its fields with their names, people by name."""
    if isinstance(record, Meeting):
        return _meeting(ctx, record)
    if isinstance(record, Talk):
        return _talk(ctx, record)
    return _anything(record)


def _lines(pairs: list[tuple[str, str]]) -> str:
    return "\n".join(labelled(label, value) for label, value in pairs if value)


def _meeting(ctx: AppContext, m: Meeting) -> str:
    head = [(_tr("会议"), spaced([word_for(MEETING_TYPES, m.type), m.title])), (_tr("日期"), cn_date(m.date)),
            (_tr("地点"), m.location), (_tr("主持人"), ctx.name(m.host)), (_tr("记录人"), ctx.name(m.recorder))]
    parts = [_lines(head)]
    if m.agenda:
        parts.append(_tr("议程：") + "\n" + "\n".join(f"{i}. {item}" for i, item in enumerate(m.agenda, 1)))
    for s in m.speeches:
        parts.append(labelled(ctx.name(s.speaker) or s.speaker_name or _tr("发言"), "\n" + s.content))
    for i, r in enumerate(m.resolutions, 1):
        parts.append(_tr("决议 {0}：").format(i) + r.text)
    for c in m.criticisms:
        parts.append(_lines([(_tr("{0} 自我批评").format(ctx.name(c.member)), c.self_criticism),
                             *((_tr("{0} 提出的批评").format(ctx.name(r.critic)), r.content) for r in c.received),
                             (_tr("{0} 的回应").format(ctx.name(c.member)), c.response)]))
    parts.append(_lines([(_tr("小结"), m.summary), (_tr("备注"), m.notes)]))
    return "\n\n".join(p for p in parts if p)


def _talk(ctx: AppContext, t: Talk) -> str:
    return _lines([(_tr("谈心谈话"), cn_date(t.date)), (_tr("谈话人"), ctx.name(t.talker)),
                   (_tr("谈话对象"), ctx.name(t.talkee)), (_tr("地点"), t.location), (_tr("类型"), label(t.kind)),
                   (_tr("主题"), t.topic), (_tr("谈话内容"), t.content), (_tr("谈话对象的意见"), t.talkee_views),
                   (_tr("后续跟进"), t.follow_up)])


def _anything(record: Any) -> str:
    """Another record (an 整改事项, a 民主评议): every text in it, in order."""
    texts: list[str] = []

    def walk(value: Any) -> None:
        if isinstance(value, str):
            if value.strip():
                texts.append(value)
        elif isinstance(value, tuple | list):
            for inner in value:
                walk(inner)
        elif dataclasses.is_dataclass(value) and not isinstance(value, type):
            for f in dataclasses.fields(value):
                if f.name not in ("id", "created_at", "updated_at", "status", "kind", "meeting", "member", "grade"):
                    walk(getattr(value, f.name))

    walk(record)
    return "\n".join(texts)


def unsaved_text(ctx: AppContext, records: list[Any]) -> str:
    """All the records that could not be saved, one after the other."""
    rule = "\n\n" + "—" * 20 + "\n\n"
    return _tr("以下内容未能保存到数据库，请在问题解决后重新录入或粘贴回程序：") + rule + rule.join(
        record_text(ctx, r) for r in records) + "\n"
