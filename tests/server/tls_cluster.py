"""A PostgreSQL cluster of the tests' own with TLS on: a self-signed CA and a server certificate for `localhost`
made with `openssl` at test time, the way a 党委's administrator sets up the server (docs/manual.md).

Made once per session (initdb and one start, about two seconds); everything lives in one temporary folder that is
removed with the cluster. As root the server runs as the `postgres` user (initdb refuses root)."""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

CERTIFICATE_NAME = "localhost"  # the name on the server's certificate; 127.0.0.1 is the same server by another name


@dataclass(frozen=True)
class TlsCluster:
    port: int
    ca: Path  # the CA certificate the clerk is given (sslrootcert)
    other_ca: Path  # a CA that did not sign the server's certificate


def missing_tools() -> str | None:
    """Why the cluster cannot be made here, or None."""
    if shutil.which("openssl") is None:
        return "openssl is not installed"
    if postgres_bin() is None:
        return "the PostgreSQL server programs (initdb, pg_ctl) are not installed"
    if os.geteuid() == 0:
        try:
            import pwd

            pwd.getpwnam("postgres")
        except KeyError:
            return "running as root without a postgres user to run the server"
    return None


def postgres_bin() -> Path | None:
    found = shutil.which("pg_ctl")
    if found:
        return Path(found).parent
    versions = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"), key=lambda p: int(p.parent.parent.name))
    return versions[-1].parent if versions else None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _openssl(*args: str, cwd: Path) -> None:
    subprocess.run(["openssl", *args], cwd=cwd, check=True, capture_output=True)


def make_certificates(folder: Path) -> None:
    """ca.crt (and other-ca.crt) and server.crt/server.key signed by ca.crt for `localhost`; EC keys: quick."""
    key = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"]
    for name in ("ca", "other-ca"):
        _openssl("req", "-x509", *key, "-keyout", f"{name}.key", "-out", f"{name}.crt", "-days", "2",
                 "-subj", f"/CN=OrgLife test {name}", cwd=folder)
    _openssl("req", *key, "-keyout", "server.key", "-out", "server.csr", "-subj", f"/CN={CERTIFICATE_NAME}",
             cwd=folder)
    (folder / "san.ext").write_text(f"subjectAltName=DNS:{CERTIFICATE_NAME}\n", encoding="ascii")
    _openssl("x509", "-req", "-in", "server.csr", "-CA", "ca.crt", "-CAkey", "ca.key", "-CAcreateserial",
             "-out", "server.crt", "-days", "2", "-extfile", "san.ext", cwd=folder)
    (folder / "server.key").chmod(0o600)


def _run_as_server_user(command: list[str]) -> None:
    if os.geteuid() == 0:
        command = ["su", "postgres", "-s", "/bin/sh", "-c", " ".join(f"'{part}'" for part in command)]
    subprocess.run(command, check=True, capture_output=True)


@contextlib.contextmanager
def tls_cluster():
    folder = Path(tempfile.mkdtemp(prefix="orglife-tls-"))
    pg = postgres_bin()
    assert pg is not None
    data = folder / "data"
    try:
        make_certificates(folder)
        if os.geteuid() == 0:
            shutil.chown(folder, "postgres")
            for path in folder.iterdir():
                shutil.chown(path, "postgres")
        port = free_port()
        _run_as_server_user([str(pg / "initdb"), "-D", str(data), "-A", "trust", "-U", "postgres", "-E", "UTF8",
                             "--no-sync"])
        options = (f"-p {port} -k {folder} -c listen_addresses=localhost -c fsync=off -c ssl=on "
                   f"-c ssl_cert_file={folder}/server.crt -c ssl_key_file={folder}/server.key")
        _run_as_server_user([str(pg / "pg_ctl"), "-D", str(data), "-o", options, "-l", str(folder / "log"), "-w",
                             "start"])
        try:
            yield TlsCluster(port, folder / "ca.crt", folder / "other-ca.crt")
        finally:
            _run_as_server_user([str(pg / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"])
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="session")
def tls_server() -> Iterator[TlsCluster]:
    """The session's TLS cluster (import this fixture into a test module); skips, saying why, without the tools."""
    why = missing_tools()
    if why:
        pytest.skip(f"no TLS cluster for the tests: {why}")
    with tls_cluster() as made:
        yield made
