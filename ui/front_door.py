"""A second start on the same database brings the running window to the front instead of a second window.

The window that holds a database (its lock, `models.dblock`) listens on a local socket — a named pipe on
Windows, a socket file only its user may open on Linux — whose name comes from the database's path and the
user. A second start that finds the file in use on this computer knocks there; the running window comes to the
front and answers, and the second start ends without a word. When nobody answers (the file is held by a command,
or by another user), the second start says where the file is open, as before. Only the window: the command line
keeps `models.dblock`'s refusal, and `models/` has no Qt.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtNetwork import QLocalServer, QLocalSocket

KNOCK = b"orglife: to the front\n"
ANSWER = b"ok\n"
WAIT_MS = 2000  # a window busy for longer than this is not waited for: the second start says the file is open


def door_name(database: Path) -> str:
    """The socket's name for `database`: the same for every path to the file, different for each user."""
    user = os.environ.get("USERNAME") or os.environ.get("USER") or str(getattr(os, "getuid", lambda: "")())
    key = f"{user}\0{os.path.normcase(str(database.resolve()))}"
    return "orglife-" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:24]


class FrontDoor(QObject):
    """Listens for second starts on `database` while the window holds it; `on_knock()` brings it to the front."""

    def __init__(self, database: Path, on_knock: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.on_knock = on_knock
        self.name = door_name(database)
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not self.server.listen(self.name):
            # a socket file left by a copy that was killed: this window holds the database, so that copy is gone
            QLocalServer.removeServer(self.name)
            self.server.listen(self.name)
        self.server.newConnection.connect(self._visitors)

    def is_open(self) -> bool:
        return self.server.isListening()

    def close(self) -> None:
        self.server.close()

    def _visitors(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.disconnected.connect(socket.deleteLater)
            socket.readyRead.connect(lambda s=socket: self._heard(s))
            if socket.bytesAvailable():
                self._heard(socket)

    def _heard(self, socket: QLocalSocket) -> None:
        if KNOCK in bytes(socket.readAll().data()):
            socket.write(ANSWER)
            socket.flush()
            self.on_knock()


def knock(database: Path, wait_ms: int = WAIT_MS) -> bool:
    """Ask the window that has `database` open on this computer to come to the front; True when it answered.
    Blocking, without an event loop: for the start, before anything else is shown."""
    socket = QLocalSocket()
    try:
        socket.connectToServer(door_name(database))
        if not socket.waitForConnected(wait_ms):
            return False
        socket.write(KNOCK)
        if not socket.waitForBytesWritten(wait_ms):
            return False
        heard = b""
        while ANSWER not in heard and socket.waitForReadyRead(wait_ms):
            heard += bytes(socket.readAll().data())
        return ANSWER in heard
    finally:
        socket.abort()
