"""The password lock's keys: deriving the database key from the clerk's password, and where its salt lives.

With the lock on, the database (and its `-wal`, and every backup) is a SQLCipher file encrypted with a raw
32-byte key. The key is derived from the password once per unlock with Argon2id (`argon2-cffi`, about half a
second here, to resist guessing), then every connection is opened with the raw key (`PRAGMA key = "x'…'"`), so
SQLCipher runs no key derivation of its own.

The salt and the derivation's parameters travel beside the database, and beside each backup, in a small JSON
file, the *key note* `orglife.sqlite3.cipher.json` (docs/formats.md). It holds no secret: the salt, the
parameters, and a short check value (an HMAC of a fixed text under the key) that tells a wrong password from a
damaged file without opening the database. A file with a key note beside it is an encrypted database.

Keys unlocked in this process are kept in memory by their salt, so a backup made with the same key (same note)
opens with it too. Nothing here is ever written to disk but the note.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import NamedTuple

from models.faults import DatabaseError
from models.paths import KEY_NOTE_SUFFIX
from models.words import ERRORS, QT_TRANSLATE_NOOP, say

NOTE_SUFFIX = KEY_NOTE_SUFFIX
FORMAT = "orglife-cipher"
VERSION = 1
PASSWORD_VARIABLE = "ORGLIFE_PASSWORD"

# Argon2id, tuned to about half a second on the office PCs this runs on (bench/bench_lock.py prints it)
TIME_COST = 4
MEMORY_KIB = 131_072  # 128 MiB
PARALLELISM = 1
MIN_PASSWORD = 6

FORGOTTEN = "请牢记这个密码：忘记密码就再也无法打开这些记录，任何人（包括技术人员）都无法找回或绕过。"


class Locked(DatabaseError):
    """The database is encrypted and no password has been given for it in this program yet."""

    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(f"数据库已加密（密码锁已开启）：{path}。请输入密码后再打开。")


class WrongPassword(DatabaseError):
    """The password given does not open the database."""

    def __init__(self) -> None:
        super().__init__("密码不正确，数据库没有打开；请检查大小写和输入法后重新输入。")


class KeyNote(NamedTuple):
    """What derives the key of one encrypted database (and of its backups): stored beside it, no secret.
    (A NamedTuple: this module is read at every start, before the window shows.)"""

    salt: str  # hex, 16 bytes
    time_cost: int = TIME_COST
    memory_kib: int = MEMORY_KIB
    parallelism: int = PARALLELISM
    check: str = ""  # hex: HMAC-SHA256 of CHECK_TEXT under the key, first 16 bytes
    kdf: str = "argon2id"
    cipher: str = "sqlcipher4-raw-key"

    def to_json(self) -> str:
        return json.dumps({"format": FORMAT, "version": VERSION, **self._asdict()}, indent=1) + "\n"


CHECK_TEXT = b"orglife key check"


def note_path(database: Path) -> Path:
    return database.with_name(database.name + NOTE_SUFFIX)


def is_encrypted(database: Path) -> bool:
    """Whether the file at `database` is a locked (encrypted) database: it has a key note beside it and does not
    start as a plain SQLite file does (a note left beside a plain file — a change of password cut short between
    its two steps — is ignored)."""
    if not note_path(database).is_file():
        return False
    try:
        with open(database, "rb") as handle:
            return handle.read(16) != PLAIN_HEADER
    except FileNotFoundError:
        return True  # not made yet: it will be made encrypted
    except OSError:
        return True


PLAIN_HEADER = b"SQLite format 3\x00"


def read_note(database: Path) -> KeyNote | None:
    """The key note of `database`, or None when it is a plain file. A note that cannot be read is an error."""
    if not is_encrypted(database):
        return None
    path = note_path(database)
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except OSError as error:
        raise DatabaseError(say(QT_TRANSLATE_NOOP(
            "errors", "无法读取数据库的密钥说明文件：{0}（{1}）"),
            path, error.strerror, context=ERRORS)) from error
    try:
        data = json.loads(raw)
        if data.get("format") != FORMAT or data.get("kdf") != "argon2id":
            raise ValueError("format")
        if int(data.get("version", 0)) > VERSION:
            raise DatabaseError(say(QT_TRANSLATE_NOOP(
                "errors", "该数据库的密码锁由更新版本的组织生活记录本设置，请升级程序后再打开：{0}"),
                path, context=ERRORS))
        note = KeyNote(salt=str(data["salt"]), time_cost=int(data["time_cost"]), memory_kib=int(data["memory_kib"]),
                       parallelism=int(data["parallelism"]), check=str(data["check"]))
        bytes.fromhex(note.salt)
        bytes.fromhex(note.check)
    except (ValueError, KeyError, TypeError, AttributeError) as error:
        raise DatabaseError(say(QT_TRANSLATE_NOOP(
            "errors", "数据库的密钥说明文件已损坏：{0}。请从备份中把同名的 {1} 复制回来。"),
            path, path.name, context=ERRORS)) from error
    return note


def write_note(database: Path, note: KeyNote) -> None:
    """Write the key note beside `database` (atomically, flushed)."""
    path = note_path(database)
    partial = path.with_name(path.name + ".part")
    with open(partial, "w", encoding="utf-8") as handle:
        handle.write(note.to_json())
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(partial, path)


def derive(password: str, note: KeyNote) -> bytes:
    """The raw 32-byte key for `password` under `note`'s salt and parameters (Argon2id: the slow step)."""
    from argon2.low_level import Type, hash_secret_raw

    return hash_secret_raw(password.encode("utf-8"), bytes.fromhex(note.salt), time_cost=note.time_cost,
                           memory_cost=note.memory_kib, parallelism=note.parallelism, hash_len=32, type=Type.ID)


