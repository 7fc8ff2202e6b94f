"""One writer per database file: a lock file beside it, held with an operating-system lock.

The lock is `orglife.sqlite3.lock` next to the database. The process that holds it keeps the file open with an
OS lock on it (`fcntl.flock` on Linux and macOS, `msvcrt.locking` on Windows); the OS drops that lock when the
process ends in any way — a crash, `kill -9`, a power cut — so a lock is never left stuck. The file also holds the
holder's host name and process id as JSON, which is what a second opener is told. When the OS lock cannot be
taken but the file says it belongs to this host and a process that no longer runs (a lock file on a share whose
server still thinks the dead client holds it), the lock is taken over.

Within one process the lock is shared: every `acquire` of the same file returns a holder, and the file is
released when the last holder is released. That is how a program holds one database open in several engines.
No Qt here: the command line honours the same lock as the window.
"""

from __future__ import annotations

import json
import os
import sys
import threading
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import IO

from models.faults import DatabaseError

# The byte that is locked. On Windows a locked range cannot be read by others, so it lies past the JSON.
_LOCK_OFFSET = 0 if sys.platform != "win32" else 1 << 20


class DatabaseInUse(DatabaseError):
    """The database is open in another copy of the program; the UI can name the computer (`host`)."""

    def __init__(self, path: Path, host: str, pid: int | None, since: str | None) -> None:
        self.path, self.host, self.pid, self.since = path, host, pid, since
        self.same_host = host == this_host()
        where = "本机另一个组织生活记录本窗口（或命令）" if self.same_host else f"另一台计算机（{host}）"
        super().__init__(
            f"该数据库正在{where}中打开，同一时间只能有一处修改。请先在那里关闭程序，再重试。"
            if host else "该数据库正在另一处打开，同一时间只能有一处修改。请先关闭另一处的程序，再重试。"
        )


@dataclass(frozen=True)
class LockInfo:
    """Who holds a database: read from the lock file without taking it."""

    host: str
    pid: int | None
    since: str | None


def this_host() -> str:
    """This computer's name (no network module: the program opens no connection)."""
    if sys.platform == "win32":  # pragma: no cover - Windows only
        return os.environ.get("COMPUTERNAME", "")
    return os.uname().nodename


def lock_path(database: Path) -> Path:
    return database.with_name(database.name + ".lock")


class _Held:
    def __init__(self, handle: IO[bytes]) -> None:
        self.handle = handle
        self.count = 0


_held: dict[str, _Held] = {}
_guard = threading.Lock()


class DatabaseLock:
    """One holder of a database's lock; `release()` (or leaving a `with`) gives it back, once."""

    def __init__(self, path: Path, key: str) -> None:
        self.path = path
        self._key: str | None = key

    def release(self) -> None:
        with _guard:
            key, self._key = self._key, None
            held = _held.get(key) if key is not None else None
            if held is None:
                return
            held.count -= 1
            if held.count == 0:
                del _held[key]
                _unlock(held.handle, remove=Path(key))

    @property
    def held(self) -> bool:
        return self._key is not None

    def __enter__(self) -> DatabaseLock:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release()


def _key(path: Path) -> str:
    return os.path.normcase(str(lock_path(path.resolve())))


def acquire(database: Path) -> DatabaseLock:
    """Take the lock of `database` for this process, or raise DatabaseInUse naming the holder."""
    key = _key(database)
    with _guard:
        held = _held.get(key)
        if held is None:
            held = _Held(_take(Path(key), database))
            _held[key] = held
        held.count += 1
    return DatabaseLock(database, key)


def holders_in_process(database: Path) -> int:
    """How many holders of this process share the lock of `database` (0 when it does not hold it)."""
    with _guard:
        held = _held.get(_key(database))
        return 0 if held is None else held.count


def holder(database: Path) -> LockInfo | None:
    """Who holds the lock of `database` now (None when nobody does, or only this process)."""
    key = _key(database)
    with _guard:
        if key in _held:
            return None
    path = Path(key)
    try:
        handle = open(path, "rb")
    except OSError:
        return None
    try:
        if _try_lock(handle):
            _unlock(handle, remove=None)
            return None
        return _read_info(path)
    finally:
        handle.close()


def is_held_elsewhere(database: Path) -> bool:
    return holder(database) is not None


def _take(path: Path, database: Path) -> IO[bytes]:
    for _attempt in range(20):
        try:
            handle = open(path, "a+b", buffering=0)
        except OSError as error:
            from models.faults import ReadOnlyDatabase, translate

            raise translate(error) or ReadOnlyDatabase(str(error)) from error
        try:
            if not _try_lock(handle):
                info = _read_info(path)
                if info is None or not _stale(info):
                    raise DatabaseInUse(database, info.host if info else "", info.pid if info else None,
                                        info.since if info else None)
            if not _same_file(handle, path):  # removed by its last holder meanwhile: take the new one
                _unlock(handle, remove=None)
                continue
            _write_info(handle)
        except BaseException:
            handle.close()
            raise
        return handle
    raise DatabaseInUse(database, "", None, None)


def _same_file(handle: IO[bytes], path: Path) -> bool:
    try:
        here, there = os.fstat(handle.fileno()), os.stat(path)
    except OSError:
        return False
    return (here.st_dev, here.st_ino) == (there.st_dev, there.st_ino)


def _stale(info: LockInfo) -> bool:
    """A lock file that names this host and a process that is gone."""
    return info.host == this_host() and info.pid is not None and info.pid != os.getpid() and not pid_alive(info.pid)


def pid_alive(pid: int) -> bool:
    if sys.platform == "win32":  # pragma: no cover - Windows only
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        code = ctypes.c_ulong()
        ctypes.windll.kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        ctypes.windll.kernel32.CloseHandle(handle)
        return code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _write_info(handle: IO[bytes]) -> None:
    info = {"host": this_host(), "pid": os.getpid(), "since": datetime.now().isoformat(timespec="seconds")}
    try:
        handle.seek(0)
        handle.truncate(0)
        handle.write(json.dumps(info).encode())
        handle.flush()
    except OSError:
        pass  # the OS lock is what counts; the note is only for the message


def _read_info(path: Path) -> LockInfo | None:
    try:
        raw = json.loads(path.read_bytes()[:4096] or b"null")
    except (OSError, ValueError):
        return None
    if not isinstance(raw, dict):
        return None
    pid = raw.get("pid")
    return LockInfo(str(raw.get("host") or ""), pid if isinstance(pid, int) else None, raw.get("since"))


def _close(handle: IO[bytes]) -> None:
    try:
        handle.close()
    except OSError:
        pass  # unbuffered: nothing of the lock is lost by a failing close (a full disk)


if sys.platform == "win32":  # pragma: no cover - Windows only
    import msvcrt

    def _try_lock(handle: IO[bytes]) -> bool:
        handle.seek(_LOCK_OFFSET)
        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(handle: IO[bytes], remove: Path | None) -> None:
        # The file stays: it cannot be removed while open, and another copy may be waiting for it.
        try:
            handle.seek(_LOCK_OFFSET)
            msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
        except OSError:
            pass
        _close(handle)

else:
    import fcntl

    def _try_lock(handle: IO[bytes]) -> bool:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

    def _unlock(handle: IO[bytes], remove: Path | None) -> None:
        """Give the lock back; with `remove`, delete the lock file first, while still holding it (an opener
        that had it open meanwhile sees, once it gets the lock, that the file is gone and opens a new one)."""
        try:
            if remove is not None:
                try:
                    remove.unlink()
                except OSError:
                    pass
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
        finally:
            _close(handle)
