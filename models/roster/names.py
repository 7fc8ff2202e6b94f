"""Names in pinyin order, with the surnames that the ordinary reading of the character gets wrong."""

from __future__ import annotations

import importlib.util
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

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
    table = _char_table()
    syllables = head + tuple(_syllable(table, c) for c in rest if not c.isspace())
    return syllables, name


def _syllable(table: dict[int, str], char: str) -> str:
    """The first (most common) reading of a character without tone marks; the character itself if unknown."""
    reading = table.get(ord(char))
    if reading is None:
        return char
    plain = unicodedata.normalize("NFD", reading.split(",")[0])
    return "".join(c for c in plain if not unicodedata.combining(c)).lower()


@lru_cache(maxsize=1)
def _char_table() -> dict[int, str]:
    """pypinyin's table of single characters, loaded on its own: importing the `pypinyin` package also loads
    its phrase dictionaries (0.25 s at start-up), which names do not need."""
    spec = importlib.util.find_spec("pypinyin")
    folder = Path(spec.origin).parent if spec and spec.origin else None
    if folder is not None and (folder / "pinyin_dict.py").is_file():
        loader_spec = importlib.util.spec_from_file_location("_orglife_pinyin_chars", folder / "pinyin_dict.py")
        if loader_spec is not None and loader_spec.loader is not None:
            module = importlib.util.module_from_spec(loader_spec)
            loader_spec.loader.exec_module(module)
            return module.pinyin_dict
    from pypinyin.pinyin_dict import pinyin_dict

    return pinyin_dict


def sort_people(people: Iterable[Person]) -> list[Person]:
    return sorted(people, key=lambda p: name_key(p.name))
