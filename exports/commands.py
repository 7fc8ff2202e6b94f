"""The document commands of the command line: minutes of one record, a blank sign-in sheet, the year's archive."""

from __future__ import annotations

import sys
from pathlib import Path

from exports.archive import build_archive
from exports.documents import document_of, save_docx, save_sign_in_sheet
from exports.errors import ExportError
from exports.pdf.writer import save_pdf
from models.commands import UserError, open_store
from models.domain import BranchData, Meeting
from models.reports import meeting_names
from models.services import RecordData, Store
from models.storage.errors import RecordNotFound

SUFFIXES = (".docx", ".pdf")


def _record_data(store: Store, record_id: str) -> RecordData:
    try:
        return store.record_data(record_id)
    except RecordNotFound:
        raise UserError(f"找不到会议或谈话记录：{record_id}") from None


def minutes(db: str | None, record_id: str, out: str) -> str:
    target = Path(out)
    if target.suffix.lower() not in SUFFIXES:
        raise UserError(f"输出文件应以 .docx 或 .pdf 结尾：{out}")
    store = open_store(db, create=False, read_only=True)  # only reads: works while the window has it open
    try:
        item = _record_data(store, record_id)
    finally:
        store.close()
    document = document_of(item)
    try:
        if target.suffix.lower() == ".pdf":
            pages = save_pdf(document, target)
            return f"已保存：{target}（共 {pages} 页）"
        save_docx(document, target)
    except ExportError as error:
        raise UserError(str(error)) from error
    return f"已保存：{target}"


def signin(db: str | None, meeting_id: str, out: str) -> str:
    store = open_store(db, create=False, read_only=True)
    try:
        item = _record_data(store, meeting_id)
    finally:
        store.close()
    if not isinstance(item.record, Meeting):
        raise UserError(f"找不到会议记录：{meeting_id}")
    try:
        save_sign_in_sheet(item.data, item.record, Path(out))
    except ExportError as error:
        raise UserError(str(error)) from error
    return f"已保存签到表：{out}"


def archive(db: str | None, year: int, out_dir: str, lock: bool) -> str:
    store = open_store(db, create=False, read_only=not lock)  # locking the year writes
    try:
        data = store.load_year(year)
        if not any(m.date.year == year for m in data.meetings) and not data.talks:
            raise UserError(f"{year} 年度没有任何记录，未生成档案。")
        try:
            zip_path = build_archive(data, year, Path(out_dir), progress=_progress if sys.stderr.isatty() else None)
        except ExportError as error:
            raise UserError(str(error)) from error
        finally:
            if sys.stderr.isatty():
                print(file=sys.stderr)
        drafts = [m for m in data.meetings if m.date.year == year and m.status != "final"]
        note = f"；其中 {len(drafts)} 份草稿已标明“草稿”：{_named(data, drafts)}" if drafts else ""
        if lock:
            finalised = store.lock_year(year)
            note += f"；{year} 年度已锁定（{finalised} 份草稿随之定稿）"
    finally:
        store.close()
    return f"已生成年度档案：{zip_path}{note}"


def _named(data: BranchData, meetings: list[Meeting]) -> str:
    names = meeting_names(data)
    return "、".join(names[m.id] for m in meetings)


def _progress(done: int, total: int, what: str) -> None:
    print(f"\r[{done}/{total}] {what[:60]:<60}", end="", file=sys.stderr, flush=True)
