"""A large, plausible branch for benchmarks: 200 members, 8 groups, 10 years of every kind of record.

Deterministic for a seed. People join, become full members, transfer in and leave over the years; the committee
changes at each three-year term; speeches are long; theme days carry photos as attachments.
"""

from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass, field
from datetime import date, time, timedelta

from models.domain import (
    Attachment,
    Attendance,
    Branch,
    BranchData,
    CommitteeRole,
    Criticism,
    Evaluation,
    EvaluationResult,
    GradeVotes,
    Group,
    Guest,
    Meeting,
    Opinion,
    Person,
    Preparation,
    ReceivedCriticism,
    Rectification,
    Resolution,
    SelfExamination,
    Speech,
    Talk,
    Vote,
)
from models.rules import committee_on, in_branch, is_full_member

SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭"
    "曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈单解区仇朴"
)
GIVEN = "丽华静敏倩婷芳娜秀英建国晓燕红梅玉兰海涛志强明辉文杰雪琳佳怡欣然思远德"
ROLES = ("书记", "副书记", "组织委员", "宣传委员", "纪检委员")
PHRASE = (
    "认真学习贯彻党的创新理论，结合妇联工作实际，围绕服务妇女儿童和家庭这一主线，推动党建与业务深度融合。"
    "会上大家结合自身岗位谈体会、找差距、提措施，气氛热烈，表示要以更高标准做好本职工作。"
)


@dataclass
class Spec:
    seed: int = 1
    members: int = 200
    groups: int = 8
    years: int = 10
    first_year: int = 2016
    speech_chars: int = 1500
    photo_bytes: int = 40_000


@dataclass
class _Ids:
    counter: dict[str, int] = field(default_factory=dict)

    def next(self, prefix: str) -> str:
        self.counter[prefix] = self.counter.get(prefix, 0) + 1
        return f"{prefix}{self.counter[prefix]:05d}"


def _stamp(day: date) -> str:
    return f"{day.isoformat()}T18:00:00+08:00"


def _people(rnd: random.Random, spec: Spec, groups: list[Group]) -> list[Person]:
    people = []
    last_day = date(spec.first_year + spec.years - 1, 12, 31)
    for i in range(spec.members):
        name = rnd.choice(SURNAMES) + "".join(rnd.sample(GIVEN, rnd.choice((1, 2))))
        if i % 37 == 5:
            name = "买买提·艾力" if i % 2 else "𠮷" + name[1:]
        joined = date(rnd.randint(1980, spec.first_year + spec.years - 2), rnd.randint(1, 12), rnd.randint(1, 28))
        full = joined + timedelta(days=365) if joined + timedelta(days=365) <= last_day else None
        entered = None
        if i % 10 == 3:  # transferred in during the period
            entered = max(joined, date(rnd.randint(spec.first_year, spec.first_year + spec.years - 1), 6, 1))
        left = None
        if i % 9 == 4:
            left = date(rnd.randint(spec.first_year + 1, spec.first_year + spec.years - 1), rnd.randint(1, 12), 1)
            left = max(left, (entered or joined) + timedelta(days=30))
        kind = "member" if i % 25 != 24 else rnd.choice(("activist", "candidate"))
        people.append(
            Person(
                id=f"m{i + 1:04d}", name=name, kind=kind, gender=rnd.choice(("男", "女")), ethnicity="汉族",
                birth_date=date(rnd.randint(1955, 2000), rnd.randint(1, 12), rnd.randint(1, 28)),
                education=rnd.choice(("大学", "研究生", "大专")),
                joined_on=joined if kind == "member" else None, full_member_on=full if kind == "member" else None,
                group=groups[i % len(groups)].id, title="科员", phone=f"1380000{i:04d}",
                entered_on=entered, left_on=left, left_reason="组织关系转出" if left else None,
            )
        )
    return people


