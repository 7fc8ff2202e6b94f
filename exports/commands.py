"""The document commands of the command line: minutes of one record, a blank sign-in sheet, the year's archive."""

from __future__ import annotations

import sys
from datetime import UTC, date, datetime
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


def archive(db: str | None, year: int, out_dir: str, lock: bool, zip_password: bool = False) -> str:
    """The year's archive (plain by nature: for handing over); `zip_password`: also an AES-encrypted zip, its
    password asked (or ORGLIFE_ZIP_PASSWORD)."""
    from models.commands import ask_password

    password = ask_password("压缩包的密码（请另行告诉接收人）：", "ORGLIFE_ZIP_PASSWORD", "需要压缩包的密码",
                            twice=True) if zip_password else None
    store = open_store(db, create=False, read_only=not lock)  # locking the year writes
    encrypted = store.is_encrypted()
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
        protected = None
        if password is not None:
            from exports.archive.protected import protect

            try:
                protected = protect(zip_path, password)
            except ExportError as error:
                raise UserError(str(error)) from error
        drafts = [m for m in data.meetings if m.date.year == year and m.status != "final"]
        note = f"；其中 {len(drafts)} 份草稿已标明“草稿”：{_named(data, drafts)}" if drafts else ""
        if lock:
            finalised = store.lock_year(year)
            note += f"；{year} 年度已锁定（{finalised} 份草稿随之定稿）"
    finally:
        store.close()
    lines = [f"已生成年度档案：{zip_path}{note}"]
    if protected is not None:
        lines.append(f"带密码的压缩包（AES 加密）：{protected}。请把密码另行告诉接收人，不要和压缩包放在一起。")
    if encrypted:
        lines.append(ARCHIVE_IS_PLAIN + ("" if protected is not None else "如需加密报送，请加 --zip-password。"))
    return "\n".join(lines)


ARCHIVE_IS_PLAIN = ("注意：数据库设置了密码锁，但年度档案（文件夹和 zip）是交给上级的普通文件，没有加密，"
                    "任何拿到它的人都能读到其中的记录（包括批评和自我批评）；报送后请妥善保管或删除本机的副本。")


def overview(db: str | None, year: int, as_of: date | None, xlsx: str | None) -> str:
    """Every branch of the database against the year's duties; with `xlsx`, the table saved as well."""
    from exports.atomic import write_atomic
    from exports.overview import overview_text, overview_xlsx
    from models.overview.party import party_overview

    store = open_store(db, create=False, read_only=True)
    try:
        table = party_overview(store.engine, year, as_of or date.today())
    finally:
        store.close()
    text = overview_text(table)
    if xlsx:
        if Path(xlsx).suffix.lower() != ".xlsx":
            raise UserError(f"表格文件名应以 .xlsx 结尾：{xlsx}")
        try:
            write_atomic(Path(xlsx), overview_xlsx(table, datetime.now(UTC).replace(tzinfo=None)))
        except ExportError as error:
            raise UserError(str(error)) from error
        text += f"\n已保存表格：{xlsx}"
    return text


def _named(data: BranchData, meetings: list[Meeting]) -> str:
    names = meeting_names(data)
    return "、".join(names[m.id] for m in meetings)


def _progress(done: int, total: int, what: str) -> None:
    print(f"\r[{done}/{total}] {what[:60]:<60}", end="", file=sys.stderr, flush=True)
