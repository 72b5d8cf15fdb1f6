"""Loading a photo upright (EXIF orientation) at a working resolution.

JPEG photos are decoded at a reduced size straight from the DCT
(``IMREAD_REDUCED_COLOR_2``/``_4``), which is both faster than a full decode
and all the resolution the analysis needs. A JPEG whose data is damaged is
refused: libjpeg (inside OpenCV) only warns on the process's stderr and fills
what it cannot read with grey, so that warning is caught while decoding.
"""

from __future__ import annotations

import io
import os
import sys
import tempfile
import threading
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np
from PIL import Image, UnidentifiedImageError

from boards.capture.errors import FILE_NOT_FOUND, NOT_8_BIT_COLOR, DamagedPhotoError, NotAnImageError
from boards.errors import problem
from boards.i18n import QT_TRANSLATE_NOOP
from boards.photos import MAX_PHOTO_PIXELS

ImageSource = str | Path | bytes | np.ndarray
#: The photo files the app offers to open (what OpenCV and Pillow read here).
PHOTO_PATTERNS = "*.jpg *.jpeg *.png *.tif *.tiff *.bmp *.webp"

#: Largest working image; a 12 MP photo is decoded at half size (3 MP).
DEFAULT_MAX_PIXELS = 4_000_000
EXIF_ORIENTATION_TAG = 0x0112
_REDUCED_FLAGS = {
    1: cv2.IMREAD_COLOR,
    2: cv2.IMREAD_REDUCED_COLOR_2,
    4: cv2.IMREAD_REDUCED_COLOR_4,
    8: cv2.IMREAD_REDUCED_COLOR_8,
}
#: How libjpeg's warnings about damaged data begin (it decodes on and fills the rest with grey).
DAMAGED_JPEG_WARNINGS = ("Corrupt JPEG data", "Premature end of JPEG file")
#: libjpeg's warnings about a header field it does not know, the photo read whole all the same: kept from the user
#: (English, and nothing to do about it)
HARMLESS_JPEG_WARNINGS = ("Warning: unknown JFIF revision number", "Unknown Adobe color transform code")
_STDERR_LOCK = threading.Lock()  # one decode at a time holds the process's stderr


@dataclass
class LoadedImage:
    image: np.ndarray  # BGR, upright, working resolution
    name: str
    original_size: tuple[int, int]  # upright (width, height) of the photo as taken
    scale: float  # working pixels per original pixel (≤ 1)


def source_name(source: ImageSource, index: int = 0) -> str:
    if isinstance(source, (str, Path)):
        return str(source)
    return f"foto {index + 1}"