def _committee(spec: Spec, people: list[Person]) -> list[CommitteeRole]:
    roles = []
    stayers = [p for p in people if p.kind == "member" and p.left_on is None and p.entered_on is None]
    for term, start_year in enumerate(range(spec.first_year, spec.first_year + spec.years, 3)):
        start = date(start_year, 1, 1)
        end = date(start_year + 2, 12, 31) if start_year + 3 < spec.first_year + spec.years else None
        for k, role in enumerate(ROLES):
            holder = stayers[(term * 2 + k) % len(stayers)]
            roles.append(CommitteeRole(holder.id, role, start, end))
    return roles


def _speeches(rnd: random.Random, speakers: list[str], chars: int) -> tuple[Speech, ...]:
    text = (PHRASE * (chars // len(PHRASE) + 1))[:chars]
    chosen = rnd.sample(speakers, min(len(speakers), 4))
    return tuple(Speech(text[: rnd.randint(chars // 3, chars)], speaker=s) for s in chosen)


class _Builder:
    def __init__(self, spec: Spec) -> None:
        self.spec = spec
        self.rnd = random.Random(spec.seed)
        self.ids = _Ids()
        self.groups = [Group(f"g{i + 1}", f"第{i + 1}党小组") for i in range(spec.groups)]
        self.people = _people(self.rnd, spec, self.groups)
        self.committee = _committee(spec, self.people)
        self.groups = [
            Group(g.id, g.name, next(p.id for p in self.people if p.group == g.id and p.kind == "member"))
            for g in self.groups
        ]
        self.meetings: list[Meeting] = []
        self.talks: list[Talk] = []
        self.rectifications: list[Rectification] = []
        self.evaluations: list[Evaluation] = []

    def members_on(self, day: date, group: str | None = None) -> list[str]:
        return [p.id for p in self.people if in_branch(p, day) and (group is None or p.group == group)]

    def attendance(self, ids: list[str]) -> tuple[Attendance, ...]:
        out = []
        for pid in ids:
            roll = self.rnd.random()
            if roll < 0.08:
                out.append(Attendance(pid, "leave", self.rnd.choice(("因公", "病假", "事假"))))
            elif roll < 0.10:
                out.append(Attendance(pid, "late", None))
            else:
                out.append(Attendance(pid, "present", None))
        return tuple(out)

    def meeting(self, kind: str, day: date, title: str, ids: list[str], **extra: object) -> Meeting:
        committee = committee_on(self.committee, day)
        host = committee[0] if committee else ids[0]
        attendance = self.attendance(ids)
        meeting = Meeting(
            id=self.ids.next("mt"), type=kind, title=title, date=day, start=time(9, 0), end=time(11, 0),
            location="机关三楼会议室", host=host, recorder=committee[-1] if committee else ids[-1],
            attendance=attendance, agenda=("传达学习上级精神", "研究部署近期工作"),
            speeches=_speeches(self.rnd, ids, self.spec.speech_chars), summary="会议要求抓好落实。",
            status="final", finalized_at=_stamp(day), created_at=_stamp(day), updated_at=_stamp(day), **extra,
        )
        self.meetings.append(meeting)
        return meeting

    def vote_for(self, day: date, attendance: tuple[Attendance, ...]) -> Vote:
        people = {p.id: p for p in self.people}
        present = [a for a in attendance if a.status != "leave" and is_full_member(people[a.member], day)]
        yes = max(0, len(present) - self.rnd.randint(0, 2))
        return Vote(yes, len(present) - yes, 0)

    def year(self, year: int) -> None:
        self.monthly(year)
        for quarter in range(4):
            day = date(year, quarter * 3 + 2, 15)
            m = self.meeting("general_meeting", day, f"{year}年第{quarter + 1}季度支部党员大会", self.members_on(day))
            kind = "election" if quarter == 0 and (year - self.spec.first_year) % 3 == 0 else "general"
            resolution = Resolution("审议通过相关事项。", kind, self.vote_for(day, m.attendance))
            self.meetings[-1] = Meeting(**{**m.__dict__, "resolutions": (resolution,)})
            lecture_day = date(year, quarter * 3 + 3, 20)
            secretary = committee_on(self.committee, lecture_day)[0]
            self.meeting("party_lecture", lecture_day, "专题党课", self.members_on(lecture_day),
                         lecturer_member=secretary, lecture_title="以党的创新理论武装头脑")
        self.org_life(year)
        self.talk_round(year)

    def monthly(self, year: int) -> None:
        for month in range(1, 13):
            day = date(year, month, 5)
            self.meeting("committee_meeting", day, f"{month}月支委会", list(committee_on(self.committee, day)))
            theme_day = date(year, month, 10)
            photo = self.rnd.randbytes(self.spec.photo_bytes)
            self.meeting(
                "theme_day", theme_day, f"{month}月主题党日", self.members_on(theme_day),
                also_counts_as=("party_lecture",) if month in (4, 10) else (),
                attachments=(Attachment("现场照片.jpg", "image/jpeg", hashlib.sha256(photo).hexdigest(), photo),),
                guests=(Guest("李明", "市直机关工委组织部副部长"),) if month == 7 else (),
            )
            for g in self.groups:
                group_day = date(year, month, 20)
                self.meeting("group_meeting", group_day, f"{g.name}{month}月学习", self.members_on(group_day, g.id),
                             group=g.id)

    def org_life(self, year: int) -> None:
        day = date(year, 12, 18)
        ids = self.members_on(day)
        crit = tuple(
            Criticism(pid, "理论学习不够系统。", (ReceivedCriticism(ids[(k + 1) % len(ids)], "希望加强学用结合。"),),
                      "诚恳接受。")
            for k, pid in enumerate(ids)
        )
        prep = Preparation((Opinion("服务对象座谈会", "希望加强走访。"),),
                           tuple(SelfExamination(pid, "对照检查：调查研究不够深入。") for pid in ids[:20]))
        m = self.meeting("org_life_meeting", day, f"{year}年度组织生活会", ids, criticisms=crit, preparation=prep)
        self.rectifications += [
            Rectification(self.ids.next("r"), "理论学习不够系统", m.id, pid, "制定学习计划。", pid,
                          date(year + 1, 3, 31), "done" if k % 2 else "open", date(year + 1, 3, 1) if k % 2 else None)
            for k, pid in enumerate(ids[:20])
        ]
        ev_meeting = self.meeting("democratic_evaluation", day, f"{year}年度民主评议党员", ids)
        voters = sum(1 for a in ev_meeting.attendance if a.status != "leave")
        results = []
        for k, pid in enumerate(ids):
            excellent = voters // 2 if k % 5 == 0 else 1
            results.append(EvaluationResult(pid, "完成本职工作。", GradeVotes(excellent, voters - excellent, 0, 0),
                                            "优秀" if k % 5 == 0 else "合格"))
        self.evaluations.append(Evaluation(self.ids.next("e"), year, voters, ev_meeting.id, tuple(results)))

    def talk_round(self, year: int) -> None:
        day = date(year, 11, 10)
        committee = list(committee_on(self.committee, day))
        pairs = [(a, b) for i, a in enumerate(committee) for b in committee[i + 1:]]
        pairs += [(committee[k % len(committee)], pid) for k, pid in enumerate(self.members_on(day))
                  if pid not in committee]
        for k, (talker, talkee) in enumerate(pairs):
            talk_day = day + timedelta(days=k % 20)
            self.talks.append(Talk(self.ids.next("t"), talk_day, talker, talkee, "书记办公室", "谈心谈话",
                                   "思想工作交流", PHRASE, "无", "已落实", _stamp(talk_day), _stamp(talk_day)))


def generate_branch(spec: Spec | None = None) -> BranchData:
    spec = spec or Spec()
    builder = _Builder(spec)
    for year in range(spec.first_year, spec.first_year + spec.years):
        builder.year(year)
    return BranchData(
        branch=Branch(
            "中共某某市妇女联合会机关支部委员会", "某某市妇联机关党支部", "中共某某市直属机关工作委员会", "J012"
        ),
        groups=tuple(builder.groups), members=tuple(builder.people), committee=tuple(builder.committee),
        meetings=tuple(builder.meetings), talks=tuple(builder.talks),
        rectifications=tuple(builder.rectifications), evaluations=tuple(builder.evaluations),
    )
