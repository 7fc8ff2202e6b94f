"""The limits of a record (models/limits.py) are checked in the editors before the write, with a Chinese message:
what the importer refuses in a file, the editor does not write either. (Attachments over 50 MB: test_attachments.)"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from models.limits import LINE_CHARS, TEXT_CHARS
from tests.ui.conftest import type_text
from tests.ui.test_meetings import new_meeting, saved
from tests.ui.test_talks_page import talks_page


def test_a_title_over_its_limit_is_refused_in_the_editor_before_the_write(window, store, monkeypatch, qtbot,
                                                                         notices) -> None:
    editor = new_meeting(window, monkeypatch, "theme_day")
    before = saved(store, editor).title
    editor.basics.title.clear()
    type_text(editor.basics.title, "题" * (LINE_CHARS + 1))
    assert not editor.save()  # Ctrl+S, leaving the record: nothing written
    assert "标题过长：201 个字符（最多 200 个），请缩短" in notices.texts()
    assert "未保存" in editor.state.text()
    window.ctx.writes.settle()
    assert saved(store, editor).title == before
    type_text(editor.basics.title, "又")  # typing on: not told again at every pause
    assert not editor.save()
    assert notices.texts().count("标题过长") == 1
    editor.basics.title.setText("题" * LINE_CHARS)
    assert editor.save()
    qtbot.waitUntil(lambda: saved(store, editor).title == "题" * LINE_CHARS, timeout=4000)
    assert "已自动保存" in editor.state.text()


def test_a_speech_over_its_limit_is_refused_and_the_other_edits_wait_with_it(window, store, monkeypatch, qtbot,
                                                                            notices) -> None:
    editor = new_meeting(window, monkeypatch, "general_meeting")
    editor.tabs.setCurrentWidget(editor.speeches)
    qtbot.mouseClick(editor.speeches.list.add_button, Qt.MouseButton.LeftButton)
    card = editor.speeches.list.cards[-1]
    card.content.setPlainText("讲" * (TEXT_CHARS + 1))
    assert not editor.save()
    assert f"发言过长：{TEXT_CHARS + 1} 个字符（最多 {TEXT_CHARS} 个）" in notices.texts()
    window.ctx.writes.settle()
    assert saved(store, editor).speeches == ()
    card.content.setPlainText("讲" * TEXT_CHARS)  # the limit itself is fine
    assert editor.save()
    qtbot.waitUntil(lambda: len(saved(store, editor).speeches) == 1, timeout=4000)
    assert len(saved(store, editor).speeches[0].content) == TEXT_CHARS


def test_a_control_character_in_a_title_is_refused_as_the_importer_refuses_it(window, store, monkeypatch,
                                                                             notices) -> None:
    editor = new_meeting(window, monkeypatch, "theme_day")
    editor.basics.title.setText("学习\u202e材料")  # pasted: a right-to-left override
    assert not editor.save()
    assert "标题中含有看不见的控制字符 U+202E，请删去" in notices.texts()


@pytest.mark.parametrize("field, text, told", [("topic", "题" * (LINE_CHARS + 1), "谈话主题过长"),
                                               ("content", "谈" * (TEXT_CHARS + 1), "谈话内容过长")])
def test_a_talk_over_its_limits_is_refused_in_the_editor(window, store, qtbot, notices, field: str, text: str,
                                                         told: str) -> None:
    page = talks_page(window)
    page.list.selectRow(0)
    before = store.talk("t1")
    widget = getattr(page.editor, field)
    (widget.setText if field == "topic" else widget.setPlainText)(text)
    assert not page.editor.save()
    assert told in notices.texts() and "未保存" in page.editor.state.text()
    window.ctx.writes.settle()
    assert store.talk("t1") == before


def test_a_person_and_the_branch_are_checked_as_the_importer_checks_them(window, store, qtbot, notices) -> None:
    from ui.roster.person_dialog import PersonDialog

    dialog = PersonDialog(window, store.person("m7"), store.groups(), store.people())
    qtbot.addWidget(dialog)
    dialog.phone.setText("138\x1b[31m0000")  # pasted from a terminal
    dialog.accept()
    assert "联系电话中含有看不见的控制字符 U+001B" in dialog.errors.text() and dialog.result_person is None
    page = window.show_page("settings")
    branch = page.section("branch")
    branch.short_name.setText("支" * (LINE_CHARS + 1))
    assert not page.save_now()
    assert "简称过长：201 个字符（最多 200 个）" in notices.texts()
    window.ctx.writes.settle()
    assert store.branch().short_name != "支" * (LINE_CHARS + 1)


def test_closing_with_a_text_over_its_limit_asks_first(window, store, qtbot, notices) -> None:
    page = talks_page(window)
    page.list.selectRow(0)
    page.editor.content.setPlainText("谈" * (TEXT_CHARS + 1))
    assert not page.editor.save()
    notices.answer = False  # 留在程序中
    window.close()
    assert not window.closed and "有内容未能保存" in notices.texts()
    page.editor.content.setPlainText("谈了工作。")  # shortened: saved, and the window closes without asking
    assert page.editor.save()
    window.ctx.writes.settle()
    assert store.talk("t1").content == "谈了工作。"
    asked = len(notices.shown)
    window.close()
    assert window.closed and len(notices.shown) == asked
