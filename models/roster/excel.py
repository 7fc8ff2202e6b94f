"""Importing the roster from an Excel workbook (.xlsx) and exporting it again.

Reading is separate from writing so the UI can show a preview, let the clerk correct the column mapping and
see every row's errors before anything is saved. `import_members` does all of it for the command line.
"""

from __future__ import annotations

import os
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from models.domain import PERSON_KINDS, Group, Person, new_id
from models.roster.dates import DateError, parse_date
from models.roster.errors import RosterFileError
from models.roster.names import sort_people
from models.roster.validate import validate_person

# (field of Person, column title in our export, other titles clerks use). Order = order of the export.
FIELDS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("name", "姓名", ("名字", "党员姓名")),
    ("gender", "性别", ()),
    ("ethnicity", "民族", ()),
    ("birth_date", "出生日期", ("出生年月", "出生年月日", "生日")),
    ("education", "学历", ("文化程度", "最高学历")),
    ("kind", "人员类别", ("类别", "身份", "政治面貌", "党员类别")),
    ("joined_on", "入党日期", ("入党时间", "入党年月", "加入党组织日期")),
    ("full_member_on", "转正日期", ("转正时间", "转为正式党员日期")),
    ("group", "党小组", ("所在党小组", "所属党小组")),
    ("title", "职务", ("职务职称", "工作职务", "职称", "工作岗位")),
    ("phone", "联系电话", ("电话", "手机", "手机号", "手机号码", "联系方式")),
    ("entered_on", "转入日期", ("转入时间",)),
    ("left_on", "离开日期", ("转出日期", "转出时间")),
    ("left_reason", "离开原因", ("转出原因",)),
    ("notes", "备注", ()),
)
FIELD_TITLES = {f: title for f, title, _ in FIELDS}
DATE_FIELDS = {"birth_date", "joined_on", "full_member_on", "entered_on", "left_on"}
KIND_WORDS = {
    "党员": "member", "正式党员": "member", "预备党员": "member", "中共党员": "member", "中共预备党员": "member",
    "发展对象": "candidate", "入党积极分子": "activist", "积极分子": "activist",
}
KIND_WORDS.update({code: code for code in PERSON_KINDS})


@dataclass(frozen=True)
class Sheet:
    """The first worksheet: its header row and the rows under it (cell values as openpyxl gives them)."""

    headers: tuple[str, ...]
    rows: tuple[tuple[object, ...], ...]
    first_row: int = 2  # the sheet's row number of rows[0]


@dataclass(frozen=True)
class RowResult:
    row: int  # row number as Excel shows it
    person: Person | None  # None when the row has errors
    errors: tuple[str, ...] = ()
    group_name: str | None = None  # the group written in the row, for new groups
    name: str = ""  # as written, also for rows with errors


@dataclass
class ImportResult:
    added: int = 0
    imported: bool = False
    errors: list[tuple[int, list[str]]] = field(default_factory=list)  # (Excel row, messages)
    new_groups: list[str] = field(default_factory=list)

    @property
    def message(self) -> str:
        lines = []
        if self.imported:
            lines.append(f"已导入 {self.added} 人。")
            if self.new_groups:
                lines.append("新建党小组：" + "、".join(self.new_groups))
        else:
            lines.append("未导入任何人员。")
        for row, messages in self.errors:
            lines.append(f"第 {row} 行：" + "；".join(messages))
        return "\n".join(lines)


