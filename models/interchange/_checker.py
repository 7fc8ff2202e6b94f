"""Checks of parsed JSON values that note every error with its JSON path and carry on."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Collection, Iterable, Mapping
from datetime import date, datetime, time
from typing import Any

from models.interchange._schema import Shape
from models.limits import ID_CHARS, LINE_CHARS, TEXT_CHARS, control_character

# What a converter returns for a value it refused (after noting the error).
BAD: Any = object()
Convert = Callable[[Any, str], Any]

_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_YEAR_MONTH = re.compile(r"[0-9]{4}-[0-9]{2}")
_TIME = re.compile(r"(?:[01][0-9]|2[0-3]):[0-5][0-9]")
_TIMESTAMP = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]{1,6})?)?(?:Z|[+-][0-9]{2}:[0-9]{2})"
)
_SURROGATE = re.compile("[\ud800-\udfff]")
_LARGEST_COUNT = 2**31 - 1  # far beyond any branch; keeps the database's integers safe
_KIND_NAMES = {"member": "人员", "group": "党小组", "meeting": "会议"}


def key_path(path: str | LazyPath, key: str) -> str:
    """`path.key`, or `path["key"]` for a key that is not a plain name."""
    path = str(path)
    step = key if key.isidentifier() else f"[{_json(key)}]"
    if not path:
        return step
    return path + step if step.startswith("[") else f"{path}.{step}"


class LazyPath:
    """A JSON path written out only when a message needs it: most values are fine, and building a string
    for each of hundreds of thousands of them is most of the reading time of a large file."""

    __slots__ = ("parent", "step")

    def __init__(self, parent: str | LazyPath, step: str | int) -> None:
        self.parent = parent
        self.step = step

    def __str__(self) -> str:
        if isinstance(self.step, int):
            return f"{self.parent}[{self.step}]"
        return key_path(self.parent, self.step)

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)


def show(value: Any) -> str:
    """A short JSON rendering of a value for a message."""
    if isinstance(value, dict):
        return "对象"
    if isinstance(value, list):
        return "列表"
    text = _json(value)
    return text if len(text) <= 40 else text[:37] + "…"


def _json(value: Any) -> str:
    """JSON for a message; escaped only where the text holds a lone surrogate, which no file can store."""
    text = json.dumps(value, ensure_ascii=False)
    return json.dumps(value) if _SURROGATE.search(text) else text


class Checker:
    """Collects errors while the reader walks the document; knows the ids references may name."""

    def __init__(self, may_hold_surrogates: bool = True, version: int = 1) -> None:
        self.may_hold_surrogates = may_hold_surrogates
        self.version = version  # of the file: which keys and values it may hold
        self.errors: list[str] = []
        self.ids: dict[str, set[str]] = {kind: set() for kind in _KIND_NAMES}
        self._refs: dict[str, Convert] = {kind: self._make_ref(kind) for kind in _KIND_NAMES}
        self._choices: dict[tuple[str, ...], Convert] = {}

    def error(self, path: str, message: str) -> None:
        self.errors.append(f"{str(path) or '$'}: {message}")

    # --- containers -------------------------------------------------------------------------------------

    def obj(self, value: Any, path: str, shape: Shape) -> dict[str, Any] | None:
        """The value as an object with only the shape's keys and all its required ones, or None."""
        if not isinstance(value, dict):
            self.error(path, f"应为对象，实为 {show(value)}")
            return None
        for key in getattr(value, "duplicates", ()):
            self.error(key_path(path, key), "键重复出现")
        allowed = shape.allowed_in(self.version)
        for key in value:
            if key not in allowed:
                self.error(key_path(path, key), "未知的键")
        for key in shape.keys:
            if key in shape.required and key not in value:
                self.error(key_path(path, key), "缺少必填的键")
        return value

    def items(self, d: Mapping[str, Any], key: str, path: str) -> list[tuple[str, Any]]:
        """(path, value) of each element of the list under `key` (absent = empty)."""
        value = d.get(key, [])
        here = LazyPath(path, key)
        if not isinstance(value, list):
            self.error(here, f"应为列表，实为 {show(value)}")
            return []
        return [(LazyPath(here, i), item) for i, item in enumerate(value)]

    def objects(self, d: Mapping[str, Any], key: str, path: str, shape: Shape) -> Iterable[tuple[str, dict]]:
        """(path, object) of each element under `key` that is an object of the shape."""
        for item_path, item in self.items(d, key, path):
            obj = self.obj(item, item_path, shape)
            if obj is not None:
                yield item_path, obj

    def values(self, d: Mapping[str, Any], key: str, path: str, convert: Convert) -> list[Any]:
        """The converted elements of the list under `key`, leaving out refused ones."""
        result = (convert(item, item_path) for item_path, item in self.items(d, key, path))
        return [value for value in result if value is not BAD]

    # --- fields -----------------------------------------------------------------------------------------

    def field(
        self,
        d: Mapping[str, Any],
        key: str,
        path: str,
        convert: Convert,
        default: Any = None,
        nullable: bool = False,
    ) -> Any:
        """The converted value under `key`; `default` when absent or refused; null only when nullable."""
        if key not in d:
            return default
        value = d[key]
        if value is None and nullable:
            return None
        result = convert(value, LazyPath(path, key))
        return default if result is BAD else result

    def text(self, d: Mapping[str, Any], key: str, path: str, default: str = "") -> str:
        return self.field(d, key, path, self.as_str, default)

    def opt_text(self, d: Mapping[str, Any], key: str, path: str) -> str | None:
        return self.field(d, key, path, self.as_str, nullable=True)

    def line(self, d: Mapping[str, Any], key: str, path: str, default: str = "") -> str:
        """A one-line field: at most LINE_CHARS characters, no control characters."""
        return self.field(d, key, path, self.as_line, default)

    def opt_line(self, d: Mapping[str, Any], key: str, path: str) -> str | None:
        return self.field(d, key, path, self.as_line, nullable=True)

    def unique_id(self, d: Mapping[str, Any], path: str, seen: dict[str, str]) -> str:
        """The object's `id`, noting a second use of the same id in `seen` (id -> first path)."""
        value = self.field(d, "id", path, self.as_id, default="")
        if value in seen:
            self.error(key_path(path, "id"), f"重复的 id {_json(value)}（与 {seen[value]} 相同）")
        elif value:
            seen[value] = path
        return value

    # --- converters: (value, path) -> value or BAD ------------------------------------------------------

    def as_str(self, value: Any, path: str) -> Any:
        if not isinstance(value, str):
            self.error(path, f"应为字符串，实为 {show(value)}")
            return BAD
        if self.may_hold_surrogates and not value.isascii() and _SURROGATE.search(value):
            self.error(path, "含有无效的 Unicode 字符（孤立的代理项）")
            return BAD
        if len(value) > TEXT_CHARS:
            self.error(path, f"文字过长：{len(value)} 个字符（最多 {TEXT_CHARS} 个）")
            return BAD
        return value

    def _one_line(self, value: Any, path: str, what: str, limit: int) -> Any:
        if value is BAD:
            return BAD
        if len(value) > limit:
            self.error(path, f"{what}过长：{len(value)} 个字符（最多 {limit} 个）")
            return BAD
        control = control_character(value)
        if control is not None:
            self.error(path, f"{what}中含有控制字符 {control}")
            return BAD
        return value

    def as_line(self, value: Any, path: str) -> Any:
        return self._one_line(self.as_str(value, path), path, "单行文字", LINE_CHARS)

    def as_id(self, value: Any, path: str) -> Any:
        value = self.as_str(value, path)
        if value == "":
            self.error(path, "id 不能为空")
            return BAD
        return self._one_line(value, path, "id ", ID_CHARS)

    def as_name(self, value: Any, path: str) -> Any:
        value = self.as_str(value, path)
        if value is not BAD and not 1 <= len(value) <= 50:
            self.error(path, f"名称应为 1–50 个字符，实为 {len(value)} 个")
            return BAD
        if value is not BAD and not value.strip():
            self.error(path, "名称不能为空白")
            return BAD
        return self._one_line(value, path, "名称", LINE_CHARS)

    def as_count(self, value: Any, path: str) -> Any:
        """A non-negative integer (a JSON number without fraction; not true/false)."""
        if type(value) is not int:
            self.error(path, f"应为整数，实为 {show(value)}")
            return BAD
        if value < 0:
            self.error(path, f"不能为负数，实为 {value}")
            return BAD
        if value > _LARGEST_COUNT:
            self.error(path, f"数值过大：{value}")
            return BAD
        return value

    def running_number(self, d: Mapping[str, Any], path: str) -> int | None:
        """A meeting's `number` (version 2: 第 n 次 of its minutes' title, at least 1); None: by its date."""
        value = self.field(d, "number", path, self.as_count, nullable=True)
        if value == 0:
            self.error(key_path(path, "number"), "会议序号 number 至少为 1（null 表示按日期编号）")
            return None
        return value

    def revision(self, d: Mapping[str, Any], path: str) -> int | None:
        """A record's `revision` (version 2: how many times it was saved, at least 1); None when not given."""
        value = self.field(d, "revision", path, self.as_count, nullable=True)
        if value == 0:
            self.error(key_path(path, "revision"), "修订次数 revision 至少为 1")
            return None
        return value

    def as_bool(self, value: Any, path: str) -> Any:
        if type(value) is not bool:
            self.error(path, f"应为 true 或 false，实为 {show(value)}")
            return BAD
        return value

    def as_date(self, value: Any, path: str) -> Any:
        value = self.as_str(value, path)
        if value is BAD:
            return BAD
        try:
            if _DATE.fullmatch(value):
                return date.fromisoformat(value)
        except ValueError:
            pass
        self.error(path, f"不是有效的日期 {_json(value)}（应为 YYYY-MM-DD）")
        return BAD

    def as_birth_date(self, value: Any, path: str) -> Any:
        """(date, "day") for `YYYY-MM-DD`; from version 2 also (the month's first day, "month") for `YYYY-MM`."""
        if self.version >= 2 and isinstance(value, str) and _YEAR_MONTH.fullmatch(value):
            try:
                return date.fromisoformat(value + "-01"), "month"
            except ValueError:
                self.error(path, f"不是有效的年月 {_json(value)}（应为 YYYY-MM，月份 01–12）")
                return BAD
        day = self.as_date(value, path)
        if day is BAD:
            return BAD
        return day, "day"

    def as_time(self, value: Any, path: str) -> Any:
        value = self.as_str(value, path)
        if value is BAD:
            return BAD
        if _TIME.fullmatch(value):
            return time(int(value[:2]), int(value[3:]))
        self.error(path, f"不是有效的时间 {_json(value)}（应为 HH:MM，00:00–23:59）")
        return BAD

    def as_timestamp(self, value: Any, path: str) -> Any:
        """An ISO 8601 timestamp with offset, kept as the string it is."""
        value = self.as_str(value, path)
        if value is BAD:
            return BAD
        try:
            if _TIMESTAMP.fullmatch(value):
                datetime.fromisoformat(value)
                return value
        except ValueError:
            pass
        example = "2025-03-12T16:40:00+08:00"
        self.error(path, f"不是有效的时间戳 {_json(value)}（应为带时区的 ISO 8601，如 {example}）")
        return BAD

    def choice(self, options: Collection[str]) -> Convert:
        """A converter accepting one of `options`."""
        key = tuple(options)
        if key not in self._choices:
            self._choices[key] = self._make_choice(key)
        return self._choices[key]

    def _make_choice(self, options: tuple[str, ...]) -> Convert:
        listed = "、".join(_json(option) for option in options)

        def convert(value: Any, path: str) -> Any:
            value = self.as_str(value, path)
            if value is not BAD and value not in options:
                self.error(path, f"无效的取值 {_json(value)}，应为 {listed} 之一")
                return BAD
            return value

        return convert

    def ref(self, kind: str) -> Convert:
        """A converter accepting the id of an entity of `kind` ("member", "group", "meeting") in the file."""
        return self._refs[kind]

    def _make_ref(self, kind: str) -> Convert:
        known = self.ids[kind]
        name = _KIND_NAMES[kind]

        def convert(value: Any, path: str) -> Any:
            value = self.as_str(value, path)
            if value is not BAD and value not in known:
                self.error(path, f"未知的{name} id {_json(value)}")
                return BAD
            return value

        return convert
