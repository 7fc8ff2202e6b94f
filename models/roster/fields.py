"""The roster's columns: each field of a person, its title in our export, and the titles offices use."""

from __future__ import annotations

from models.words import QT_TRANSLATE_NOOP

# (field of Person, column title in our export, other titles clerks use). Order = order of the export.
FIELDS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("name", QT_TRANSLATE_NOOP("vocabulary", "姓名"), ("名字", "党员姓名")),
    ("gender", QT_TRANSLATE_NOOP("vocabulary", "性别"), ()),
    ("ethnicity", QT_TRANSLATE_NOOP("vocabulary", "民族"), ()),
    ("birth_date", QT_TRANSLATE_NOOP("vocabulary", "出生日期"), ("出生年月", "出生年月日", "生日")),
    ("education", QT_TRANSLATE_NOOP("vocabulary", "学历"), ("文化程度", "最高学历")),
    ("kind", QT_TRANSLATE_NOOP("vocabulary", "人员类别"), ("类别", "身份", "政治面貌", "党员类别")),
    ("joined_on", QT_TRANSLATE_NOOP("vocabulary", "入党日期"), ("入党时间", "入党年月", "加入党组织日期")),
    ("full_member_on", QT_TRANSLATE_NOOP("vocabulary", "转正日期"), ("转正时间", "转为正式党员日期")),
    ("group", QT_TRANSLATE_NOOP("vocabulary", "党小组"), ("所在党小组", "所属党小组")),
    ("title", QT_TRANSLATE_NOOP("vocabulary", "职务"), ("职务职称", "工作职务", "职称", "工作岗位")),
    ("phone", QT_TRANSLATE_NOOP("vocabulary", "联系电话"), ("电话", "手机", "手机号", "手机号码", "联系方式")),
    ("entered_on", QT_TRANSLATE_NOOP("vocabulary", "转入日期"), ("转入时间",)),
    ("left_on", QT_TRANSLATE_NOOP("vocabulary", "离开日期"), ("转出日期", "转出时间")),
    ("left_reason", QT_TRANSLATE_NOOP("vocabulary", "离开原因"), ("转出原因",)),
    ("notes", QT_TRANSLATE_NOOP("vocabulary", "备注"), ()),
)
FIELD_TITLES = {f: title for f, title, _ in FIELDS}
