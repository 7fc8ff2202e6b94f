"""OrgLife 组织生活记录本: parse the command line, then start the desktop program or run one command."""

from __future__ import annotations

import argparse
import sys
from datetime import date


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"日期应写作 YYYY-MM-DD：{text}") from None


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="orglife", description="组织生活记录本：党支部组织生活记录、会议记录打印、年度归档（离线）。"
    )
    parser.add_argument("--db", metavar="PATH_OR_URL", help="数据库文件路径或 SQLAlchemy URL（默认：用户数据文件夹）")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    p = sub.add_parser("init", help="新建一个党支部的数据库")
    p.add_argument("--branch", required=True, metavar="NAME", help="党支部全称")
    p = sub.add_parser("import-json", help="从交换格式 JSON 文件导入（全部或全不）")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--branch", metavar="NAME_OR_UID", help="导入到数据库中的这个党支部（全称、uid 或编号）")
    p.add_argument("--new-branch", action="store_true", help="导入为新的党支部")
    p = sub.add_parser("hand-in", help="（党委）导入党支部的年度报送文件，可一次多个")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--yes", action="store_true", help="确认替换已有年度、确认按全称对应的党支部")
    p.add_argument("--year", type=int, help="文件中没有任何记录时按这个年度替换")
    p = sub.add_parser("hand-in-file", help="（党支部）写出本年度报送文件")
    p.add_argument("--year", type=int, required=True)
    p.add_argument("--out", metavar="FILE", help="文件名（默认：党支部简称+年度报送文件.orglife.json）")
    p = sub.add_parser("export-json", help="导出为交换格式 JSON（- 表示标准输出）")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--format-version", type=int, choices=(1, 2), default=2, metavar="N",
                   help="交换格式的版本：2（默认）或 1（供只读版本 1 的程序使用）")
    p = sub.add_parser("compliance", help="某年度组织生活落实情况")
    p.add_argument("--year", type=int, required=True)
    p.add_argument("--as-of", type=_date, metavar="DATE", help="截至日期（默认今天）")
    p.add_argument("--json", action="store_true", help="按交换格式规范输出 JSON")
    sub.add_parser("check", help="检查数据库完整性、外键和规则提示；完好时退出码为 0")
    p = sub.add_parser("backup", help="备份数据库并校验")
    p.add_argument("dir", nargs="?", metavar="DIR", help="备份到的文件夹（默认：数据库旁或用户数据文件夹下的 backups）")
    p = sub.add_parser("backups", help="列出备份：时间和其中的人员、会议、谈话数")
    p.add_argument("dir", nargs="?", metavar="DIR", help="备份所在的文件夹（默认同 backup）")
    p = sub.add_parser("restore", help="从备份恢复数据库（当前文件先移到一旁，不删除）")
    p.add_argument("file", metavar="FILE", help="备份文件（见 backups 命令）")
    p = sub.add_parser("set-password", help="设置或更改密码锁：数据库和以后的备份都加密（先自动备份）")
    p.add_argument("--old-backups", choices=("encrypt", "remove", "keep"),
                   help="以前未加密（或用旧密码加密）的备份：加密、删除或保留（不给出时询问；无终端时保留）")
    p = sub.add_parser("encrypt-backups", help="用现在的密码加密以前未加密（或用旧密码加密）的备份")
    p.add_argument("--remove", action="store_true", help="删除这些备份，而不是加密")
    sub.add_parser("remove-password", help="取消密码锁：数据库恢复为未加密的文件（先自动备份）")
    p = sub.add_parser("import-members", help="从 Excel（.xlsx）导入党员名册")
    p.add_argument("file", metavar="FILE.xlsx")
    p.add_argument("--skip-invalid", action="store_true", help="跳过有错误的行，只导入正确的行（默认：全部或全不）")
    p = sub.add_parser("minutes", help="一份会议记录或谈话记录的 Word 或 PDF 文件")
    p.add_argument("id", metavar="ID", help="记录的 id（如 mt02、t1）")
    p.add_argument("--out", required=True, metavar="FILE", help="输出文件：.docx 或 .pdf")
    p = sub.add_parser("signin", help="会议的空白签到表（Word）")
    p.add_argument("id", metavar="ID", help="会议的 id")
    p.add_argument("--out", required=True, metavar="FILE.docx")
    p = sub.add_parser("archive", help="生成某年度的完整档案（文件夹和 zip）")
    p.add_argument("--year", type=int, required=True)
    p.add_argument("--out", required=True, metavar="DIR", help="档案存放的文件夹")
    p.add_argument("--lock", action="store_true", help="归档后锁定该年度：记录只能以更正方式修改")
    p.add_argument("--zip-password", action="store_true",
                   help="另存一份带密码的压缩包（AES 加密）用于报送；密码在终端输入或由 ORGLIFE_ZIP_PASSWORD 给出")
    p = sub.add_parser("overview", help="党委总览：数据库中各党支部某年度组织生活落实情况")
    p.add_argument("--year", type=int, required=True)
    p.add_argument("--as-of", type=_date, metavar="DATE", help="截至日期（默认今天）")
    p.add_argument("--xlsx", metavar="FILE.xlsx", help="另存为 Excel 表格")
    _server_commands(sub)
    return parser


