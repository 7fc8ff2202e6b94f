"""The domain's words: record kinds, person kinds, statuses and roles with their Chinese names.

Plain constants, no classes: the rules and the start-up glance read them without building the domain's records.
`models.domain` re-exports every name, so most code imports them from there.
"""

from __future__ import annotations

from models.words import QT_TRANSLATE_NOOP

# Record kinds (DOMAIN.md). The order is the order the program shows them in.
MEETING_TYPES: dict[str, str] = {
    "general_meeting": QT_TRANSLATE_NOOP("vocabulary", "支部党员大会"),
    "committee_meeting": QT_TRANSLATE_NOOP("vocabulary", "支部委员会会议"),
    "group_meeting": QT_TRANSLATE_NOOP("vocabulary", "党小组会"),
    "party_lecture": QT_TRANSLATE_NOOP("vocabulary", "党课"),
    "theme_day": QT_TRANSLATE_NOOP("vocabulary", "主题党日"),
    "org_life_meeting": QT_TRANSLATE_NOOP("vocabulary", "组织生活会"),
    "democratic_evaluation": QT_TRANSLATE_NOOP("vocabulary", "民主评议党员"),
    "other": QT_TRANSLATE_NOOP("vocabulary", "其他"),
}
PERSON_KINDS: dict[str, str] = {
    "member": QT_TRANSLATE_NOOP("vocabulary", "党员"),
    "candidate": QT_TRANSLATE_NOOP("vocabulary", "发展对象"),
    "activist": QT_TRANSLATE_NOOP("vocabulary", "入党积极分子"),
}
GENDERS = (
    QT_TRANSLATE_NOOP("vocabulary", "男"),
    QT_TRANSLATE_NOOP("vocabulary", "女"),
)
COMMITTEE_ROLES = (
    QT_TRANSLATE_NOOP("vocabulary", "书记"),
    QT_TRANSLATE_NOOP("vocabulary", "副书记"),
    QT_TRANSLATE_NOOP("vocabulary", "组织委员"),
    QT_TRANSLATE_NOOP("vocabulary", "宣传委员"),
    QT_TRANSLATE_NOOP("vocabulary", "纪检委员"),
    QT_TRANSLATE_NOOP("vocabulary", "青年委员"),
    QT_TRANSLATE_NOOP("vocabulary", "委员"),
)
ATTENDANCE_STATUSES: dict[str, str] = {
    "present": QT_TRANSLATE_NOOP("vocabulary", "出席"),
    "late": QT_TRANSLATE_NOOP("vocabulary", "迟到"),
    "left_early": QT_TRANSLATE_NOOP("vocabulary", "早退"),
    "leave": QT_TRANSLATE_NOOP("vocabulary", "请假"),
    "absent": QT_TRANSLATE_NOOP("vocabulary", "缺席"),
}
PRESENT_STATUSES = frozenset({"present", "late", "left_early"})
RESOLUTION_KINDS: dict[str, str] = {
    "general": QT_TRANSLATE_NOOP("vocabulary", "一般事项"),
    "admission": QT_TRANSLATE_NOOP("vocabulary", "接收预备党员"),
    "full_membership": QT_TRANSLATE_NOOP("vocabulary", "预备党员转正"),
    "election": QT_TRANSLATE_NOOP("vocabulary", "选举"),
    "other": QT_TRANSLATE_NOOP("vocabulary", "其他"),
    # the interchange format's version 2 and later (docs/formats.md)
    "activist": QT_TRANSLATE_NOOP("vocabulary", "确定入党积极分子"),
    "candidate": QT_TRANSLATE_NOOP("vocabulary", "确定发展对象"),
}
RESOLUTION_KINDS_V1 = ("general", "admission", "full_membership", "election", "other")  # INTERCHANGE.md
# 不计入应到会人数 (with the superior body's approval): the reasons the rules name, and any other stated one
EXCLUSION_REASONS = (
    QT_TRANSLATE_NOOP("vocabulary", "患病不能参加"),
    QT_TRANSLATE_NOOP("vocabulary", "出国出境半年以上"),
    QT_TRANSLATE_NOOP("vocabulary", "外出半年以上未转组织关系"),
    QT_TRANSLATE_NOOP("vocabulary", "正在服刑"),
    QT_TRANSLATE_NOOP("vocabulary", "其他"),
)
ELECTION_OFFICES: dict[str, str] = {
    "committee": QT_TRANSLATE_NOOP("vocabulary", "支部委员会委员"),
    "secretary": QT_TRANSLATE_NOOP("vocabulary", "书记"),
    "deputy": QT_TRANSLATE_NOOP("vocabulary", "副书记"),
}
# Talks (谈心谈话 …): the kinds offered; a branch may type its own.
TALK_KINDS = (
    QT_TRANSLATE_NOOP("vocabulary", "谈心谈话"),
    QT_TRANSLATE_NOOP("vocabulary", "谈话提醒"),
    QT_TRANSLATE_NOOP("vocabulary", "提醒谈话"),
    QT_TRANSLATE_NOOP("vocabulary", "诫勉谈话"),
    QT_TRANSLATE_NOOP("vocabulary", "入党谈话"),
    QT_TRANSLATE_NOOP("vocabulary", "转正谈话"),
)
MEETING_STATUSES = ("draft", "final")
RECTIFICATION_STATUSES = ("open", "done")
GRADES = (
    QT_TRANSLATE_NOOP("vocabulary", "优秀"),
    QT_TRANSLATE_NOOP("vocabulary", "合格"),
    QT_TRANSLATE_NOOP("vocabulary", "基本合格"),
    QT_TRANSLATE_NOOP("vocabulary", "不合格"),
)
PERIODS = ("month", "quarter", "year")
# How much of a birth date is known: the whole day, or (as most rosters keep 出生年月) the year and month only.
DATE_PRECISIONS = ("day", "month")
# The words the editors offer for free-text fields of the interchange format: the Chinese word is what is stored
# (the code); the clerk may also type another.
ATTENDANCE_REASONS = (  # 请假、缺席的原因
    QT_TRANSLATE_NOOP("vocabulary", "因公"),
    QT_TRANSLATE_NOOP("vocabulary", "病假"),
    QT_TRANSLATE_NOOP("vocabulary", "事假"),
    QT_TRANSLATE_NOOP("vocabulary", "其他"),
)
LEFT_REASONS = (  # 离开原因
    QT_TRANSLATE_NOOP("vocabulary", "转出"),
    QT_TRANSLATE_NOOP("vocabulary", "去世"),
    QT_TRANSLATE_NOOP("vocabulary", "停止党籍"),
    QT_TRANSLATE_NOOP("vocabulary", "出党"),
    QT_TRANSLATE_NOOP("vocabulary", "退休转出"),
)
EDUCATIONS = (  # 学历
    QT_TRANSLATE_NOOP("vocabulary", "研究生"),
    QT_TRANSLATE_NOOP("vocabulary", "大学本科"),
    QT_TRANSLATE_NOOP("vocabulary", "大学专科"),
    QT_TRANSLATE_NOOP("vocabulary", "中专"),
    QT_TRANSLATE_NOOP("vocabulary", "高中"),
    QT_TRANSLATE_NOOP("vocabulary", "初中及以下"),
)
ETHNICITIES = (  # 民族: the most frequent; any other is typed
    QT_TRANSLATE_NOOP("vocabulary", "汉族"),
    QT_TRANSLATE_NOOP("vocabulary", "回族"),
    QT_TRANSLATE_NOOP("vocabulary", "满族"),
    QT_TRANSLATE_NOOP("vocabulary", "蒙古族"),
    QT_TRANSLATE_NOOP("vocabulary", "壮族"),
    QT_TRANSLATE_NOOP("vocabulary", "维吾尔族"),
    QT_TRANSLATE_NOOP("vocabulary", "藏族"),
    QT_TRANSLATE_NOOP("vocabulary", "苗族"),
    QT_TRANSLATE_NOOP("vocabulary", "彝族"),
    QT_TRANSLATE_NOOP("vocabulary", "土家族"),
)
