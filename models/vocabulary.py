"""The domain's words: record kinds, person kinds, statuses and roles with their Chinese names.

Plain constants, no classes: the rules and the start-up glance read them without building the domain's records.
`models.domain` re-exports every name, so most code imports them from there.
"""

from __future__ import annotations

# Record kinds (DOMAIN.md). The order is the order the program shows them in.
MEETING_TYPES: dict[str, str] = {
    "general_meeting": "支部党员大会",
    "committee_meeting": "支部委员会会议",
    "group_meeting": "党小组会",
    "party_lecture": "党课",
    "theme_day": "主题党日",
    "org_life_meeting": "组织生活会",
    "democratic_evaluation": "民主评议党员",
    "other": "其他",
}
PERSON_KINDS: dict[str, str] = {"member": "党员", "candidate": "发展对象", "activist": "入党积极分子"}
GENDERS = ("男", "女")
COMMITTEE_ROLES = ("书记", "副书记", "组织委员", "宣传委员", "纪检委员", "青年委员", "委员")
ATTENDANCE_STATUSES: dict[str, str] = {
    "present": "出席",
    "late": "迟到",
    "left_early": "早退",
    "leave": "请假",
    "absent": "缺席",
}
PRESENT_STATUSES = frozenset({"present", "late", "left_early"})
RESOLUTION_KINDS: dict[str, str] = {
    "general": "一般事项",
    "admission": "接收预备党员",
    "full_membership": "预备党员转正",
    "election": "选举",
    "other": "其他",
    "activist": "确定入党积极分子",  # the interchange format's version 2 and later (docs/formats.md)
    "candidate": "确定发展对象",
}
RESOLUTION_KINDS_V1 = ("general", "admission", "full_membership", "election", "other")  # INTERCHANGE.md
# 不计入应到会人数 (with the superior body's approval): the reasons the rules name, and any other stated one
EXCLUSION_REASONS = ("患病不能参加", "出国出境半年以上", "外出半年以上未转组织关系", "正在服刑", "其他")
ELECTION_OFFICES: dict[str, str] = {"committee": "支部委员会委员", "secretary": "书记", "deputy": "副书记"}
MEETING_STATUSES = ("draft", "final")
RECTIFICATION_STATUSES = ("open", "done")
GRADES = ("优秀", "合格", "基本合格", "不合格")
PERIODS = ("month", "quarter", "year")
# How much of a birth date is known: the whole day, or (as most rosters keep 出生年月) the year and month only.
DATE_PRECISIONS = ("day", "month")
