"""数据库: this PC's file or the 党委 server (host, port, database, user, encryption and the CA certificate the
server's certificate is checked against), the password kept in the system's credential store, and a test of the
connection run off the UI thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from models import connection as servers
from ui import options
from ui.context import AppContext
from ui.errors import Notice
from ui.settings_pages.base import OptionsPage

SSL_TITLES = {
    "prefer": QT_TRANSLATE_NOOP("ServerPage", "优先加密（服务器支持时使用 TLS）"),
    "require": QT_TRANSLATE_NOOP("ServerPage", "必须加密"),
    "verify-full": QT_TRANSLATE_NOOP("ServerPage", "必须加密并核对服务器证书"),
}


class ServerPage(OptionsPage):
    NAME = "server"
    TITLE = QT_TRANSLATE_NOOP("ServerPage", "数据库")
    OPTIONS = (options.DATABASE_SOURCE, options.SERVER_HOST, options.SERVER_PORT, options.SERVER_DATABASE,
               options.SERVER_USER, options.SERVER_SSLMODE, options.SERVER_SSLROOTCERT)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.source = QComboBox()
        self.source.addItem(self.tr("本机文件"), "file")
        self.source.addItem(self.tr("党委服务器"), "server")
        self.host = QLineEdit()
        self.host.setPlaceholderText(self.tr("如 192.168.1.10"))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.database = QLineEdit()
        self.user = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("保存在系统的凭据管理器中"))
        self.sslmode = QComboBox()
        for mode in servers.SSL_MODES:
            self.sslmode.addItem(self.tr(SSL_TITLES[mode]), mode)
        self.sslrootcert = QLineEdit()
        self.sslrootcert.setPlaceholderText(self.tr("管理员提供的 CA 证书文件，如 root.crt"))
        self.sslrootcert.setToolTip(self.tr("“必须加密并核对服务器证书”时，用它确认连到的是真正的党委服务器。"))
        self.choose_ca = QPushButton(self.tr("选择…"))
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.sslrootcert, 1)
        ca_row.addWidget(self.choose_ca)
        self.test = QPushButton(self.tr("测试连接"))
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setObjectName("hint")
        row = QHBoxLayout()
        row.addWidget(self.test)
        row.addWidget(self.result, 1)
        self.current = QLabel(self._current_text())
        self.current.setWordWrap(True)
        self.current.setObjectName("hint")
        self.form.addRow(self.current)
        self.form.addRow(self.tr("数据库位置"), self.source)
        self.form.addRow(self.tr("服务器地址"), self.host)
        self.form.addRow(self.tr("端口"), self.port)
        self.form.addRow(self.tr("数据库名称"), self.database)
        self.form.addRow(self.tr("用户名"), self.user)
        self.form.addRow(self.tr("密码"), self.password)
        self.form.addRow(self.tr("加密"), self.sslmode)
        self.form.addRow(self.tr("CA 证书"), ca_row)
        self.form.addRow(row)
        self.outer.addStretch(1)
        self.source.currentIndexChanged.connect(self._enable)
        self.sslmode.currentIndexChanged.connect(self._enable)
        self.choose_ca.clicked.connect(self._choose_ca)
        self.test.clicked.connect(self.run_test)
        self._generation = 0

    def _current_text(self) -> str:
        url = self.ctx.store.engine.url
        if url.get_backend_name() != "postgresql":
            return self.tr("现在使用本机文件：{0}").format(url.database or "")
        return self.tr("现在连接到服务器 {0}/{1}（用户 {2}）。").format(url.host, url.database, url.username)

    def _enable(self) -> None:
        on_server = self.source.currentData() == "server"
        for field in (self.host, self.port, self.database, self.user, self.password, self.sslmode, self.test):
            field.setEnabled(on_server)
        checked = on_server and self.sslmode.currentData() == "verify-full"  # libpq reads it in that mode only
        self.sslrootcert.setEnabled(checked)
        self.choose_ca.setEnabled(checked)

    def _choose_ca(self) -> None:
        path = ask_ca_file(self, self.sslrootcert.text().strip())
        if path:
            self.sslrootcert.setText(path)

    def shown_server(self) -> servers.Server:
        return servers.Server(self.host.text().strip(), self.port.value(), self.database.text().strip(),
                              self.user.text().strip(), self.sslmode.currentData(), self.sslrootcert.text().strip())

    def load(self) -> None:
        self.source.setCurrentIndex(max(0, self.source.findData(options.DATABASE_SOURCE.get())))
        self.host.setText(options.SERVER_HOST.get())
        self.port.setValue(options.SERVER_PORT.get())
        self.database.setText(options.SERVER_DATABASE.get())
        self.user.setText(options.SERVER_USER.get())
        self.sslmode.setCurrentIndex(max(0, self.sslmode.findData(options.SERVER_SSLMODE.get())))
        self.sslrootcert.setText(options.SERVER_SSLROOTCERT.get())
        if self.ctx.store.engine.url.get_backend_name() == "postgresql":
            engine = self.ctx.store.engine
            url = engine.url  # the server in use (also when opened with --db): shown as it is
            self.source.setCurrentIndex(self.source.findData("server"))
            self.host.setText(url.host or "")
            self.port.setValue(url.port or 5432)
            self.database.setText(url.database or "")
            self.user.setText(url.username or "")
            mode = url.query.get("sslmode", "prefer")
            self.sslmode.setCurrentIndex(max(0, self.sslmode.findData(mode)))
            self.sslrootcert.setText(url.query.get("sslrootcert", options.SERVER_SSLROOTCERT.get()))
            self.ctx.jobs.run(lambda: servers.connection_encrypted(engine), self._show_encryption)
        self._enable()

    def _show_encryption(self, encrypted: bool | None) -> None:
        said = self.tr("连接已加密（TLS）。") if encrypted else self.tr("连接未加密：服务器未开启 TLS。")
        self.current.setText(f"{self._current_text()}{said}")

    def run_test(self) -> None:
        """Connect in the background; the newest test's answer is shown."""
        server, password = self.shown_server(), self.password.text() or None
        if password is None:
            password = servers.stored_password(server)
        self._generation += 1
        generation = self._generation
        self.result.setText(self.tr("正在连接……"))
        self.test.setEnabled(False)

        def show(outcome: servers.ConnectionTest) -> None:
            if generation == self._generation:
                self.test.setEnabled(True)
                self.result.setText(self.tr(outcome.message))

        self.ctx.jobs.run(lambda: servers.test_connection(server, password), show)

    def check(self) -> str | None:
        if self.source.currentData() != "server":
            return None
        server = self.shown_server()
        if not server.host or not server.database or not server.user:
            return self.tr("请填写服务器地址、数据库名称和用户名。")
        if server.sslmode == "verify-full" and server.sslrootcert and not Path(server.sslrootcert).is_file():
            return self.tr("找不到 CA 证书文件：{0}。请重新选择管理员提供的证书文件。").format(server.sslrootcert)
        return None

    def save(self) -> None:
        server = self.shown_server()
        was = options.DATABASE_SOURCE.get()
        for option, value in ((options.SERVER_HOST, server.host), (options.SERVER_PORT, server.port),
                              (options.SERVER_DATABASE, server.database), (options.SERVER_USER, server.user),
                              (options.SERVER_SSLMODE, server.sslmode),
                              (options.SERVER_SSLROOTCERT, server.sslrootcert)):
            if value != option.get():
                option.set(value)
        if self.password.text() and self.source.currentData() == "server":
            if not servers.store_password(server, self.password.text()):
                Notice.info(self, self.tr("数据库"), self.tr(
                    "本机没有可用的凭据管理器，密码不会保存：每次启动时会询问密码。"))
            self.password.clear()
        source = self.source.currentData()
        in_use = "server" if self.ctx.store.engine.url.get_backend_name() == "postgresql" else "file"
        if source != was and source == in_use:
            options.DATABASE_SOURCE.set(source)
        elif source != was and Notice.confirm(self, self.tr("数据库"), self.tr(
                "改用{0}，下次启动程序时生效。现在保存吗？").format(self.source.currentText())):
            options.DATABASE_SOURCE.set(source)


def ask_ca_file(parent: QWidget, current: str) -> str:
    """The CA certificate file the administrator handed out (tests replace this function); "" when cancelled."""
    start = str(Path(current).parent) if current else str(Path.home())
    path, _ = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("ServerPage", "选择 CA 证书"), start,
        QCoreApplication.translate("ServerPage", "证书文件 (*.crt *.pem *.cer);;所有文件 (*)"))
    return path
