"""Where Bruinpapier keeps caches on this computer (Qt-free, so the command line can use it too).

``BRUINPAPIER_DATA_DIR`` overrides the platform folders (tests use it so they
never touch a user's real files).
"""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "Bruinpapier"
ORGANIZATION = "Bruinpapier"
DATA_DIR_ENV = "BRUINPAPIER_DATA_DIR"


def cache_dir() -> Path:
    from platformdirs import user_cache_dir

    override = os.environ.get(DATA_DIR_ENV)
    folder = Path(override) / "cache" if override else Path(user_cache_dir(APP_NAME, ORGANIZATION))
    folder.mkdir(parents=True, exist_ok=True)
    return folder
