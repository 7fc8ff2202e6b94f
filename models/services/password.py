"""The password lock through the store: the file is re-encrypted with the store's engine closed, then reopened."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from models import keys
from models import password as lock
from models.backup import BackupInfo
from models.db import DatabaseError, ReadOnlyDatabase, is_read_only, open_database, sqlite_path
from models.services.base import BaseStore
from models.words import ERRORS, QT_TRANSLATE_NOOP, say


class PasswordService(BaseStore):
    def database_file(self) -> Path | None:
        return sqlite_path(self.engine.url)

    def is_encrypted(self) -> bool:
        path = self.database_file()
        return path is not None and keys.is_encrypted(path)

    def set_password(self, password: str, backups: Path | None) -> lock.Changed:
        """Turn the lock on, or change the password (a verified backup into `backups` first)."""
        return self._closed_while(lambda path: lock.set_password(path, password, backups))

    def remove_password(self, backups: Path | None) -> lock.Changed:
        return self._closed_while(lambda path: lock.remove_password(path, backups))

    def other_backups(self, folder: Path | None) -> list[BackupInfo]:
        """The backups in `folder` not encrypted as the database now is (plain ones, or under an older password)."""
        path = self.database_file()
        return [] if path is None else lock.other_backups(folder, path)

    def encrypt_backups(self, backups: list[BackupInfo]) -> list[Path]:
        path = self.database_file()
        assert path is not None
        return lock.encrypt_backups(backups, path)

    def remove_backups(self, backups: list[BackupInfo]) -> list[Path]:
        return lock.remove_backups(backups)

    def _closed_while(self, change: Callable[[Path], lock.Changed]) -> lock.Changed:
        path = self.database_file()
        if path is None:
            raise DatabaseError(say(QT_TRANSLATE_NOOP(
                "errors", "数据保存在服务器上，密码锁只适用于本机的数据库文件；服务器的数据由服务器加密。"),
                context=ERRORS))
        if is_read_only(self.engine):
            raise ReadOnlyDatabase(say(QT_TRANSLATE_NOOP(
                "errors", "数据库文件是只读的，无法设置或取消密码锁。请把它复制到可写的位置再打开。"),
                context=ERRORS))
        self.engine.dispose()  # closes every connection and releases the file's lock for the change
        try:
            return change(path)
        finally:
            self.engine = open_database(path, create=False)
