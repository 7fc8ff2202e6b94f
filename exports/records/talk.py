"""The talk record (谈心谈话记录表) as a neutral document: a form of one bordered table."""

from __future__ import annotations

from exports.model import Document, Meta, Signatures, Table
from exports.records.common import FACT_WIDTHS, TALK_TITLE, Names, pair, wide
from exports.text import clean, cn_date
from models.domain import BranchData, Talk


def talk_title(data: BranchData, talk: Talk) -> str:
    """e.g. 谈心谈话记录表（王丽华与赵倩）"""
    names = Names(data)
    return f"{TALK_TITLE}（{names(talk.talker)}与{names(talk.talkee)}）"


def talk_document(data: BranchData, talk: Talk) -> Document:
    names = Names(data)
    rows = (
        pair("谈话人", names(talk.talker), "谈话对象", names(talk.talkee)),
        pair("时间", cn_date(talk.date), "地点", clean(talk.location)),
        pair("谈话类型", clean(talk.kind), "谈话主题", clean(talk.topic)),
        wide("谈话内容", clean(talk.content)),
        wide("对方意见建议", clean(talk.talkee_views)),
        wide("落实情况", clean(talk.follow_up)),
    )
    meta = Meta(
        title=f"{clean(data.branch.name)}{talk_title(data, talk)}",
        author=clean(data.branch.name),
        subject=clean(talk.topic),
        created=talk.created_at,
        modified=talk.updated_at,
    )
    form = Table(rows, FACT_WIDTHS, min_row_mm=9.0, heights=(0, 0, 0, 80.0, 30.0, 30.0))
    blocks = (form, Signatures(("谈话人（签字）", "谈话对象（签字）")))
    return Document((clean(data.branch.name), TALK_TITLE), blocks, meta)
