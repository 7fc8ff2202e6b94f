"""A shared PostgreSQL server (党委服务器): where it is, the password in the system's credential store, a test of
the connection. No Qt here: the settings page and the start call these off the UI thread."""

from __future__ import annotations

import re
from dataclasses import dataclass

SERVICE = "OrgLife"  # the keyring service name; the username is user@host/database
SSL_MODES = ("prefer", "require", "verify-full")
CONNECT_TIMEOUT = 5  # seconds: an unreachable server is told, not waited on


@dataclass(frozen=True)
class Server:
    host: str
    port: int = 5432
    database: str = "orglife"
    user: str = ""
    sslmode: str = "prefer"
    sslrootcert: str = ""  # the CA certificate file the server's certificate is checked against (verify-full)

    @property
    def account(self) -> str:
        """The keyring username for this login."""
        return f"{self.user}@{self.host}/{self.database}"

    def certificates(self) -> dict[str, str]:
        """The CA file, when the server's certificate is to be checked (with `require` libpq would check against a
        CA file given too, which is not what 必须加密 says)."""
        return {"sslrootcert": self.sslrootcert} if self.sslrootcert and self.sslmode == "verify-full" else {}

    def url(self, password: str | None = None) -> str:
        """A SQLAlchemy URL (the password only when given: never written anywhere)."""
        from sqlalchemy.engine import URL

        query = {"sslmode": self.sslmode, "connect_timeout": str(CONNECT_TIMEOUT), **self.certificates()}
        return URL.create("postgresql+psycopg", username=self.user or None, password=password or None,
                          host=self.host, port=self.port, database=self.database,
                          query=query).render_as_string(hide_password=False)


class NoCredentialStore(Exception):
    """The system has no credential store we trust: the password is asked at each start."""


def credential_store():
    """The system's keyring backend, or NoCredentialStore for the fail/null backends and keyrings.alt's plain
    files (a password there is a password in a plain file)."""
    import keyring

    backend = keyring.get_keyring()
    for part in _backends(backend):
        module = type(part).__module__
        name = type(part).__name__
        if module.startswith(("keyrings.alt", "keyring.backends.fail", "keyring.backends.null")):
            raise NoCredentialStore(f"{module}.{name}")
    if not list(_backends(backend)):
        raise NoCredentialStore("chainer without backends")
    return backend


def _backends(backend):
    inner = getattr(backend, "backends", None)
    if inner is None:
        yield backend
        return
    yield from inner


def stored_password(server: Server) -> str | None:
    try:
        return credential_store().get_password(SERVICE, server.account)
    except NoCredentialStore:
        return None


def store_password(server: Server, password: str) -> bool:
    """Keep the password in the credential store; False when there is none (then it is asked at each start)."""
    try:
        credential_store().set_password(SERVICE, server.account, password)
    except NoCredentialStore:
        return False
    return True


@dataclass(frozen=True)
class ConnectionTest:
    ok: bool
    encrypted: bool = False
    message: str = ""


def test_connection(server: Server, password: str | None) -> ConnectionTest:
    """Connect once and say, in the clerk's words, whether it worked and whether it is encrypted."""
    import psycopg

    try:
        with psycopg.connect(host=server.host, port=server.port, dbname=server.database, user=server.user,
                             password=password or None, sslmode=server.sslmode,
                             connect_timeout=CONNECT_TIMEOUT, **server.certificates()) as conn:
            encrypted = bool(conn.pgconn.ssl_in_use)
    except psycopg.Error as error:
        return ConnectionTest(False, message=explain(error))
    where = "加密连接（TLS）" if encrypted else "但未加密（服务器未开启 TLS），数据以明文经过网络"
    return ConnectionTest(True, encrypted, f"连接成功，{where}。")


def explain(error: BaseException) -> str:
    """What went wrong connecting, and what to do."""
    text = str(error)
    if "password authentication failed" in text or "no password supplied" in text:
        return "密码不正确或未填写：请检查用户名和密码。"
    if "does not exist" in text and "database" in text:
        return "服务器上没有这个数据库：请检查数据库名称，或请管理员创建。"
    if "role" in text and "does not exist" in text:
        return "服务器上没有这个用户：请检查用户名，或请管理员添加。"
    tls = _tls_trouble(text)
    if tls is not None:
        return tls
    return ("无法连接服务器：请检查网络、服务器地址和端口，或服务器是否已启动。"
            "可以稍后重试、在 设置 中修改连接，或改用本机文件。")


