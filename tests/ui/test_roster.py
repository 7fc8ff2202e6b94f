"""党员名册: the table in pinyin order, filters, the person dialog's checks, groups and the committee."""

from __future__ import annotations

import dataclasses
from datetime import date

from PySide6.QtCore import QDate, Qt

from models.domain import Person
from models.roster import name_key
from tests.ui.conftest import type_text
from ui.operations import Changes
from ui.roster.person_dialog import PersonDialog


def shown_names(page) -> list[str]:
    proxy = page.people.proxy
    return [proxy.index(r, 0).data() for r in range(proxy.rowCount())]


def test_surnames_sort_by_their_surname_reading() -> None:
    names = ["张三", "曾志强", "单丽", "解红梅", "区嘉欣", "仇志明", "朴英", "陈静"]
    assert sorted(names, key=name_key) == ["陈静", "区嘉欣", "朴英", "仇志明", "单丽", "解红梅", "曾志强", "张三"]


def test_roster_table_in_pinyin_order_and_filters(window) -> None:
    page = window.show_page("roster")
    names = shown_names(page)
    assert "吴秀兰" not in names  # left the branch: not in the default view
    assert names.index("曾志强") > names.index("张敏") is False or names.index("曾志强") < names.index("张敏")
    assert names.index("单丽") < names.index("孙建国") < names.index("解红梅") < names.index("曾志强")
    page.people.group_filter.setCurrentIndex(page.people.group_filter.findData("g1"))
    assert all(p.group == "g1" for p in (page.people.proxy.index(r, 0).data(Qt.ItemDataRole.UserRole + 2)
                                         for r in range(page.people.proxy.rowCount())))
    page.people.presence_filter.setCurrentIndex(page.people.presence_filter.findData("left"))
    page.people.group_filter.setCurrentIndex(0)
    assert shown_names(page) == ["吴秀兰"]
    assert "已离开（转出）" in page.people.proxy.index(0, 10).data()


def test_person_dialog_checks_dates_and_saves(window, qtbot, store, monkeypatch) -> None:
    dialog = PersonDialog(window, None, store.groups(), store.people())
    qtbot.addWidget(dialog)
    type_text(dialog.name, "欧阳娜")
    dialog.joined.setDate(QDate(2020, 7, 1))
    dialog.full.setDate(QDate(2019, 7, 1))
    dialog.accept()
    assert "转正日期必须晚于入党日期" in dialog.errors.text()
    assert dialog.result_person is None
    dialog.full.setDate(QDate(2021, 7, 1))
    dialog.group.setCurrentIndex(dialog.group.findData("g2"))
    qtbot.keyClicks(dialog.phone, "13912345678")
    dialog.accept()
    person = dialog.result_person
    assert person is not None and person.full_member_on == date(2021, 7, 1)
    monkeypatch.setattr(PersonDialog, "ask", classmethod(lambda cls, *a: person))
    page = window.show_page("roster")
    qtbot.mouseClick(page.people.add_button, Qt.MouseButton.LeftButton)
    saved = {p.name: p for p in store.people()}["欧阳娜"]
    assert saved.group == "g2" and saved.phone == "13912345678" and saved.joined_on == date(2020, 7, 1)
    assert "欧阳娜" in shown_names(page)


def test_duplicate_name_needs_confirmation(window, qtbot, store, notices) -> None:
    dialog = PersonDialog(window, None, store.groups(), store.people())
    qtbot.addWidget(dialog)
    type_text(dialog.name, "李娜")
    dialog.joined.setDate(QDate(2020, 7, 1))
    notices.answer = False
    dialog.accept()
    assert dialog.result_person is None
    assert "名册中已有“李娜”" in notices.texts()
    notices.answer = True
    dialog.accept()
    assert dialog.result_person is not None and dialog.result_person.name == "李娜"


def test_editing_a_person_keeps_their_id(window, store, monkeypatch) -> None:
    page = window.show_page("roster")
    page.people.select("m7")
    monkeypatch.setattr(PersonDialog, "ask", classmethod(
        lambda cls, parent, person, groups, others: dataclasses.replace(person, title="办公室主任")))
    page.people.edit_selected()
    assert store.person("m7").title == "办公室主任"
    assert len(store.people()) == 25


def test_person_named_in_records_cannot_be_deleted(window, notices, store) -> None:
    page = window.show_page("roster")
    page.people.select("m1")
    page.people.delete_selected()
    assert "仍出现在记录中" in notices.texts()
    assert any(p.id == "m1" for p in store.people())
    store.save_person(Person("n9", "临时", kind="activist"))
    window.ctx.did_execute.emit(Changes(roster=True), None)
    page.people.select("n9")
    page.people.delete_selected()
    assert not any(p.id == "n9" for p in store.people())


def test_committee_term_warning(window) -> None:
    page = window.show_page("roster")
    committee = page.committee
    # elected 2023-03-01: the three-year term ends 2026-03-01
    assert "2026年3月1日" in committee.term.text()
    assert committee.table.rowCount() == 5
    from models.rules.term import term_warning

    roles = window.ctx.store.committee()
    assert term_warning(roles, date(2025, 10, 1)) is None
    assert "不足三个月" in term_warning(roles, date(2025, 12, 15))
    assert "已于 2026年3月1日 届满" in term_warning(roles, date(2026, 3, 2))


def test_roster_by_committee_rank_then_join_date(window) -> None:
    page = window.show_page("roster")
    tab = page.people
    tab.order.setCurrentIndex(tab.order.findData("rank"))
    names = shown_names(page)
    assert names[:5] == ["王丽华", "陈静", "刘晓燕", "张敏", "曾志强"]  # 书记, 组织委员, 宣传委员, 纪检委员, 委员
    assert names[5] == "孙建国"  # then by join date (1996)
    tab.order.setCurrentIndex(tab.order.findData("pinyin"))
    assert shown_names(page)[0] == "安然"
