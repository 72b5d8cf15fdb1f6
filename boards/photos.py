"""A session's photos: the names the archive accepts, how a file's name is made to fit, reading a photo file.

A photo is stored under a plain name (``bord-1.jpg``): letters, digits, ``-``,
``_`` and ``.``, starting with a letter or digit, no folders. The desktop (photos
read back) and the command line (``session add-photo``) make that name from the
photo's file name with :func:`photo_name`; the archive refuses any other name with
:func:`check_photo_name`. The photo bytes live in the archive or in a bundle.
"""

from __future__ import annotations

import io
import re
import unicodedata
import warnings
from pathlib import Path, PurePath

from boards.errors import InvalidArgumentError, problem
from boards.fileformat import read_user_file
from boards.i18n import QT_TRANSLATE_NOOP

MAX_PHOTO_BYTES = 40 * 1024 * 1024
#: Largest photo in pixels (a 100-megapixel camera; phones take 12 to 50). Checked from the file's header
#: before any decoding: a 30000 × 30000 PNG of a few MB would need gigabytes of memory.
MAX_PHOTO_PIXELS = 100_000_000
PHOTO_FORMATS = {"JPEG": "JPEG", "PNG": "PNG", "WEBP": "WebP", "TIFF": "TIFF", "BMP": "BMP"}
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


def _not_a_photo(label: str, text: str, **params: object) -> InvalidArgumentError:
    return InvalidArgumentError(
        problem(QT_TRANSLATE_NOOP("errors", "{name}: {problem}"), name=label, problem=problem(text, **params))
    )


def check_photo_data(data: bytes, label: str) -> None:
    """Refuse bytes that are not a whole photo: empty, not an image (a text file), an image format the app
    does not read, more than MAX_PHOTO_PIXELS, cut off (a JPEG whose end is missing) or damaged (a JPEG
    whose coded data went wrong on the way, which decoders fill with grey). ``label`` (a file or photo
    name) starts the message. The pixel count is read from the header before anything is decoded; a JPEG
    is then decoded at 1/8 size, which still reads every byte of it."""
    from PIL import Image, UnidentifiedImageError  # Pillow: imported when a photo is stored

    from boards.capture.errors import DamagedPhotoError
    from boards.capture.imageio import check_jpeg_data  # OpenCV: libjpeg says where data is damaged

    if not data:
        raise _not_a_photo(label, QT_TRANSLATE_NOOP("errors", "de foto is leeg (0 bytes)"))
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as image:
                kind = image.format or ""
                if kind not in PHOTO_FORMATS:
                    raise _not_a_photo(
                        label,
                        QT_TRANSLATE_NOOP("errors", "{kind}-afbeeldingen worden niet bewaard; gebruik JPEG of PNG"),
                        kind=kind or "?",
                    )
                width, height = image.size
                if width * height > MAX_PHOTO_PIXELS or width <= 0 or height <= 0:
                    raise _too_many_pixels(label, width, height)
                if kind == "JPEG":
                    image.draft("RGB", (max(1, width // 8), max(1, height // 8)))
                image.load()
        if kind == "JPEG":
            check_jpeg_data(data, label)
    except InvalidArgumentError:
        raise
    except DamagedPhotoError:
        raise _not_a_photo(
            label,
            QT_TRANSLATE_NOOP(
                "errors",
                "een deel van de foto is beschadigd en niet te lezen; kopieer hem opnieuw van de telefoon of "
                "camera, of maak een nieuwe foto",
            ),
        ) from None
    except Image.DecompressionBombError:
        raise _not_a_photo(
            label,
            QT_TRANSLATE_NOOP("errors", "de foto heeft veel te veel pixels (hoogstens {limit} miljoen)"),
            limit=MAX_PHOTO_PIXELS // 1_000_000,
        ) from None
    except UnidentifiedImageError:
        raise _not_a_photo(
            label, QT_TRANSLATE_NOOP("errors", "dit is geen foto (geen JPEG- of PNG-afbeelding)")
        ) from None
    except (OSError, ValueError, SyntaxError, EOFError, MemoryError) as error:
        raise _not_a_photo(
            label,
            QT_TRANSLATE_NOOP("errors", "de foto is beschadigd of onvolledig ({detail}); maak of kopieer hem opnieuw"),
            detail=str(error).strip() or type(error).__name__,
        ) from None


def _too_many_pixels(label: str, width: int, height: int) -> InvalidArgumentError:
    return _not_a_photo(
        label,
        QT_TRANSLATE_NOOP(
            "errors", "de foto is {width} × {height} pixels, meer dan {limit} miljoen; verklein hem eerst"
        ),
        width=width,
        height=height,
        limit=MAX_PHOTO_PIXELS // 1_000_000,
    )


def read_photo(path: Path | str, name: str | None = None) -> tuple[str, bytes]:
    """A photo file to store with a session: its name (``name``, else made from the file's name) and
    its bytes. A missing, unreadable, too large or damaged file, or one that is no photo, raises a
    BruinpapierError naming the file."""
    data = read_user_file(path, MAX_PHOTO_BYTES)
    check_photo_data(data, str(path))
    return name or photo_name(Path(path).name), data
