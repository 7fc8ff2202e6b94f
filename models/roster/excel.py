"""Importing the roster from an Excel workbook (.xlsx) and exporting it again.

Reading is separate from writing so the UI can show a preview, let the clerk correct the column mapping and
see every row's errors before anything is saved. `import_members` does all of it for the command line.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import date

from models.domain import PERSON_KINDS, Group, Person, new_id
from models.roster.dates import DAY, DateError, parse_birth_date, parse_date
from models.roster.errors import RosterFileError
from models.roster.export import export_roster
from models.roster.fields import FIELD_TITLES, FIELDS
from models.roster.matching import ADD, SKIP, UPDATE, default_action, find_existing, updated
from models.roster.validate import validate_person
from models.roster.workbook import Sheet, read_rows, split_sheet
from models.roster.workbook import cell_text as _text
from models.words import ERRORS, QT_TRANSLATE_NOOP, Words, joined, say, word

__all__ = ["FIELDS", "ImportResult", "RowResult", "Sheet", "export_roster", "guess_mapping", "import_members",
           "parse_sheet", "read_sheet", "save_rows"]

DATE_FIELDS = {"birth_date", "joined_on", "full_member_on", "entered_on", "left_on"}
KIND_WORDS = {
    "党员": "member", "正式党员": "member", "预备党员": "member", "中共党员": "member", "中共预备党员": "member",
    "发展对象": "candidate", "入党积极分子": "activist", "积极分子": "activist",
}
KIND_WORDS.update({code: code for code in PERSON_KINDS})


@dataclass(frozen=True)
class RowResult:
    row: int  # row number as Excel shows it
    person: Person | None  # None when the row has errors
    errors: tuple[str, ...] = ()
    group_name: str | None = None  # the group written in the row, for new groups
    name: str = ""  # as written, also for rows with errors
    texts: dict[str, str] = field(default_factory=dict)  # each mapped field's cell as written
    existing: Person | None = None  # the person of the roster this row is, or may be (matching.py)
    match: str = ""  # SAME / NAME_ONLY / NAMESAKE, "" for nobody
    notes: tuple[str, ...] = ()  # what the clerk should know, not errors (a date of year and month only …)


@dataclass
class ImportResult:
    added: int = 0
    imported: bool = False
    errors: list[tuple[int, list[str]]] = field(default_factory=list)  # (Excel row, messages)
    new_groups: list[str] = field(default_factory=list)
    updated: int = 0
    skipped: int = 0  # already in the roster

    @property
    def message(self) -> Words:
        lines = []
        if self.imported:
            lines.append(say(QT_TRANSLATE_NOOP("rules", "已导入 {0} 人。"), self.added))
            if self.updated:
                lines.append(say(QT_TRANSLATE_NOOP("rules", "按表格更新名册中的 {0} 人。"), self.updated))
            if self.skipped:
                lines.append(say(QT_TRANSLATE_NOOP("rules", "跳过已在名册中的 {0} 人。"), self.skipped))
            if self.new_groups:
                lines.append(say(QT_TRANSLATE_NOOP("rules", "新建党小组：{0}"), "、".join(self.new_groups)))
        else:
            lines.append(say(QT_TRANSLATE_NOOP("rules", "未导入任何人员。")))
        for row, messages in self.errors:
            lines.append(say(QT_TRANSLATE_NOOP("rules", "第 {0} 行：{1}"), row, joined(messages)))
        return joined(lines, QT_TRANSLATE_NOOP("rules", "{0}\n{1}"))


def read_sheet(path: str | os.PathLike[str]) -> Sheet:
    """The first worksheet of an .xlsx file: header, data rows, footer. Raises RosterFileError for anything
    that is not a workbook, and for one too large to be a roster."""
    return split_sheet(read_rows(path), lambda headers: guess_mapping(headers).get("name"))


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
    """Every non-empty row as a Person or a list of errors. Someone already in the roster is not an error:
    the row says who it may be (`existing`, `match`); the same person twice in the file is."""
    group_ids = {g.name: g.id for g in groups}
    new_groups: dict[str, str] = {}
    in_file: dict[tuple[str, object], int] = {}
    results = []
    for offset, row in enumerate(sheet.rows):
        row_no = sheet.first_row + offset
        if all(_text(c) == "" for c in row):
            continue
        values = {f: (row[i] if i is not None and i < len(row) else None) for f, i in mapping.items()}
        person, errors, group_name, notes = _person(values, group_ids, new_groups)
        name = person.name.strip()
        twin = in_file.get((name, person.birth_date)) or in_file.get((name, None))
        if name and twin is not None:
            errors.append(say(QT_TRANSLATE_NOOP("rules", "与第 {0} 行重名"), twin))
        if name:
            in_file.setdefault((name, person.birth_date), row_no)
        date_errors = {e.split("：")[0] for e in errors if "：" in e}
        for e in validate_person(person):
            if e not in errors and not (e == "党员必须填写入党日期" and "入党日期" in date_errors):
                errors.append(e)
        known, match = find_existing(person, existing)
        texts = {f: _text(v) for f, v in values.items() if mapping.get(f) is not None}
        if known is not None:
            notes += sheet_only(person, known, group_name)
        results.append(RowResult(row_no, None if errors else person, tuple(errors), group_name, name, texts,
                                 known, match, tuple(notes)))
    return results


MONTH_DATES = {"joined_on", "full_member_on"}  # rosters often keep 入党时间 and 转正时间 as 2012.06


def _month_only(value: object) -> date | None:
    """The first day of the month of a cell of year and month only (2012.06, 2012年6月), else None."""
    try:
        found = parse_birth_date(value)
    except DateError:
        return None
    return found[0] if found is not None and found[1] != DAY else None


def sheet_only(person: Person, known: Person, group_name: str | None) -> list[str]:
    """What the sheet has that the roster lacks for the same person (kept when 跳过 is chosen: say so)."""
    titles = {"gender": QT_TRANSLATE_NOOP("vocabulary", "性别"),
              "birth_date": QT_TRANSLATE_NOOP("vocabulary", "出生年月"),
              "joined_on": QT_TRANSLATE_NOOP("vocabulary", "入党时间"),
              "full_member_on": QT_TRANSLATE_NOOP("vocabulary", "转正时间"),
              "title": QT_TRANSLATE_NOOP("vocabulary", "职务"),
              "phone": QT_TRANSLATE_NOOP("vocabulary", "联系电话"),
              "education": QT_TRANSLATE_NOOP("vocabulary", "学历"),
              "ethnicity": QT_TRANSLATE_NOOP("vocabulary", "民族")}
    missing = [word(t) for f, t in titles.items() if getattr(person, f) and not getattr(known, f)]
    if group_name and known.group is None:
        missing.append(word(QT_TRANSLATE_NOOP("vocabulary", "党小组")))
    return [say(QT_TRANSLATE_NOOP("rules", "表格中有名册没有的{0}：选“用表格内容更新名册”可补上"),
                joined(missing, QT_TRANSLATE_NOOP("rules", "{0}、{1}")))] if missing else []


def _person(values: dict[str, object], group_ids: dict[str, str], new_groups: dict[str, str]):
    errors: list[str] = []
    notes: list[str] = []
    fields: dict[str, object] = {}
    for name, value in values.items():
        if name == "birth_date":
            try:
                born = parse_birth_date(value)
            except DateError as error:
                errors.append(say(QT_TRANSLATE_NOOP("rules", "{0}：{1}"), word(FIELD_TITLES[name]), _said(error)))
                born = None
            fields[name], fields["birth_precision"] = born if born is not None else (None, DAY)
        elif name in DATE_FIELDS:
            try:
                fields[name] = parse_date(value)
            except DateError as error:
                month = _month_only(value) if name in MONTH_DATES else None
                if month is not None:  # 2012.06: the month's first day, said so
                    fields[name] = month
                    notes.append(say(QT_TRANSLATE_NOOP(
                        "rules", "{0}只有年月，按 {1}年{2}月1日 记入，知道具体日期的请导入后更正"),
                        word(FIELD_TITLES[name]), month.year, month.month))
                else:
                    errors.append(say(QT_TRANSLATE_NOOP("rules", "{0}：{1}"), word(FIELD_TITLES[name]), _said(error)))
                    fields[name] = None
        else:
            fields[name] = _text(value) or None
    kind_text = fields.pop("kind") or ""
    kind = KIND_WORDS.get(str(kind_text), None) if kind_text else ("member" if fields.get("joined_on") else None)
    if kind is None:
        if kind_text:
            errors.append(say(QT_TRANSLATE_NOOP(
                "rules", "人员类别“{0}”无法识别（应为 党员、发展对象 或 入党积极分子）"), kind_text))
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
    return person, errors, (str(group_name) if group_name else None), notes


def action_of(r: RowResult, chosen: dict[int, str | None] | None = None) -> str | None:
    """ADD, SKIP or UPDATE for a row, as the clerk chose or by default; None while the clerk must still say."""
    if r.existing is None:
        return ADD
    if chosen is not None and r.row in chosen:
        return chosen[r.row]
    return default_action(r.match)


def undecided_message(r: RowResult) -> Words:
    return say(QT_TRANSLATE_NOOP("rules", "名册中已有“{0}”，出生日期未填，无法确定是否同一人；请在导入窗口中确认，"
                                          "或在表格中填写出生日期"), r.name)


def _said(error: Exception) -> str:
    """The sentence an error was raised with (a Words when models/ marked it), else its text."""
    return error.args[0] if len(error.args) == 1 and isinstance(error.args[0], Words) else str(error)


def save_rows(store, results: list[RowResult], skip_invalid: bool,
              chosen: dict[int, str | None] | None = None) -> ImportResult:
    """Save the valid rows: new people added, people already in the roster skipped or updated as chosen. All of
    them, and only when no row has errors or awaits the clerk's answer, unless `skip_invalid`."""
    good = [r for r in results if r.person is not None]
    actions = {r.row: action_of(r, chosen) for r in good}
    errors = [(r.row, list(r.errors)) for r in results if r.errors]
    errors += [(r.row, [undecided_message(r)]) for r in good if actions[r.row] is None]
    result = ImportResult(errors=sorted(errors))
    adding = [r for r in good if actions[r.row] == ADD]
    updating = [r for r in good if actions[r.row] == UPDATE]
    result.skipped = sum(1 for r in good if actions[r.row] == SKIP)
    if (result.errors and not skip_invalid) or not (adding or updating):
        result.imported = bool(result.skipped) and (skip_invalid or not result.errors)
        return result
    known = {g.id for g in store.groups()}
    created: list[Group] = []
    for r in (*adding, *updating):
        gid = r.person.group
        if gid is not None and gid not in known and r.group_name:
            known.add(gid)
            created.append(Group(gid, r.group_name))
    for g in created:
        store.save_group(g)
    changed = [updated(r.existing, r.person, r.texts) for r in updating]
    try:
        store.save_people([r.person for r in adding], changed)
    except Exception:
        for g in created:  # all or none: take back the groups made for this import
            store.delete_group(g.id)
        raise
    result.added, result.updated, result.imported = len(adding), len(updating), True
    result.new_groups = [g.name for g in created]
    return result


def import_members(store, path: str | os.PathLike[str], skip_invalid: bool = False) -> ImportResult:
    """Import the roster from `path` into `store`: every row or none (unless `skip_invalid`).

    Raises RosterFileError when the file is not a readable workbook or has no 姓名 column.
    """
    sheet = read_sheet(path)
    mapping = guess_mapping(sheet.headers)
    if mapping.get("name") is None:
        raise RosterFileError(say(QT_TRANSLATE_NOOP(
            "errors", "表格中找不到“姓名”列。请在第一行写上列标题（姓名、性别、入党日期……）后再导入。"),
            context=ERRORS))
    results = parse_sheet(sheet, mapping, store.people(), store.groups())
    return save_rows(store, results, skip_invalid)
