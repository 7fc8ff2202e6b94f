"""The program's own settings (window geometry, last page, last filters) in one ini file next to the data."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from models.paths import data_dir


def app_settings() -> QSettings:
    """Settings in $ORGLIFE_DATA_DIR/settings.ini, so tests and portable installs keep them to themselves."""
    path = data_dir() / "settings.ini"
    path.parent.mkdir(parents=True, exist_ok=True)
    return QSettings(str(path), QSettings.Format.IniFormat)


def get_str(key: str, default: str = "") -> str:
    value = app_settings().value(key, default)
    return str(value) if value is not None else default


def set_value(key: str, value: object) -> None:
    settings = app_settings()
    settings.setValue(key, value)
    settings.sync()
