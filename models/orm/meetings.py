"""Meetings of every kind and what belongs to them. Child rows are keyed by (meeting, position), in order."""

from __future__ import annotations

from datetime import date, time

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    Time,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from models.domain import ATTENDANCE_STATUSES, ELECTION_OFFICES, MEETING_STATUSES, MEETING_TYPES, RESOLUTION_KINDS
from models.orm.base import Base, one_of

MEETING_FK = "meeting.id"


def _meeting_key() -> Mapped[int]:
    return mapped_column(ForeignKey(MEETING_FK, ondelete="CASCADE"), primary_key=True)


def _position() -> Mapped[int]:
    return mapped_column(Integer, primary_key=True)


class MeetingRow(Base):
    __tablename__ = "meeting"
    __table_args__ = (
        UniqueConstraint("branch_id", "ext_id"),
        one_of("type", MEETING_TYPES, "type"),
        one_of("status", MEETING_STATUSES, "status"),
        Index(None, "branch_id", "date"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    branch_id: Mapped[int] = mapped_column(ForeignKey("branch.id", ondelete="CASCADE"))
    ext_id: Mapped[str] = mapped_column(String(100))
    type: Mapped[str] = mapped_column(String(40))
    group_id: Mapped[int | None] = mapped_column(ForeignKey("party_group.id", ondelete="RESTRICT"), index=True)
    title: Mapped[str] = mapped_column(Text)
    date: Mapped[date] = mapped_column(Date)
    start: Mapped[time | None] = mapped_column(Time)
    end: Mapped[time | None] = mapped_column(Time)
    location: Mapped[str] = mapped_column(Text, default="")
    host_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"))
    recorder_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"))
    lecturer: Mapped[str | None] = mapped_column(Text)
    lecturer_member_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"))
    lecture_title: Mapped[str | None] = mapped_column(Text)
    summary: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    has_preparation: Mapped[bool] = mapped_column(Boolean, default=False)
    # 应到 and 实到, kept with the row whenever its attendance is written, so lists need not count
    expected_count: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    present_count: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    status: Mapped[str] = mapped_column(String(10), default="draft")
    finalized_at: Mapped[str | None] = mapped_column(String(40))
    finalized_by: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[str] = mapped_column(String(40))
    updated_at: Mapped[str] = mapped_column(String(40))
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")  # saves so far: no lost update
    number: Mapped[int | None] = mapped_column(Integer)  # 第 n 次 in the year per kind: models.titles


class MeetingDutyRow(Base):  # also_counts_as
    __tablename__ = "meeting_duty"
    __table_args__ = (one_of("duty", MEETING_TYPES, "duty"),)
    meeting_id: Mapped[int] = _meeting_key()
    position: Mapped[int] = _position()
    duty: Mapped[str] = mapped_column(String(40))


class AttendanceRow(Base):  # 应到 list with each person's status
    __tablename__ = "attendance"
    __table_args__ = (
        UniqueConstraint("meeting_id", "person_id"),
        one_of("status", ATTENDANCE_STATUSES, "status"),
    )
    meeting_id: Mapped[int] = _meeting_key()
    position: Mapped[int] = _position()
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"), index=True)
    status: Mapped[str] = mapped_column(String(20))
    reason: Mapped[str | None] = mapped_column(Text)


class GuestRow(Base):  # 列席人员
    __tablename__ = "guest"
    meeting_id: Mapped[int] = _meeting_key()
    position: Mapped[int] = _position()
    name: Mapped[str] = mapped_column(Text)
    title: Mapped[str] = mapped_column(Text, default="")


class AgendaItemRow(Base):  # 会议议程
    __tablename__ = "agenda_item"
    meeting_id: Mapped[int] = _meeting_key()
    position: Mapped[int] = _position()
    text: Mapped[str] = mapped_column(Text)


class SpeechRow(Base):  # 会议内容, in spoken order
    __tablename__ = "speech"
    meeting_id: Mapped[int] = _meeting_key()
    position: Mapped[int] = _position()
    speaker_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"), index=True)
    speaker_name: Mapped[str | None] = mapped_column(Text)
    content: Mapped[str] = mapped_column(Text)


class ResolutionRow(Base):  # 会议决议 with its vote
    __tablename__ = "resolution"
    __table_args__ = (
        one_of("kind", RESOLUTION_KINDS, "kind"),
        CheckConstraint(
            "(vote_for IS NULL AND vote_against IS NULL AND vote_abstain IS NULL) OR "
            "(vote_for >= 0 AND vote_against >= 0 AND vote_abstain >= 0)",
            name="vote",
        ),
        CheckConstraint(
            "(written_for IS NULL AND written_against IS NULL AND written_abstain IS NULL) OR "
            "(written_for >= 0 AND written_against >= 0 AND written_abstain >= 0)",
            name="written",
        ),
        one_of("election_office", ELECTION_OFFICES, "election_office", nullable=True),
    )
    meeting_id: Mapped[int] = _meeting_key()
    position: Mapped[int] = _position()
    text: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(20))
    vote_for: Mapped[int | None] = mapped_column(Integer)
    vote_against: Mapped[int | None] = mapped_column(Integer)
    vote_abstain: Mapped[int | None] = mapped_column(Integer)
    # 书面意见 of absent voters (admission, 转正): counted with the votes, not with those present
    written_for: Mapped[int | None] = mapped_column(Integer)
    written_against: Mapped[int | None] = mapped_column(Integer)
    written_abstain: Mapped[int | None] = mapped_column(Integer)
    # 选举: one ballot of one office (its candidates in election_candidate); None = no election
    election_office: Mapped[str | None] = mapped_column(String(20))
    election_seats: Mapped[int | None] = mapped_column(Integer)
    ballots_issued: Mapped[int | None] = mapped_column(Integer)
    ballots_returned: Mapped[int | None] = mapped_column(Integer)
    ballots_invalid: Mapped[int | None] = mapped_column(Integer)
    election_round: Mapped[int | None] = mapped_column(Integer)
    # the person decided on (admission, 转正, 积极分子, 发展对象)
    subject_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"), index=True)


def _resolution_key() -> tuple[ForeignKeyConstraint]:
    return (ForeignKeyConstraint(["meeting_id", "resolution_position"], ["resolution.meeting_id",
                                                                         "resolution.position"], ondelete="CASCADE"),)


class ElectionCandidateRow(Base):  # 候选人 (or 另选他人) with the votes counted
    __tablename__ = "election_candidate"
    __table_args__ = _resolution_key()
    meeting_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    resolution_position: Mapped[int] = mapped_column(Integer, primary_key=True)
    position: Mapped[int] = _position()
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"), index=True)
    yes: Mapped[int] = mapped_column(Integer)
    against: Mapped[int] = mapped_column(Integer)
    abstain: Mapped[int] = mapped_column(Integer)
    write_in: Mapped[bool] = mapped_column(Boolean, default=False)


class ElectionOfficialRow(Base):  # 监票人 and 计票人
    __tablename__ = "election_official"
    __table_args__ = (*_resolution_key(), one_of("duty", ("scrutineer", "teller"), "duty"))
    meeting_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    resolution_position: Mapped[int] = mapped_column(Integer, primary_key=True)
    position: Mapped[int] = _position()
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"), index=True)
    duty: Mapped[str] = mapped_column(String(20))


class CriticismRow(Base):  # 批评和自我批评: one member's part
    __tablename__ = "criticism"
    meeting_id: Mapped[int] = _meeting_key()
    position: Mapped[int] = _position()
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"), index=True)
    self_criticism: Mapped[str] = mapped_column(Text, default="")
    response: Mapped[str] = mapped_column(Text, default="")


class CriticismReceivedRow(Base):  # 相互批评 received by that member
    __tablename__ = "criticism_received"
    __table_args__ = (
        ForeignKeyConstraint(
            ["meeting_id", "criticism_position"],
            ["criticism.meeting_id", "criticism.position"],
            ondelete="CASCADE",
        ),
    )
    meeting_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    criticism_position: Mapped[int] = mapped_column(Integer, primary_key=True)
    position: Mapped[int] = _position()
    critic_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"), index=True)
    content: Mapped[str] = mapped_column(Text)


class OpinionRow(Base):  # 征求意见
    __tablename__ = "opinion"
    meeting_id: Mapped[int] = _meeting_key()
    position: Mapped[int] = _position()
    source: Mapped[str] = mapped_column(Text)
    content: Mapped[str] = mapped_column(Text)


class SelfExaminationRow(Base):  # 对照检查材料
    __tablename__ = "self_examination"
    meeting_id: Mapped[int] = _meeting_key()
    position: Mapped[int] = _position()
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"), index=True)
    content: Mapped[str] = mapped_column(Text)


class AmendmentRow(Base):  # changes after finalisation
    __tablename__ = "amendment"
    meeting_id: Mapped[int] = _meeting_key()
    position: Mapped[int] = _position()
    at: Mapped[str] = mapped_column(String(40))
    reason: Mapped[str] = mapped_column(Text)
    summary: Mapped[str] = mapped_column(Text)
    author: Mapped[str] = mapped_column(Text, default="")


class AttachmentRow(Base):  # files kept in the database, so one file holds everything
    __tablename__ = "attachment"
    meeting_id: Mapped[int] = _meeting_key()
    position: Mapped[int] = _position()
    name: Mapped[str] = mapped_column(Text)
    media_type: Mapped[str] = mapped_column(String(200))
    sha256: Mapped[str] = mapped_column(String(64))
    data: Mapped[bytes] = mapped_column(LargeBinary)
    added_at: Mapped[str | None] = mapped_column(String(40))  # timestamp; NULL for files attached before 0005
