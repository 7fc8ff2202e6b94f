"""Screenshots of every page and dialog for the manual and for looking at what was built.

    python -m tests.ui.screenshots docs/img     (offscreen; writes ui-*.png)
"""

from __future__ import annotations

import dataclasses
import os
import sys
import tempfile
from datetime import date, time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def year_of_meetings(data, year: int, last_month: int):
    """A plausible year: committee, group meetings and theme days monthly; general meetings and lectures quarterly."""
    from models.domain import Attendance, Meeting, Speech
    from models.rules import expected_attendees
    from models.templates import default_agenda, default_title

    meetings = []
    topics = {"committee_meeting": "研究部署{m}月份支部工作", "theme_day": "{m}月主题党日：走进社区开展志愿服务",
              "group_meeting": "{m}月党小组集中学习", "general_meeting": "第{q}季度支部党员大会",
              "party_lecture": "书记讲党课：传承红色基因"}
    for month in range(1, last_month + 1):
        kinds = ["committee_meeting", "theme_day", "group_meeting"]
        if month % 3 == 0:
            kinds += ["general_meeting", "party_lecture"]
        for i, kind in enumerate(kinds):
            day = date(year, month, 8 + 3 * i)
            group = "g1" if kind == "group_meeting" else None
            ids = expected_attendees(data, kind, day, group)
            absent = set(ids[3:5]) if len(ids) > 8 else set()
            meetings.append(Meeting(
                id=f"y{year}-{month}-{kind}", type=kind, date=day, group=group,
                title=topics[kind].format(m=month, q=(month - 1) // 3 + 1) or default_title(kind, day),
                start=time(9, 0), end=time(10, 30), location="机关三楼会议室", host="m1", recorder="m2",
                agenda=default_agenda(kind),
                attendance=tuple(Attendance(i, "leave" if i in absent else "present", "因公" if i in absent else None)
                                 for i in ids),
                speeches=(Speech("要把学习成果转化为推动妇联工作的实际成效。", speaker="m1"),),
                status="final" if month < last_month else "draft",
            ))
    return meetings


ENGLISH_PAGES = {"home", "meetings", "editor-basics", "roster", "committee", "talks", "orglife", "archive",
                 "stats-meetings", "settings", "settings-display", "search"}  # the main pages, for the manual


def main(out: Path, english: bool = False) -> None:
    """Every screenshot into `out`; with `english`, the main pages (ENGLISH_PAGES) with 界面语言 English."""
    from PySide6.QtWidgets import QApplication, QWidget

    from models.services import Store
    from tests.ui.conftest import fill_store
    from tests.ui.data import build_branch
    from ui.app import make_application

    folder = Path(tempfile.mkdtemp(prefix="orglife-shots-"))
    os.environ["ORGLIFE_DATA_DIR"] = str(folder / "user")
    app = make_application([])
    if english:
        from ui import options
        from ui.app import load_qt_translation

        assert load_qt_translation(app, "en")
        options.LANGUAGE.set("en")  # as the clerk chose it in 设置 → 显示
    data = build_branch()
    today = date.today()
    extra = year_of_meetings(data, today.year, today.month)
    data = dataclasses.replace(data, meetings=(*data.meetings, *extra), talks=(*data.talks, *talks_of_year(today)))
    store = Store.open(folder / "db.sqlite3")
    fill_store(store, data)
    born = {"m1": (date(1975, 6, 12), "day"), "m2": (date(1979, 11, 1), "month"), "m3": (date(1982, 3, 1), "month"),
            "m7": (date(1988, 2, 1), "month"), "m8": (date(1990, 5, 1), "day")}  # 出生年月 as rosters keep it
    for pid, (day, precision) in born.items():
        store.save_person(dataclasses.replace(store.person(pid), birth_date=day, birth_precision=precision))
    from ui.main_window import MainWindow

    window = MainWindow(store)
    window.resize(1280, 800)
    window.show()
    out.mkdir(parents=True, exist_ok=True)

    def settle() -> None:
        for _ in range(3):
            app.processEvents()
            window.ctx.jobs.wait()
        app.processEvents()

    def snap(widget: QWidget, name: str) -> None:
        if english and name not in ENGLISH_PAGES:
            return
        settle()
        widget.grab().save(str(out / f"ui-{name}.png"))
        print("wrote", out / f"ui-{name}.png")

    for key in ("home", "meetings", "roster"):
        window.show_page(key)
        if key == "meetings":
            select_rows(window.pages["meetings"].list, settle, (1, 3))
        snap(window, key)
        if key == "home":
            shots_of_home(window, snap, settle)
            if not english:
                print_of_grid(window, out)
    roster = window.pages["roster"]
    roster.tabs.setCurrentWidget(roster.committee)
    snap(window, "committee")
    roster.tabs.setCurrentWidget(roster.people)
    shots_of_editor(window, store, snap)
    shots_of_dialogs(window, store, folder, snap)
    window.search_box.setText("李娜")
    window.run_search()
    snap(window, "search")
    search = window.search_page
    row = next(r for r in range(search.table.rowCount()) if search.hits[r].kind == "meeting")
    search.table.selectRow(row)
    window.open_search_hit("meeting", search.hits[row].id)
    snap(window, "search-opened")
    window.back_to_search()
    window.search_box.clear()
    for key in ("talks", "orglife", "archive", "stats", "settings"):
        page = window.show_page(key)
        if key == "talks":
            page.set_year(data.talks[0].date.year)
            page.list.selectRow(0)  # the editor with its 打印预览 / 导出 buttons
        if key == "orglife":
            start_dossier(page)
        if key == "archive":
            page.folder.setText(r"D:\党建资料\组织生活档案")  # as on the clerk's office PC
        if key == "stats":
            for i, name in enumerate(("stats-meetings", "stats-attendance", "stats-talks")):
                page.tabs.setCurrentIndex(i)
                snap(window, name)
            continue
        snap(window, key)
    shots_of_lock(window, snap)
    window.close()
    QApplication.processEvents()
    if not english:
        shots_of_party(out, folder)


def shots_of_lock(window, snap) -> None:
    """设置 → 密码锁, and the unlock prompt the window shows at the start and after the idle minutes."""
    page = window.show_page("settings")
    for name in ("display", "server", "password"):  # 显示, 数据库, then 密码锁 for the unlock prompt below
        section = page.section(name)
        page.list.setCurrentRow(page.sections.index(section))
        snap(window, f"settings-{name}")
    screen = window.lock(window.database_file())
    screen.password.setText("••••••")
    snap(window, "unlock")
    window.unlock()


def talks_of_year(today: date):
    """Some of this year's 谈心谈话, so the statistics page has talks to chart."""
    from models.domain import Talk

    pairs = (("m1", "m2"), ("m1", "m3"), ("m2", "m4"), ("m1", "m8"), ("m3", "m10"), ("m2", "m11"), ("m4", "m12"),
             ("m5", "m14"), ("m1", "m16"), ("m3", "m17"))
    return [Talk(f"ty{i}", date(today.year, 1 + i % max(1, today.month), 10 + i), a, b, location="书记办公室",
                 topic="谈思想、谈工作") for i, (a, b) in enumerate(pairs)]


def shots_of_home(window, snap, settle) -> None:
    """A cell of the grid chosen (its meetings listed), then the branch's own rules in their dialog."""
    from ui.settings_pages.rules_dialog import RulesDialog

    home = window.home
    settle()
    rows = home.overview.grid.rows
    row = next(i for i, r in enumerate(rows) if r.key == "group_meeting" and r.group == "g2")
    home.grid.choose(row, max(0, date.today().month - 2))  # a missing month
    home.grid.setFocus()
    settle()
    from PySide6.QtWidgets import QScrollArea

    scroll = home.findChild(QScrollArea)
    top = home.grid.mapTo(scroll.widget(), home.grid.rect().topLeft()).y()
    scroll.verticalScrollBar().setValue(top - 40)  # the grid and the chosen cell's meetings in view
    snap(window, "home-cell")
    scroll.verticalScrollBar().setValue(0)
    dialog = RulesDialog(window, window.ctx)
    dialog.show()
    snap(dialog, "dialog-rules")
    dialog.close()


def print_of_grid(window, out: Path) -> None:
    """The grid as it prints (one A4 page), rendered with poppler when it is installed."""
    import shutil
    import subprocess

    from PySide6.QtGui import QPdfWriter

    from ui.home.grid_print import grid_title, paint_grid_page

    if shutil.which("pdftoppm") is None:
        return
    pdf = out / "ui-home-print.pdf"
    writer = QPdfWriter(str(pdf))
    grid = window.home.overview.grid
    paint_grid_page(writer, grid, grid_title(window.branch_label.text(), grid))
    del writer
    subprocess.run(["pdftoppm", "-png", "-r", "60", "-singlefile", str(pdf), str(out / "ui-home-print")], check=True)
    pdf.unlink()
    print("wrote", out / "ui-home-print.png")


def start_dossier(page) -> None:
    """This year's 组织生活会 made from its button, so the page shows its steps rather than the empty state."""
    from ui.orglife.new_meeting import MeetingDayDialog, default_day

    MeetingDayDialog.ask = classmethod(lambda cls, parent, day: default_day(day.year, date.today()))
    page.dossier.create_button.click()
    page.ctx.writes.settle()  # written, then shown


def select_rows(meeting_list, settle, rows: tuple[int, ...]) -> None:
    """A selection as Ctrl+click makes it: 打印所选 and 导出所选为 PDF are then enabled."""
    from PySide6.QtCore import QItemSelectionModel

    settle()
    selection = meeting_list.table.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in rows:
        selection.select(meeting_list.model.index(row, 0), flags)


def shots_of_editor(window, store, snap) -> None:
    from models.domain import Attendance, Guest, Resolution, Speech, Vote

    m = store.meeting("mt2")
    attendance = tuple(Attendance(a.member, "leave", "病假") if a.member in ("m9", "m12") else
                       Attendance(a.member, "absent") if a.member == "m15" else a for a in m.attendance)
    store.save_meeting(dataclasses.replace(
        m, start=time(14, 30), end=time(16, 0), location="机关三楼会议室", attendance=attendance,
        guests=(Guest("刘建华", "市直机关工委组织部副部长"),),
        agenda=("传达学习党的二十届三中全会精神", "讨论接收赵倩同志为中共预备党员", "书记作会议小结"),
        speeches=(Speech("全会精神要同妇联工作结合起来学，重点抓好家庭家教家风建设。", speaker="m1"),
                  Speech("赵倩同志入党动机端正，培养考察期间表现突出，建议接收。", speaker="m2"),
                  Speech("同意接收。建议支部继续做好对赵倩同志的培养教育。", speaker="m7"),
                  Speech("希望支部把学习与服务妇女群众结合起来。", speaker_name="刘建华")),
        resolutions=(Resolution("同意接收赵倩同志为中共预备党员。", "admission", Vote(18, 0, 0)),),
        summary="会议传达学习了全会精神，讨论通过了接收预备党员事项。会后各党小组要组织专题学习。"))
    page = window.show_page("meetings")
    page.open_meeting("mt2")
    editor = page.editor
    for i, name in enumerate(("editor-basics", "editor-attendance", "editor-speeches", "editor-resolutions",
                              "editor-summary")):
        editor.tabs.setCurrentIndex(i)
        snap(window, name)
    page.open_meeting("mt1")
    editor.tabs.setCurrentIndex(0)
    snap(window, "editor-final")
    late_attachment(store, "mt1")
    page.open_meeting("mt1")
    editor.tabs.setCurrentWidget(editor.attachments)
    snap(window, "editor-attachments-late")
    page.show_list()


def late_attachment(store, meeting_id: str) -> None:
    """A scanned 签到表 that arrives after 定稿."""
    import hashlib

    from PySide6.QtCore import QBuffer, QIODevice
    from PySide6.QtGui import QColor, QImage, QPainter

    from models.domain import Attachment

    image = QImage(240, 320, QImage.Format.Format_RGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    for y in range(40, 300, 24):
        painter.drawLine(20, y, 220, y)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    data = bytes(buffer.data())
    store.attach_to_final(meeting_id, (Attachment("签到表扫描件.png", "image/png", hashlib.sha256(data).hexdigest(),
                                                  data),))


def shots_of_dialogs(window, store, folder: Path, snap) -> None:
    from tests.ui.test_import import BAD, GOOD, workbook
    from ui.dialogs.first_start import FirstStartWizard
    from ui.dialogs.saved_file import SavedFile
    from ui.meetings.amend_dialog import AmendDialog
    from ui.meetings.new_dialog import NewMeetingDialog
    from ui.roster.import_dialog import ImportDialog
    from ui.roster.person_dialog import PersonDialog

    months = [["孙悦", "女", "1988.02", "党员", "2016-07-01", "2017-07-01", "第一党小组", None],
              ["周宁", "男", "1979年11月", "党员", "2008/6/1", "2009/6/1", "第二党小组", None]]
    saved, _, _ = SavedFile.box(window, "文件已保存", r"已保存到：D:\党建资料\2025-02-20 学习贯彻全会精神.pdf")
    dialogs = [
        ("dialog-new-meeting", NewMeetingDialog(window, store.groups())),
        ("dialog-person", PersonDialog(window, store.person("m7"), store.groups(), store.people())),
        ("dialog-import", ImportDialog(window, window.ctx, str(workbook(folder / "名册.xlsx", GOOD + months + BAD)))),
        ("dialog-amend", AmendDialog(window)),
        ("dialog-saved-file", saved),
    ]
    wizard = FirstStartWizard()
    wizard.branch_page.name.setText("中共示例市妇女联合会机关支部委员会")
    dialogs.append(("wizard", wizard))
    for name, dialog in dialogs:
        dialog.show()
        snap(dialog, name)
        dialog.close()


PARTY = (("中共示例市妇女联合会机关支部委员会", "妇联机关支部", 12),
         ("中共示例市总工会机关支部委员会", "总工会机关支部", 9),
         ("中共示例市团委机关支部委员会", "团委机关支部", 11),
         ("中共示例市科协机关支部委员会", "科协机关支部", 5),
         ("中共示例市文联机关支部委员会", "文联机关支部", 0))


def party_file(path: Path, today: date) -> None:
    """A 机关党委's file of five branches, each with this year's meetings up to another month (the last none)."""
    from bench.party import add_branch
    from models.db import open_database
    from models.domain import Branch
    from tests.ui.data import build_branch

    engine = open_database(path, new=True)
    for name, short, months in PARTY:
        data = build_branch()
        meetings = year_of_meetings(data, today.year, min(months, today.month))
        add_branch(engine, dataclasses.replace(data, branch=Branch(name, short), meetings=tuple(meetings)))
    engine.dispose()


def shots_of_party(out: Path, folder: Path) -> None:
    """党委总览 on a file of several branches, a branch opened read-only, and the chooser of the start."""
    from PySide6.QtWidgets import QApplication

    from models.services import Store
    from ui.dialogs.branch_chooser import BranchChooser
    from ui.main_window import MainWindow

    today = date.today()
    party_file(folder / "party.sqlite3", today)
    store = Store.open(folder / "party.sqlite3")
    store.choose_branch(store_branch(store, PARTY[0][0]))
    window = MainWindow(store)
    window.resize(1280, 800)
    window.show()
    app = QApplication.instance()

    def snap(widget, name: str, jobs) -> None:  # type: ignore[no-untyped-def]
        for _ in range(3):
            app.processEvents()
            jobs.wait()
        app.processEvents()
        widget.grab().save(str(out / f"ui-{name}.png"))
        print("wrote", out / f"ui-{name}.png")

    page = window.show_page("party")
    snap(window, "party", window.ctx.jobs)
    page.table.selectRow(page.table.row_of(PARTY[1][0]))
    view = page.open_branch(page.table.selected_branch())
    view.resize(1100, 640)
    snap(view, "party-branch", view.jobs)
    view.close()
    chooser = BranchChooser(list(window.login.branches), "", window)
    chooser.show()
    snap(chooser, "branch-chooser", window.ctx.jobs)
    chooser.close()
    window.close()
    app.processEvents()


def store_branch(store, name: str) -> int:  # type: ignore[no-untyped-def]
    from models.services.base import branches

    return next(b.id for b in branches(store.engine) if b.name == name)


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/img")
    if sys.argv[2:] == ["party"]:  # only the 党委's screens
        from ui.app import make_application

        shots = Path(tempfile.mkdtemp(prefix="orglife-shots-"))
        os.environ["ORGLIFE_DATA_DIR"] = str(shots / "user")
        make_application([])
        target.mkdir(parents=True, exist_ok=True)
        shots_of_party(target, shots)
    else:
        main(target, english=sys.argv[2:] == ["english"])