def check_value(key: bytes) -> str:
    import hashlib
    import hmac

    return hmac.new(key, CHECK_TEXT, hashlib.sha256).hexdigest()[:32]


def new_key(password: str) -> tuple[KeyNote, bytes]:
    """A fresh salt, and the key for `password` with its note (for setting or changing the password)."""
    if len(password) < MIN_PASSWORD:
        raise DatabaseError(say(QT_TRANSLATE_NOOP(
            "errors", "密码太短：至少要 {0} 个字符。"),
            MIN_PASSWORD, context=ERRORS))
    import secrets

    note = KeyNote(secrets.token_hex(16), TIME_COST, MEMORY_KIB, PARALLELISM)
    key = derive(password, note)
    note = note._replace(check=check_value(key))
    remember(note, key)
    return note, key


# --- keys unlocked in this process, by salt ------------------------------------------------------------

_unlocked: dict[str, bytes] = {}
_active: dict[str, bytes] = {}  # "key": the key of the database the program works on (recovery files)


def remember(note: KeyNote, key: bytes) -> None:
    _unlocked[note.salt] = key


def unlock(database: Path, password: str) -> bytes:
    """Derive the key of the encrypted `database` from `password`, check it, and keep it for this process.

    WrongPassword when it does not match; the database is not opened here."""
    note = read_note(database)
    if note is None:
        raise DatabaseError(say(QT_TRANSLATE_NOOP("errors", "该数据库没有设置密码锁：{0}"), database, context=ERRORS))
    import hmac

    key = derive(password, note)
    if not hmac.compare_digest(check_value(key), note.check):
        raise WrongPassword()
    remember(note, key)
    _active["key"] = key
    return key


def is_unlocked(database: Path) -> bool:
    note = read_note(database)
    return note is None or note.salt in _unlocked


def key_for(database: Path) -> bytes | None:
    """The raw key of `database`: None for a plain file; Locked when it is encrypted and not unlocked yet."""
    note = read_note(database)
    if note is None:
        return None
    key = _unlocked.get(note.salt)
    if key is None:
        raise Locked(database)
    return key


def use(key: bytes | None) -> None:
    """The key of the database the program now works on (None: a plain one); recovery files use it."""
    if key is None:
        _active.pop("key", None)
    else:
        _active["key"] = key


def active_key() -> bytes | None:
    return _active.get("key")


def forget_all() -> None:
    """Forget every key (the program locks, or the tests start afresh)."""
    _unlocked.clear()
    _active.clear()


def pragma(key: bytes) -> str:
    """The statement that opens a SQLCipher connection with a raw key (no key derivation by SQLCipher)."""
    return f"PRAGMA key = \"x'{key.hex()}'\""


def env_password() -> str | None:
    return os.environ.get(PASSWORD_VARIABLE) or None
