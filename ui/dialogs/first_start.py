"""The first start: the branch's name, its superior body, the archive codes, then how to enter the roster."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from models.domain import Branch


@dataclass(frozen=True)
class FirstStart:
    branch: Branch
    roster: str  # "excel", "manual" or "later"; "sample": try the program on the sample branch instead

    def after(self, window: QWidget) -> None:
        """What the main window does once it is shown: open the roster the way the clerk chose."""
        if self.roster == "excel":
            window.import_roster()  # type: ignore[attr-defined]
        elif self.roster == "manual":
            window.show_page("roster").new_record()  # type: ignore[attr-defined]


class BranchPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("欢迎使用组织生活记录本"))
        self.setSubTitle(self.tr("先填写党支部的基本信息。这些信息会印在会议记录和年度档案上，以后可在“设置”中修改。"))
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("例如：中共某某市妇女联合会机关支部委员会"))
        self.short_name = QLineEdit()
        self.short_name.setPlaceholderText(self.tr("例如：市妇联机关党支部"))
        self.parent_org = QLineEdit()
        self.parent_org.setPlaceholderText(self.tr("例如：中共某某市直属机关工作委员会"))
        form = QFormLayout(self)
        form.addRow(self.tr("党支部全称 *"), self.name)
        form.addRow(self.tr("简称"), self.short_name)
        form.addRow(self.tr("上级党组织"), self.parent_org)
        self.registerField("name*", self.name)
        self.sample_button = QPushButton(self.tr("先用示例数据试用…"))
        hint = QLabel(self.tr("示例数据是一个虚构的党支部，可以随意试用所有功能，不影响正式数据；"
                              "下次启动时仍从这里开始填写本支部的信息。"))
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        form.addRow(QLabel(""))
        form.addRow(self.sample_button)
        form.addRow(hint)


class ArchivePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("档号"))
        self.setSubTitle(self.tr("年度归档时，每份记录的档号形如 J012-WS·2025-Y-DZB-0007。"
                                 "全宗号可向本单位档案室询问；不清楚可先空着。"))
        self.fonds = QLineEdit()
        self.fonds.setPlaceholderText(self.tr("例如：J012"))
        self.unit = QLineEdit("DZB")
        form = QFormLayout(self)
        form.addRow(self.tr("全宗号"), self.fonds)
        form.addRow(self.tr("机构代码"), self.unit)


class RosterPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("党员名册"))
        self.setSubTitle(self.tr("会议的应到人员、表决权都按名册计算。请选择录入名册的方式："))
        self.choice = QButtonGroup(self)
        layout = QVBoxLayout(self)
        for i, (code, text, hint) in enumerate((
            ("excel", QT_TRANSLATE_NOOP("RosterPage", "从 Excel 表格导入（推荐）"),
             QT_TRANSLATE_NOOP("RosterPage", "已有党员花名册的 .xlsx 文件：导入前可预览并核对每一行。")),
            ("manual", QT_TRANSLATE_NOOP("RosterPage", "手工逐个录入"),
             QT_TRANSLATE_NOOP("RosterPage", "人数不多时，逐个填写姓名、入党日期等。")),
            ("later", QT_TRANSLATE_NOOP("RosterPage", "稍后再录入"),
             QT_TRANSLATE_NOOP("RosterPage", "可随时在“党员名册”页面导入或新增。")),
        )):
            button = QRadioButton(self.tr(text))
            button.setProperty("code", code)
            self.choice.addButton(button, i)
            label = QLabel(self.tr(hint))
            label.setObjectName("hint")
            label.setContentsMargins(24, 0, 0, 8)
            layout.addWidget(button)
            layout.addWidget(label)
        self.choice.button(0).setChecked(True)
        layout.addStretch(1)

    def roster(self) -> str:
        return self.choice.checkedButton().property("code")


class FirstStartWizard(QWizard):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("组织生活记录本 — 首次使用"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.branch_page, self.archive_page, self.roster_page = BranchPage(), ArchivePage(), RosterPage()
        for page in (self.branch_page, self.archive_page, self.roster_page):
            self.addPage(page)
        self.resize(640, 440)
        self.sample = False
        self.branch_page.sample_button.clicked.connect(self.try_sample)

    def try_sample(self) -> None:
        self.sample = True
        self.done(QWizard.DialogCode.Accepted)

    def value(self) -> FirstStart:
        if self.sample:
            return FirstStart(Branch(""), "sample")
        b, a = self.branch_page, self.archive_page
        branch = Branch(name=b.name.text().strip(), short_name=b.short_name.text().strip(),
                        parent_org=b.parent_org.text().strip(), fonds_code=a.fonds.text().strip(),
                        unit_code=a.unit.text().strip() or "DZB")
        return FirstStart(branch, self.roster_page.roster())

    @classmethod
    def ask(cls, parent: QWidget | None) -> FirstStart | None:
        wizard = cls(parent)
        return wizard.value() if wizard.exec() == QWizard.DialogCode.Accepted else None


__all__ = ["FirstStart", "FirstStartWizard"]
