"""Records made up for the document tests: long speeches, long tables, headings that fall at a page's end.

Deterministic for a seed. The text mixes Chinese with digits, Latin words, quotes and brackets, the way real
minutes do, so that lines break at every kind of place.
"""

from __future__ import annotations

import dataclasses
import random
from datetime import date

from models.domain import (
    Amendment,
    BranchData,
    Criticism,
    Guest,
    Meeting,
    ReceivedCriticism,
    Rectification,
    Resolution,
    Speech,
    Talk,
    Vote,
)

WORDS = ("学习", "贯彻", "党的创新理论", "支部", "党员", "会议", "认真", "落实", "整改", "措施", "“三会一课”",
         "制度", "（试行）", "2025年", "12月", "第3次", "PDF", "Word 文件", "100%", "《党章》", "群众", "服务",
         "工作", "组织生活", "批评与自我批评", "发言", "记录", "问题", "清单", "责任人", "时限")
MARKS = ("，", "。", "、", "；", "：", "！", "？", "")


def prose(rnd: random.Random, chars: int) -> str:
    """About `chars` characters of made-up Chinese minutes."""
    parts: list[str] = []
    size = 0
    while size < chars:
        piece = rnd.choice(WORDS) + rnd.choice(MARKS)
        parts.append(piece)
        size += len(piece)
    return "".join(parts)[:chars].rstrip("，、；：") + "。"


def _length(rnd: random.Random) -> int:
    return rnd.choice((4, 20, 35, 36, 37, 70, 71, 72, 140, 400, 1500))


def made_up_meetings(data: BranchData, seed: int, count: int) -> BranchData:
    """`data` with `count` more meetings (and their rectification lists) of every kind, seeded."""
    rnd = random.Random(seed)
    members = [p.id for p in data.members]
    kinds = ("general_meeting", "committee_meeting", "party_lecture", "theme_day", "org_life_meeting")
    base = data.meetings[0]
    org_life = next((m for m in data.meetings if m.type == "org_life_meeting"), base)
    meetings: list[Meeting] = []
    rectifications: list[Rectification] = []
    for n in range(count):
        kind = kinds[n % len(kinds)]
        mid = f"gen{seed}-{n}"
        speeches = tuple(Speech(prose(rnd, _length(rnd)), speaker=rnd.choice(members))
                         for _ in range(rnd.randint(0, 12)))
        if n % 4 == 3:
            speeches += (Speech(prose(rnd, 20000), speaker_name="来宾代表"),)
        criticisms = ()
        if kind == "org_life_meeting":
            criticisms = tuple(
                Criticism(m, prose(rnd, _length(rnd)), tuple(ReceivedCriticism(rnd.choice(members), prose(rnd, 60))
                                                             for _ in range(rnd.randint(0, 3))), prose(rnd, 30))
                for m in rnd.sample(members, min(len(members), rnd.randint(1, 6))))
            for i in range(rnd.choice((1, 8, 30))):
                rectifications.append(Rectification(f"{mid}-r{i}", prose(rnd, rnd.randint(6, 60)), meeting=mid,
                                                    measures=prose(rnd, rnd.randint(6, 90)),
                                                    responsible=rnd.choice(members), due=date(2026, 6, 30)))
        resolutions = tuple(Resolution(prose(rnd, _length(rnd)), vote=Vote(5, 0, 1) if rnd.random() < 0.3 else None)
                            for _ in range(rnd.randint(0, 4)))
        meetings.append(dataclasses.replace(
            base, id=mid, type=kind, title=prose(rnd, rnd.randint(6, 30)), date=date(2025, 1 + n % 12, 1 + n % 27),
            location=prose(rnd, rnd.randint(2, 40)), agenda=tuple(prose(rnd, rnd.randint(4, 50))
                                                                  for _ in range(rnd.randint(0, 6))),
            guests=tuple(Guest(prose(rnd, 3), prose(rnd, rnd.randint(0, 12))) for _ in range(rnd.randint(0, 3))),
            speeches=speeches, criticisms=criticisms, resolutions=resolutions,
            summary=prose(rnd, _length(rnd)) if rnd.random() < 0.7 else "",
            notes=prose(rnd, 50) if rnd.random() < 0.2 else "",
            amendments=(Amendment("2025-12-19T10:00:00+08:00", "补记", prose(rnd, 40)),) if rnd.random() < 0.3 else (),
            lecture_title=prose(rnd, 12) if kind == "party_lecture" else None,
            preparation=org_life.preparation if kind == "org_life_meeting" else None,
            status="draft" if n % 3 == 0 else "final",
        ))
    return dataclasses.replace(data, meetings=data.meetings + tuple(meetings),
                               rectifications=data.rectifications + tuple(rectifications))


def made_up_talks(data: BranchData, seed: int, count: int) -> BranchData:
    rnd = random.Random(seed)
    members = [p.id for p in data.members]
    talks = tuple(
        Talk(f"gent{seed}-{n}", date(2025, 1 + n % 12, 3), rnd.choice(members), rnd.choice(members),
             prose(rnd, 8), topic=prose(rnd, 10), content=prose(rnd, rnd.choice((50, 600, 3000, 20000))),
             talkee_views=prose(rnd, rnd.choice((10, 300))), follow_up=prose(rnd, rnd.choice((10, 200))))
        for n in range(count))
    return dataclasses.replace(data, talks=data.talks + talks)