def read_sheet(path: str | os.PathLike[str]) -> Sheet:
    """The first worksheet of an .xlsx file. Raises RosterFileError for anything that is not one."""
    from openpyxl import load_workbook

    p = Path(path)
    if not p.is_file():
        raise RosterFileError(f"找不到文件：{p}")
    if p.suffix.lower() == ".xls":
        raise RosterFileError("这是旧版 Excel 文件（.xls）。请在 Excel 中“另存为” .xlsx 格式后再导入。")
    try:
        workbook = load_workbook(p, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as error:
        raise RosterFileError(
            f"无法读取“{p.name}”：它不是可读取的 Excel 工作簿（.xlsx）。请用 Excel 打开后另存为 .xlsx 再试。"
        ) from error
    try:
        sheet = workbook.worksheets[0]
        raw = [tuple(row) for row in sheet.iter_rows(values_only=True)]
    finally:
        workbook.close()
    # The header is the first row with a recognisable title (some sheets start with a caption row).
    start = 0
    for i, row in enumerate(raw[:10]):
        if guess_mapping(tuple(_text(c) for c in row)).get("name") is not None:
            start = i
            break
    if not raw:
        return Sheet((), ())
    headers = tuple(_text(c) for c in raw[start])
    rows = tuple(r for r in raw[start + 1 :])
    return Sheet(headers, rows, first_row=start + 2)


def guess_mapping(headers: tuple[str, ...]) -> dict[str, int | None]:
    """Which column holds which field, by its title; None where no title matches."""
    mapping: dict[str, int | None] = {}
    normalized = [h.replace(" ", "").replace("\u3000", "").replace("*", "") for h in headers]
    for name, title, others in FIELDS:
        mapping[name] = None
        for i, h in enumerate(normalized):
            if h and (h == title or h in others) and i not in mapping.values():
                mapping[name] = i
                break
    return mapping


def parse_sheet(
    sheet: Sheet, mapping: dict[str, int | None], existing: list[Person], groups: list[Group]
) -> list[RowResult]:
    """Every non-empty row as a Person or a list of errors. Duplicates (in the file or the roster) are errors."""
    group_ids = {g.name: g.id for g in groups}
    new_groups: dict[str, str] = {}
    seen = {p.name.strip() for p in existing}
    in_file: dict[str, int] = {}
    results = []
    for offset, row in enumerate(sheet.rows):
        row_no = sheet.first_row + offset
        if all(_text(c) == "" for c in row):
            continue
        values = {f: (row[i] if i is not None and i < len(row) else None) for f, i in mapping.items()}
        person, errors, group_name = _person(values, group_ids, new_groups)
        name = person.name.strip()
        if name and name in seen:
            errors.append(f"名册中已有“{name}”")
        elif name in in_file:
            errors.append(f"与第 {in_file[name]} 行重名")
        if name:
            in_file.setdefault(name, row_no)
        date_errors = {e.split("：")[0] for e in errors if "：" in e}
        for e in validate_person(person):
            if e not in errors and not (e == "党员必须填写入党日期" and "入党日期" in date_errors):
                errors.append(e)
        results.append(RowResult(row_no, None if errors else person, tuple(errors), group_name, name))
    return results


def _person(values: dict[str, object], group_ids: dict[str, str], new_groups: dict[str, str]):
    errors: list[str] = []
    fields: dict[str, object] = {}
    for name, value in values.items():
        if name in DATE_FIELDS:
            try:
                fields[name] = parse_date(value)
            except DateError as error:
                errors.append(f"{FIELD_TITLES[name]}：{error}")
                fields[name] = None
        else:
            fields[name] = _text(value) or None
    kind_text = fields.pop("kind") or ""
    kind = KIND_WORDS.get(str(kind_text), None) if kind_text else ("member" if fields.get("joined_on") else None)
    if kind is None:
        if kind_text:
            errors.append(f"人员类别“{kind_text}”无法识别（应为 党员、发展对象 或 入党积极分子）")
        kind = "activist" if not fields.get("joined_on") else "member"
    group_name = fields.pop("group")
    group_id = None
    if group_name:
        group_id = group_ids.get(str(group_name)) or new_groups.setdefault(str(group_name), new_id())
    gender = fields.get("gender")
    if gender in ("男性", "女性"):
        fields["gender"] = str(gender)[0]
    person = Person(
        id=new_id(), name=str(fields.pop("name") or ""), kind=kind, group=group_id,
        notes=str(fields.pop("notes") or ""), **fields,  # type: ignore[arg-type]
    )
    return person, errors, (str(group_name) if group_name else None)


def _text(value: object) -> str:
    """A cell as text: Excel's floats of whole numbers (phone 13800000000.0) without the ".0"."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return str(value).strip()


def save_rows(store, results: list[RowResult], skip_invalid: bool) -> ImportResult:
    """Save the valid rows: all of them, and only when no row has errors unless `skip_invalid`."""
    result = ImportResult(errors=[(r.row, list(r.errors)) for r in results if r.errors])
    good = [r for r in results if r.person is not None]
    if (result.errors and not skip_invalid) or not good:
        return result
    known = {g.id for g in store.groups()}
    created: list[Group] = []
    for r in good:
        gid = r.person.group
        if gid is not None and gid not in known and r.group_name:
            known.add(gid)
            created.append(Group(gid, r.group_name))
    for g in created:
        store.save_group(g)
    try:
        store.save_people([r.person for r in good])
    except Exception:
        for g in created:  # all or none: take back the groups made for this import
            store.delete_group(g.id)
        raise
    result.added, result.imported = len(good), True
    result.new_groups = [g.name for g in created]
    return result


def import_members(store, path: str | os.PathLike[str], skip_invalid: bool = False) -> ImportResult:
    """Import the roster from `path` into `store`: every row or none (unless `skip_invalid`).

    Raises RosterFileError when the file is not a readable workbook or has no 姓名 column.
    """
    sheet = read_sheet(path)
    mapping = guess_mapping(sheet.headers)
    if mapping.get("name") is None:
        raise RosterFileError("表格中找不到“姓名”列。请在第一行写上列标题（姓名、性别、入党日期……）后再导入。")
    results = parse_sheet(sheet, mapping, store.people(), store.groups())
    return save_rows(store, results, skip_invalid)


def export_roster(people: list[Person], groups: list[Group], path: str | os.PathLike[str]) -> Path:
    """Write the roster as an .xlsx with the column titles the import reads back."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    names = {g.id: g.name for g in groups}
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "党员名册"
    sheet.append([title for _, title, _ in FIELDS])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for p in sort_people(people):
        row = []
        for name, _, _ in FIELDS:
            value = getattr(p, name)
            if name == "kind":
                value = PERSON_KINDS.get(p.kind, p.kind)
            elif name == "group":
                value = names.get(p.group or "", "")
            row.append(value if value is not None else "")
        sheet.append(row)
    for col, width in zip("ABCDEFGHIJKLMNO", (10, 6, 8, 12, 10, 12, 12, 12, 14, 16, 14, 12, 12, 10, 20), strict=True):
        sheet.column_dimensions[col].width = width
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            if isinstance(cell.value, date):
                cell.number_format = "yyyy-mm-dd"
    sheet.freeze_panes = "A2"
    target = Path(path)
    tmp = target.with_name(target.name + ".tmp")
    try:
        workbook.save(tmp)
        os.replace(tmp, target)
    except PermissionError as error:
        raise RosterFileError(f"无法写入“{target.name}”。请先关闭已在 Excel 中打开的文件，再试一次。") from error
    return target

