"""年度归档: the year's complete archive for the superior body in one click, then, if wanted, the year locked."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QWidget,
)

from ui import options
from ui.context import AppContext
from ui.errors import Notice, show_error
from ui.fmt import day_month_text
from ui.joiners import spaced
from ui.operations import Changes
from ui.pages.base import Page
from ui.widgets.year_combo import YearCombo

translate = QCoreApplication.translate  # a plain name lupdate reads with its context

if TYPE_CHECKING:
    from models.domain import BranchData

CONTENTS = (
    QT_TRANSLATE_NOOP("ArchivePage", "归档文件目录（Word、Excel、PDF，含档号和页数）"),
    QT_TRANSLATE_NOOP("ArchivePage", "每份会议记录和谈话记录的 Word 和 PDF 文件，以档号和题名命名"),
    QT_TRANSLATE_NOOP("ArchivePage", "全年记录合订本 PDF（按日期排序，连续页码），便于一次打印"),
    QT_TRANSLATE_NOOP("ArchivePage", "年度组织生活落实情况报告（Word，另附供上级系统读取的数据文件）"),
    QT_TRANSLATE_NOOP("ArchivePage", "出席情况统计（Excel：每名党员各类会议的出席次数和出席率）"),
    QT_TRANSLATE_NOOP("ArchivePage",
                      "全年数据文件（其他程序也能读取），以及每个文件的校验码清单：可据此核对档案是否完整、未被改动"),
)


class FolderChooser:
    """Where the archive goes. Tests replace `ask`."""

    @classmethod
    def ask(cls, parent: QWidget, start: str) -> str | None:
        folder = QFileDialog.getExistingDirectory(parent, translate("ArchivePage", "选择档案存放的文件夹"), start)
        return folder or None


def default_folder() -> str:
    """组织生活档案 in the clerk's Documents folder (their home folder where there is none)."""
    from ui.widgets.start_folder import documents_folder

    return str(Path(documents_folder()) / "组织生活档案")


