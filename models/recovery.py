"""Recovery files: a record as it stands in the editor, kept on disk until it is saved, so a crash, a full disk or
a refused save loses nothing typed (the editor writes it before each save, and removes it once saved).

The file is JSON (docs/formats.md, "Recovery files"): a record's fields as they are, never code to be run. With
the password lock on it is encrypted with AES-256-GCM under a key derived from the database key, so no record
text lies in a plain file. A file that cannot be read (damaged, from an older program, encrypted under a key
that is not unlocked) is moved aside as `.bad`, never loaded.
"""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import hmac
import json
import os
import secrets
import types
import typing
from datetime import date, time
from pathlib import Path
from typing import Any

from models import keys
from models.domain import Meeting
from models.paths import data_dir

FORMAT = "orglife-recovery"
VERSION = 1
SUFFIX = ".recovery"
MAGIC = b"ORGLIFE-RECOVERY-AESGCM-1\n"  # an encrypted file: MAGIC, 12-byte nonce, ciphertext with its tag


class Unreadable(ValueError):
    """The file is not a recovery file this program can read."""


def folder() -> Path:
    return data_dir() / "recovery"


def path_of(meeting_id: str) -> Path:
    safe = "".join(c if c.isalnum() or c in "-_" else "_" for c in meeting_id)
    return folder() / f"amend-{safe}{SUFFIX}"


def keep(meeting: Meeting, key: bytes | None = None) -> Path:
    """Write the meeting as it stands (atomically and flushed: a crash mid-write keeps the older copy)."""
    path = path_of(meeting.id)
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = seal(encode(meeting), key if key is not None else keys.active_key())
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "wb") as handle:
        handle.write(payload)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, path)
    return path


def recovered(meeting_id: str) -> Meeting | None:
    """The unsaved state of this meeting, if the program stopped (or a save failed) before it was saved."""
    path = path_of(meeting_id)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None
    try:
        value = decode(unseal(raw, keys.active_key()), Meeting)
    except Unreadable:
        path.replace(path.with_name(path.name + ".bad"))
        return None
    return value if value.id == meeting_id else None


def discard(meeting_id: str) -> None:
    path_of(meeting_id).unlink(missing_ok=True)


def reseal_all(old_key: bytes | None, new_key: bytes | None) -> int:
    """Rewrite every recovery file under the new key (None: plain) — the password was set, changed or removed.
    Old pickle files of earlier versions are removed unread. Returns how many files were rewritten."""
    where = folder()
    if not where.is_dir():
        return 0
    for old in list(where.glob("*.pickle")) + list(where.glob("*.bad")):
        old.unlink(missing_ok=True)  # never loaded (a pickle runs code); a .bad may hold plain text
    count = 0
    for path in where.glob(f"*{SUFFIX}"):
        try:
            meeting = decode(unseal(path.read_bytes(), old_key), Meeting)
        except (Unreadable, OSError):
            path.unlink(missing_ok=True)
            continue
        keep(meeting, new_key) if new_key is not None else _keep_plain(meeting)
        count += 1
    return count


def _keep_plain(meeting: Meeting) -> None:
    path = path_of(meeting.id)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_bytes(encode(meeting))
    os.replace(tmp, path)


# --- encryption ---------------------------------------------------------------------------------------


def _file_key(database_key: bytes) -> bytes:
    return hmac.new(database_key, b"orglife recovery file key", hashlib.sha256).digest()


def seal(data: bytes, database_key: bytes | None) -> bytes:
    if database_key is None:
        return data
    from Cryptodome.Cipher import AES

    nonce = secrets.token_bytes(12)
    cipher = AES.new(_file_key(database_key), AES.MODE_GCM, nonce=nonce)
    cipher.update(MAGIC)  # the header is authenticated too
    body, tag = cipher.encrypt_and_digest(data)
    return MAGIC + nonce + body + tag


def unseal(raw: bytes, database_key: bytes | None) -> bytes:
    if not raw.startswith(MAGIC):
        return raw
    if database_key is None:
        raise Unreadable("encrypted, no key")
    from Cryptodome.Cipher import AES

    rest = raw[len(MAGIC):]
    if len(rest) < 12 + 16:
        raise Unreadable("too short")
    cipher = AES.new(_file_key(database_key), AES.MODE_GCM, nonce=rest[:12])
    cipher.update(MAGIC)
    try:
        return cipher.decrypt_and_verify(rest[12:-16], rest[-16:])
    except ValueError as error:
        raise Unreadable("another key, or damaged") from error


# --- a record as JSON ----------------------------------------------------------------------------------


def encode(record: Any) -> bytes:
    document = {"format": FORMAT, "version": VERSION, "kind": type(record).__name__, "record": _plain(record)}
    return json.dumps(document, ensure_ascii=False).encode("utf-8")


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    if isinstance(value, date | time):
        return value.isoformat()
    return value


def decode(raw: bytes, kind: type) -> Any:
    try:
        document = json.loads(raw.decode("utf-8"))
        if (not isinstance(document, dict) or document.get("format") != FORMAT
                or document.get("version") != VERSION or document.get("kind") != kind.__name__):
            raise Unreadable("not a recovery file")
        return _build(document["record"], kind)
    except (UnicodeDecodeError, json.JSONDecodeError, KeyError, TypeError, ValueError) as error:
        if isinstance(error, Unreadable):
            raise
        raise Unreadable(str(error)) from error


def _build(value: Any, hint: Any) -> Any:
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        options = [a for a in typing.get_args(hint) if a is not type(None)]
        if value is None:
            return None
        return _build(value, options[0])
    if origin is tuple:
        if not isinstance(value, list):
            raise TypeError("a list was expected")
        return tuple(_build(v, typing.get_args(hint)[0]) for v in value)
    if dataclasses.is_dataclass(hint):
        if not isinstance(value, dict):
            raise TypeError("an object was expected")
        hints = typing.get_type_hints(hint)
        names = {f.name for f in dataclasses.fields(hint)}
        return hint(**{k: _build(v, hints[k]) for k, v in value.items() if k in names})
    if hint is bytes:
        return base64.b64decode(value, validate=True)
    if hint is date:
        return date.fromisoformat(value)
    if hint is time:
        return time.fromisoformat(value)
    if hint in (str, int, bool, float) and not isinstance(value, hint):
        raise TypeError(f"{hint.__name__} was expected")
    return value