def _server_commands(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    sub.add_parser("server-init",
                   help="（数据库所有者）设置 PostgreSQL 服务器：升级结构、建立书记员组和党委只读组、开启行级安全")
    p = sub.add_parser("add-branch", help="（数据库所有者）在服务器上新建一个党支部，输出其编号")
    p.add_argument("name", metavar="NAME", help="党支部全称")
    p = sub.add_parser("add-clerk", help="（数据库所有者）让一个登录名只能读写一个党支部；新登录名的密码在终端输入")
    p.add_argument("role", metavar="LOGIN", help="PostgreSQL 登录名（不存在时新建）")
    p.add_argument("--branch", type=int, required=True, metavar="ID", help="党支部编号（见 add-branch）")
    p = sub.add_parser("add-reader",
                       help="（数据库所有者）让一个登录名查阅所有党支部（只读，供党委）；新登录名的密码在终端输入")
    p.add_argument("role", metavar="LOGIN", help="PostgreSQL 登录名（不存在时新建）")


SERVER_COMMANDS = {"server-init", "add-branch", "add-clerk", "add-reader"}


def run_server_command(args: argparse.Namespace) -> int:
    from models.server import commands as server

    if args.command == "server-init":
        print(server.server_init(args.db))
    elif args.command == "add-branch":
        print(server.add_branch(args.db, args.name))
    elif args.command == "add-clerk":
        print(server.add_clerk(args.db, args.role, args.branch))
    elif args.command == "add-reader":
        print(server.add_reader(args.db, args.role))
    return 0


DOCUMENT_COMMANDS = {"minutes", "signin", "archive", "overview"}


def run_document_command(args: argparse.Namespace) -> int:
    from exports import commands as documents

    if args.command == "minutes":
        print(documents.minutes(args.db, args.id, args.out))
    elif args.command == "signin":
        print(documents.signin(args.db, args.id, args.out))
    elif args.command == "archive":
        print(documents.archive(args.db, args.year, args.out, args.lock, args.zip_password))
    elif args.command == "overview":
        print(documents.overview(args.db, args.year, args.as_of, args.xlsx))
    return 0


def run_command(args: argparse.Namespace) -> int:
    from models import commands

    if args.command in SERVER_COMMANDS:
        return run_server_command(args)
    if args.command != "init":
        commands.unlock(args.db)  # with the password lock on: the password first, then anything is read
    if args.command in DOCUMENT_COMMANDS:
        return run_document_command(args)
    if args.command == "init":
        print(commands.init(args.db, args.branch))
    elif args.command == "import-json":
        print(commands.import_json(args.db, args.file, args.branch, args.new_branch))
    elif args.command == "hand-in":
        from models.handin import commands as hand_in

        return 0 if hand_in.hand_in(args.db, args.files, args.yes, args.year) else 1
    elif args.command == "hand-in-file":
        from models.handin import commands as hand_in

        print(hand_in.hand_in_file(args.db, args.year, args.out))
    elif args.command == "export-json":
        out, notes = commands.export_json(args.db, args.file, args.format_version)
        for note in notes:
            print(f"注意：{note}", file=sys.stderr)
        if out is not None:
            sys.stdout.write(out)
    elif args.command == "compliance":
        print(commands.compliance(args.db, args.year, args.as_of, args.json))
    elif args.command == "check":
        healthy, report = commands.check(args.db)
        print(report)
        return 0 if healthy else 1
    elif args.command == "backup":
        print(commands.backup(args.db, args.dir))
    elif args.command == "backups":
        print(commands.backups(args.db, args.dir))
    elif args.command == "restore":
        print(commands.restore(args.db, args.file))
    elif args.command == "set-password":
        print(commands.set_password(args.db, args.old_backups))
    elif args.command == "encrypt-backups":
        print(commands.encrypt_backups(args.db, args.remove))
    elif args.command == "remove-password":
        print(commands.remove_password(args.db))
    elif args.command == "import-members":
        imported, message = commands.import_members(args.db, args.file, args.skip_invalid)
        print(message, file=sys.stdout if imported else sys.stderr)
        return 0 if imported else 1
    return 0


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command is None:
        import gc

        gc.disable()  # no cycle collection while the program starts: the launcher turns it on when the store is open
        from ui.app import run_gui

        return run_gui(args.db)
    from models import commands, logbook
    from models.server.security import ServerSetupError

    if hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(encoding="utf-8")
        sys.stderr.reconfigure(encoding="utf-8")
    logbook.start()
    logbook.log.info("command %s", args.command)
    try:
        return run_command(args)
    except (commands.UserError, ServerSetupError) as error:
        logbook.fault(error, args.command)
        print(f"错误：{error}", file=sys.stderr)
    except commands.FIXABLE as error:
        logbook.fault(error, args.command)
        print(_describe(error), file=sys.stderr)
    except Exception as error:
        message = commands.environment_message(error)
        if message is None:  # a bug: its traceback, and its code path in the log
            logbook.bug(error, args.command)
            raise
        logbook.fault(error, args.command)
        print(f"错误：{message}", file=sys.stderr)
    return 1


def _describe(error: Exception) -> str:
    errors = getattr(error, "errors", None)
    if errors:
        head = f"错误：共 {len(errors)} 处问题，未做任何改动：" if len(errors) > 1 else "错误："
        return head + ("\n" if len(errors) > 1 else "") + "\n".join(errors)
    return f"错误：{error}"


if __name__ == "__main__":
    import multiprocessing

    multiprocessing.freeze_support()  # the archive's Word process, in a packaged Windows program
    sys.exit(main())
