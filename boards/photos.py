"""A session's photos: the names the archive accepts, how a file's name is made to fit, reading a photo file.

A photo is stored under a plain name (``bord-1.jpg``): letters, digits, ``-``,
``_`` and ``.``, starting with a letter or digit, no folders. The desktop (photos
read back) and the command line (``session add-photo``) make that name from the
photo's file name with :func:`photo_name`; the archive refuses any other name with
:func:`check_photo_name`. The photo bytes live in the archive or in a bundle.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path, PurePath

from boards.errors import InvalidArgumentError, problem
from boards.fileformat import read_user_file
from boards.i18n import QT_TRANSLATE_NOOP

MAX_PHOTO_BYTES = 40 * 1024 * 1024
MAX_PHOTO_NAME = 121
PHOTO_NAME_RE = re.compile(rf"^[A-Za-z0-9][A-Za-z0-9_.-]{{0,{MAX_PHOTO_NAME - 1}}}$")
OTHER_CHARS = re.compile(r"[^A-Za-z0-9_.-]+")
FALLBACK_NAME = "foto.jpg"


def photo_name(file_name: str) -> str:
    """The name a photo file is stored under: accents dropped (``ideeën`` → ``ideeen``), every run of
    other characters one ``-``, no leading ``-._`` nor trailing ``-.``, at most 121 characters (the
    extension kept); ``foto.jpg`` when nothing is left."""
    base = PurePath(file_name.replace("\\", "/")).name
    ascii_text = unicodedata.normalize("NFKD", base).encode("ascii", "ignore").decode("ascii")
    name = OTHER_CHARS.sub("-", ascii_text).lstrip("-._").rstrip("-.")
    if len(name) > MAX_PHOTO_NAME:
        _stem, dot, suffix = name.rpartition(".")
        suffix = f".{suffix}" if dot and len(suffix) < 10 else ""
        name = name[: MAX_PHOTO_NAME - len(suffix)].rstrip("-.") + suffix
    return name or FALLBACK_NAME


def check_photo_name(name: str) -> None:
    """Refuse a name the archive cannot store (InvalidArgumentError, saying what a name may hold)."""
    if not PHOTO_NAME_RE.match(name or ""):
        raise InvalidArgumentError(
            problem(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "fotonaam '{name}' kan niet: gebruik letters, cijfers, '-', '_' en '.', zonder mappen (bijv. "
                    "bord-1.jpg)",
                ),
                name=name,
            )
        )


def read_photo(path: Path | str, name: str | None = None) -> tuple[str, bytes]:
    """A photo file to store with a session: its name (``name``, else made from the file's name) and
    its bytes. A missing, unreadable or too large file raises BoardFileError naming the file."""
    data = read_user_file(path, MAX_PHOTO_BYTES)
    return name or photo_name(Path(path).name), data
