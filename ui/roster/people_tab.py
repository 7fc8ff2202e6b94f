"""The people table with its filters and buttons."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from models.domain import Person
from ui import options
from ui.context import AppContext
from ui.errors import Notice, show_error
from ui.joiners import items
from ui.operations import Changes
from ui.roster.group_move_dialog import GroupMoveDialog
from ui.roster.people_model import PERSON_ROLE, PeopleFilter, PeopleModel
from ui.roster.person_dialog import PersonDialog
from ui.roster.standing_dialog import StandingDialog
from ui.widgets.combo import ValueCombo

KIND_FILTERS = (
    (QT_TRANSLATE_NOOP("PeopleTab", "全部类别"), None),
    (QT_TRANSLATE_NOOP("PeopleTab", "党员"), "member"),
    (QT_TRANSLATE_NOOP("PeopleTab", "正式党员"), "full"),
    (QT_TRANSLATE_NOOP("PeopleTab", "预备党员"), "probationary"),
    (QT_TRANSLATE_NOOP("PeopleTab", "发展对象"), "candidate"),
    (QT_TRANSLATE_NOOP("PeopleTab", "入党积极分子"), "activist"),
)
PRESENCE = (
    (QT_TRANSLATE_NOOP("PeopleTab", "在册人员"), "in"),
    (QT_TRANSLATE_NOOP("PeopleTab", "已离开"), "left"),
    (QT_TRANSLATE_NOOP("PeopleTab", "全部"), "all"),
)


class PeopleTab(QWidget):
    import_requested = Signal()
    export_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = PeopleModel(self)
        self.proxy = PeopleFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.activated.connect(lambda _: self.edit_selected())  # a double click, or Enter on the row
        self.group_filter = ValueCombo()
        self.kind_filter = ValueCombo()
        for label, code in KIND_FILTERS:
            self.kind_filter.addItem(self.tr(label), code)
        self.presence_filter = ValueCombo()
        for label, code in PRESENCE:
            self.presence_filter.addItem(self.tr(label), code)
        self.order = ValueCombo()
        self.order.addItem(self.tr("按姓名拼音排序"), "pinyin")
        self.order.addItem(self.tr("按职务和入党时间排序"), "rank")
        self.order.setSizeAdjustPolicy(ValueCombo.SizeAdjustPolicy.AdjustToContents)
        self.order.currentIndexChanged.connect(self._order_changed)
        self.text_filter = QLineEdit()
        self.text_filter.setPlaceholderText(self.tr("按姓名、职务或电话筛选"))
        self.text_filter.setClearButtonEnabled(True)
        self.text_filter.setMinimumWidth(200)
        for box in (self.group_filter, self.kind_filter, self.presence_filter):
            box.setSizeAdjustPolicy(ValueCombo.SizeAdjustPolicy.AdjustToContents)
        self.count = QLabel()
        self.count.setObjectName("hint")
        self.add_button = QPushButton(self.tr("新增人员"))
        self.add_button.setObjectName("primary")
        self.edit_button = QPushButton(self.tr("编辑"))
        self.delete_button = QPushButton(self.tr("删除"))
        self.standing_button = QPushButton(self.tr("不计入应到、留党察看…"))
        self.import_button = QPushButton(self.tr("从 Excel 导入…"))
        self.export_button = QPushButton(self.tr("导出 Excel…"))
        self._layout()
        self.add_button.clicked.connect(self.add_person)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.standing_button.clicked.connect(self.edit_standing)
        self.import_button.clicked.connect(self.import_requested)
        self.export_button.clicked.connect(self.export_requested)
        for box in (self.group_filter, self.kind_filter, self.presence_filter):
            box.currentIndexChanged.connect(self._filter_changed)
        self.text_filter.textChanged.connect(self._filter_changed)

    def _layout(self) -> None:
        bar = QHBoxLayout()
        for w in (self.group_filter, self.kind_filter, self.presence_filter, self.text_filter):
            bar.addWidget(w)
        bar.addWidget(self.order)
        bar.addWidget(self.count)
        bar.addStretch(1)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.delete_button, self.standing_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def reload(self) -> None:
        groups = self.ctx.groups()
        current = self.group_filter.currentData() if self.group_filter.count() else options.ROSTER_GROUP.get()
        self.group_filter.blockSignals(True)
        self.group_filter.clear()
        self.group_filter.addItem(self.tr("全部党小组"), "*")
        for g in groups:
            self.group_filter.addItem(g.name, g.id)
        self.group_filter.addItem(self.tr("未分党小组"), "")
        self.group_filter.setCurrentIndex(max(0, self.group_filter.findData(current)))
        self.group_filter.blockSignals(False)
        self.model.set_people(self.ctx.people(), {g.id: g.name for g in groups})
        if self.proxy.rank is not None:
            self._order_changed()
        self._filter_changed()

    def restore_filters(self) -> None:
        kind = options.ROSTER_KIND.get()
        presence = options.ROSTER_PRESENCE.get()
        self.kind_filter.setCurrentIndex(max(0, self.kind_filter.findData(kind or None)))
        self.presence_filter.setCurrentIndex(max(0, self.presence_filter.findData(presence)))

    def _filter_changed(self) -> None:
        group = self.group_filter.currentData()
        self.proxy.set_filter(group=None if group in (None, "*") else group, kind=self.kind_filter.currentData(),
                              presence=self.presence_filter.currentData(), text=self.text_filter.text().strip())
        self.count.setText(self.tr("共 %n 人", "", self.proxy.rowCount()))
        options.ROSTER_GROUP.set(group if group is not None else "*")
        options.ROSTER_KIND.set(self.kind_filter.currentData() or "")
        options.ROSTER_PRESENCE.set(self.presence_filter.currentData())

    def _order_changed(self) -> None:
        """书记 first, then the committee by rank, then everyone by the day they joined (the roster's usual order)."""

        if self.order.currentData() == "rank":
            roster = self.ctx.roster()
            ids = roster.sort_for_roster([p.id for p in self.model.people], date.today())
            self.proxy.rank = {member: i for i, member in enumerate(ids)}
        else:
            self.proxy.rank = None
        self.proxy.invalidate()
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)

    def selected(self) -> Person | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(PERSON_ROLE) if rows else None

    def add_person(self) -> None:
        person = PersonDialog.ask(self, None, self.ctx.groups(), self.ctx.people())
        if person is not None:
            self._save(person)

    def edit_selected(self) -> None:
        current = self.selected()
        if current is None:
            Notice.info(self, self.tr("编辑人员"), self.tr("请先在表格中选中一个人。"))
            return
        person = PersonDialog.ask(self, current, self.ctx.groups(), self.ctx.people())
        if person is None:
            return
        since = None
        if current.group is not None and person.group != current.group and person.kind == "member":
            move = GroupMoveDialog.ask(self, person.name, self.ctx.group_name(current.group),
                                       self.ctx.group_name(person.group) or self.tr("（无党小组）"))
            if move is None:
                return
            since = move.since
        self._save(person, since)

    def edit_standing(self) -> None:
        """不计入应到 and 留党察看 of the selected member."""
        current = self.selected()
        if current is None or current.kind != "member":
            Notice.info(self, self.tr("不计入应到、留党察看"), self.tr("请先在表格中选中一名党员。"))
            return
        roster = self.ctx.roster().data
        mine = [x for x in roster.exclusions if x.member == current.id]
        probations = [p for p in roster.party_probations if p.member == current.id]
        answer = StandingDialog.ask(self, current, mine, probations)
        if answer is None or answer == (mine, probations):
            return
        exclusions, probations = answer
        self.ctx.writes.run(lambda store: store.set_standing_of(current.id, exclusions, probations),
                            Changes(roster=True), initiator=self,
                            success=lambda _: self.ctx.saved.emit(self.tr("已保存")),
                            failure=lambda error: show_error(self, error))

    def _save(self, person: Person, group_since: date | None = None) -> None:
        """Write the person; with `group_since`, a change of group is a move on that day."""
        self.ctx.writes.run(lambda store: store.save_person(person, group_since), Changes(roster=True),
                            initiator=self,
                            success=lambda _saved: self.select(person.id),  # after the page has reloaded the list
                            failure=lambda error: show_error(self, error))  # the dialog's data is in the message

    def select(self, person_id: str) -> None:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(PERSON_ROLE).id == person_id:
                self.table.selectRow(row)
                self.table.scrollTo(index)
                return

    def delete_selected(self) -> None:
        person = self.selected()
        if person is None:
            return
        uses = self.ctx.store.person_references(person.id)
        if uses:
            listed = items(f"{k} {v} 处" for k, v in uses.items())
            Notice.warn(self, self.tr("不能删除"), self.tr(
                "“{0}”仍出现在记录中（{1}）。\n如已转出，请编辑此人并填写离开日期。").format(person.name, listed))
            return
        if Notice.confirm(self, self.tr("删除人员"), self.tr("确定从名册中删除“{0}”吗？").format(person.name)):
            self.ctx.writes.run(lambda store: store.delete_person(person.id), Changes(roster=True), initiator=self,
                                failure=lambda error: show_error(self, error))
