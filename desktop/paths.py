"""Where the app keeps its settings, recovery files and caches.

``BRUINPAPIER_DATA_DIR`` overrides the platform folders (tests use it so they
never touch a user's real settings or recovery files).
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from PySide6.QtCore import QSettings

from boards.fileformat import make_private_file, make_private_folder
from boards.userdirs import APP_NAME, DATA_DIR_ENV, ORGANIZATION, cache_dir, data_dir, recovery_dir

__all__ = ["APP_NAME", "DATA_DIR_ENV", "ORGANIZATION", "app_settings", "cache_dir", "data_dir", "recovery_dir"]


def app_settings() -> QSettings:
    """The app's QSettings: an ini file in the data dir when overridden, else native.

    Private (the settings name the archive's address and recent files): the file is made 0600 and its
    folder 0700 on POSIX; Qt writes the file anew on every save and keeps its mode. On Windows the native
    settings live in the user's registry hive, readable by that user only.
    """
    if os.environ.get(DATA_DIR_ENV):
        settings = QSettings(str(data_dir() / "instellingen.ini"), QSettings.Format.IniFormat)
    else:
        settings = QSettings(ORGANIZATION, APP_NAME)
    if settings.format() == QSettings.Format.IniFormat or os.name == "posix":
        file = Path(settings.fileName())
        make_private_folder(file.parent)
        if not file.exists():
            with contextlib.suppress(OSError):
                os.close(os.open(file, os.O_WRONLY | os.O_CREAT, 0o600))
        make_private_file(file)
    return settings
