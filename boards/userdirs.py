"""Where Bruinpapier keeps what it stores for the user on this computer (Qt-free, so the command line
can use it too).

- the data folder: the platform's user data folder for "Bruinpapier" (settings of the app when
  overridden, recovery copies in ``herstel/``);
- the cache (thumbnails of boards, compiled validators, parsed fonts; no school data): the platform's
  user cache folder;
- the default archive: see :func:`boards.archive.default_archive_url` (a data folder of its own).

``BRUINPAPIER_DATA_DIR`` overrides the platform folders (tests use it so they never touch a user's real
files). The data folder, the recovery folder and the cache are private: 0700 on POSIX (see
:func:`boards.fileformat.make_private_folder` for Windows).
"""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "Bruinpapier"
ORGANIZATION = "Bruinpapier"
DATA_DIR_ENV = "BRUINPAPIER_DATA_DIR"
RECOVERY_FOLDER = "herstel"


def _private(folder: Path) -> Path:
    from boards.fileformat import make_private_folder

    return make_private_folder(folder)


def data_dir() -> Path:
    from platformdirs import user_data_dir

    override = os.environ.get(DATA_DIR_ENV)
    return _private(Path(override) if override else Path(user_data_dir(APP_NAME, ORGANIZATION)))


def cache_dir() -> Path:
    from platformdirs import user_cache_dir

    override = os.environ.get(DATA_DIR_ENV)
    return _private(Path(override) / "cache" if override else Path(user_cache_dir(APP_NAME, ORGANIZATION)))


def recovery_dir() -> Path:
    return _private(data_dir() / RECOVERY_FOLDER)
