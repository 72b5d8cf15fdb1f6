"""Where the app keeps its settings, recovery files and caches.

``BRUINPAPIER_DATA_DIR`` overrides the platform folders (tests use it so they
never touch a user's real settings or recovery files).
"""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir
from PySide6.QtCore import QSettings

from boards.userdirs import APP_NAME, DATA_DIR_ENV, ORGANIZATION, cache_dir

__all__ = ["APP_NAME", "DATA_DIR_ENV", "ORGANIZATION", "app_settings", "cache_dir", "data_dir", "recovery_dir"]


def data_dir() -> Path:
    override = os.environ.get(DATA_DIR_ENV)
    folder = Path(override) if override else Path(user_data_dir(APP_NAME, ORGANIZATION))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def recovery_dir() -> Path:
    folder = data_dir() / "herstel"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def app_settings() -> QSettings:
    """The app's QSettings: an ini file in the data dir when overridden, else native."""
    if os.environ.get(DATA_DIR_ENV):
        return QSettings(str(data_dir() / "instellingen.ini"), QSettings.Format.IniFormat)
    return QSettings(ORGANIZATION, APP_NAME)
