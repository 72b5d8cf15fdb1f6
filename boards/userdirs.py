"""Where Bruinpapier keeps what it stores for the user on this computer (Qt-free, so the command line
can use it too).

One data folder, the platform's user data folder for "Bruinpapier":

- Windows: ``%LOCALAPPDATA%\\Bruinpapier`` (local, not roaming: an archive and photos do not belong in a
  roaming profile that is copied at every log-on);
- macOS: ``~/Library/Application Support/Bruinpapier``;
- Linux: ``~/.local/share/Bruinpapier`` (``$XDG_DATA_HOME`` when set).

It holds the default archive (``archief.sqlite``, see :func:`boards.archive.default_archive_url`), the
recovery copies (``herstel/``) and, when overridden, the app's settings. The cache (thumbnails of boards,
compiled validators, parsed fonts; no school data) is the platform's user cache folder ("Bruinpapier"
there too). The app's settings otherwise live where Qt keeps them on each platform (the registry under
``HKEY_CURRENT_USER\\Software\\Bruinpapier`` on Windows, a ``.plist`` on macOS, ``~/.config/Bruinpapier``
on Linux): see :func:`desktop.paths.app_settings`.

Versions up to 0.1 kept the archive in a folder of its own ("bruinpapier", lower case: a second folder on
Linux) and on Windows the recovery copies and the cache one level deeper
(``%LOCALAPPDATA%\\Bruinpapier\\Bruinpapier``). :func:`data_dir` moves what it finds there into the one
data folder, once, without replacing anything: see :func:`move_legacy_data`.

``BRUINPAPIER_DATA_DIR`` overrides the platform folders (tests use it so they never touch a user's real
files; nothing is moved then). The data folder, the recovery folder and the cache are private: 0700 on
POSIX (see :func:`boards.fileformat.make_private_folder` for Windows).
"""

from __future__ import annotations

import contextlib
import os
import shutil
from pathlib import Path

APP_NAME = "Bruinpapier"
ORGANIZATION = "Bruinpapier"
DATA_DIR_ENV = "BRUINPAPIER_DATA_DIR"
RECOVERY_FOLDER = "herstel"

_moved_legacy: set[Path] = set()  # data folders whose legacy folders were looked at in this process


def _private(folder: Path) -> Path:
    from boards.fileformat import make_private_folder

    return make_private_folder(folder)


def platform_data_dir() -> Path:
    """The platform's data folder for Bruinpapier (without the override, not created)."""
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


def legacy_data_dirs() -> list[Path]:
    """Folders where versions up to 0.1 kept data, as the platform names them (some are the data folder
    itself on a case-insensitive file system)."""
    from platformdirs import user_data_dir

    return [
        Path(user_data_dir("bruinpapier", appauthor=False)),  # the archive (Linux: a second folder)
        Path(user_data_dir(APP_NAME, ORGANIZATION)),  # recovery copies, cache (Windows: one level deeper)
    ]


def _same_folder(one: Path, other: Path) -> bool:
    try:
        return one.samefile(other)
    except OSError:
        return False


def move_legacy_data(target: Path, legacy: list[Path]) -> list[Path]:
    """Move the contents of each legacy folder into ``target``; return what had to stay.

    An entry is moved only when ``target`` has nothing of that name (nothing is ever replaced or merged);
    one that cannot be moved (in use by a running older version, no permission) stays where it is, and the
    archive is then still found there (:func:`boards.archive.store.default_archive_folder`). An emptied
    legacy folder is removed. A legacy folder that is ``target`` itself (case-insensitive file systems)
    is left alone.
    """
    stayed: list[Path] = []
    for folder in legacy:
        if not folder.is_dir() or _same_folder(folder, target):
            continue
        for entry in sorted(folder.iterdir()):
            if _same_folder(entry, target):  # never a folder into itself
                continue
            destination = target / entry.name
            if destination.exists() or destination.is_symlink():
                stayed.append(entry)
                continue
            try:
                shutil.move(entry, destination)
            except OSError:
                stayed.append(entry)
        with contextlib.suppress(OSError):
            folder.rmdir()  # only when empty
    return stayed


def data_dir() -> Path:
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return _private(Path(override))
    folder = _private(platform_data_dir())
    if folder not in _moved_legacy:
        _moved_legacy.add(folder)
        move_legacy_data(folder, legacy_data_dirs())
    return folder


def cache_dir() -> Path:
    from platformdirs import user_cache_dir

    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return _private(Path(override) / "cache")
    data_dir()  # first the move of older versions' folders (on Windows the old cache lay in one of them)
    return _private(Path(user_cache_dir(APP_NAME, appauthor=False)))


def recovery_dir() -> Path:
    return _private(data_dir() / RECOVERY_FOLDER)