class ArchivePage(Page):
    key = "archive"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.building = False
        self.progress: QProgressDialog | None = None
        self.last_zip: Path | None = None
        self.year = YearCombo(yearly=True)
        self.folder = QLineEdit(options.ARCHIVE_FOLDER.get() or default_folder())
        self.folder.setMinimumWidth(380)
        choose = QPushButton(self.tr("选择…"))
        choose.clicked.connect(self._choose_folder)
        self.build_button = QPushButton(self.tr("生成年度档案"))
        self.build_button.setObjectName("primary")
        self.build_button.clicked.connect(self.build)
        self.open_button = QPushButton(self.tr("打开档案所在文件夹"))
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(self._open_folder)
        self.lock_button = QPushButton(self.tr("锁定该年度…"))
        self.lock_button.clicked.connect(self.lock)
        self.protect = QCheckBox(self.tr("另存一份带密码的压缩包（AES 加密），用于报送上级"))
        self.plain_note = QLabel(self.tr(
            "本机的记录设置了密码锁，但年度档案（文件夹和 zip）是交给上级的普通文件，不加密，"
            "任何拿到它的人都能读到其中的记录（包括批评和自我批评）。报送时可用带密码的压缩包，并把密码另行告诉接收人。"))
        self.plain_note.setObjectName("hint")
        self.plain_note.setWordWrap(True)
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._lay_out(choose)
        self.year.currentIndexChanged.connect(self._show_state)

    def _lay_out(self, choose: QPushButton) -> None:
        intro = QLabel(self.tr("每年 1 月 10 日前向上级党组织报送上一年度的完整档案。生成的档案包括：")
                       + "".join(f"\n  · {self.tr(line)}" for line in CONTENTS))
        intro.setObjectName("hint")
        intro.setWordWrap(True)
        self.outer.addWidget(intro)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("年度")))
        row.addWidget(self.year)
        row.addSpacing(16)
        row.addWidget(QLabel(self.tr("存放到")))
        row.addWidget(self.folder, 1)
        row.addWidget(choose)
        self.outer.addLayout(row)
        self.outer.addWidget(self.protect)
        self.outer.addWidget(self.plain_note)
        buttons = QHBoxLayout()
        buttons.addWidget(self.build_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        buttons.addWidget(self.lock_button)
        self.outer.addLayout(buttons)
        self.outer.addWidget(self.state)
        self.outer.addWidget(self.result)
        self.outer.addStretch(1)

    def page_title(self) -> str:
        return self.tr("年度归档")

    def activate(self) -> None:
        locked = self.ctx.store.is_encrypted()
        self.plain_note.setVisible(locked)
        if locked and not self.protect.isChecked() and not getattr(self, "_protect_offered", False):
            self.protect.setChecked(True)  # offered once with the lock on; the clerk may untick it
            self._protect_offered = True
        years = self.ctx.store.years_with_records() or [date.today().year]
        # In January the year to hand over is the one just ended.
        self.year.fill(years, prefer=date.today().year - 1 if date.today().year - 1 in years else years[0])
        self._show_state()

    def selected_year(self) -> int | None:
        return self.year.currentData()

    def _show_state(self) -> None:
        year = self.selected_year()
        if year is None:
            return
        locked = year in self.ctx.store.locked_years()
        self.lock_button.setEnabled(not locked)
        self._find_archive(year)
        meetings = self.ctx.store.meeting_summaries(year=year)
        drafts = sum(1 for m in meetings if m.status == "draft")
        talks = len(self.ctx.store.talks(year))
        lines = [self.tr("{0} 年度共有{1}、{2}。").format(
            year, self.tr("会议记录 %n 份", "", len(meetings)), self.tr("谈心谈话记录 %n 份", "", talks))]
        if drafts:
            lines.append(self.tr("其中 %n 份会议记录尚未定稿：请先核对定稿，草稿在档案中标注为“草稿”。", "", drafts))
        lines.append(self.tr("{0} 年度已锁定：记录只能以更正方式修改。").format(year) if locked else
                     self.tr("{0} 年度未锁定。归档后可锁定该年度，防止记录被改动。").format(year))
        self.state.setText("\n".join(lines))

    def _choose_folder(self) -> None:
        folder = FolderChooser.ask(self, self.folder.text())
        if folder:
            self.folder.setText(folder)

    def build(self) -> None:
        year = self.selected_year()
        if year is None or self.building:
            return
        self.ctx.writes.settle()  # the year as saved
        drafts = [m for m in self.ctx.store.meeting_summaries(year=year) if m.status == "draft"]
        if drafts:
            listed = "\n".join("· " + spaced([day_month_text(m.date), m.title]) for m in drafts[:10])
            more = self.tr("\n……共 {0} 份").format(len(drafts)) if len(drafts) > 10 else ""
            if not Notice.confirm(self, self.tr("还有草稿"), self.tr(
                    "{0} 年度还有 %n 份会议记录是草稿，尚未定稿：\n{1}{2}\n\n归档的应是定稿的记录。建议先到“会议记录”"
                    "逐份核对定稿。\n仍要现在生成吗？（草稿将在每一页和目录中标注“草稿”）", "", len(drafts)).format(
                        year, listed, more)):
                return
        password = None
        if self.protect.isChecked():
            from ui.dialogs.password import PasswordDialog

            answer = PasswordDialog.ask(self, "zip")
            if answer is None:
                return
            password = answer[1]
        out_dir = Path(self.folder.text().strip() or default_folder())
        options.ARCHIVE_FOLDER.set(str(out_dir))
        self.progress = QProgressDialog(self.tr("正在生成 {0} 年度档案…").format(year), "", 0, 0, self)
        self.progress.setCancelButton(None)
        self.progress.setWindowTitle(self.tr("年度归档"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(0)
        self.progress.show()
        self.build_button.setEnabled(False)
        self.building = True
        jobs = self.ctx.jobs

        def build_from(data: BranchData) -> None:  # on the UI thread: the year as stored, every save included
            from exports.archive import build_archive

            def build(progress):  # type: ignore[no-untyped-def]
                path = build_archive(data, year, out_dir, progress=progress)
                if password is None:
                    return path, None
                from exports.archive.protected import protect

                return path, protect(path, password)

            jobs.run_with_progress(build, self._progressed, self._succeeded, self._failed)

        self._progressed(0, 1, self.tr("正在读取 {0} 年度的记录").format(year))
        self.ctx.writes.after(lambda store: store.load_year(year), build_from, self._failed)

    def _find_archive(self, year: int) -> None:
        """The year's archive made before (another day) in the chosen folder: its folder can be opened."""
        from exports.archive.build import archive_name

        out_dir = Path(self.folder.text().strip() or default_folder())
        made = out_dir / f"{archive_name(self.ctx.roster().data, year)}.zip"
        self.last_zip = made if made.is_file() else None
        self.open_button.setEnabled(self.last_zip is not None)

    def _progressed(self, done: int, total: int, what: str) -> None:
        dialog = self.progress  # a modal dialog's setValue lets events through: the end may come meanwhile
        if dialog is not None:
            dialog.setLabelText(what)
            dialog.setMaximum(total)
            dialog.setValue(done)

    def _succeeded(self, made: tuple[Path, Path | None]) -> None:
        path, protected = made
        self._finished()
        self.last_zip = path
        self.open_button.setEnabled(True)
        text = self.tr("已生成：{0}\n同名文件夹在它旁边，可直接刻盘或拷贝报送。").format(path)
        if protected is not None:
            text += self.tr("\n带密码的压缩包（AES 加密）：{0}\n"
                            "请把密码另行告诉接收人，不要和压缩包放在一起。").format(protected)
        self.result.setText(text)
        self.ctx.saved.emit(self.tr("年度档案已生成"))
        from ui.dialogs.saved_file import tell_saved

        if self.ctx.store.is_encrypted():
            text += self.tr("\n\n年度档案（文件夹和 zip）是普通文件，没有加密。报送后请妥善保管或删除本机的副本。")
        tell_saved(self, self.tr("年度档案已生成"), path, text)

    def _failed(self, error: Exception) -> None:
        self._finished()
        self.result.setText(self.tr("未能生成档案，见提示。"))
        show_error(self, error)

    def _finished(self) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
        self.building = False
        self.build_button.setEnabled(True)

    def is_building(self) -> bool:
        return self.building

    def _open_folder(self) -> None:
        from ui.dialogs.saved_file import open_place

        if self.last_zip is not None:
            open_place(self, self.last_zip.parent, True)  # says so when the system cannot open it

    def lock(self) -> None:
        year = self.selected_year()
        if year is None:
            return
        question = self.tr(
            "锁定后，{0} 年度的草稿将一并定稿，所有记录只能以更正方式（说明理由）修改，谈心谈话记录不能再修改。\n"
            "建议在生成并报送年度档案后再锁定。确定锁定 {0} 年度吗？"
        ).format(year)
        if not Notice.confirm(self, self.tr("锁定年度"), question):
            return
        def locked(finalised: int) -> None:
            self._show_state()
            Notice.info(self, self.tr("锁定年度"),
                        self.tr("{0} 年度已锁定，%n 份草稿随之定稿。", "", finalised).format(year))

        self.ctx.writes.run(lambda store: store.lock_year(year), Changes(years=True), initiator=self,
                            success=locked, failure=lambda error: show_error(self, error))
