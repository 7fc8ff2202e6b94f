"""Talks, the rectification list and democratic evaluations."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from models.domain import GRADES, RECTIFICATION_STATUSES
from models.orm.base import Base, one_of


class TalkRow(Base):  # 谈心谈话
    __tablename__ = "talk"
    __table_args__ = (UniqueConstraint("branch_id", "ext_id"), Index(None, "branch_id", "date"))
    id: Mapped[int] = mapped_column(primary_key=True)
    branch_id: Mapped[int] = mapped_column(ForeignKey("branch.id", ondelete="CASCADE"))
    ext_id: Mapped[str] = mapped_column(String(100))
    date: Mapped[date] = mapped_column(Date)
    location: Mapped[str] = mapped_column(Text, default="")
    talker_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"), index=True)
    talkee_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"), index=True)
    kind: Mapped[str] = mapped_column(Text, default="谈心谈话")
    topic: Mapped[str] = mapped_column(Text, default="")
    content: Mapped[str] = mapped_column(Text, default="")
    talkee_views: Mapped[str] = mapped_column(Text, default="")
    follow_up: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[str] = mapped_column(String(40))
    updated_at: Mapped[str] = mapped_column(String(40))
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")  # as MeetingRow.version


class RectificationRow(Base):  # 整改事项
    __tablename__ = "rectification"
    __table_args__ = (UniqueConstraint("branch_id", "ext_id"), one_of("status", RECTIFICATION_STATUSES, "status"))
    id: Mapped[int] = mapped_column(primary_key=True)
    branch_id: Mapped[int] = mapped_column(ForeignKey("branch.id", ondelete="CASCADE"), index=True)
    ext_id: Mapped[str] = mapped_column(String(100))
    meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meeting.id", ondelete="SET NULL"), index=True)
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"))
    problem: Mapped[str] = mapped_column(Text)
    measures: Mapped[str] = mapped_column(Text, default="")
    responsible_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"))
    due: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(10), default="open")
    done_on: Mapped[date | None] = mapped_column(Date)
    result: Mapped[str] = mapped_column(Text, default="")
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")  # as MeetingRow.version


class EvaluationRow(Base):  # 民主评议党员, one year
    __tablename__ = "evaluation"
    __table_args__ = (UniqueConstraint("branch_id", "ext_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    branch_id: Mapped[int] = mapped_column(ForeignKey("branch.id", ondelete="CASCADE"), index=True)
    ext_id: Mapped[str] = mapped_column(String(100))
    year: Mapped[int] = mapped_column(Integer)
    meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meeting.id", ondelete="SET NULL"))
    voters: Mapped[int] = mapped_column(Integer)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")  # as MeetingRow.version


class EvaluationResultRow(Base):
    __tablename__ = "evaluation_result"
    __table_args__ = (
        UniqueConstraint("evaluation_id", "person_id"),
        one_of("grade", GRADES, "grade", nullable=True),
    )
    evaluation_id: Mapped[int] = mapped_column(ForeignKey("evaluation.id", ondelete="CASCADE"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"), index=True)
    self_assessment: Mapped[str] = mapped_column(Text, default="")
    votes_excellent: Mapped[int] = mapped_column(Integer, default=0)
    votes_qualified: Mapped[int] = mapped_column(Integer, default=0)
    votes_basic: Mapped[int] = mapped_column(Integer, default=0)
    votes_unqualified: Mapped[int] = mapped_column(Integer, default=0)
    grade: Mapped[str | None] = mapped_column(String(10))
    remarks: Mapped[str] = mapped_column(Text, default="")