def load_image(source: ImageSource, max_pixels: int = DEFAULT_MAX_PIXELS, name: str | None = None) -> LoadedImage:
    """The photo upright (EXIF orientation applied) in BGR, at most ``max_pixels`` (halving steps)."""
    name = name or source_name(source)
    if isinstance(source, np.ndarray):
        return _from_array(source, max_pixels, name)
    if isinstance(source, (bytes, bytearray, memoryview)):
        data = bytes(source)
    else:
        path = Path(source)
        if not path.is_file():
            raise NotAnImageError(name, FILE_NOT_FOUND)
        try:
            data = path.read_bytes()
        except OSError as error:
            raise NotAnImageError(name, error.strerror or "niet te lezen") from error
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)  # the limit below says it in Dutch
            probe = Image.open(io.BytesIO(data))
        with probe:
            width, height = probe.size
            orientation = int(probe.getexif().get(EXIF_ORIENTATION_TAG, 1) or 1)
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError) as error:
        raise NotAnImageError(name) from error
    if width * height > MAX_PHOTO_PIXELS:  # checked from the header, before decoding gigabytes
        raise NotAnImageError(
            name,
            problem(
                QT_TRANSLATE_NOOP("errors", "{width} × {height} pixels, meer dan {limit} miljoen"),
                width=width,
                height=height,
                limit=MAX_PHOTO_PIXELS // 1_000_000,
            ),
        )
    reduce = 1
    while width * height / (reduce * reduce) > max_pixels and reduce < 8:
        reduce *= 2
    buffer = np.frombuffer(data, np.uint8)
    with _c_stderr() as written:
        image = cv2.imdecode(buffer, _REDUCED_FLAGS[reduce] | cv2.IMREAD_IGNORE_ORIENTATION)
    if _damaged(written):
        raise DamagedPhotoError(name)
    if image is None:  # a format Pillow knows and OpenCV does not
        try:
            with Image.open(io.BytesIO(data)) as pil:
                image = cv2.cvtColor(np.asarray(pil.convert("RGB")), cv2.COLOR_RGB2BGR)
        except (OSError, ValueError) as error:
            raise NotAnImageError(name) from error
        if reduce > 1:
            image = cv2.resize(image, (width // reduce, height // reduce), interpolation=cv2.INTER_AREA)
    image = apply_orientation(image, orientation)
    if orientation in (5, 6, 7, 8):
        width, height = height, width
    return LoadedImage(image, name, (width, height), image.shape[1] / width)


def check_jpeg_data(data: bytes, name: str) -> None:
    """Refuse a JPEG whose coded data is damaged (DamagedPhotoError naming ``name``), which every other
    decoder reads without an error, grey where the data went wrong. Decoded at 1/8 size in grey: that
    still reads every coded byte, at a fraction of a full decode."""
    with _c_stderr() as written:
        cv2.imdecode(np.frombuffer(data, np.uint8), cv2.IMREAD_REDUCED_GRAYSCALE_8 | cv2.IMREAD_IGNORE_ORIENTATION)
    if _damaged(written):
        raise DamagedPhotoError(name)


def _damaged(written: list[str]) -> bool:
    """Whether libjpeg warned, in the lines a decode wrote to stderr, that the coded data is damaged."""
    return any(line.startswith(DAMAGED_JPEG_WARNINGS) for line in written)


@contextmanager
def _c_stderr() -> Iterator[list[str]]:
    """The lines C code writes to the process's stderr (file descriptor 2) meanwhile, kept from the user.

    Lines that are not libjpeg's warnings about damaged data or about a header field it does not know
    (``HARMLESS_JPEG_WARNINGS``) are passed on to stderr afterwards. Where the
    process has no stderr (a windowed app on Windows), nothing is caught and the list stays empty.
    """
    written: list[str] = []
    with _STDERR_LOCK, tempfile.TemporaryFile() as sink:
        try:
            sys.stderr.flush()
            saved = os.dup(2)
        except (OSError, ValueError, AttributeError):
            yield written
            return
        os.dup2(sink.fileno(), 2)
        try:
            yield written
        finally:
            os.dup2(saved, 2)
            os.close(saved)
            sink.seek(0)
            written.extend(sink.read().decode("utf-8", "replace").splitlines())
            kept = DAMAGED_JPEG_WARNINGS + HARMLESS_JPEG_WARNINGS
            passed_on = [line for line in written if not line.startswith(kept)]
            if passed_on:
                print("\n".join(passed_on), file=sys.stderr)


def apply_orientation(image: np.ndarray, orientation: int) -> np.ndarray:
    """Turn stored pixels upright according to an EXIF orientation value (1..8)."""
    if orientation == 2:
        return cv2.flip(image, 1)
    if orientation == 3:
        return cv2.rotate(image, cv2.ROTATE_180)
    if orientation == 4:
        return cv2.flip(image, 0)
    if orientation == 5:
        return cv2.transpose(image)
    if orientation == 6:
        return cv2.rotate(image, cv2.ROTATE_90_CLOCKWISE)
    if orientation == 7:
        return cv2.rotate(cv2.transpose(image), cv2.ROTATE_180)
    if orientation == 8:
        return cv2.rotate(image, cv2.ROTATE_90_COUNTERCLOCKWISE)
    return image


def _from_array(array: np.ndarray, max_pixels: int, name: str) -> LoadedImage:
    if (
        array.dtype != np.uint8
        or array.ndim not in (2, 3)
        or (array.ndim == 3 and array.shape[2] not in (3, 4))
        or array.size == 0
    ):
        raise NotAnImageError(name, NOT_8_BIT_COLOR)
    image = array
    if image.ndim == 2:
        image = cv2.cvtColor(image, cv2.COLOR_GRAY2BGR)
    elif image.shape[2] == 4:
        image = cv2.cvtColor(image, cv2.COLOR_BGRA2BGR)
    height, width = image.shape[:2]
    scale = 1.0
    if width * height > max_pixels:
        scale = (max_pixels / (width * height)) ** 0.5
        image = cv2.resize(image, (int(width * scale), int(height * scale)), interpolation=cv2.INTER_AREA)
        scale = image.shape[1] / width
    return LoadedImage(np.ascontiguousarray(image), name, (width, height), scale)
