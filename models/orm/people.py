"""The branch, its Party groups, its people, its committee over time and its own frequency rules."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from models.domain import COMMITTEE_ROLES, DATE_PRECISIONS, GENDERS, MEETING_TYPES, PERIODS, PERSON_KINDS
from models.orm.base import Base, one_of


class BranchRow(Base):  # 党支部
    __tablename__ = "branch"
    id: Mapped[int] = mapped_column(primary_key=True)
    # The branch's own id across databases and files (a UUID's text): given when the branch is made, never changed.
    uid: Mapped[str] = mapped_column(String(36), unique=True, default=lambda: str(uuid.uuid4()))
    name: Mapped[str] = mapped_column(Text)
    short_name: Mapped[str] = mapped_column(Text, default="")
    parent_org: Mapped[str] = mapped_column(Text, default="")
    fonds_code: Mapped[str] = mapped_column(String(40), default="")
    unit_code: Mapped[str] = mapped_column(String(40), default="DZB")
    # The branch's own rules: None = the defaults of DOMAIN.md; the duties are in duty_rule.
    own_rules: Mapped[bool] = mapped_column(Boolean, default=False)
    talk_committee_pairs: Mapped[bool] = mapped_column(Boolean, default=True)
    talk_member_with_committee: Mapped[bool] = mapped_column(Boolean, default=True)


class DutyRuleRow(Base):
    __tablename__ = "duty_rule"
    __table_args__ = (
        one_of("duty", MEETING_TYPES, "duty"),
        one_of("per", PERIODS, "per"),
    )
    branch_id: Mapped[int] = mapped_column(ForeignKey("branch.id", ondelete="CASCADE"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    duty: Mapped[str] = mapped_column(String(40))
    per: Mapped[str] = mapped_column(String(10))
    at_least: Mapped[int] = mapped_column(Integer)
    per_group: Mapped[bool] = mapped_column(Boolean, default=False)


class GroupRow(Base):  # 党小组
    __tablename__ = "party_group"
    __table_args__ = (UniqueConstraint("branch_id", "ext_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    branch_id: Mapped[int] = mapped_column(ForeignKey("branch.id", ondelete="CASCADE"), index=True)
    ext_id: Mapped[str] = mapped_column(String(100))
    name: Mapped[str] = mapped_column(Text)
    # person and party_group refer to each other; this side is added after both tables exist.
    leader_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL", use_alter=True), nullable=True
    )
    set_up_on: Mapped[date | None] = mapped_column(Date)  # 成立
    dissolved_on: Mapped[date | None] = mapped_column(Date)  # 撤销: the first day it no longer exists


class PersonRow(Base):  # 党员、发展对象、入党积极分子
    __tablename__ = "person"
    __table_args__ = (
        UniqueConstraint("branch_id", "ext_id"),
        one_of("kind", PERSON_KINDS, "kind"),
        one_of("gender", GENDERS, "gender", nullable=True),
        one_of("birth_precision", DATE_PRECISIONS, "birth_precision"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    branch_id: Mapped[int] = mapped_column(ForeignKey("branch.id", ondelete="CASCADE"), index=True)
    ext_id: Mapped[str] = mapped_column(String(100))
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(20))
    gender: Mapped[str | None] = mapped_column(String(4))
    ethnicity: Mapped[str | None] = mapped_column(Text)
    birth_date: Mapped[date | None] = mapped_column(Date)
    birth_precision: Mapped[str] = mapped_column(String(5), default="day", server_default="day")  # or "month"
    education: Mapped[str | None] = mapped_column(Text)
    joined_on: Mapped[date | None] = mapped_column(Date)
    full_member_on: Mapped[date | None] = mapped_column(Date)
    applied_on: Mapped[date | None] = mapped_column(Date)  # 申请入党
    activist_on: Mapped[date | None] = mapped_column(Date)  # 确定为入党积极分子
    candidate_on: Mapped[date | None] = mapped_column(Date)  # 列为发展对象
    group_id: Mapped[int | None] = mapped_column(ForeignKey("party_group.id", ondelete="SET NULL"))
    title: Mapped[str | None] = mapped_column(Text)
    phone: Mapped[str | None] = mapped_column(Text)
    entered_on: Mapped[date | None] = mapped_column(Date)
    left_on: Mapped[date | None] = mapped_column(Date)
    left_reason: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str] = mapped_column(Text, default="")


class CommitteeRoleRow(Base):  # 支委会职务
    __tablename__ = "committee_role"
    __table_args__ = (one_of("role", COMMITTEE_ROLES, "role"), Index(None, "branch_id", "start_on"))
    id: Mapped[int] = mapped_column(primary_key=True)
    branch_id: Mapped[int] = mapped_column(ForeignKey("branch.id", ondelete="CASCADE"))
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    role: Mapped[str] = mapped_column(String(20))
    start_on: Mapped[date] = mapped_column(Date)
    end_on: Mapped[date | None] = mapped_column(Date)


class CommitteeChangeRow(Base):  # 设立 / 不设支部委员会 from a day on
    __tablename__ = "committee_change"
    branch_id: Mapped[int] = mapped_column(ForeignKey("branch.id", ondelete="CASCADE"), primary_key=True)
    since: Mapped[date] = mapped_column(Date, primary_key=True)
    has_committee: Mapped[bool] = mapped_column(Boolean)


class GroupMembershipRow(Base):  # a member's 党小组 over a period
    __tablename__ = "group_membership"
    id: Mapped[int] = mapped_column(primary_key=True)
    branch_id: Mapped[int] = mapped_column(ForeignKey("branch.id", ondelete="CASCADE"))
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("party_group.id", ondelete="CASCADE"))
    start_on: Mapped[date] = mapped_column(Date)
    end_on: Mapped[date | None] = mapped_column(Date)


class ExclusionRow(Base):  # 不计入应到会人数
    __tablename__ = "exclusion"
    id: Mapped[int] = mapped_column(primary_key=True)
    branch_id: Mapped[int] = mapped_column(ForeignKey("branch.id", ondelete="CASCADE"))
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    reason: Mapped[str] = mapped_column(Text)
    start_on: Mapped[date] = mapped_column(Date)
    end_on: Mapped[date | None] = mapped_column(Date)
    approval: Mapped[str] = mapped_column(Text, default="")


class PartyProbationRow(Base):  # 留党察看
    __tablename__ = "party_probation"
    id: Mapped[int] = mapped_column(primary_key=True)
    branch_id: Mapped[int] = mapped_column(ForeignKey("branch.id", ondelete="CASCADE"))
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    start_on: Mapped[date] = mapped_column(Date)
    end_on: Mapped[date | None] = mapped_column(Date)


class YearLockRow(Base):  # a year archived and locked: its records change only as amendments
    __tablename__ = "year_lock"
    branch_id: Mapped[int] = mapped_column(ForeignKey("branch.id", ondelete="CASCADE"), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    locked_at: Mapped[str] = mapped_column(String(40))
