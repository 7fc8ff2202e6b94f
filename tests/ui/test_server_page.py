"""设置 → 数据库: the server's address kept in the settings, the password in the credential store (an in-memory
one here, never the real keyring), plain-file keyrings refused, a test of the connection told in words."""

from __future__ import annotations

import keyring
import pytest
from keyring.backend import KeyringBackend
from PySide6.QtCore import Qt

from models import connection as servers
from ui import options


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.kept: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.kept.get((service, username))

    def set_password(self, service, username, password):
        self.kept[(service, username)] = password

    def delete_password(self, service, username):
        self.kept.pop((service, username), None)


@pytest.fixture
def memory_keyring(monkeypatch):
    ring = MemoryKeyring()
    monkeypatch.setattr(keyring, "get_keyring", lambda: ring)
    return ring


def fill(page, host="127.0.0.1", port=1, user="clerk", password="secret") -> None:
    page.source.setCurrentIndex(page.source.findData("server"))
    page.host.setText(host)
    page.port.setValue(port)
    page.database.setText("dw")
    page.user.setText(user)
    page.password.setText(password)


def test_the_password_goes_to_the_credential_store_not_the_settings(window, memory_keyring, notices) -> None:
    settings = window.show_page("settings")
    page = settings.section("server")
    fill(page)
    assert settings.save_now()
    assert memory_keyring.kept == {("OrgLife", "clerk@127.0.0.1/dw"): "secret"}
    assert options.SERVER_HOST.get() == "127.0.0.1" and options.DATABASE_SOURCE.get() == "server"
    from models.paths import data_dir
    assert "secret" not in (data_dir() / "settings.ini").read_text(encoding="utf-8")
    assert page.password.text() == ""


def test_a_server_without_address_is_refused_in_words(window, memory_keyring, notices) -> None:
    settings = window.show_page("settings")
    page = settings.section("server")
    fill(page, host="")
    assert not settings.save_now()
    assert "请填写服务器地址" in notices.texts()


def test_plain_file_keyrings_are_refused(monkeypatch) -> None:
    from keyring.backends import fail

    monkeypatch.setattr(keyring, "get_keyring", lambda: fail.Keyring())
    with pytest.raises(servers.NoCredentialStore):
        servers.credential_store()
    assert not servers.store_password(servers.Server("h", user="u"), "pw")
    plain = type("PlaintextKeyring", (MemoryKeyring,), {"__module__": "keyrings.alt.file"})
    monkeypatch.setattr(keyring, "get_keyring", lambda: plain())
    with pytest.raises(servers.NoCredentialStore):
        servers.credential_store()


def test_without_a_credential_store_the_clerk_is_told_it_is_asked_at_start(window, monkeypatch, notices) -> None:
    from keyring.backends import fail

    monkeypatch.setattr(keyring, "get_keyring", lambda: fail.Keyring())
    settings = window.show_page("settings")
    fill(settings.section("server"))
    assert settings.save_now()
    assert "每次启动时会询问密码" in notices.texts()


def test_an_unreachable_server_is_told_after_the_test_button(window, memory_keyring, qtbot) -> None:
    page = window.show_page("settings").section("server")
    fill(page, port=1)  # nothing listens on port 1
    qtbot.mouseClick(page.test, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "无法连接服务器" in page.result.text(), timeout=10000)
    assert page.test.isEnabled()


def test_an_unreachable_server_at_start_is_told_with_what_to_do(app, qtbot, notices, monkeypatch) -> None:
    from ui.app import Launcher

    monkeypatch.setattr(app, "exit", lambda code=0: None, raising=False)
    launcher = Launcher("postgresql+psycopg://clerk@127.0.0.1:1/dw?connect_timeout=3")
    with qtbot.waitSignal(launcher.failed, timeout=20000):
        launcher.start()
    qtbot.addWidget(launcher.window)
    assert "无法连接服务器" in notices.texts() and "本机文件" in notices.texts()
    assert not notices.crashes and not launcher.window.is_attached()


def test_the_stored_password_is_added_to_the_url(memory_keyring) -> None:
    servers.store_password(servers.Server("db.local", 5432, "dw", "clerk"), "s3cret")
    url = servers.with_stored_password("postgresql+psycopg://clerk@db.local/dw")
    assert "s3cret" in url
    assert servers.with_stored_password("postgresql+psycopg://other@db.local/dw") == \
        "postgresql+psycopg://other@db.local/dw"


