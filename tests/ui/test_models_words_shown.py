"""The sentences models/ makes (verdicts, reminders, the path, warnings, errors) are shown translated; models/ keeps
them in Chinese for the minutes, the compliance JSON and the command line.

A translator that changes every text marks what went through the translation: "EN:" before each translated part.
"""

from __future__ import annotations

import errno
from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt

from models.domain import Candidate, Election, Rectification
from models.faults import describe, translate
from models.storage.errors import StaleRecord
from tests.ui.test_home import click_cell, home_on, settle
from tests.ui.test_stored_codes import marked  # noqa: F401  (the fixture)
from ui.errors import show_error
from ui.meetings.election_dialog import ElectionDialog
from ui.operations import Changes
from ui.roster.person_dialog import PersonDialog


def test_a_reminder_is_shown_translated_and_stays_chinese_in_models(marked, window, qtbot, store) -> None:  # noqa: F811
    store.save_rectification(Rectification("r1", "学习记录不完整", due=date(2025, 3, 31)))
    home = window.show_page("home")
    window.ctx.jobs.wait()
    home.activate()
    qtbot.waitUntil(lambda: home.reminders is not None and any("学习记录" in t for t in home.reminders.texts()),
                    timeout=5000)
    settle(window, qtbot)
    qtbot.mouseClick(home.reminders.more, Qt.MouseButton.LeftButton)  # 显示全部
    row = home.reminders.row_of("rectification")
    assert row.text.text() == "• EN:整改事项“学习记录不完整”已过整改期限（EN:2025年3月31日），尚未销号"
    assert row.link.text() == "EN:查看整改事项"
    assert "整改事项“学习记录不完整”已过整改期限（2025年3月31日），尚未销号" in home.reminders.texts()


def test_a_cell_of_the_grid_is_described_translated(marked, window, qtbot) -> None:  # noqa: F811
    home = home_on(window, qtbot, 2025)
    click_cell(qtbot, home, "committee_meeting", 0)
    assert home.cell_panel.title.text() == "EN:EN:支委会　2025年1月：EN:已落实（EN:已开 1 次，应开 1 次）"


def test_an_elections_verdict_is_shown_translated(marked, window, qtbot, store) -> None:  # noqa: F811
    meeting = store.meeting("mt2")
    election = Election("committee", 5, tuple(Candidate(f"m{i}", yes=20) for i in range(1, 6)), 23, 23, 0)
    dialog = ElectionDialog(window, window.ctx.roster(), meeting, election)
    qtbot.addWidget(dialog)
    dialog.update_verdict()
    shown = dialog.verdict.text()
    assert shown.startswith("EN:")
    assert "EN:EN:支部委员会委员应选 5 名，候选人 5 名：EN:差额选举，候选人应多于应选人数的 20%，至少 6 名" in shown
    assert "EN:发出选票 23 张，收回 23 张，有效 23 张，无效 0 张" in shown


def test_the_path_into_the_party_is_shown_translated(marked, window, qtbot, store) -> None:  # noqa: F811
    store.save_person(replace(store.person("a1"), kind="candidate", activist_on=date(2024, 1, 5),
                              candidate_on=date(2024, 6, 1), applied_on=date(2023, 9, 1)))
    window.ctx.did_execute.emit(Changes(roster=True), None)
    roster = window.show_page("roster")
    roster.tabs.setCurrentWidget(roster.path)
    tab = roster.path
    qtbot.waitUntil(lambda: tab.table.rowCount() >= 1, timeout=5000)
    row = next(r for r in range(tab.table.rowCount()) if tab.table.item(r, 0).text() == "安然")
    cells = [tab.table.item(row, c).text() for c in range(tab.table.columnCount())]
    assert cells[1] == "EN:发展对象"
    assert "EN:政治审查、培训后，支部党员大会讨论接收" in cells
    assert "EN:安然：确定为入党积极分子不满一年即列为发展对象（应培养考察一年以上）" in cells
    tab.table.selectRow(row)
    assert tab.notice_button.isEnabled()  # the stage is still known by its code


def test_a_persons_problems_are_shown_translated(marked, window, qtbot, store) -> None:  # noqa: F811
    dialog = PersonDialog(window, None, store.groups(), store.people())
    qtbot.addWidget(dialog)
    dialog.accept()
    assert dialog.result_person is None
    assert "EN:姓名不能为空" in dialog.errors.text()


def test_errors_from_models_are_told_translated_and_stay_chinese_for_the_command_line(marked, window,  # noqa: F811
                                                                                      notices) -> None:
    full = OSError(errno.ENOSPC, "No space left on device")
    assert describe(full) == ("磁盘空间已满，这次的修改没有保存（之前已保存的记录都在）。"
                              "请删除不需要的文件或换一个有空间的位置，然后重试。")
    show_error(window, translate(full))
    show_error(window, StaleRecord("meeting", "mt1", 1, None))
    told = [text for _, text in notices.shown[-2:]]
    assert told == ["EN:磁盘空间已满，这次的修改没有保存（之前已保存的记录都在）。"
                    "请删除不需要的文件或换一个有空间的位置，然后重试。",
                    "EN:这条记录已在别处（另一个窗口或另一台计算机）被删除，您的修改没有保存。"]


def test_a_document_that_cannot_be_written_is_told_translated(marked, window, notices, tmp_path) -> None:  # noqa: F811
    from exports.atomic import write_atomic
    from exports.errors import ExportError
    from ui.documents.save import report

    blocker = tmp_path / "不是文件夹"
    blocker.write_text("")
    try:
        write_atomic(blocker / "会议记录.docx", b"x")
    except ExportError as error:
        assert str(error).startswith(f"无法在文件夹“{blocker}”中保存文件")  # the command line's words
        report(window, error)
    assert notices.shown[-1][1].startswith(f"EN:无法在文件夹“{blocker}”中保存文件")


def test_a_translation_whose_placeholders_do_not_fit_shows_the_chinese_sentence(app) -> None:
    from PySide6.QtCore import QCoreApplication, QTranslator

    from models.words import QT_TRANSLATE_NOOP, say
    from ui.words import sentence

    class Broken(QTranslator):
        def translate(self, context, source, disambiguation=None, n=-1):
            return "{1} {2} broken" if source == "{0}：{1}" else source

        def isEmpty(self) -> bool:
            return False

    broken = Broken()
    QCoreApplication.installTranslator(broken)
    try:
        assert sentence(say(QT_TRANSLATE_NOOP("rules", "{0}：{1}"), "甲", "乙")) == "甲：乙"
    finally:
        QCoreApplication.removeTranslator(broken)
