"""What a new meeting of each kind starts with: its title, the agenda usual for that kind, who should attend."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

from models.domain import Attendance, Meeting, new_id
from models.rules.expected import expected_attendees
from models.rules.status import Roster, secretary_on

AGENDAS: dict[str, tuple[str, ...]] = {
    "general_meeting": ("传达学习上级有关精神", "通报支部近期工作", "讨论决定有关事项", "书记作会议小结"),
    "committee_meeting": ("传达上级有关文件精神", "研究支部近期工作安排", "讨论需提交党员大会的事项"),
    "group_meeting": ("集中学习", "交流学习体会", "通报党小组近期工作"),
    "party_lecture": ("主讲人讲授党课", "交流学习体会"),
    "theme_day": ("重温入党誓词", "集中学习", "开展主题活动", "交流心得体会"),
    "org_life_meeting": ("通报会前征求意见情况", "支部班子对照检查", "党员逐一进行自我批评，开展相互批评",
                         "民主评议党员", "书记作总结讲话"),
    "democratic_evaluation": ("党员个人对照检查、自我评价", "党员相互评议", "民主测评", "支部综合评定"),
    "other": (),
}

TITLES: dict[str, str] = {
    "general_meeting": "{y}年{m}月支部党员大会",
    "committee_meeting": "{y}年{m}月支部委员会会议",
    "group_meeting": "{y}年{m}月{group}会议",
    "party_lecture": "{y}年第{q}季度党课",
    "theme_day": "{y}年{m}月主题党日活动",
    "org_life_meeting": "{y}年度组织生活会",
    "democratic_evaluation": "{y}年度民主评议党员",
    "other": "",
}


def default_title(kind: str, day: date, group_name: str = "") -> str:
    return TITLES.get(kind, "").format(y=day.year, m=day.month, q=(day.month - 1) // 3 + 1,
                                       group=group_name or "党小组")


def default_agenda(kind: str) -> tuple[str, ...]:
    return AGENDAS.get(kind, ())


@dataclass(frozen=True)
class Usual:
    """What the clerk entered last time, offered again: host, recorder and place of the last final record."""

    host: str | None = None
    recorder: str | None = None
    location: str = ""


def new_meeting(roster: Roster, kind: str, day: date, group: str | None = None, usual: Usual = Usual(),
                start: time | None = None) -> Meeting:
    """The one factory of new meetings: the title and agenda usual for the kind, everyone who should attend that
    day marked 出席 (the clerk then marks who was absent and why), the host and recorder of last time when they
    are still in the branch (else the 书记 hosts), the place of last time, the 书记 as a 党课's lecturer."""
    known = set(roster.people)
    secretary = secretary_on(roster.data.committee, day)
    group_name = next((g.name for g in roster.data.groups if g.id == group), "")
    return Meeting(
        id=new_id(), type=kind, date=day, group=group,
        title=default_title(kind, day, group_name),
        agenda=default_agenda(kind),
        attendance=tuple(Attendance(i, "present") for i in expected_attendees(roster, kind, day, group)),
        host=usual.host if usual.host in known else secretary,
        recorder=usual.recorder if usual.recorder in known else None,
        location=usual.location,
        lecturer_member=secretary if kind == "party_lecture" else None,
        start=start,
    )