def _tls_trouble(text: str) -> str | None:
    """The clerk's words for a failed TLS connection (libpq's messages), or None when it is not one."""
    mismatch = re.search(r'server certificate for "([^"]*)".*does not match host name "([^"]*)"', text)
    if mismatch or "does not match host name" in text:  # verify-full: the certificate is for another name
        names = f"（证书上是“{mismatch[1]}”，这里填的是“{mismatch[2]}”）" if mismatch else ""
        return (f"服务器证书上的名称与服务器地址不符{names}，连接已拒绝（可能连到了冒充的服务器）。请按证书上的名称"
                "填写服务器地址（例如证书写的是主机名而这里填的是 IP 地址），或请管理员检查服务器证书。")
    if "root certificate file" in text and "does not exist" in text:
        return ("找不到核对服务器证书用的 CA 证书文件：请在 设置 → 数据库 的“CA 证书”中选择管理员提供的证书文件"
                "（如 root.crt），或改用“必须加密”。")
    if "certificate verify failed" in text or "could not read root certificate" in text:
        return ("服务器证书不是由所选的 CA 证书签发的，连接已拒绝：请确认 设置 → 数据库 中的 CA 证书文件是管理员"
                "提供的那一个，或请管理员检查服务器证书。")
    if "server does not support SSL" in text:
        return "服务器没有开启 TLS 加密：请管理员开启（ssl = on），或暂时改用“优先加密”。"
    if "SSL" in text or "certificate" in text:
        return "无法建立加密连接：服务器不支持 TLS 或证书不可信。请改用“优先加密”或请管理员检查证书。"
    return None


def is_server(target: str | None) -> bool:
    return bool(target) and str(target).startswith("postgresql")


def with_stored_password(target: str) -> str:
    """The URL with the password from the credential store added when the URL has none and one is kept."""
    from sqlalchemy.engine import make_url

    url = make_url(target)
    if url.password or not url.username:
        return target
    server = Server(url.host or "", url.port or 5432, url.database or "", url.username)
    password = stored_password(server)
    if not password:
        return target
    return url.set(password=password).render_as_string(hide_password=False)


def unreachable(error: BaseException) -> str | None:
    """The clerk's words for a server that cannot be reached or refuses the login, or None for other errors."""
    try:
        import psycopg
    except ImportError:
        return None
    cause: BaseException | None = error
    seen = 0
    while cause is not None and not isinstance(cause, psycopg.OperationalError) and seen < 8:
        cause = getattr(cause, "orig", None) or cause.__cause__ or cause.__context__
        seen += 1
    if not isinstance(cause, psycopg.OperationalError):
        return None
    return (f"{explain(cause)}\n\n可以：稍后重新启动程序重试；在 设置 → 数据库 中检查服务器连接；"
            "或改用本机文件（设置 → 数据库 → 本机文件）。")


def login_refused(error: BaseException) -> bool:
    """The server was reached but wants a (right) password."""
    text = str(error)
    return "password authentication failed" in text or "no password supplied" in text


def with_password(target: str, password: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(target).set(password=password).render_as_string(hide_password=False)


def account_of(target: str) -> str:
    from sqlalchemy.engine import make_url

    url = make_url(target)
    return f"{url.username}@{url.host}/{url.database}"


def keep_password_of(target: str) -> bool:
    """Keep the password of the URL `target` in the credential store (False when there is none)."""
    from sqlalchemy.engine import make_url

    url = make_url(target)
    server = Server(url.host or "", url.port or 5432, url.database or "", url.username or "")
    return bool(url.password) and store_password(server, url.password)


def connection_encrypted(engine) -> bool | None:
    """Whether the store's connection to the server is encrypted (pg_stat_ssl), None for a file."""
    if engine.url.get_backend_name() != "postgresql":
        return None
    from sqlalchemy import text

    with engine.connect() as connection:
        return bool(connection.execute(text("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")).scalar())
