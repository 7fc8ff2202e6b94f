"""The program's own settings (window, last page, filters, folders) in one ini file next to the data.

Every stored setting is an `Option` declared once, with its default, in ui/options.py; code reads and writes
`options.SOME_OPTION.get()` / `.set(value)`, never a key in a string. Options that only make sense for one
database (filters, the record that was open, the last host) are kept per database, so opening another
branch's file does not carry them over.
"""

from __future__ import annotations

import zlib
from typing import Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

from models.paths import data_dir

T = TypeVar("T", str, bool, int, QByteArray)

_database = {"key": "", "locked": ""}  # the database the window works on (per-database options); its lock


def app_settings() -> QSettings:
    """Settings in $ORGLIFE_DATA_DIR/settings.ini, so tests and portable installs keep them to themselves."""
    path = data_dir() / "settings.ini"
    path.parent.mkdir(parents=True, exist_ok=True)
    return QSettings(str(path), QSettings.Format.IniFormat)


def use_database(name: str, locked: bool = False) -> None:
    """The database the per-database options belong to (its file path or URL), and whether it has the password
    lock on: then options that hold record text (`record_text`, the last 地点 …) are not kept in the settings
    file, which is plain, and what an earlier start kept there is removed."""
    _database["key"] = f"{zlib.crc32(name.encode('utf-8')):08x}" if name else ""
    _database["locked"] = "1" if locked else ""
    if locked:
        forget_record_text()


def forget_record_text() -> None:
    """Remove every option that holds record text from the settings file, for every database."""
    from ui.options import ALL

    settings = app_settings()
    names = {option.key for option in ALL if option.record_text}
    for key in settings.allKeys():
        if key.split("/", 1)[-1] in names or key in names:
            settings.remove(key)
    settings.sync()


class Option(Generic[T]):
    """One stored setting: its key, its default (which also gives its type), whether it is per database.
    (A plain class, not a dataclass: this module is read at every start, before the window shows.)"""

    __slots__ = ("default", "key", "per_database", "record_text", "title")

    def __init__(self, key: str, default: T, per_database: bool = False, title: str = "",
                 record_text: bool = False) -> None:
        self.key = key
        self.default = default
        self.per_database = per_database
        self.title = title  # what it is, in the clerk's words (shown where a settings page offers it)
        self.record_text = record_text  # holds something of the records: never stored with the password lock on

    def __repr__(self) -> str:
        return f"Option({self.key!r}, {self.default!r})"

    def stored_key(self) -> str:
        if self.per_database and _database["key"]:
            return f"db-{_database['key']}/{self.key}"
        return self.key

    def get(self) -> T:
        if self.record_text and _database["locked"]:
            return self.default
        value = app_settings().value(self.stored_key(), self.default)
        if value is None:
            return self.default
        if isinstance(self.default, bool):  # the ini file gives text back
            return value in (True, "true", "1", 1)  # type: ignore[return-value]
        if isinstance(self.default, int):
            try:
                return int(value)  # type: ignore[return-value]
            except (TypeError, ValueError):
                return self.default
        if isinstance(self.default, QByteArray):
            return value if isinstance(value, QByteArray) else self.default
        return str(value)  # type: ignore[return-value]

    def set(self, value: T) -> None:
        if self.record_text and _database["locked"]:
            return
        settings = app_settings()
        settings.setValue(self.stored_key(), value)
        settings.sync()
