"""密码锁: set, change or remove the password that encrypts the records, and the idle minutes after which the
window locks itself. A change re-encrypts the whole file through the write path (a verified backup first)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSpinBox, QWidget

from models import keys
from ui import options
from ui.auto_backup import backup_folder
from ui.context import AppContext
from ui.errors import Notice, show_error
from ui.operations import Changes
from ui.settings_pages.base import OptionsPage


class PasswordPage(OptionsPage):
    NAME = "password"
    TITLE = QT_TRANSLATE_NOOP("PasswordPage", "密码锁")
    OPTIONS = (options.LOCK_IDLE_MINUTES,)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.database: Path | None = ctx.store.database_file()
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.form.addRow(self.tr("状态"), self.state)
        note = QLabel(self.tr(
            "开启密码锁后，数据库、它的日志文件、恢复文件和以后的备份都加密保存；启动程序和离开电脑一段时间后，"
            "要输入密码才能看到记录。忘记密码就再也无法打开这些记录，任何人都无法找回或绕过。"
            "年度档案是交给上级的普通文件，不加密（生成时可另存一份带密码的压缩包）。"))
        note.setObjectName("hint")
        note.setWordWrap(True)
        self.form.addRow(note)
        self.set_button = QPushButton(self.tr("设置密码…"))
        self.change_button = QPushButton(self.tr("更改密码…"))
        self.remove_button = QPushButton(self.tr("取消密码锁…"))
        self.old_button = QPushButton(self.tr("加密以前的备份…"))
        self.set_button.clicked.connect(lambda: self.ask("set"))
        self.change_button.clicked.connect(lambda: self.ask("change"))
        self.remove_button.clicked.connect(lambda: self.ask("remove"))
        self.old_button.clicked.connect(self.offer_old_backups)
        row = QHBoxLayout()
        for button in (self.set_button, self.change_button, self.remove_button, self.old_button):
            row.addWidget(button)
        row.addStretch(1)
        self.form.addRow(row)
        self.idle = QSpinBox()
        self.idle.setRange(0, 240)
        self.idle.setMaximumWidth(180)
        self.idle.setSuffix(self.tr(" 分钟"))
        self.idle.setSpecialValueText(self.tr("不自动锁定"))
        self.form.addRow(self.tr("无操作后自动锁定"), self.idle)
        if self.database is None:
            note.setText(self.tr("数据保存在服务器上：加密由服务器负责。"))
        self.outer.addStretch(1)
        self.old: list = []

    def encrypted(self) -> bool:
        return self.database is not None and keys.is_encrypted(self.database)

    def load(self) -> None:
        self.idle.setValue(options.LOCK_IDLE_MINUTES.get())
        self._show_state()

    def _show_state(self) -> None:
        on = self.encrypted()
        local = self.database is not None
        self.state.setText(self.tr("已开启：记录加密保存。") if on else self.tr("未开启：记录以普通文件保存在本机。"))
        self.set_button.setVisible(local and not on)
        self.change_button.setVisible(on)
        self.remove_button.setVisible(on)
        self.old = self.ctx.store.other_backups(self._folder()) if on else []
        self.old_button.setVisible(bool(self.old))
        self.old_button.setText(self.tr("加密以前的 {0} 个备份…").format(len(self.old)))

    def save(self) -> None:
        if self.idle.value() != options.LOCK_IDLE_MINUTES.get():
            options.LOCK_IDLE_MINUTES.set(self.idle.value())
            window = self.window()
            idle = getattr(window, "idle_lock", None)
            if idle is not None:
                idle.configure()

    def _folder(self) -> Path | None:
        return backup_folder(self.database) if self.database is not None else None

    # --- set, change, remove ----------------------------------------------------------------------------
    def ask(self, mode: str) -> None:
        from ui.dialogs.password import PasswordDialog

        answer = PasswordDialog.ask(self, mode)
        if answer is None:
            return
        current, new = answer
        doing = self.tr("设置密码锁") if mode == "set" else self.tr("更改密码")
        if mode != "remove" and not Notice.confirm(self, self.tr("请牢记密码"), self.tr(
                "忘记密码就再也无法打开这些记录，任何人（包括技术人员）都无法找回或绕过。\n"
                "请把密码记在安全的地方。确定{0}吗？").format(doing)):
            return
        database, folder = self.database, self._folder()
        assert database is not None

        def change(store):  # type: ignore[no-untyped-def]
            if mode != "set":
                keys.unlock(database, current)  # a wrong password changes nothing
            return store.remove_password(folder) if mode == "remove" else store.set_password(new, folder)

        self.ctx.jobs.wait()  # no read is under way while the file is written anew
        self._busy(True)
        self.ctx.writes.run(change, Changes(), initiator=self, success=lambda _done: self._changed(mode),
                            failure=self._failed)

    def _busy(self, busy: bool) -> None:
        for button in (self.set_button, self.change_button, self.remove_button, self.old_button):
            button.setEnabled(not busy)

    def _failed(self, error: Exception) -> None:
        self._busy(False)
        show_error(self, error)

    def _changed(self, mode: str) -> None:
        from ui.main_window import _settings_name
        from ui.settings import use_database

        self._busy(False)
        use_database(_settings_name(self.ctx.store), self.encrypted())  # with the lock: no record text kept
        words = {"set": self.tr("已设置密码锁：记录已加密保存。"), "change": self.tr("已更改密码。"),
                 "remove": self.tr("已取消密码锁：记录不再加密。")}[mode]
        self.ctx.message.emit(words)
        self._show_state()
        idle = getattr(self.window(), "idle_lock", None)
        if idle is not None:  # it watches the input only while the lock is on
            idle.configure()
        if self.old:
            self.offer_old_backups()

    def offer_old_backups(self) -> None:
        old = list(self.old)
        if not old:
            return
        if Notice.confirm(self, self.tr("以前的备份"), self.tr(
                "备份文件夹里有 {0} 个以前的备份没有用现在的密码加密，任何人都可能读到其中的记录。\n"
                "现在用现在的密码加密它们吗？（选“否”可以改为删除或保留）").format(len(old))):
            self._run_on_backups(lambda store: store.encrypt_backups(old), self.tr("已加密以前的备份 {0} 个。"))
        elif Notice.confirm(self, self.tr("以前的备份"), self.tr(
                "要删除这 {0} 个没有加密的备份吗？删除后无法从它们恢复。\n选“否”则保留原样，"
                "以后可以在这里再加密。").format(len(old))):
            self._run_on_backups(lambda store: store.remove_backups(old), self.tr("已删除以前的备份 {0} 个。"))

    def _run_on_backups(self, op, words: str) -> None:  # type: ignore[no-untyped-def]
        def done(paths: list) -> None:
            self._busy(False)
            self.ctx.message.emit(words.format(len(paths)))
            self._show_state()

        self._busy(True)
        self.ctx.writes.run(op, Changes(), initiator=self, success=done, failure=self._failed)
