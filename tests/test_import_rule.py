"""The layout's import rule (GUIDE.md), read from the source with ast."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def sources(folder: str) -> list[Path]:
    return sorted((REPO / folder).rglob("*.py"))


def test_every_package_has_sources() -> None:
    for folder in ("models", "exports", "ui"):
        assert sources(folder), folder


@pytest.mark.parametrize("path", sources("models"), ids=lambda p: str(p.relative_to(REPO)))
def test_models_import_neither_qt_nor_ui_nor_exports(path: Path) -> None:
    bad = {m for m in imported_modules(path) if m.split(".")[0] in {"PySide6", "ui", "exports", "shiboken6"}}
    assert not bad, f"{path} imports {bad}"


@pytest.mark.parametrize("path", sources("exports"), ids=lambda p: str(p.relative_to(REPO)))
def test_exports_never_use_widgets_or_ui(path: Path) -> None:
    bad = {m for m in imported_modules(path) if m.split(".")[0] == "ui" or "QtWidgets" in m}
    assert not bad, f"{path} imports {bad}"


def test_the_rule_is_really_checked(tmp_path: Path) -> None:
    offender = tmp_path / "x.py"
    offender.write_text("from PySide6.QtWidgets import QWidget\nimport ui.app\n", encoding="utf-8")
    assert {"PySide6.QtWidgets", "ui.app"} <= imported_modules(offender)


NETWORK_MODULES = {"socket", "ssl", "urllib", "http", "requests", "httpx", "aiohttp", "ftplib", "smtplib"}
# Qt's local sockets are a named pipe (Windows) or a socket file (Linux) between two programs of this computer, never
# a connection to another: the second start brings the running window to the front with them (ui/front_door.py).
LOCAL_ONLY = {"PySide6.QtNetwork.QLocalServer", "PySide6.QtNetwork.QLocalSocket"}
NETWORK_WORDS = ("QTcp", "QUdp", "QSsl", "QNetwork", "QHostAddress", "QDns", "QSctp", "QHttp", "QAbstractSocket")


@pytest.mark.parametrize(
    "path", sources("models") + sources("exports") + sources("ui") + [REPO / "main.py"],
    ids=lambda p: str(p.relative_to(REPO)),
)
def test_nothing_reaches_for_the_network(path: Path) -> None:
    """The clerk's records never leave the machine: no module of ours opens a connection."""
    modules = imported_modules(path)
    bad = {m for m in modules if m.split(".")[0] in NETWORK_MODULES}
    qt_network = {m for m in modules if "QtNetwork" in m}
    local = qt_network & LOCAL_ONLY
    if qt_network - LOCAL_ONLY - ({"PySide6.QtNetwork"} if local else set()):  # only `from … import QLocal…`
        bad |= qt_network
    if qt_network and any(word in path.read_text(encoding="utf-8") for word in NETWORK_WORDS):
        bad |= qt_network
    assert not bad, f"{path} imports {bad}"


def test_only_qt_s_local_sockets_pass_the_network_rule(tmp_path: Path) -> None:
    def offends(code: str) -> bool:
        path = tmp_path / "x.py"
        path.write_text(code, encoding="utf-8")
        try:
            test_nothing_reaches_for_the_network(path)
        except AssertionError:
            return True
        return False

    assert not offends("from PySide6.QtNetwork import QLocalServer, QLocalSocket\n")
    assert offends("from PySide6.QtNetwork import QLocalSocket, QTcpSocket\n")
    assert offends("import PySide6.QtNetwork\n")
    assert offends("from PySide6 import QtNetwork\n")
    assert offends("from PySide6.QtNetwork import QLocalSocket\nfrom PySide6 import QtNetwork\nQtNetwork.QTcpServer\n")
    assert offends("import socket\n")


def string_imports(path: Path) -> list[str]:
    """Calls that load a module by a name in a string: `import_module(...)`, `__import__(...)`."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call):
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            if name in {"import_module", "__import__"}:
                found.append(f"{path.name}:{node.lineno}")
    return found


@pytest.mark.parametrize(
    "path", sources("models") + sources("exports") + sources("ui") + [REPO / "main.py"],
    ids=lambda p: str(p.relative_to(REPO)),
)
def test_every_import_is_a_statement(path: Path) -> None:
    """A packager (PyInstaller), a dead-code finder and a reader see every module the program loads."""
    assert not string_imports(path)


def test_string_imports_are_found(tmp_path: Path) -> None:
    offender = tmp_path / "x.py"
    offender.write_text("import importlib\nimportlib.import_module('ui.app')\n__import__('os')\n", encoding="utf-8")
    assert string_imports(offender) == ["x.py:2", "x.py:3"]
