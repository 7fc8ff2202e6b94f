"""TLS to the 党委 server: encrypted when asked, the server's certificate checked against the CA file chosen in
设置 → 数据库, and a wrong name or a wrong CA refused with a message that says what to do."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine

from models import connection as servers
from models.db import DatabaseError, open_database
from tests.server.tls_cluster import CERTIFICATE_NAME, TlsCluster


@pytest.fixture
def cluster(tls_server: TlsCluster) -> TlsCluster:
    return tls_server


def server(cluster: TlsCluster, host: str = CERTIFICATE_NAME, sslmode: str = "verify-full",
           ca: str | None = None) -> servers.Server:
    return servers.Server(host, cluster.port, "postgres", "postgres", sslmode,
                          str(cluster.ca) if ca is None else ca)


def test_require_connects_encrypted(cluster: TlsCluster) -> None:
    plain = servers.Server("127.0.0.1", cluster.port, "postgres", "postgres", "require")  # no CA: not checked
    outcome = servers.test_connection(plain, None)
    assert outcome.ok and outcome.encrypted and "加密连接（TLS）" in outcome.message
    engine = create_engine(plain.url())
    try:
        assert servers.connection_encrypted(engine) is True
    finally:
        engine.dispose()


def test_verify_full_with_the_ca_accepts_the_name_on_the_certificate(cluster: TlsCluster) -> None:
    outcome = servers.test_connection(server(cluster), None)
    assert outcome.ok and outcome.encrypted
    engine = create_engine(server(cluster).url())
    try:
        assert servers.connection_encrypted(engine) is True
    finally:
        engine.dispose()


def test_verify_full_refuses_another_name_for_the_same_server(cluster: TlsCluster) -> None:
    outcome = servers.test_connection(server(cluster, host="127.0.0.1"), None)
    assert not outcome.ok
    assert "服务器证书上的名称与服务器地址不符" in outcome.message
    assert "证书上是“localhost”，这里填的是“127.0.0.1”" in outcome.message
    with pytest.raises(DatabaseError) as opening:  # as the program's start meets it
        open_database(server(cluster, host="127.0.0.1").url())
    told = servers.unreachable(opening.value)
    assert told is not None and "服务器证书上的名称与服务器地址不符" in told and "设置 → 数据库" in told


def test_verify_full_refuses_a_certificate_the_ca_did_not_sign(cluster: TlsCluster) -> None:
    outcome = servers.test_connection(server(cluster, ca=str(cluster.other_ca)), None)
    assert not outcome.ok and "不是由所选的 CA 证书签发的" in outcome.message


def test_verify_full_without_a_ca_file_asks_for_one(cluster: TlsCluster) -> None:
    outcome = servers.test_connection(server(cluster, ca=""), None)  # libpq's default ~/.postgresql/root.crt: none
    assert not outcome.ok and "请在 设置 → 数据库 的“CA 证书”中选择" in outcome.message
