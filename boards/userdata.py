"""Where Bruinpapier keeps what it stores for the user, without Qt (the command line uses it too).

- the data folder (settings of the app when overridden, recovery copies in ``herstel/``): the platform's
  user data folder for "Bruinpapier", or ``BRUINPAPIER_DATA_DIR`` (tests use it so they never touch a
  user's real files);
- the cache (thumbnails of boards): the platform's user cache folder, or ``cache/`` in the override;
- the default archive: see :func:`boards.archive.default_archive_url` (its own data folder).

The data folder, the recovery folder and the cache are private: 0700 on POSIX (see
:func:`boards.fileformat.make_private_folder` for Windows).
"""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_cache_dir, user_data_dir

from boards.fileformat import make_private_folder

APP_NAME = "Bruinpapier"
ORGANIZATION = "Bruinpapier"
DATA_DIR_ENV = "BRUINPAPIER_DATA_DIR"
RECOVERY_FOLDER = "herstel"


def data_dir() -> Path:
    override = os.environ.get(DATA_DIR_ENV)
    return make_private_folder(Path(override) if override else Path(user_data_dir(APP_NAME, ORGANIZATION)))


def cache_dir() -> Path:
    override = os.environ.get(DATA_DIR_ENV)
    folder = Path(override) / "cache" if override else Path(user_cache_dir(APP_NAME, ORGANIZATION))
    return make_private_folder(folder)


def recovery_dir() -> Path:
    return make_private_folder(data_dir() / RECOVERY_FOLDER)