def test_a_refused_login_at_start_asks_the_password_and_keeps_it(app, qtbot, store, memory_keyring,
                                                                 monkeypatch) -> None:
    """No password kept: the server refuses, the small dialog asks it, the database opens with it, and it goes to
    the credential store for the next start."""
    import psycopg

    from models.services import Store
    from ui.app import Launcher
    from ui.dialogs.server_password import ServerPassword

    targets: list[str] = []

    def open_(target):
        targets.append(target)
        if "s3cret" not in target:
            raise psycopg.OperationalError('FATAL:  password authentication failed for user "clerk"')
        return store

    asked: list[tuple[str, str]] = []
    monkeypatch.setattr(Store, "open", staticmethod(open_))
    monkeypatch.setattr(ServerPassword, "ask", classmethod(lambda cls, parent, account, reason: (
        asked.append((account, reason)) or "s3cret")))
    launcher = Launcher("postgresql+psycopg://clerk@db.local:5432/dw")
    with qtbot.waitSignal(launcher.ready, timeout=20000) as ready:
        launcher.start()
    qtbot.addWidget(ready.args[0])
    assert asked == [("clerk@db.local/dw", "本机没有保存这个账号的密码。")]
    assert len(targets) == 2 and "s3cret" not in targets[0]
    assert memory_keyring.kept == {("OrgLife", "clerk@db.local/dw"): "s3cret"}
    ready.args[0].close()


def test_the_server_chosen_in_settings_is_opened_at_start(window, memory_keyring, notices) -> None:
    from ui.app import chosen_server

    assert chosen_server() is None  # this PC's file by default
    settings = window.show_page("settings")
    fill(settings.section("server"), host="db.local", port=5433, password="")
    assert settings.save_now()
    assert chosen_server() == "postgresql+psycopg://clerk@db.local:5433/dw?connect_timeout=5&sslmode=prefer"


def test_the_ca_file_is_chosen_for_a_checked_certificate_and_kept_as_a_path(window, memory_keyring, notices, qtbot,
                                                                            tmp_path, monkeypatch) -> None:
    from ui.app import chosen_server
    from ui.settings_pages import server as page_module

    ca = tmp_path / "root.crt"
    ca.write_text("-----BEGIN CERTIFICATE-----\n", encoding="ascii")
    settings = window.show_page("settings")
    page = settings.section("server")
    fill(page, host="db.local", port=5432, password="")
    assert not page.choose_ca.isEnabled()  # only 必须加密并核对服务器证书 reads it
    page.sslmode.setCurrentIndex(page.sslmode.findData("verify-full"))
    assert page.choose_ca.isEnabled() and page.sslrootcert.isEnabled()
    monkeypatch.setattr(page_module, "ask_ca_file", lambda parent, current: str(ca))
    qtbot.mouseClick(page.choose_ca, Qt.MouseButton.LeftButton)
    assert page.sslrootcert.text() == str(ca)
    assert settings.save_now()
    assert options.SERVER_SSLROOTCERT.get() == str(ca)
    assert "sslrootcert=" in chosen_server() and "sslmode=verify-full" in chosen_server()
    page.sslrootcert.setText(str(tmp_path / "gone.crt"))
    assert not settings.save_now()
    assert "找不到 CA 证书文件" in notices.texts()



def test_the_connection_test_checks_the_certificate_with_the_chosen_ca(window, memory_keyring, qtbot,
                                                                       tls_server) -> None:
    page = window.show_page("settings").section("server")
    fill(page, host="localhost", port=tls_server.port, user="postgres", password="")
    page.database.setText("postgres")
    page.sslmode.setCurrentIndex(page.sslmode.findData("verify-full"))
    page.sslrootcert.setText(str(tls_server.ca))
    qtbot.mouseClick(page.test, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "连接成功" in page.result.text(), timeout=10000)
    assert "加密连接（TLS）" in page.result.text()
    page.host.setText("127.0.0.1")  # the same server, but not the name on its certificate
    qtbot.mouseClick(page.test, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "证书上的名称" in page.result.text(), timeout=10000)
