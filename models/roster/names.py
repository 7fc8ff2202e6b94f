"""Names in pinyin order, with the surnames that the ordinary reading of the character gets wrong."""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from pypinyin import lazy_pinyin

from models.domain import Person

# Compound surnames first: they are matched before single characters.
SURNAMES: dict[str, tuple[str, ...]] = {
    "万俟": ("mo", "qi"), "尉迟": ("yu", "chi"), "长孙": ("zhang", "sun"), "令狐": ("ling", "hu"),
    "澹台": ("tan", "tai"), "单于": ("chan", "yu"),
    "曾": ("zeng",), "单": ("shan",), "解": ("xie",), "区": ("ou",), "仇": ("qiu",), "朴": ("piao",),
    "查": ("zha",), "盖": ("ge",), "乐": ("yue",), "缪": ("miao",), "覃": ("qin",), "翟": ("zhai",),
    "牟": ("mu",), "召": ("shao",), "冼": ("xian",), "谌": ("chen",), "尉": ("yu",), "隗": ("wei",),
    "能": ("nai",), "黑": ("he",), "折": ("she",), "句": ("gou",), "薄": ("bo",), "种": ("chong",),
    "员": ("yun",), "秘": ("bi",), "重": ("chong",), "繁": ("po",), "燕": ("yan",), "纪": ("ji",),
    "任": ("ren",), "华": ("hua",), "过": ("guo",), "费": ("fei",), "柏": ("bai",),
}


@lru_cache(maxsize=20000)
def name_key(name: str) -> tuple[tuple[str, ...], str]:
    """The sort key of a name: its syllables (surname read as a surname), then the name itself."""
    clean = name.replace("·", "").replace("•", "").strip()
    head: tuple[str, ...] = ()
    rest = clean
    for length in (2, 1):
        if clean[:length] in SURNAMES and len(clean) > length - 1:
            head, rest = SURNAMES[clean[:length]], clean[length:]
            break
    syllables = head + tuple(s.lower() for s in lazy_pinyin(rest) if s.strip())
    return syllables, name


def sort_people(people: Iterable[Person]) -> list[Person]:
    return sorted(people, key=lambda p: name_key(p.name))
